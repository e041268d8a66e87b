import { useMemo, type ComponentType, type RefObject } from 'react';
import { serverHeadlines } from '@/features/turn-tester/headline';
import { saveText } from '@/lib/download';
import type { TurnAudit, TurnTestPhase, TurnTestState } from '@/features/turn-tester/use-turn-audit';
import type { AuditRun } from '@/features/turn-tester/audit';
import type { ProjectExpectation } from '@/features/turn-tester/project-expectations';
import { CandidateTables } from './candidate-tables';
import { EndpointPreview } from './endpoint-preview';
import { ResultsTable, decidedInOrder, summarize } from './results-table';
import { ServerHeadlines } from './server-headlines';
import { formatDateTime } from '@/lib/format-date';

const STATUS_TEXT: Record<TurnTestPhase, string> = {
  idle: '',
  fetching: 'Fetching credentials from the endpoint…',
  running: 'Test running…',
  complete: 'Test complete',
  cancelled: 'Test cancelled',
  failed: 'Test not run',
};

/** Live progress and results of the current run. */
/** "Attach to a project" for a finished run, composed in by the route (projects are another feature). */
export type AttachRun = ComponentType<{ run: AuditRun; secrets: () => readonly string[] }>;

function Progress({ state }: { state: TurnTestState }) {
  const total = state.plan.length;
  const done = decidedInOrder(state.plan, state.checks).length;
  const active = state.phase === 'fetching' || state.phase === 'running';
  const finished = state.phase === 'complete' || state.phase === 'cancelled';
  return (
    <div className={state.phase === 'idle' ? undefined : 'tt-progress-row'}>
      {/* Always in the DOM, so screen readers announce its changes. */}
      <p role="status" aria-label="Test status" className={`tt-status tt-status-${state.phase}`}>
        {STATUS_TEXT[state.phase]}
      </p>
      {(active || finished) && (
        <div className="tt-progress">
          <label htmlFor="tt-progress">Progress</label>
          {state.phase === 'fetching' || total === 0 ? (
            <progress id="tt-progress" />
          ) : (
            <progress id="tt-progress" max={total} value={done} />
          )}
          <span className="tt-progress-text">{total > 0 ? `${done} of ${total} checks` : 'Preparing…'}</span>
        </div>
      )}
      {active && (
        <p className="tt-hint tt-running-hint">
          Fast servers answer in well under a second; a silent one is reported after the no-answer timeout.
        </p>
      )}
    </div>
  );
}


/** When the results were taken, and "Clear results". */
function Taken({ audit }: { audit: TurnAudit }) {
  const { run, restored } = audit.state;
  if (run === null) return null;
  return (
    <p className="tt-taken">
      <span>
        {restored ? 'Results kept from your last test, taken ' : 'Taken '}
        <time dateTime={run.startedAt}>{formatDateTime(run.startedAt)}</time>. They stay in this tab until you clear them or
        close it (never credentials).
      </span>{' '}
      <button type="button" onClick={audit.clear}>
        Clear results
      </button>
    </p>
  );
}

function Export({ audit, attach: Attach }: { audit: TurnAudit; attach?: AttachRun | undefined }) {
  const { state } = audit;
  const download = () => {
    const file = audit.resultsFile();
    if (file !== null) saveText(file.text, file.name, 'application/json');
  };
  if (state.run === null) return null;
  return (
    <div className="tt-export">
      <h3>Keep the result</h3>
      <p>
        <button type="button" onClick={download}>
          Download results (JSON)
        </button>{' '}
        <span className="tt-hint">URLs and verdicts only: no usernames, passwords or secrets.</span>
      </p>
      {Attach && <Attach key={state.runId} run={state.run} secrets={audit.secrets} />}
    </div>
  );
}

export function ResultsPanel({
  audit,
  headingRef,
  attach,
  expectation,
}: {
  audit: TurnAudit;
  headingRef: RefObject<HTMLHeadingElement | null>;
  attach?: AttachRun | undefined;
  /** The project's expectations, when the tester was opened from a project. */
  expectation?: ProjectExpectation | undefined;
}) {
  const { state } = audit;
  const headlines = useMemo(
    () =>
      serverHeadlines(
        state.plan.map((p) => p.key),
        state.checks,
        state.run?.urls ?? state.plan.filter((p) => p.id === 'allocation').map((p) => p.target),
        expectation?.intended,
        state.candidates,
      ),
    [state.plan, state.checks, state.run, expectation, state.candidates],
  );
  const judged = useMemo(() => (expectation ? expectation.judge(state.checks) : state.checks), [state.checks, expectation]);
  const checks = decidedInOrder(state.plan, judged);
  const remaining = state.plan.length - checks.length;
  const finished = state.phase === 'complete' || state.phase === 'cancelled';
  const urls = state.run?.urls ?? state.plan.filter((p) => p.id === 'allocation').map((p) => p.target);
  const idle = state.phase === 'idle';
  return (
    <section className="tt-results-panel" aria-labelledby={idle ? undefined : 'tt-results-heading'}>
      {!idle && (
        <h2 id="tt-results-heading" ref={headingRef} tabIndex={-1}>
          Results
        </h2>
      )}
      <Progress state={state} />
      {state.phase === 'failed' && state.error !== null && (
        <div className="notice error" role="alert">
          <p>{state.error}</p>
        </div>
      )}
      {state.endpoint !== null && <EndpointPreview preview={state.endpoint} />}
      {finished && <Taken audit={audit} />}
      {state.plan.length > 0 && (
        <>
          <ServerHeadlines headlines={headlines} credentials={audit.commandCredentials} />
          <p className="tt-summary">
            <strong>{summarize(checks)}</strong>
            {!finished && remaining > 0 ? ` — ${remaining} still running` : ''}
          </p>
          <ResultsTable checks={checks} />
          <CandidateTables urls={urls} candidates={state.candidates} />
        </>
      )}
      {finished && <Export audit={audit} attach={attach} />}
    </section>
  );
}
