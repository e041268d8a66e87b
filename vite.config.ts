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
      const { module } = await runnerImport<ChecklistJsonModule>(CHECKLIST_JSON_MODULE, {
        configFile: false,
        root: fileURLToPath(new URL('.', import.meta.url)),
        logLevel: 'error',
        resolve: { alias },
      });
      this.emitFile({ type: 'asset', fileName: 'checklist.json', source: module.checklistJsonText() });
    },
  };
}

export default defineConfig({
  plugins: [react(), cspMeta(), checklistJson()],
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
