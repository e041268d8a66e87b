/**
 * Parts of a prerendered page that React renders into the HTML at build time but does not hydrate: a
 * component renders such a part as `<div id dangerouslySetInnerHTML={{ __html: prerenderedHtml(id) }}>`,
 * which hydration takes as it is (React does not walk, compare or own what is inside). Long static text
 * (the checklist reference's items) then costs hydration nothing, and its data need not load.
 */
const captured = new Map<string, string>();

/**
 * The HTML the element `id` arrived with, read from the document the first time (before React renders
 * over it) and kept, so the part can show again later in this tab; null on the server, and when the
 * page was not prerendered with it (rendered in the browser: the shell, a query string).
 */
export function prerenderedHtml(id: string): string | null {
  if (typeof document === 'undefined') return null;
  const known = captured.get(id);
  if (known !== undefined) return known;
  const html = document.getElementById(id)?.innerHTML ?? null;
  if (html !== null) captured.set(id, html);
  return html;
}
