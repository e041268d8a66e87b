import { Link } from '@/components/ui/link';
import { paths } from '@/config/paths';
import { ItemLink } from '@/entities/checklist/components/item-link';
import type { Project } from '@/entities/project/types';
import { pendingContentChanges } from '@/features/projects/content-notice';
import { useProjectActions } from '@/features/projects/use-projects';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * "Checklist updated to X: N new items, M merged", once per project: shown until dismissed
 * (remembered per project in storage), with the list of what was added and merged.
 */
export function ContentUpdateNotice({ project }: { project: Project }) {
  const actions = useProjectActions();
  const changes = pendingContentChanges(project);
  if (!changes) return null;
  const summary = `Checklist updated to ${changes.to}: ${plural(changes.added.length, 'new item', 'new items')}, ${changes.merged.length} merged`;
  return (
    <section className="notice pj-content-update no-print" aria-labelledby="pj-content-update-heading">
      <h2 id="pj-content-update-heading">{summary}</h2>
      <p>
        Your answers to merged items were carried over to the items that replace them (the worse status is kept, notes,
        owners and evidence are joined). <Link to={paths.about.getHref()}>Full changelog</Link>
      </p>
      <details>
        <summary>What changed</summary>
        {changes.added.length > 0 && (
          <>
            <h3>New items</h3>
            <ul aria-label="New items">
              {changes.added.map((id) => (
                <li key={id}>
                  <ItemLink id={id} />
                </li>
              ))}
            </ul>
          </>
        )}
        {changes.merged.length > 0 && (
          <>
            <h3>Merged items</h3>
            <ul aria-label="Merged items">
              {changes.merged.map((m) => (
                <li key={m.id}>
                  {m.title} → <ItemLink id={m.into} />
                </li>
              ))}
            </ul>
          </>
        )}
      </details>
      <button type="button" onClick={() => actions.dismissContentNotice(project.id)}>
        Dismiss update notice
      </button>
    </section>
  );
}
