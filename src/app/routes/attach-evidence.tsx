import { useId, useState, type FormEvent } from 'react';
import { Link } from '@/components/ui/link';
import { paths } from '@/config/paths';
import { getOwn } from '@/lib/dict';
import { stripBidiControls } from '@/lib/display-text';
import { getItem } from '@/entities/checklist/content';
import { getProjectsStore } from '@/features/projects/store';
import { useProjectOptions } from '@/features/projects/use-projects';
import type { ArchitectureProfile } from '@/entities/checklist/types';
import type { ProjectEvidencePlan } from './evidence-plan';

interface Attached {
  readonly projectId: string;
  readonly projectName: string;
  readonly items: number;
  readonly entries: number;
  readonly outOfScope: number;
  readonly firstItemId: string | undefined;
}

export interface AttachEvidenceProps {
  /** The evidence for a project with this profile (computed on submit, so it is current). */
  readonly plan: (profile: ArchitectureProfile) => ProjectEvidencePlan;
  /** What becomes evidence and what is stored, one or two sentences. */
  readonly hint: string;
  /** What kind of items the result can become evidence on, e.g. "TURN items". */
  readonly itemsNoun: string;
  /** "these checks" / "these findings". */
  readonly resultNoun: string;
}

/** A result becomes evidence on the checklist items it proves, in a chosen project (TURN tester, coturn analyzer). */
export function AttachEvidence({ plan: planFor, hint, itemsNoun, resultNoun }: AttachEvidenceProps) {
  const id = useId();
  const projects = useProjectOptions();
  const [chosen, setChosen] = useState('');
  const [attached, setAttached] = useState<Attached | null>(null);
  const [error, setError] = useState<string | null>(null);
  const selected = projects.find((p) => p.id === chosen) ?? projects[0];

  if (projects.length === 0) {
    return (
      <section className="tt-attach" aria-labelledby={`${id}-heading`}>
        <h3 id={`${id}-heading`}>Attach to project</h3>
        <p>
          You have no projects yet. A project tracks one product against the checklist; this result can become evidence
          on its {itemsNoun}.{' '}
          <Link to={paths.home.getHref()} target="_blank" rel="noopener">
            Create a project (opens in a new tab)
          </Link>
          , then come back: it appears here without running the test again.
        </p>
      </section>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (selected === undefined) return;
    const store = getProjectsStore().getState();
    const project = getOwn(store.projects, selected.id);
    if (project === undefined) {
      setError('That project no longer exists (it may have been deleted in another tab). Choose another.');
      return;
    }
    const plan = planFor(project.profile);
    // One write for the whole result: other tabs never see it half attached.
    store.attachEvidenceBatch(project.id, plan.entries);
    setAttached({
      projectId: project.id,
      projectName: stripBidiControls(project.name),
      items: plan.itemIds.length,
      entries: plan.entries.length,
      outOfScope: plan.outOfScopeItemIds.length,
      firstItemId: plan.itemIds[0],
    });
  };

  const first = attached?.firstItemId !== undefined ? getItem(attached.firstItemId) : undefined;
  const projectHref =
    attached === null
      ? ''
      : paths.project.getHref(attached.projectId) +
        (first !== undefined ? `?${new URLSearchParams({ section: first.section, item: first.id }).toString()}` : '');

  return (
    <section className="tt-attach" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Attach to project</h3>
      <p className="tt-hint">{hint}</p>
      <form className="tt-attach-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-project`}>Project</label>
          <select id={`${id}-project`} value={selected?.id ?? ''} onChange={(e) => setChosen(e.target.value)}>
            {projects.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Attach to project</button>
      </form>
      <div role="status" className="tt-attach-status">
        {attached !== null &&
          (attached.items === 0 ? (
            <p>
              No checklist item in “{attached.projectName}” takes evidence from {resultNoun}
              {attached.outOfScope > 0 ? ' (the items they prove do not apply to its architecture profile)' : ''}.
            </p>
          ) : (
            <p>
              Evidence attached to {attached.items} checklist {attached.items === 1 ? 'item' : 'items'} in “
              {attached.projectName}”
              {attached.outOfScope > 0
                ? `; ${attached.outOfScope} more ${attached.outOfScope === 1 ? 'item does' : 'items do'} not apply to its architecture profile`
                : ''}
              . <Link to={projectHref}>Open {attached.projectName}</Link>
            </p>
          ))}
      </div>
      {error !== null && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
