/**
 * The app's links: react-router's `Link` and `NavLink` cost ~4 KB gzip in every page's JavaScript
 * (they carry prefetching, view transitions and framework-mode code we never use). These render the
 * same `<a href>` and navigate client-side through react-router's own click handler (modifier keys,
 * `target`, non-left clicks and `event.preventDefault()` behave exactly as with its `Link`).
 * eslint.config.js forbids importing react-router's `Link`/`NavLink` in src.
 */
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { useHref, useLinkClickHandler, useLocation } from 'react-router';

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** An app URL from `paths` (optionally with `?search` or `#hash`). */
  to: string;
}

export function Link({ to, target, onClick, ...rest }: LinkProps) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to, target === undefined ? {} : { target });
  const click = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!event.defaultPrevented) navigate(event);
  };
  return <a {...rest} href={href} target={target} onClick={click} />;
}

/**
 * Whether `to` is the current page (react-router's NavLink rule, case-insensitive): the same path,
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
