import { useId, useState } from 'react';
import { SeverityBadge } from '@/entities/checklist/components/severity-badge';
import type { ChecklistItem } from '@/entities/checklist/types';
import type { HouseRules } from '@/entities/onboarding/types';
import { parseOwnRules } from '@/features/onboarding/house-rules';

interface Props {
  rules: HouseRules;
  /** Applicable items: critical and high first (the preselection), then the rest. */
  items: readonly ChecklistItem[];
  preselected: readonly string[];
  onChange: (rules: HouseRules) => void;
}

/** Team, contacts, the team's own rules and the checklist items a contractor must follow. */
export function HouseRulesEditor({ rules, items, preselected, onChange }: Props) {
  const id = useId();
  // The text area keeps its own draft (blank lines while typing) and saves the rules on blur.
  const [draft, setDraft] = useState(() => rules.ownRules.join('\n'));
  const set = (patch: Partial<HouseRules>) => onChange({ ...rules, ...patch });
  const chosen = new Set(rules.itemIds);
  const toggle = (itemId: string, on: boolean) => set({ itemIds: on ? [...rules.itemIds, itemId] : rules.itemIds.filter((i) => i !== itemId) });
  const major = items.filter((i) => i.severity === 'critical' || i.severity === 'high');
  const minor = items.filter((i) => i.severity !== 'critical' && i.severity !== 'high');
  const box = (item: ChecklistItem) => (
    <li key={item.id}>
      <label className="check">
        <input type="checkbox" checked={chosen.has(item.id)} onChange={(e) => toggle(item.id, e.target.checked)} />
        <SeverityBadge severity={item.severity} /> {item.title}
      </label>
    </li>
  );
  return (
    <div className="ob-house-rules">
      <div className="field">
        <label htmlFor={`${id}-team`}>Team name</label>
        <input id={`${id}-team`} value={rules.team} maxLength={100} onChange={(e) => set({ team: e.target.value })} />
        <span className="hint">The contractor reads “You are being onboarded by” this name.</span>
      </div>
      <div className="field">
        <label htmlFor={`${id}-contacts`}>Contacts</label>
        <textarea id={`${id}-contacts`} rows={2} value={rules.contacts} maxLength={1000} onChange={(e) => set({ contacts: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-own`}>Your own rules (one per line)</label>
        <textarea
          id={`${id}-own`}
          rows={4}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => set({ ownRules: parseOwnRules(draft) })}
          placeholder="TURN credentials are minted only by the app server"
        />
      </div>
      <fieldset>
        <legend>Checklist items the contractor must follow</legend>
        <p className="pj-hint">
          {rules.itemIds.length} chosen. Preselected: the {preselected.length} critical and high items that apply to this project.{' '}
          <button type="button" onClick={() => set({ itemIds: [...preselected] })}>
            Reset to the preselection
          </button>
        </p>
        <ul className="ob-rule-items">{major.map(box)}</ul>
        {minor.length > 0 && (
          <details>
            <summary>Medium and low items ({minor.length})</summary>
            <ul className="ob-rule-items">{minor.map(box)}</ul>
          </details>
        )}
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={rules.includeNotes} onChange={(e) => set({ includeNotes: e.target.checked })} />
        Include the project’s notes on these items in the pack (credentials in them are redacted)
      </label>
    </div>
  );
}
