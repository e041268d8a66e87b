import { createServer, defineConfig, runnerImport, type Plugin, type Rollup } from 'vite';
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import { cspMetaValue, securityHeaders } from './src/config/csp.ts';
import { htmlFileFor, pageUrlPatterns, PRERENDERED_PAGES, SHELL_FILE, type PrerenderedPage } from './src/config/pages.ts';
import type { checklistJsonText } from './src/entities/checklist/checklist-json.ts';

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };
const CHECKLIST_JSON_MODULE = '/src/entities/checklist/checklist-json.ts';
interface ChecklistJsonModule {
  readonly checklistJsonText: typeof checklistJsonText;
}

/** Evaluates a module of the app through Vite (so its `@/` imports resolve), outside the bundle. */
async function loadAppModule<T>(id: string): Promise<T> {
  const { module } = await runnerImport<T>(id, {
    configFile: false,
    root: fileURLToPath(new URL('.', import.meta.url)),
    logLevel: 'error',
    resolve: { alias },
  });
  return module;
}

/** Adds the CSP meta tag to the production build only: the dev server needs inline HMR scripts. */
function cspMeta(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${cspMetaValue()}" />`,
      );
    },
  };
}

/**
 * Publishes /checklist.json from the same data the UI renders (generated at build time). The module is
 * loaded through Vite, not imported here, so app code keeps its `@/` imports.
 */
function checklistJson(): Plugin {
  return {
    name: 'checklist-json',
    configureServer(server) {
      server.middlewares.use('/checklist.json', (_req, res, next) => {
        server
          .ssrLoadModule(CHECKLIST_JSON_MODULE)
          .then((mod) => {
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.end((mod as ChecklistJsonModule).checklistJsonText());
          })
          .catch(next);
      });
    },
    async generateBundle() {
      const module = await loadAppModule<ChecklistJsonModule>(CHECKLIST_JSON_MODULE);
      this.emitFile({ type: 'asset', fileName: 'checklist.json', source: module.checklistJsonText() });
    },
  };
}

/**
 * Modules whose exports are plain data derived from the checklist content. The production build
 * replaces each with the literal it evaluates to, so a page that needs only this data (the projects
 * list scores with id/section/severity/applicability; the TURN guide names related items) does not
 * load the content. Generated from the content on every build, so it cannot drift; dev and tests run
 * the real modules.
 */
const BUILD_TIME_DATA_MODULES = [
  '/src/entities/checklist/scoring-index.ts',
  '/src/entities/checklist/turn-related-index.ts',
  '/src/entities/checklist/upgrade-index.ts',
  '/src/entities/checklist/outline.ts',
  '/src/entities/checklist/reference-summary.ts',
];

function buildTimeData(): Plugin {
  const files = new Map(BUILD_TIME_DATA_MODULES.map((m) => [fileURLToPath(new URL(`.${m}`, import.meta.url)), m]));
  return {
    name: 'build-time-data',
    apply: 'build',
    async load(id) {
      const module = files.get(id);
      if (!module) return null;
      const exports = await loadAppModule<Record<string, unknown>>(module);
      return Object.entries(exports)
        .map(([name, value]) => {
          const json = JSON.stringify(value);
          if (json === undefined || JSON.stringify(JSON.parse(json)) !== json) throw new Error(`${module}: export ${name} is not plain JSON data`);
          return `export const ${name} = ${json};\n`;
        })
        .join('');
    },
  };
}

/** The chunk of a route module and its static imports: what the page's HTML preloads. */
function routeFiles(bundle: Rollup.OutputBundle, module: string): { scripts: string[]; styles: string[] } {
  const chunks = new Map(Object.values(bundle).flatMap((o) => (o.type === 'chunk' ? [[o.fileName, o] as const] : [])));
  const route = [...chunks.values()].find((c) => c.facadeModuleId?.endsWith(`/src/app/routes/${module}.tsx`));
  if (!route) throw new Error(`prerender: no chunk for src/app/routes/${module}.tsx`);
  const seen = new Set<string>();
  const queue = [route.fileName];
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...(chunks.get(file)?.imports ?? []));
  }
  const styles = [...seen].flatMap((f) => [...(chunks.get(f)?.viteMetadata?.importedCss ?? [])]);
  return { scripts: [...seen], styles: [...new Set(styles)] };
}

/** What src/entry-server.tsx renders for a page (its module is loaded through Vite, not imported here). */
interface RenderedPage {
  readonly head: string;
  readonly body: string;
}

/**
 * A page whose content is in its HTML loads its scripts after the first paint (scripts/boot.template.js):
 * the entry script and the module preloads leave the head for the loader's tag; the styles stay.
 */
