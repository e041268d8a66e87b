import { ItemLink } from '@/entities/checklist/components/item-link';
import { checklist } from '@/entities/checklist/content';
import type { ChangelogEntry } from '@/entities/checklist/types';

function retiredTitle(id: string): string {
  return checklist.retired.find((r) => r.id === id)?.title ?? id;
}

function VersionChanges({ entry }: { entry: ChangelogEntry }) {
  const heading = `changelog-${entry.version.replace(/\./g, '-')}`;
  return (
    <section aria-labelledby={heading}>
      <h3 id={heading}>
        {entry.version} ({entry.date})
      </h3>
      <p>{entry.summary}</p>
      {entry.added.length > 0 && (
        <>
          <h4>New items ({entry.added.length})</h4>
          <ul>
            {entry.added.map((id) => (
              <li key={id}>
                <ItemLink id={id} />
              </li>
            ))}
          </ul>
        </>
      )}
      {entry.merged.length > 0 && (
        <>
          <h4>Merged items ({entry.merged.reduce((n, m) => n + m.from.length, 0)} into {entry.merged.length})</h4>
          <ul>
            {entry.merged.map((m) => (
              <li key={m.into}>
                {m.from.map(retiredTitle).join('; ')} → <ItemLink id={m.into} />
              </li>
            ))}
          </ul>
        </>
      )}
      {entry.severities.length > 0 && (
        <>
          <h4>Severities changed ({entry.severities.length})</h4>
          <ul>
            {entry.severities.map((s) => (
              <li key={s.id}>
                <ItemLink id={s.id} />: {s.from} → {s.to}. {s.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {entry.corrections.length > 0 && (
        <>
          <h4>Corrected facts and verify steps ({entry.corrections.length})</h4>
          <ul>
            {entry.corrections.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The checklist's human-readable changelog, newest version first (also in /checklist.json). */
export function ChecklistChangelog() {
  return (
    <section aria-labelledby="changelog-heading">
      <h2 id="changelog-heading">Checklist changelog</h2>
      {checklist.changelog.map((entry) => (
        <VersionChanges key={entry.version} entry={entry} />
      ))}
    </section>
  );
}
