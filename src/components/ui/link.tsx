/**
 * The app's links: an `<a href>` that navigates client-side (src/lib/router.tsx) on a plain left click
 * in this tab. A click with a modifier key, another button, a `target` other than `_self`, or one an
 * `onClick` prevented is left to the browser (new tab, download…), as React Router's `Link` did. A
 * link to the current URL replaces the history entry instead of adding a duplicate.
 */
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { useLocation, useNavigate, type NavigateFunction } from '@/lib/router';

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** An app URL from `paths` (optionally with `?search` or `#hash`). */
  to: string;
}

export function Link({ to, target, onClick, ...rest }: LinkProps) {
  const navigate = useNavigate();
  const click = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!isPlainClick(event, target)) return;
    event.preventDefault();
    navigateTo(navigate, to);
  };
  return <a {...rest} href={to} target={target} onClick={click} />;
}

/** A plain left click in this tab, which the router handles; anything else is left to the browser. */
function isPlainClick(event: MouseEvent, target: string | undefined): boolean {
  if (event.defaultPrevented || event.button !== 0 || (target && target !== '_self')) return false;
  return !(event.metaKey || event.altKey || event.ctrlKey || event.shiftKey);
}

function navigateTo(navigate: NavigateFunction, to: string): void {
  const here = window.location.href;
  navigate(to, { replace: new URL(to, here).href === here });
}

/**
 * A click handler for HTML that React renders but does not own (kept as prerendered, src/lib/
 * prerendered-html.ts): its app links (`href="/…"`, written by `Link` at build time) navigate client-side as
 * `Link` does; `#…` links, other origins and modified clicks are left to the browser.
 */
export function useStaticLinkClick(): (event: MouseEvent<HTMLElement>) => void {
  const navigate = useNavigate();
  return (event) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    const to = link?.getAttribute('href');
    if (!link || !to?.startsWith('/') || to.startsWith('//') || !isPlainClick(event, link.target || undefined)) return;
    event.preventDefault();
    navigateTo(navigate, to);
  };
}

/**
 * Whether `to` is the current page (React Router's NavLink rule, case-insensitive): the same path,
 * or unless `end`, a path below it (`/checklist` is active on `/checklist/turn-rest-api`).
 */
export function isActivePath(to: string, pathname: string, end: boolean): boolean {
  const toPath = (to.split(/[?#]/)[0] ?? '').toLowerCase();
  const current = pathname.toLowerCase();
  if (current === toPath) return true;
  if (end) return false;
  const slashAt = toPath !== '/' && toPath.endsWith('/') ? toPath.length - 1 : toPath.length;
  return current.startsWith(toPath) && current.charAt(slashAt) === '/';
}

export interface NavLinkProps extends LinkProps {
  /** Active only on exactly this path, not on the paths below it. */
  end?: boolean;
}

/** A `Link` that marks the current page with `aria-current="page"` and the class `active`. */
export function NavLink({ end = false, className, ...props }: NavLinkProps) {
  const { pathname } = useLocation();
  const active = isActivePath(props.to, pathname, end);
  const classes = [className, active ? 'active' : null].filter(Boolean).join(' ');
  return <Link {...props} className={classes || undefined} aria-current={active ? 'page' : undefined} />;
}
