/**
 * The assessment view (section, status and severity filters) as it lives in the URL, and the
 * focus a view change asks for. Pure: the page hook (use-assessment-view.ts) and the tests use it.
 */
import { SECTION_IDS, SEVERITIES, type SectionId, type Severity } from '@/entities/checklist/types';
import type { StatusFilter } from '@/entities/project/assessment';

export interface WalkthroughView {
  section: SectionId | 'all';
  status: StatusFilter;
  severity: Severity | 'all';
}

/** Where focus goes once a view change has rendered: one item card, or the section heading. */
export type FocusTarget = { kind: 'item'; id: string } | { kind: 'section' };

/** A focus request; `seq` grows with every request, so asking twice for the same target still moves focus. */
export interface FocusRequest {
  target: FocusTarget;
  seq: number;
}

const FIRST_SECTION = SECTION_IDS[0] as SectionId;

/** The view in `params`; anything unknown falls back to the default (first section, everything shown). */
export function readView(params: URLSearchParams): WalkthroughView {
  const section = params.get('section') ?? '';
  const status = params.get('show');
  const severity = params.get('severity') ?? '';
  return {
    section: section === 'all' || (SECTION_IDS as readonly string[]).includes(section) ? (section as SectionId | 'all') : FIRST_SECTION,
    status: status === 'unanswered' || status === 'failing' ? status : 'all',
    severity: (SEVERITIES as readonly string[]).includes(severity) ? (severity as Severity) : 'all',
  };
}

/** The URL parameters for `view` (defaults omitted) and, when given, the item to focus. */
export function viewParams(view: WalkthroughView, item?: string): URLSearchParams {
  const p = new URLSearchParams();
  if (view.section !== FIRST_SECTION) p.set('section', view.section);
  if (view.status !== 'all') p.set('show', view.status);
  if (view.severity !== 'all') p.set('severity', view.severity);
  if (item) p.set('item', item);
  return p;
}

/** The focus a URL asks for on arrival (a deep link `?item=`), if any. */
export function focusFromParams(params: URLSearchParams, seq: number): FocusRequest | null {
  const item = params.get('item');
  return item ? { target: { kind: 'item', id: item }, seq } : null;
}
