import { useId, useState, type ComponentType, type DragEvent, type FormEvent } from 'react';
import { saveText } from '@/lib/download';
import { findingsFile, findingsFileName } from '@/features/coturn-config/findings-file';
import { FINDING_SEVERITIES } from '@/features/coturn-config/model';
import { maskText, secretValues } from '@/features/coturn-config/secrets';
import { useCoturnAnalysis, type CoturnResult } from '@/features/coturn-config/use-coturn-analysis';
import { VERSION_CHOICES } from '@/features/coturn-config/versions';
import { FindingList } from './finding-list';
import './coturn-analyzer.css';

export type AttachFindings = ComponentType<{ result: CoturnResult }>;

/** The /coturn page body: config input, version, findings, secure snippet, download and attach. */
export function CoturnAnalyzer({ attach: Attach }: { attach?: AttachFindings }) {
  const id = useId();
  const state = useCoturnAnalysis();
  const [dragging, setDragging] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    state.analyze();
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file !== undefined) void state.loadFile(file);
  };

  return (
    <div className="ca">
      <div className="prose">
        <p>
          Paste your <code>turnserver.conf</code> (or a <code>turnserver</code> command line) and choose the coturn version you
          run. The analysis happens in this browser: nothing is uploaded, and the config is not saved anywhere. Only if you
          attach the findings to a project are they stored, with secrets masked.
        </p>
      </div>
      <form className="ca-form" onSubmit={submit} aria-label="coturn configuration">
        <div className="field">
          <label htmlFor={`${id}-conf`}>turnserver.conf</label>
          <textarea
            id={`${id}-conf`}
            className={dragging ? 'ca-conf ca-dragging' : 'ca-conf'}
            value={state.text}
            onChange={(e) => state.setText(e.target.value)}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={drop}
            rows={14}
            spellCheck={false}
            autoComplete="off"
            aria-describedby={`${id}-conf-hint`}
          />
          <p id={`${id}-conf-hint`} className="ca-hint">
            Paste the file, drop it here, or choose it below. Secrets in it are never shown in the findings.
          </p>
        </div>
        <div className="ca-row">
          <div className="field">
            <label htmlFor={`${id}-file`}>Choose a config file</label>
            <input
              id={`${id}-file`}
              type="file"
              accept=".conf,.txt,text/plain"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file !== undefined) void state.loadFile(file);
                e.target.value = '';
              }}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-version`}>coturn version</label>
            <select id={`${id}-version`} value={state.version} onChange={(e) => state.setVersion(e.target.value)}>
              {VERSION_CHOICES.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">Analyze</button>
        </div>
      </form>
      {state.error !== null && (
        <p className="field-error" role="alert">
          {state.error}
        </p>
      )}
      {state.result !== null && <Results result={state.result} Attach={Attach} />}
    </div>
  );
}

function Results({ result, Attach }: { result: CoturnResult; Attach: AttachFindings | undefined }) {
  const { analysis, snippet } = result;
  const secrets = secretValues(analysis.parsed);
  const blocking = analysis.counts.critical + analysis.counts.high;
  const download = () => {
    const file = findingsFile(analysis, snippet, new Date());
    saveText(`${JSON.stringify(file, null, 2)}\n`, findingsFileName(analysis.version.id), 'application/json');
  };
  return (
    <section className="ca-results" aria-labelledby="ca-results-heading">
      <h2 id="ca-results-heading" tabIndex={-1}>
        Findings for coturn {analysis.version.label}
      </h2>
      <p role="status" className={blocking > 0 ? 'ca-summary ca-fail' : 'ca-summary ca-pass'}>
        {analysis.findings.length === 0
          ? 'No findings.'
          : `${analysis.findings.length} findings: ${FINDING_SEVERITIES.filter((s) => analysis.counts[s] > 0)
              .map((s) => `${analysis.counts[s]} ${s}`)
              .join(', ')}.`}{' '}
        {blocking > 0 ? 'High or critical findings remain.' : 'No high or critical finding.'}
      </p>
      <FindingList findings={analysis.findings} mask={(t) => maskText(t, secrets)} maskFix={(t) => maskText(t, secrets, false)} />
      <section aria-labelledby="ca-snippet-heading">
        <h3 id="ca-snippet-heading">Secure configuration</h3>
        <p className="ca-hint">
          A turnserver.conf for coturn {analysis.version.label} that fixes the findings, keeping your addresses, ports, realm,
          certificate paths and exact allow-list entries. The <code>static-auth-secret</code> is freshly generated in this
          browser; put the same secret in your credential service.
        </p>
        <pre className="ca-snippet" tabIndex={0} aria-label="Secure configuration snippet">
          {snippet}
        </pre>
      </section>
      <div className="ca-actions">
        <button type="button" onClick={download}>
          Download findings (JSON)
        </button>
      </div>
      {Attach !== undefined && <Attach result={result} />}
    </section>
  );
}
