import { useState } from 'react';
import { checklist } from '@/entities/checklist/content';
import type { ChecklistItem } from '@/entities/checklist/types';
import { issueLink } from '@/features/projects/handoff/issue-links';
import { TRACKER_LABELS } from '@/features/projects/handoff/tracker-setting';
import { itemMarkdown } from '@/features/projects/handoff/markdown';
import type { Answer, TrackerSetting } from '@/entities/project/types';

export interface HandoffContext {
  projectName: string;
  tracker: TrackerSetting | null;
}

/** "Copy as Markdown" for one item and, for an open item, "Open issue in …" when a tracker is set. */
export function ItemHandoff({ item, answer, context }: { item: ChecklistItem; answer: Answer | undefined; context: HandoffContext }) {
  const [copy, setCopy] = useState<{ ok: boolean; text: string } | null>(null);
  const status = answer?.status ?? null;
  const open = status !== 'yes' && status !== 'na';
  const link = open && context.tracker ? issueLink(context.tracker, checklist, { name: context.projectName, answer }, item, window.location.origin) : null;
  const onCopy = async () => {
    const text = itemMarkdown(checklist, item, answer);
    try {
      await navigator.clipboard.writeText(text);
      setCopy({ ok: true, text });
    } catch {
      setCopy({ ok: false, text });
    }
  };
  return (
    <div className="pj-handoff no-print">
      <button type="button" className="pj-link-button" onClick={() => void onCopy()}>
        Copy as Markdown
      </button>
      {link && context.tracker && (
        <a className="pj-link-button" href={link.url} target="_blank" rel="noopener noreferrer">
          Open issue in {TRACKER_LABELS[context.tracker.kind]}
        </a>
      )}
      {link?.truncated && <span className="hint"> (the text is shortened to fit a link)</span>}
      <span role="status" className="hint">
        {copy?.ok ? ' Copied as Markdown.' : ''}
      </span>
      {copy && !copy.ok && (
        <div className="field">
          <label htmlFor={`md-${item.id}`}>The browser blocked the clipboard: copy the Markdown from here</label>
          <textarea id={`md-${item.id}`} readOnly rows={6} value={copy.text} onFocus={(e) => e.currentTarget.select()} />
        </div>
      )}
    </div>
  );
}
