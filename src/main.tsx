import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { appUpdates } from './app/service-worker';
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
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// Offline after the first visit: the service worker caches the whole build. Registered after the page
// has loaded so its downloads never compete with the first paint.
window.addEventListener('load', () => {
  appUpdates.start('/sw.js').catch((error: unknown) => console.warn('Service worker not registered:', error));
});
