import { Fragment } from 'react';
import type { PlannedCheck } from '@/features/turn-tester/audit';
import { LONG_PART, urlBreakParts } from '@/lib/url-breaks';
import { CHECK_INFO } from '@/entities/checklist/turn-check-info';
import type { Check, Verdict } from '@/features/turn-tester/verdicts';
import { VerdictBadge } from './verdict-badge';

/** "2 failures, 1 warning, 5 passed, 1 skipped" */
export function summarize(checks: readonly Check[]): string {
  const count = (v: Verdict) => checks.filter((c) => c.verdict === v).length;
  const fail = count('fail');
  const warn = count('warn');
  const pass = count('pass');
  const skipped = count('skipped');
  const parts: string[] = [];
  if (fail > 0) parts.push(`${fail} ${fail === 1 ? 'failure' : 'failures'}`);
  if (warn > 0) parts.push(`${warn} ${warn === 1 ? 'warning' : 'warnings'}`);
  if (pass > 0) parts.push(`${pass} passed`);
  if (skipped > 0) parts.push(`${skipped} skipped`);
  return parts.length > 0 ? parts.join(', ') : 'No results yet';
}

/** Decided checks in plan order, as soon as each verdict is known. */
export function decidedInOrder(plan: readonly PlannedCheck[], checks: Readonly<Record<string, Check>>): Check[] {
  const out: Check[] = [];
  for (const p of plan) {
    const c = checks[p.key];
    if (c !== undefined) out.push(c);
  }
  return out;
}

/** A URL that wraps only at its sensible points (after the scheme, a dot or hyphen, before `?`), never mid-port. */
function UrlText({ text }: { text: string }) {
  return (
    <code className="tt-target">
      {urlBreakParts(text).map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          <span className={part.length > LONG_PART ? 'tt-target-long' : 'tt-target-part'}>{part}</span>
        </Fragment>
      ))}
    </code>
  );
}

/** `label` names the table when the page shows more than one (imported probe results beside a run). */
export function ResultsTable({ checks, label = 'Results' }: { checks: readonly Check[]; label?: string }) {
  return (
    // Focusable so keyboard users can scroll it sideways on narrow screens.
    <div className="tt-table-wrap" tabIndex={0} role="group" aria-label={`${label} table`}>
      <table aria-label={label} className="tt-results">
        <thead>
          <tr>
            <th scope="col">Check</th>
            <th scope="col">URL or server</th>
            <th scope="col">Verdict</th>
            <th scope="col" className="tt-num">
              Time (ms)
            </th>
            <th scope="col">Detail</th>
          </tr>
        </thead>
        <tbody>
          {checks.map((c) => (
            <tr key={`${c.id} ${c.target}`} data-check={c.id} className={`tt-row-${c.verdict}`}>
              <th scope="row">
                <a href={`#check-${c.id}`} className="tt-check-title">
                  {CHECK_INFO[c.id].title}
                </a>
                <code className="tt-check-id">{c.id}</code>
              </th>
              <td data-label="URL or server">
                <UrlText text={c.target} />
              </td>
              <td data-label="Verdict">
                <VerdictBadge verdict={c.verdict} severity={c.severity} />
              </td>
              <td className="tt-num" data-label="Time (ms)">
                {c.ms > 0 ? c.ms : <span aria-label="not timed">—</span>}
              </td>
              <td className="tt-detail">
                {c.errorCode !== undefined && <span className="tt-error-code">Error {c.errorCode}</span>}
                {c.detail}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
