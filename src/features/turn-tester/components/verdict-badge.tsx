import type { CheckSeverity, Verdict } from '@/features/turn-tester/verdicts';

const ICONS: Record<Verdict, string> = { pass: '✓', warn: '!', fail: '✕', skipped: '–' };

/** The verdict as text (the contract) with an icon and colour as extra cues. */
export function VerdictBadge({ verdict, severity }: { verdict: Verdict; severity?: CheckSeverity | undefined }) {
  return (
    <span className="tt-verdict-cell">
      <span className={`tt-verdict tt-verdict-${verdict}`}>
        <span aria-hidden="true" className="tt-verdict-icon">
          {ICONS[verdict]}
        </span>
        <span className="tt-verdict-text">{verdict}</span>
      </span>
      {severity !== undefined && (verdict === 'fail' || verdict === 'warn') && (
        <span className={`severity severity-${severity}`}>{severity}</span>
      )}
    </span>
  );
}
