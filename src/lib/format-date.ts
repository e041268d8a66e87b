/**
 * Dates shown to people: "27 Nov 2026" and "27 Nov 2026, 14:05", in local time. Built by hand, one
 * format across the app: Intl formatting took a noticeable share of the 200-row projects list's render
 * budget, and its first use on a page loads the browser's locale data (~30 ms on a fast machine, four
 * times that on a phone, in a project page's first render). The app's text is English anyway.
 * A string that is not a date (a hand-edited file) is shown as written.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function toDate(value: number | string): Date | null {
  const t = typeof value === 'number' ? value : Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t);
}

function day(d: Date): string {
  return `${d.getDate()} ${MONTHS[d.getMonth()] ?? ''} ${d.getFullYear()}`;
}

/** "27 Nov 2026" (a calendar day; an ISO time is shown as its local day). */
export function formatDay(value: number | string): string {
  const d = toDate(value);
  return d ? day(d) : String(value);
}

/** "27 Nov 2026, 14:05" in local time. */
export function formatDateTime(value: number | string): string {
  const d = toDate(value);
  if (!d) return String(value);
  return `${day(d)}, ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
