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
// After the first contentful paint has been presented: the paint timing entry carries the time the frame
// was presented (the first-contentful-paint of Lighthouse and of e2e/hydration.spec.ts). The end of
// requestAnimationFrame's task is too early: the main thread has handed the frame to the compositor,
// which under load presents it tens of milliseconds later (8–190 ms measured on a busy 2-core machine),
// so the scripts were requested before the paint. `buffered` also reports a paint that came before this
// script ran (a long page paints while it is still being parsed): then the scripts load at once.
// A tab that is hidden gets no frames, so it loads them at once (no timer otherwise: under load the
// first paint can take longer than any timer would wait); without paint timing, after the next frame.
const FCP = 'first-contentful-paint';
if (document.visibilityState === 'hidden') setTimeout(load, 0);
else if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) requestAnimationFrame(() => setTimeout(load, 0));
else {
  const observer = new PerformanceObserver((entries) => {
    if (entries.getEntriesByName(FCP).length === 0) return;
    observer.disconnect();
    load();
  });
  observer.observe({ type: 'paint', buffered: true });
  // Hidden before it painted (switched away while loading): no paint will come until it is shown again.
  const onHidden = () => {
    if (document.visibilityState !== 'hidden') return;
    document.removeEventListener('visibilitychange', onHidden);
    load();
  };
  document.addEventListener('visibilitychange', onHidden);
}
