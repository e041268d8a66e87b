// The loader of a prerendered page whose content is in its HTML (vite.config.ts, prerender plugin): the
// page's scripts only make it interactive, so they are requested after the first paint and the HTML and
// its styles paint without sharing the connection with them. Their URLs are on this script's tag; the
// CSP allows scripts of this origin, inserted or not (no inline script).
const tag = document.querySelector('script[data-entry]');
let started = false;
function load() {
  if (started || !tag) return;
  started = true;
  for (const href of (tag.dataset.preload ?? '').split(' ').filter(Boolean)) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
  const entry = document.createElement('script');
  entry.type = 'module';
  entry.crossOrigin = '';
  entry.src = tag.dataset.entry ?? '';
  document.head.append(entry);
}
// After the next frame has painted. A tab opened in the background gets no frames, so it loads them at
// once (no timer otherwise: under load the first paint can take longer than any timer would wait).
if (document.visibilityState === 'hidden') setTimeout(load, 0);
else requestAnimationFrame(() => setTimeout(load, 0));
