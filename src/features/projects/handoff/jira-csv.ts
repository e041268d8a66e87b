/**
 * Bulk hand-off to Jira: a CSV for Jira's "Import issues from CSV" wizard, one row per open finding in
 * "fix next" order. Jira maps columns by name in the wizard; a repeated "Labels" column gives an
 * issue several labels. Descriptions are Jira wiki markup (same text as the "Open issue" links),
 * due dates are YYYY-MM-DD (choose the date format "yyyy-MM-dd" in the wizard). Secret-looking text
 * is redacted; cells a spreadsheet would evaluate are defused (src/lib/csv.ts).
 */
import type { ChecklistContent, Severity } from '@/entities/checklist/types';
import { toCsv } from '@/lib/csv';
import type { Project } from '@/entities/project/types';
import { openFindings } from './findings';
import { issueTitle, jiraDescription } from './issue-links';

export const JIRA_CSV_HEADER = ['Summary', 'Issue Type', 'Priority', 'Description', 'Labels', 'Labels', 'Due Date', 'Owner'] as const;

/** Jira's default priority scheme. */
const JIRA_PRIORITY: Record<Severity, string> = { critical: 'Highest', high: 'High', medium: 'Medium', low: 'Low' };

export function jiraCsv(content: ChecklistContent, project: Project, appUrl: string, issueType = 'Task'): string {
  const rows = openFindings(content, project).map((f) => [
    issueTitle(f.item),
    issueType,
    JIRA_PRIORITY[f.item.severity],
    jiraDescription(content, f, project.name, appUrl),
    'webrtc-security',
    `checklist-${f.item.id}`,
    f.answer.due,
    f.answer.owner,
  ]);
  return toCsv([[...JIRA_CSV_HEADER], ...rows]);
}
