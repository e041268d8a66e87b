import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { canHydrate } from './app/hydration';
import { preloadRoute } from './app/router';
import { appUpdates } from './app/service-worker';
import { browserSessionStorage, browserStorage } from './lib/storage';
import './styles.css';

// Closed <details> print nothing but their summary. Chromium 131+ prints their content through the
// details::details-content rule in styles.css; other browsers need them open. Open every closed one
// just before printing and close again exactly those afterwards.
const openedForPrint = new Set<HTMLDetailsElement>();
window.addEventListener('beforeprint', () => {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details:not([open])')) {
    details.open = true;
    openedForPrint.add(details);
  }
});
window.addEventListener('afterprint', () => {
  for (const details of openedForPrint) details.open = false;
  openedForPrint.clear();
});

const root = document.getElementById('root');
if (root) {
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  // The build prerenders some pages (src/config/pages.ts): hydrate that HTML when it was rendered for
  // this URL and this browser's state; otherwise (the shell, a query string, saved TURN URLs) render.
  // The route's code is loaded first (the HTML preloads it), so the page hydrates in one pass; as a
  // transition, so hydrating a long page yields to the browser instead of blocking it.
  const page = root.dataset.page;
  if (page !== undefined && canHydrate(page, window.location, { local: browserStorage(), session: browserSessionStorage() })) {
    // Until then the page is HTML only: a click before hydrateRoot is lost (e2e/fixtures.ts waits for it).
    const hydrate = () => startTransition(() => void hydrateRoot(root, app));
    preloadRoute(window.location.pathname).then(hydrate, hydrate);
  } else {
    root.replaceChildren();
    createRoot(root).render(app);
  }
}

// Offline after the first visit: the service worker caches the whole build. Registered after the page
// has loaded so its downloads never compete with the first paint.
// A prerendered page loads this script after its first paint (scripts/boot.template.js), often after
// the load event: then it registers at once.
const registerServiceWorker = () => appUpdates.start('/sw.js').catch((error: unknown) => console.warn('Service worker not registered:', error));
if (document.readyState === 'complete') registerServiceWorker();
else window.addEventListener('load', registerServiceWorker, { once: true });
