import { describe, expect, it } from 'vitest';
import { htmlFileFor, pageUrlPatterns, prerenderedPageFor, PRERENDERED_PAGES, SHELL_FILE } from './pages';

describe('which HTML file answers a URL', () => {
  it('maps each prerendered page, with or without a trailing slash', () => {
    expect(htmlFileFor('/')).toBe('index.html');
    expect(htmlFileFor('/checklist')).toBe('checklist/index.html');
    expect(htmlFileFor('/checklist/')).toBe('checklist/index.html');
    expect(htmlFileFor('/turn')).toBe('turn/index.html');
    expect(htmlFileFor('/coturn')).toBe('coturn/index.html');
  });

  it('answers every project id with the one skeleton, but not the project sub-pages', () => {
    expect(htmlFileFor('/projects/abc-123')).toBe('projects/project.html');
    expect(htmlFileFor('/projects/constructor')).toBe('projects/project.html');
    expect(htmlFileFor('/projects/abc/onboarding')).toBe(SHELL_FILE);
    expect(htmlFileFor('/projects')).toBe(SHELL_FILE);
  });

  it('gives the shell to item pages and unknown URLs (the 404 page renders on the client)', () => {
    expect(htmlFileFor('/checklist/turn-cred-ephemeral')).toBe(SHELL_FILE);
    expect(htmlFileFor('/projcts')).toBe(SHELL_FILE);
    expect(htmlFileFor('/checklistx')).toBe(SHELL_FILE);
    expect(prerenderedPageFor('/no-such-page')).toBeNull();
  });

  it('gives the service worker the same table', () => {
    const table = pageUrlPatterns().map(([pattern, file]) => [new RegExp(pattern), file] as const);
    for (const path of ['/', '/checklist', '/turn/', '/projects/x', '/projects/x/brief', '/about', '/nope']) {
      expect(table.find(([re]) => re.test(path))?.[1] ?? SHELL_FILE).toBe(htmlFileFor(path));
    }
    expect(new Set(PRERENDERED_PAGES.map((p) => p.file)).size).toBe(PRERENDERED_PAGES.length);
  });
});

describe("the README's Deploy table", () => {
  it('gives every URL the file the app and the service worker serve', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const rows = [...readme.matchAll(/^ {3}\| `(\/[^`]*)` \| `([^`]+)`/gm)].map((m) => [m[1] ?? '', m[2] ?? ''] as const);
    expect(rows.length).toBe(PRERENDERED_PAGES.length);
    for (const [url, file] of rows) expect(htmlFileFor(url.replace('<id>', 'p-1'))).toBe(file);
    expect(readme).toContain(`any other path (\`/checklist/<item>\`, \`/projects/<id>/onboarding\`, …) | \`${SHELL_FILE}\``);
    expect(htmlFileFor('/projects/p-1/onboarding')).toBe(SHELL_FILE);
  });
});

describe("the README's nginx example", () => {
  /** nginx's choice for a path that is no file in dist/: an exact location, else the first matching regex, else `location /`. */
  function nginxFile(block: string, path: string): string | null {
    const exact = [...block.matchAll(/location = (\S+) \{ try_files (\S+) =404; \}/g)].find((m) => m[1] === path);
    if (exact) return exact[2]?.slice(1) ?? null;
    for (const m of block.matchAll(/location ~ (\S+) \{ try_files (\S+) =404; \}/g)) {
      const match = new RegExp(m[1] ?? '$^').exec(path);
      if (match) return (m[2] ?? '').replace(/\$(\d)/g, (_, n: string) => match[Number(n)] ?? '').slice(1);
    }
    return /location \/ \{\s*try_files \$uri \/(\S+);/.exec(block)?.[1] ?? null;
  }

  it('answers each page URL with its file and every other path with the shell, as rule 1 says', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const block = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const paths = [...PRERENDERED_PAGES.map((p) => p.url.replace('/_', '/p-1')), '/checklist/', '/turn/', '/projects/p-1/', '/projects/p-1/onboarding', '/checklist/some-item', '/no-such-page'];
    for (const path of paths) expect(nginxFile(block, path), path).toBe(htmlFileFor(path));
    // The headers sit at server level: a location with an add_header of its own would send none of them.
    const firstLocation = block.search(/^\s*location /m);
    expect(block.slice(firstLocation)).not.toMatch(/^\s*add_header /m);
  });
});
