import { lazy, Suspense } from 'react';
import type { Grade, HeadlineKind, ServerHeadline } from '@/features/turn-tester/headline';
import type { CommandCredentialSource } from './settle-command';

// Only an inconclusive verdict shows the probe command: it loads then, keeping /turn within its JS budget.
const SettleCommand = lazy(() => import('./settle-command').then((m) => ({ default: m.SettleCommand })));

const KIND_TEXT: Record<Exclude<HeadlineKind, 'testing'>, string> = {
  secure: 'Secure',
  insecure: 'Insecure',
  unreachable: 'Unreachable (from here)',
  inconclusive: 'Inconclusive',
  intended: 'Closed as intended',
};
const KIND_ICON: Record<HeadlineKind, string> = { secure: '✓', insecure: '✕', unreachable: '⊘', inconclusive: '?', intended: '–', testing: '…' };
const GRADE_ICON: Record<Grade, string> = { fail: '✕', poor: '▽', good: '✓', excellent: '★', off: '–' };
const TRANSPORT_LABEL = { udp: 'UDP', tcp: 'TCP', tls: 'TLS' } as const;

function Headline({ h, credentials }: { h: ServerHeadline; credentials: CommandCredentialSource | undefined }) {
  if (h.kind === 'testing') {
    return (
      <li className="tt-headline tt-headline-testing" data-server={h.server}>
        <code className="tt-headline-server">{h.server}</code> <span className="tt-headline-kind">Testing…</span>
      </li>
    );
  }
  return (
    <li className={`tt-headline tt-headline-${h.kind}`} data-server={h.server}>
      <p className="tt-headline-line">
        <span aria-hidden="true" className="tt-headline-icon">
          {KIND_ICON[h.kind]}
        </span>
        <code className="tt-headline-server">{h.server}</code>{' '}
        <strong className="tt-headline-kind">{KIND_TEXT[h.kind]}</strong>
        {h.phrase !== '' && <span className="tt-headline-phrase"> — {h.phrase}</span>}
      </p>
      {h.grades.length > 0 && (
        <ul className="tt-grades" aria-label={`Transport grades for ${h.server}`}>
          {h.grades.map((g) => (
            <li key={g.transport} className={`tt-grade tt-grade-${g.grade}`} title={g.why}>
              <span aria-hidden="true">{GRADE_ICON[g.grade]} </span>
              {TRANSPORT_LABEL[g.transport]}: <strong>{g.grade}</strong>
              <span className="tt-grade-why"> ({g.why})</span>
            </li>
          ))}
        </ul>
      )}
      {h.notes.map((n) => (
        <p key={n} className="tt-headline-note">
          {n}
        </p>
      ))}
      {h.kind === 'inconclusive' && h.settleUrl !== undefined && (
        <Suspense fallback={<p className="tt-settle">Preparing the command that settles it…</p>}>
          <SettleCommand server={h.server} url={h.settleUrl} credentials={credentials} />
        </Suspense>
      )}
    </li>
  );
}

/** One line per server above the table; the verdict is in words, icons and colour only repeat it. */
export function ServerHeadlines({ headlines, credentials }: { headlines: readonly ServerHeadline[]; credentials?: CommandCredentialSource | undefined }) {
  if (headlines.length === 0) return null;
  return (
    <ul className="tt-headlines" aria-label="Verdict per server">
      {headlines.map((h) => (
        <Headline key={h.server} h={h} credentials={credentials} />
      ))}
    </ul>
  );
}