function loadAfterPaint(template: string, preloads: string[], boot: string): string {
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/;
  const entrySrc = entry.exec(template)?.[1];
  if (!entrySrc) throw new Error('prerender: index.html has no entry <script type="module" crossorigin src=…>');
  const preload = /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g;
  const scripts = [...[...template.matchAll(preload)].map((m) => m[1]), ...preloads];
  const tag = `<script type="module" src="/${boot}" data-entry="${entrySrc}" data-preload="${scripts.join(' ')}"></script>`;
  return template
    .replace(entry, '')
    .replace(preload, '')
    .replace('</head>', () => `  ${tag}\n  </head>`);
}

/**
 * A page whose content needs its scripts (the project skeleton) requests them at once, in parallel with
 * the styles, but at low fetch priority: the styles and the skeleton's first paint go first on a slow
 * connection, and the scripts (which render the stored project) are on their way meanwhile.
 */
function lowFetchPriority(html: string): string {
  return html.replace(/<(script type="module"|link rel="modulepreload") /g, '<$1 fetchpriority="low" ');
}

function pageHtml(template: string, page: PrerenderedPage, rendered: RenderedPage, files: ReturnType<typeof routeFiles>, boot: string): string {
  const styles = files.styles.filter((f) => !template.includes(`/${f}"`)).map((f) => `<link rel="stylesheet" crossorigin href="/${f}">`);
  const scripts = files.scripts.filter((f) => !template.includes(`/${f}"`)).map((f) => `/${f}`);
  const withStyles = template.replace('</head>', () => `  ${styles.join('\n    ')}\n  </head>`);
  const withScripts = page.contentInHtml
    ? loadAfterPaint(withStyles, scripts, boot)
    : lowFetchPriority(withStyles.replace('</head>', () => `  ${scripts.map((f) => `<link rel="modulepreload" crossorigin href="${f}">`).join('\n    ')}\n  </head>`));
  const head = rendered.head.includes('<title>') ? rendered.head : `<title>${APP_TITLE}</title>${rendered.head}`;
  const html = withScripts
    .replace(`<title>${APP_TITLE}</title>`, () => head)
    .replace('<div id="root"></div>', () => `<div id="root" data-page="${page.route}">${rendered.body}</div>`);
  if (!html.includes(`data-page="${page.route}"`)) throw new Error(`prerender: index.html has no <div id="root"></div> for ${page.url}`);
  if (/<script(?![^>]*\ssrc=)[^>]*>|<template\b/.test(rendered.body)) throw new Error(`prerender: ${page.url} has an inline script or template (the CSP forbids them)`);
  return html;
}

const APP_TITLE = 'WebRTC Security Checklist';

/**
 * Prerenders the pages of src/config/pages.ts into dist/ (their static HTML, rendered by
 * src/entry-server.tsx with the app's own components through a Vite SSR module graph), each with its
 * route's styles, so the page paints before any JavaScript runs; src/main.tsx then hydrates it. A page
 * whose content is all in its HTML asks for its scripts after that first paint (loadAfterPaint); the
 * project skeleton, whose content comes from storage, requests them at once at low fetch priority (lowFetchPriority). dist/shell.html keeps the empty template for every other URL.
 */
function prerender(): Plugin {
  return {
    name: 'prerender',
    apply: 'build',
    // After Vite's own plugins, so index.html is in the bundle; before the service worker, which lists it.
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset' || typeof index.source !== 'string') throw new Error('prerender: no index.html in the bundle');
      const template = index.source;
      const server = await createServer({
        configFile: false,
        root: fileURLToPath(new URL('.', import.meta.url)),
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
        resolve: { alias },
      });
      try {
        const { renderPage } = (await server.ssrLoadModule('/src/entry-server.tsx')) as { renderPage: (url: string) => Promise<RenderedPage> };
        const boot = this.getFileName(this.emitFile({ type: 'asset', name: 'boot.js', source: readFileSync(new URL('scripts/boot.template.js', import.meta.url), 'utf8') }));
        for (const page of PRERENDERED_PAGES) {
          const html = pageHtml(template, page, await renderPage(page.url), routeFiles(bundle, page.module), boot);
          if (page.file === 'index.html') index.source = html;
          else this.emitFile({ type: 'asset', fileName: page.file, source: html });
        }
      } finally {
        await server.close();
      }
      this.emitFile({ type: 'asset', fileName: SHELL_FILE, source: template });
    },
  };
}

/**
 * `npm start` (vite preview) answers a page URL with the file a host would (src/config/pages.ts):
 * a prerendered page, else the shell. Vite's own fallback would serve index.html (the home page) for
 * every unknown URL.
 */
