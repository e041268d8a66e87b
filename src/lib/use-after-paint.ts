import { startTransition, useEffect, useState } from 'react';

/**
 * False until the component's first render has been painted, then true (in a transition). For a part
 * of a page that loads its own code (a lazy component) and is not what the reader came for: rendered
 * with the page, its code request would hold the page's first paint until it arrives; after the paint
 * it loads while the reader already sees the page.
 */
export function useAfterPaint(): boolean {
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
  return painted;
}
