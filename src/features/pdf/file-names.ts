/**
 * The file names of the PDF downloads. Kept apart from the layout modules so the download buttons
 * (on the page from the start) do not pull the report, poster or brief layout code into the page:
 * that code loads with the PDF chunk on the click.
 */
import { slugify } from '@/lib/slug';
import type { PaperSize } from './paper';
import type { PosterVariant } from './poster';

export function reportFileName(projectName: string, date: string): string {
  return `${slugify(projectName)}-security-report-${date}.pdf`;
}

export function executiveFileName(slug: string, date: string): string {
  return `${slug}-executive-summary-${date}.pdf`;
}

/** File name of a poster download, e.g. webrtc-security-poster-a4.pdf. */
export function posterFileName(paper: PaperSize, projectSlug?: string, variant: PosterVariant = 'all'): string {
  const kind = variant === 'critical-high' ? 'poster-critical-high' : 'poster';
  return projectSlug ? `${projectSlug}-security-${kind}-${paper}.pdf` : `webrtc-security-${kind}-${paper}.pdf`;
}

export function briefFileName(project: string, date: string): string {
  return `${slugify(project)}-contractor-brief-${date}.pdf`;
}
