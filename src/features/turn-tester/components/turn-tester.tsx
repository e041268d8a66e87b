import { useRef, type ReactNode } from 'react';
import { DEFAULT_PROBE_TIMEOUT_MS } from '@/features/turn-tester/probe';
import type { ProjectExpectation } from '@/features/turn-tester/project-expectations';
import { useTurnAudit } from '@/features/turn-tester/use-turn-audit';
import { CheckGuide } from './check-guide';
import { ResultsPanel, type AttachRun } from './results-panel';
import { TurnForm } from './turn-form';
import './turn-tester.css';

/** The TURN tester page: inputs, live results, export and evidence. */
/** `imports`: what the route adds below the results (imported command-line probe results). */
export function TurnTester({ attach, expectation, imports }: { attach?: AttachRun; expectation?: ProjectExpectation | undefined; imports?: ReactNode }) {
  const audit = useTurnAudit();
  const resultsHeadingRef = useRef<HTMLHeadingElement>(null);
  return (
    <div className="tt">
      <div className="tt-intro prose">
        <p>
          Tests your TURN server live from this browser: not only whether it is reachable, but whether it is{' '}
          <strong>secure</strong> — it refuses wrong and expired credentials, hands out short-lived ones, and offers TLS on
          port 443. Each verdict appears as soon as the browser has the answer; a server that does not answer is reported
          after {DEFAULT_PROBE_TIMEOUT_MS / 1000} seconds, not after the browser&rsquo;s 40-second gathering timeout.
        </p>
        <p className="tt-hint">
          Passwords and secrets stay in this page&rsquo;s memory for the test. They are never saved, logged, put in the
          address bar or written into the results file.
        </p>
      </div>

      <TurnForm running={audit.running} onRun={audit.start} onCancel={audit.cancel} resultsHeadingRef={resultsHeadingRef} />
      <ResultsPanel audit={audit} headingRef={resultsHeadingRef} attach={attach} expectation={expectation} />
      {imports}
      <CheckGuide />
    </div>
  );
}
