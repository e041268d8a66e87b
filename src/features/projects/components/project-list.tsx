import { memo, useLayoutEffect, useState, type FormEvent, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import type { ProjectSummary } from '../summaries';
import { LIMITS } from '../store';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "27 Nov 2026, 14:05" in local time. Built by hand: Intl formatting took a noticeable share of the
 * 200-row list's render budget, and the app's text is English anyway.
 */
export function formatDateTime(ms: number): string {
  const d = new Date(ms);
  const hh = String(d.getHours()).padStart(2, '0');
  const mm = String(d.getMinutes()).padStart(2, '0');
  return `${d.getDate()} ${MONTHS[d.getMonth()] ?? ''} ${d.getFullYear()}, ${hh}:${mm}`;
}

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
        aria-label={`New name for ${project.name}`}
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
            {p.name}
          </a>
        )}
      </th>
      <td>
        <time dateTime={new Date(p.updatedAt).toISOString()}>{formatDateTime(p.updatedAt)}</time>
      </td>
      <td>
        <span className="pj-progress-text">
          {score.answered}/{score.applicable} answered
        </span>
        <span className="pj-bar" aria-hidden="true">
          <span style={{ width: `${progress}%` }} />
        </span>
      </td>
      <td>
        {score.percent === null ? (
          '—'
        ) : (
          <span className={`pj-grade-inline grade-${score.grade ?? 'none'}`}>
            {score.percent}% · {score.grade}
          </span>
        )}
      </td>
      <td className={score.openCritical ? 'pj-critical-count' : ''}>{score.openCritical}</td>
      <td className="pj-row-actions">
        <button type="button" onClick={() => onRenaming(p.id)} aria-label={`Rename ${p.name}`}>
          Rename
        </button>
        <button type="button" onClick={() => actions.duplicate(p.id)} aria-label={`Duplicate ${p.name}`}>
          Duplicate
        </button>
        <button type="button" className="danger" onClick={() => actions.remove(p.id)} aria-label={`Delete ${p.name}`}>
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

  useLayoutEffect(() => {
    performance.mark('projects:list-rendered');
  }, []);

  const onClick = (event: MouseEvent<HTMLTableElement>) => {
    const link = (event.target as Element).closest('a[data-client-nav]');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void navigate(link.getAttribute('href') ?? '/');
  };

  return (
    <table className="pj-list" onClick={onClick}>
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
          <ProjectRow key={p.id} project={p} renaming={renaming === p.id} onRenaming={setRenaming} actions={actions} />
        ))}
      </tbody>
    </table>
  );
}
