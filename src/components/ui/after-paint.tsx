import { startTransition, Suspense, useEffect, useState, type ReactNode } from 'react';

/**
 * Shows `fallback` until the page around it has painted, then `children` (in a transition, under their
 * own Suspense boundary with the same fallback). For a part of a page whose code loads lazily and is not
 * what the reader came for: rendered with the page, its code request holds the page's whole commit
 * (React waits for it in the transition); after the paint it loads while the reader already sees the
 * page. Measured on a project page: the results-file control and the walkthrough (with the checklist
 * texts) had put ~70 KB of chunks on the path to its largest paint.
 */
export function AfterPaint({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    // The frame after the one that paints this render.
    let inner = 0;
    const outer = requestAnimationFrame(() => {
      inner = window.setTimeout(() => startTransition(() => setPainted(true)), 0);
    });
    return () => {
      cancelAnimationFrame(outer);
      clearTimeout(inner);
    };
  }, [painted]);
  if (!painted) return fallback;
  return <Suspense fallback={fallback}>{children}</Suspense>;
}
