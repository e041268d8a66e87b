/**
 * Matching a pathname against a route pattern of the app's route table (src/app/router.tsx), with the
 * rules React Router 7 used for these patterns, so every URL still opens the page it opened:
 * segments are decoded before matching (an encoded `/` in a parameter stays one parameter), matching
 * ignores case and a trailing slash, `:name` takes one segment, a trailing `/*` takes the rest, and
 * `*` alone matches everything.
 */
export type RouteParams = Readonly<Record<string, string | undefined>>;

/** Decodes each path segment; an encoded `/` stays `%2F` so it cannot split a segment. Malformed: unchanged. */
export function decodePath(pathname: string): string {
  try {
    return pathname
      .split('/')
      .map((segment) => decodeURIComponent(segment).replace(/\//g, '%2F'))
      .join('/');
  } catch {
    return pathname;
  }
}

interface Compiled {
  readonly matcher: RegExp;
  readonly names: readonly string[];
}

const compiled = new Map<string, Compiled>();

function compile(pattern: string): Compiled {
  const names: string[] = [];
  const splat = pattern.endsWith('*');
  const body = pattern
    .replace(/\/*\*?$/, '')
    .replace(/^\/*/, '/')
    .replace(/[\\.*+^${}|()[\]]/g, '\\$&')
    .replace(/\/:([\w-]+)/g, (_match, name: string) => {
      names.push(name);
      return '/([^\\/]+)';
    });
  if (splat) names.push('*');
  const tail = splat ? (pattern === '*' || pattern === '/*' ? '(.*)$' : '(?:\\/(.+)|\\/*)$') : '\\/*$';
  // 's': a decoded segment may hold a line break (`%0D`), which `.` would not match.
  return { matcher: new RegExp(`^${body}${tail}`, 'is'), names };
}

/**
 * The parameters of `pathname` (already decoded with `decodePath`) under `pattern`, or null when it
 * does not match the whole path.
 */
export function matchPattern(pattern: string, pathname: string): RouteParams | null {
  let c = compiled.get(pattern);
  if (!c) compiled.set(pattern, (c = compile(pattern)));
  const match = c.matcher.exec(pathname);
  if (!match) return null;
  const params: Record<string, string> = {};
  c.names.forEach((name, i) => {
    params[name] = (match[i + 1] ?? '').replace(/%2F/g, '/');
  });
  return params;
}
