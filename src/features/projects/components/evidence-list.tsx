import { useId, useState, type FormEvent } from 'react';
import { redactSecrets } from '@/lib/redaction';
import { EVIDENCE_KIND_LABELS, EVIDENCE_VERDICT_LABELS } from '@/entities/project/evidence-labels';
import type { Evidence } from '@/entities/project/types';
import { formatDateTime, formatDay } from '@/lib/format-date';


/** Only http(s) URLs become links: evidence can come from imported files. */
function safeHref(url: string | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}



/**
 * Evidence as plain text for the printed assessment: no buttons, every check listed (nothing
 * collapsed). Links print their URL after them (global print style).
 */
export function EvidenceText({ evidence }: { evidence: readonly Evidence[] }) {
  return (
    <ul className="pj-print-evidence">
      {evidence.map((e) => {
        const url = e.url === undefined ? undefined : redactSecrets(e.url);
        const label = redactSecrets(e.label);
        const href = safeHref(url);
        return (
          <li key={e.id}>
            {e.kind === 'link' ? (
              <>
                {EVIDENCE_KIND_LABELS[e.kind]}
                {e.verdict ? ` (${EVIDENCE_VERDICT_LABELS[e.verdict]})` : ''}:{' '}
              </>
            ) : (
              <>
                {EVIDENCE_KIND_LABELS[e.kind]}
                {e.verdict ? `, ${e.verdict}` : ''}, {formatDay(e.date)}:{' '}
              </>
            )}
            {href ? (
              <a href={href}>{label || href}</a>
            ) : (
              <>
                {label}
                {url && url !== label && <code> {url}</code>}
              </>
            )}
            {e.kind === 'link' && <> · {formatDateTime(e.date)}</>}
            {e.checks && e.checks.length > 0 && (
              <ul>
                {e.checks.map((c, i) => (
                  <li key={`${c.id}-${i}`}>
                    {EVIDENCE_VERDICT_LABELS[c.verdict]}: <code>{redactSecrets(c.url)}</code> {redactSecrets(c.detail)} ({Math.round(c.ms)} ms
                    {c.errorCode !== undefined ? `, error ${c.errorCode}` : ''})
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function EvidenceList({
  evidence,
  onAdd,
  onRemove,
}: {
  evidence: readonly Evidence[];
  onAdd: (url: string, label: string) => void;
  onRemove: (id: string) => void;
}) {
  const id = useId();
  const [adding, setAdding] = useState(false);
  const [url, setUrl] = useState('');
  const [label, setLabel] = useState('');
  const [error, setError] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const clean = url.trim();
    if (!safeHref(clean)) {
      setError('Enter a link starting with https:// or http://');
      return;
    }
    onAdd(clean, label.trim() || clean);
    setUrl('');
    setLabel('');
    setError('');
    setAdding(false);
  };

  return (
    <div className="pj-evidence">
      <h5 id={`${id}-heading`}>Evidence</h5>
      {evidence.length === 0 ? (
        <p className="pj-hint">No evidence yet. Add a link to a ticket, a scan or a config review, or attach a TURN tester result.</p>
      ) : (
        <ul aria-labelledby={`${id}-heading`} className="pj-evidence-list">
          {evidence.map((e, index) => {
            const href = safeHref(e.url);
            return (
              <li key={e.id}>
                {e.kind === 'link' ? (
                  <span className="pj-evidence-kind">{EVIDENCE_KIND_LABELS[e.kind]}</span>
                ) : (
                  // Automated results read as one line: "Evidence: TURN test, pass, 27 Nov 2026".
                  <span className={`pj-evidence-summary verdict-${e.verdict ?? 'skipped'}`}>
                    Evidence: {EVIDENCE_KIND_LABELS[e.kind]}
                    {e.verdict ? `, ${e.verdict}` : ''}, {formatDay(e.date)}
                  </span>
                )}
                {e.kind === 'link' && e.verdict && <span className={`pj-verdict verdict-${e.verdict}`}>{EVIDENCE_VERDICT_LABELS[e.verdict]}</span>}
                {href ? (
                  <a href={href} target="_blank" rel="noreferrer noopener" id={`${id}-ev-${index}`}>
                    {e.label || href}
                  </a>
                ) : (
                  <span id={`${id}-ev-${index}`}>
                    {e.label}
                    {e.url && e.url !== e.label && <code> {e.url}</code>}
                  </span>
                )}
                <span className="pj-hint"> · {formatDateTime(e.date)}</span>
                {e.history && e.history.length > 0 && (
                  <span className="pj-hint pj-evidence-history">
                    {' '}
                    · replaces {e.history.length} earlier run{e.history.length === 1 ? '' : 's'}:{' '}
                    {e.history.map((r) => `${formatDay(r.date)}${r.verdict ? ` (${r.verdict})` : ''}`).join(', ')}
                  </span>
                )}
                {e.checks && e.checks.length > 0 && (
                  <details className="pj-checks">
                    <summary>
                      {e.checks.length} check{e.checks.length === 1 ? '' : 's'}
                    </summary>
                    <ul>
                      {e.checks.map((c, i) => (
                        <li key={`${c.id}-${i}`}>
                          <span className={`pj-verdict verdict-${c.verdict}`}>{EVIDENCE_VERDICT_LABELS[c.verdict]}</span> <code>{c.url}</code>{' '}
                          {c.detail} <span className="pj-hint">({Math.round(c.ms)} ms{c.errorCode !== undefined ? `, error ${c.errorCode}` : ''})</span>
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
                <button type="button" className="pj-link-button no-print" onClick={() => onRemove(e.id)} aria-describedby={`${id}-ev-${index}`}>
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {adding ? (
        <form className="pj-evidence-form no-print" onSubmit={submit}>
          <div className="field">
            <label htmlFor={`${id}-url`}>Evidence link</label>
            <input id={`${id}-url`} type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://" autoFocus />
          </div>
          <div className="field">
            <label htmlFor={`${id}-label`}>Evidence label</label>
            <input id={`${id}-label`} type="text" value={label} maxLength={500} onChange={(e) => setLabel(e.target.value)} />
          </div>
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          <div className="pj-form-actions">
            <button type="submit">Add link</button>
            <button type="button" onClick={() => setAdding(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="pj-link-button no-print" onClick={() => setAdding(true)}>
          Add evidence link
        </button>
      )}
    </div>
  );
}
