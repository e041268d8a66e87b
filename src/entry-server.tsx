/**
 * Build-time prerender (vite.config.ts, prerender plugin): renders a page of the app to HTML with the
 * same components src/main.tsx hydrates. react-dom/static waits for every lazy route chunk, so the HTML
 * holds the page, not its loading state. A component that fails on the server fails the build (it would
 * otherwise ship a page React silently re-renders on the client).
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { StaticRouter } from './lib/router';
import { AppRoutes } from './app/router';

export interface RenderedPage {
  /** What React hoists into <head> (the page's <title>, preloads). */
  readonly head: string;
  /** The content of #root. */
  readonly body: string;
}

/** React writes hoisted elements (<title>, <link>, <meta>) before the tree when rendering below <body>. */
const LEADING_HOISTABLES = /^(?:<title>[^<]*<\/title>|<(?:link|meta)\b[^>]*\/?>)*/;

export async function renderPage(url: string): Promise<RenderedPage> {
  const errors: unknown[] = [];
  const { prelude } = await prerender(
    <StrictMode>
      <StaticRouter location={url}>
        <AppRoutes />
      </StaticRouter>
    </StrictMode>,
    // One piece of HTML with no inline scripts (the CSP forbids them): React would otherwise move large
    // Suspense boundaries out of line and put them in place with a script.
    { onError: (error) => void errors.push(error), progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const html = await new Response(prelude).text();
  if (errors.length > 0) throw new Error(`Prerendering ${url} failed: ${errors.map(String).join('; ')}`, { cause: errors[0] });
  const head = LEADING_HOISTABLES.exec(html)?.[0] ?? '';
  return { head, body: html.slice(head.length) };
}
