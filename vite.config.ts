import { defineConfig, runnerImport, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath, URL } from 'node:url';
import { cspMetaValue, securityHeaders } from './src/config/csp.ts';
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
const BUILD_TIME_DATA_MODULES = ['/src/entities/checklist/scoring-index.ts', '/src/entities/checklist/turn-related-index.ts'];

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

export default defineConfig({
  plugins: [react(), cspMeta(), checklistJson(), buildTimeData()],
  resolve: {
    alias,
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
  },
  preview: {
    port: 4173,
    strictPort: true,
    headers: securityHeaders(),
  },
});
