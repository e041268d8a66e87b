import { memo, useLayoutEffect, useMemo, useRef, useState, type FormEvent, type MouseEvent } from 'react';
import { useNavigate } from '@/lib/router';
import { DisplayText } from '@/components/ui/display-text';
import { paths } from '@/config/paths';
import { stripBidiControls } from '@/lib/display-text';
import type { ProjectSummary } from '@/features/projects/summaries';
import { LIMITS } from '@/features/projects/model';
import { formatDateTime } from '@/lib/format-date';


export interface ProjectListActions {
  rename: (id: string, name: string) => void;
  duplicate: (id: string) => void;
  remove: (id: string) => void;
}

function RenameForm({ project, onDone, onRename }: { project: ProjectSummary; onDone: () => void; onRename: (name: string) => void }) {
  const [name, setName] = useState(project.name);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim()) onRename(name);
    onDone();
  };
  return (
    <form className="pj-rename" onSubmit={submit}>
      <input
        type="text"
        aria-label={`New name for ${stripBidiControls(project.name)}`}
        value={name}
        maxLength={LIMITS.name}
        autoFocus
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onDone();
        }}
      />
      <button type="submit" className="primary">
        Save name
      </button>
      <button type="button" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}

interface RowProps {
  project: ProjectSummary;
  renaming: boolean;
  onRenaming: (id: string | null) => void;
  actions: ProjectListActions;
}

const ProjectRow = memo(function ProjectRow({ project: p, renaming, onRenaming, actions }: RowProps) {
  const { score } = p;
  const progress = score.applicable ? Math.round((100 * score.answered) / score.applicable) : 0;
  return (
    <tr data-project-id={p.id}>
      <th scope="row" className="pj-list-name">
        {renaming ? (
          <RenameForm project={p} onDone={() => onRenaming(null)} onRename={(name) => actions.rename(p.id, name)} />
        ) : (
          // A plain link (client-side navigation is handled by the table): 200 router <Link>s cost
          // a noticeable part of the home page's render budget.
          <a href={paths.project.getHref(p.id)} data-client-nav="">
            <DisplayText text={p.name} />
          </a>
        )}
      </th>
      <td data-label="Last change">
        <time dateTime={new Date(p.updatedAt).toISOString()}>{formatDateTime(p.updatedAt)}</time>
      </td>
      <td data-label="Progress">
        <span className="pj-progress-text">
          {score.answered}/{score.applicable} answered
        </span>
        <span className="pj-bar" aria-hidden="true">
          <span style={{ width: `${progress}%` }} />
        </span>
      </td>
      <td data-label="Score">
        {score.percent === null ? (
          '—'
        ) : (
          <span className={`pj-grade-inline grade-${score.grade ?? 'none'}`}>
            {score.percent}% · {score.grade}
          </span>
        )}
      </td>
      <td data-label="Open critical" className={score.openCritical ? 'pj-critical-count' : ''}>
        {score.openCritical}
      </td>
      <td className="pj-row-actions">
        <button type="button" onClick={() => onRenaming(p.id)} aria-label={`Rename ${stripBidiControls(p.name)}`}>
          Rename
        </button>
        <button type="button" onClick={() => actions.duplicate(p.id)} aria-label={`Duplicate ${stripBidiControls(p.name)}`}>
          Duplicate
        </button>
        <button type="button" className="danger" onClick={() => actions.remove(p.id)} aria-label={`Delete ${stripBidiControls(p.name)}`}>
          Delete
        </button>
      </td>
    </tr>
  );
});

/** The projects table. Marks `projects:list-rendered` for the home render benchmark. */
export function ProjectList({ projects, actions }: { projects: readonly ProjectSummary[]; actions: ProjectListActions }) {
  const [renaming, setRenaming] = useState<string | null>(null);
  const navigate = useNavigate();
  const table = useRef<HTMLTableElement>(null);
  /** Where focus goes after the next render: a row's link (by project id), or the page heading. */
  const pendingFocus = useRef<{ row: string } | 'heading' | null>(null);

  useLayoutEffect(() => {
    performance.mark('projects:list-rendered');
  }, []);

  // After rename (or cancel) and delete, focus must not fall back to <body>.
  useLayoutEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    const link =
      target === 'heading' ? null : table.current?.querySelector<HTMLElement>(`tr[data-project-id="${CSS.escape(target.row)}"] a[data-client-nav]`);
    if (link) link.focus();
    else document.getElementById('page-heading')?.focus();
  });

  const onRenaming = useMemo(
    () => (id: string | null) => {
      setRenaming((current) => {
        if (id === null && current !== null) pendingFocus.current = { row: current };
        return id;
      });
    },
    [],
  );

  const rowActions = useMemo<ProjectListActions>(
    () => ({
      ...actions,
      remove: (id) => {
        // The next row (or the previous one when the last row is deleted) gets focus; none left: the heading.
        const rows = [...(table.current?.querySelectorAll<HTMLElement>('tbody tr[data-project-id]') ?? [])].map((r) => r.dataset.projectId ?? '');
        const index = rows.indexOf(id);
        const next = rows[index + 1] ?? rows[index - 1];
        pendingFocus.current = next ? { row: next } : 'heading';
        actions.remove(id);
        // The list itself goes away with its last row.
        if (!next) requestAnimationFrame(() => document.getElementById('page-heading')?.focus());
      },
    }),
    [actions],
  );

  const onClick = (event: MouseEvent<HTMLTableElement>) => {
    const link = (event.target as Element).closest('a[data-client-nav]');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(link.getAttribute('href') ?? '/');
  };

  return (
    <table className="pj-list pj-reflow" onClick={onClick} ref={table}>
      <caption className="visually-hidden">Your projects, most recently changed first</caption>
      <thead>
        <tr>
          <th scope="col">Project</th>
          <th scope="col">Last change</th>
          <th scope="col">Progress</th>
          <th scope="col">Score</th>
          <th scope="col">Open critical</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {projects.map((p) => (
          <ProjectRow key={p.id} project={p} renaming={renaming === p.id} onRenaming={onRenaming} actions={rowActions} />
        ))}
      </tbody>
    </table>
  );
}