function prerenderedPreview(): Plugin {
  return {
    name: 'prerendered-preview',
    configurePreviewServer(server) {
      server.middlewares.use((req, _res, next) => {
        const accept = req.headers.accept ?? '';
        if ((req.method === 'GET' || req.method === 'HEAD') && req.url && (accept.includes('text/html') || accept === '' || accept.includes('*/*'))) {
          const url = new URL(req.url, 'http://localhost');
          // A file (has an extension, e.g. /robots.txt or /assets/x.js) is served as it is.
          if (!/\.[^/]+$/.test(url.pathname)) req.url = `/${htmlFileFor(url.pathname)}${url.search}`;
        }
        next();
      });
    },
  };
}

/**
 * Writes dist/sw.js from scripts/service-worker.template.js with the list of every file of the build
 * (chunks, fonts, styles, checklist.json, index.html, public/) and a version hashed from their
 * contents, so a deploy that changes any file installs a new worker (and the "update available"
 * prompt shows).
 */
function serviceWorker(): Plugin {
  const root = fileURLToPath(new URL('.', import.meta.url));
  return {
    name: 'service-worker',
    apply: 'build',
    // After Vite's own plugins, so index.html is in the bundle.
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = new Map<string, string | Uint8Array>();
      for (const [name, out] of Object.entries(bundle)) files.set(name, out.type === 'chunk' ? out.code : out.source);
      for (const name of readdirSync(`${root}public`)) files.set(name, readFileSync(`${root}public/${name}`));
      const hash = createHash('sha256');
      for (const name of [...files.keys()].sort()) hash.update(name).update(files.get(name) ?? '');
      const manifest = [...files.keys()].filter((n) => n !== 'sw.js').sort().map((n) => `/${n}`);
      const source = readFileSync(`${root}scripts/service-worker.template.js`, 'utf8')
        .replace('__PRECACHE_MANIFEST__', JSON.stringify(manifest))
        .replace('__CACHE_VERSION__', JSON.stringify(hash.digest('hex').slice(0, 16)))
        .replace('__PAGES__', JSON.stringify(pageUrlPatterns().map(([pattern, file]) => [pattern, `/${file}`])))
        .replace('__SHELL__', JSON.stringify(`/${SHELL_FILE}`));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

/**
 * The projects store in two chunks instead of ~15 of 0.2–4 KB, each compressed on its own (~4 KB gzip
 * less for the pages that load them both):
 * - projects-decode: the read path of the stored projects (persistence/restore.ts, read-stored.ts and
 *   what they need: codec, migrations, the scoring and upgrade indexes, valibot and the onboarding
 *   schema). The home page lists projects with it alone (projects-view.ts); the other pages that
 *   read projects load it with the store; the storage guard loads it alone only while the recovery
 *   screen is up, to see whether the stored value became readable again.
 * - projects-store: the store itself (zustand, operations, the repository); on the home page it loads
 *   on the first action.
 * Listed by path so that nothing the TURN tester or the checklist reference imports statically joins
 * them (check-bundle.mjs would show their growth; scope.ts and successors.ts stay out for
 * /checklist); the other dependencies stay where automatic chunking puts them.
 */
const PROJECTS_DECODE_MODULES = new RegExp(
  [
    String.raw`[\/]src[\/]features[\/]projects[\/]model\.ts$`,
    String.raw`[\/]src[\/]features[\/]projects[\/]persistence[\/](codec|merge|dict-schema|restore|read-stored|migrations|content-upgrade|issue-path)\.ts$`,
    String.raw`[\/]src[\/]entities[\/]checklist[\/](upgrade-index|scoring-index)\.ts$`,
    String.raw`[\/]src[\/]entities[\/]onboarding[\/](schema|types)\.ts$`,
    String.raw`[\/]src[\/]entities[\/]project[\/]types\.ts$`,
    String.raw`[\/]src[\/]lib[\/](issue-path|dict)\.ts$`,
    String.raw`[\/]node_modules[\/]valibot[\/]`,
  ].join('|'),
);
const PROJECTS_STORE_MODULES = new RegExp(
  [
    String.raw`[\/]src[\/]features[\/]projects[\/](store|operations|use-projects)\.ts$`,
    String.raw`[\/]src[\/]features[\/]projects[\/]persistence[\/]repository\.ts$`,
    String.raw`[\/]node_modules[\/]zustand[\/]`,
  ].join('|'),
);

export default defineConfig({
  plugins: [react(), cspMeta(), checklistJson(), buildTimeData(), prerender(), serviceWorker(), prerenderedPreview()],
  resolve: {
    alias,
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'projects-decode', test: PROJECTS_DECODE_MODULES, includeDependenciesRecursively: false },
            { name: 'projects-store', test: PROJECTS_STORE_MODULES, includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
  preview: {
    port: 4173,
    strictPort: true,
    headers: securityHeaders(),
  },
});
