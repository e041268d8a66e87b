import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath, URL } from 'node:url';
import { cspMetaValue, securityHeaders } from './src/config/csp.ts';

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

export default defineConfig({
  plugins: [react(), cspMeta()],
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
