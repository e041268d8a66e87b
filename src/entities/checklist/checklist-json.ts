import { checklist } from './content';
import { toChecklistJson } from './publication';

/** The text of /checklist.json, from the same data the UI renders (loaded by vite.config.ts through Vite). */
export function checklistJsonText(): string {
  return `${JSON.stringify(toChecklistJson(checklist), null, 2)}\n`;
}
