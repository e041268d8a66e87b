/**
 * Bulk hand-off to Jira: a CSV for Jira's "Import issues from CSV" wizard, one row per open finding in
 * "fix next" order. Jira maps columns by name in the wizard; a repeated "Labels" column gives an
 * issue several labels. Descriptions are Jira wiki markup (same text as the "Open issue" links),
 * due dates are YYYY-MM-DD (choose the date format "yyyy-MM-dd" in the wizard). Secret-looking text
 * is redacted; cells a spreadsheet would evaluate are defused (src/lib/csv.ts).
 *
 * Checked against Atlassian's "Importing data from CSV" (Jira Cloud) and "Prepare and structure your
 * CSV file": the header row must have a Summary column and no punctuation in its names, every row
 * keeps every column (empty cells included), and people in user fields (Assignee, Reporter) are
 * given as email addresses. So the owner goes to Assignee only when it is an email address; a team
 * name stays in the free "Owner" column (map it to a custom field or leave it out in the wizard).
 */
import type { ChecklistContent, Severity } from '@/entities/checklist/types';
import { toCsv } from '@/lib/csv';
import type { Project } from '@/entities/project/types';
import { openFindings } from './findings';
import { issueTitle, jiraDescription } from './issue-links';

export const JIRA_CSV_HEADER = ['Summary', 'Issue Type', 'Priority', 'Description', 'Labels', 'Labels', 'Due Date', 'Assignee', 'Owner'] as const;

/** A single email address (what Jira's CSV importer matches to a user). */
const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;

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
    EMAIL.test(f.answer.owner.trim()) ? f.answer.owner.trim() : '',
    f.answer.owner,
  ]);
  return toCsv([[...JIRA_CSV_HEADER], ...rows]);
}
