import { useId, useState, type FormEvent } from 'react';
import { parseTrackerSetting, TRACKER_KINDS, TRACKER_LABELS, type TrackerKind } from '@/features/projects/handoff/tracker-setting';
import type { TrackerSetting } from '@/entities/project/types';

const PLACEHOLDER: Record<TrackerKind, string> = {
  github: 'https://github.com/owner/repository',
  gitlab: 'https://gitlab.com/group/project',
  jira: 'https://your-company.atlassian.net',
};

/** The project's issue tracker for "Open issue" links. Validated on save; nothing is sent anywhere. */
export function TrackerSettings({ setting, onSave }: { setting: TrackerSetting | null; onSave: (s: TrackerSetting | null) => void }) {
  const id = useId();
  const [kind, setKind] = useState<TrackerKind | 'none'>(setting?.kind ?? 'none');
  const [url, setUrl] = useState(setting?.url ?? '');
  const [projectId, setProjectId] = useState(setting?.kind === 'jira' ? setting.projectId : '');
  const [issueTypeId, setIssueTypeId] = useState(setting?.kind === 'jira' ? setting.issueTypeId : '');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (kind === 'none') {
      onSave(null);
      setMessage({ error: false, text: 'No issue tracker: the items show no "Open issue" link.' });
      return;
    }
    const parsed = parseTrackerSetting({ kind, url, projectId, issueTypeId });
    if (!parsed.ok) {
      setMessage({ error: true, text: parsed.error });
      return;
    }
    onSave(parsed.value);
    setUrl(parsed.value.url);
    setMessage({ error: false, text: `Saved. Open items link to a new ${TRACKER_LABELS[kind]} issue at ${parsed.value.url}.` });
  };

  const invalid = message?.error === true;
  return (
    <details className="pj-tracker no-print">
      <summary>Issue tracker: {setting ? `${TRACKER_LABELS[setting.kind]} (${setting.url})` : 'none set'}</summary>
      <form onSubmit={submit} noValidate>
        <p className="pj-hint">
          “Open issue” links open your tracker’s new-issue form in the browser, prefilled with the finding; you review and submit
          it there. Nothing is sent from this app.
        </p>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Issue tracker</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as TrackerKind | 'none')}>
            <option value="none">None</option>
            {TRACKER_KINDS.map((k) => (
              <option key={k} value={k}>
                {TRACKER_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        {kind !== 'none' && (
          <div className="field">
            <label htmlFor={`${id}-url`}>Tracker address</label>
            <input
              id={`${id}-url`}
              type="text"
              inputMode="url"
              autoComplete="url"
              spellCheck={false}
              value={url}
              placeholder={PLACEHOLDER[kind]}
              aria-invalid={invalid}
              aria-describedby={invalid ? `${id}-msg` : undefined}
              onChange={(e) => setUrl(e.target.value)}
            />
          </div>
        )}
        {kind === 'jira' && (
          <>
            <div className="field">
              <label htmlFor={`${id}-pid`}>Jira project id</label>
              <input id={`${id}-pid`} type="text" inputMode="numeric" value={projectId} placeholder="10000" onChange={(e) => setProjectId(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-type`}>Jira issue type id</label>
              <input id={`${id}-type`} type="text" inputMode="numeric" value={issueTypeId} placeholder="10001" onChange={(e) => setIssueTypeId(e.target.value)} />
            </div>
          </>
        )}
        <button type="submit">Save tracker</button>
        {message && (
          <p id={`${id}-msg`} className={message.error ? 'notice error' : 'pj-hint'} role={message.error ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
      </form>
    </details>
  );
}
