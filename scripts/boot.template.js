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
// After the next frame has painted; a hidden tab gets no frames, so a timer starts it there.
requestAnimationFrame(() => setTimeout(load, 0));
setTimeout(load, 200);
