import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath, URL } from 'node:url';
import { cspMetaValue, securityHeaders } from './src/config/csp.ts';
import { checklist } from './src/features/checklist/content/index.ts';
import { toChecklistJson } from './src/features/checklist/publication.ts';

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

/** Publishes /checklist.json from the same data the UI renders (generated at build time). */
function checklistJson(): Plugin {
  return {
    name: 'checklist-json',
    configureServer(server) {
      server.middlewares.use('/checklist.json', (_req, res, next) => {
        server
          .ssrLoadModule('/src/features/checklist/content/index.ts')
          .then((mod) => {
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.end(JSON.stringify(toChecklistJson(mod.checklist), null, 2));
          })
          .catch(next);
      });
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'checklist.json',
        source: JSON.stringify(toChecklistJson(checklist), null, 2) + '\n',
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), cspMeta(), checklistJson()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
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
