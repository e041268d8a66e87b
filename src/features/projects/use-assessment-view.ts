import { useCallback, useState } from 'react';
import { useSearchParams } from '@/lib/router';
import { focusFromParams, readView, viewParams, type FocusRequest, type FocusTarget, type WalkthroughView } from './assessment-view';

interface Local {
  urlSearch: string;
  search: string;
  view: WalkthroughView;
  focus: FocusRequest | null;
}

/**
 * The walkthrough view, kept in the URL (shareable, back/forward) and mirrored in state so
 * controls update at once: router updates are transitions, and a controlled radio would flick
 * back until they commit. `setView` can also ask for focus (an item, or the section heading).
 */
export function useAssessmentView() {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const [local, setLocal] = useState<Local>(() => ({ urlSearch: search, search, view: readView(params), focus: focusFromParams(params, 0) }));
  if (search !== local.urlSearch) {
    // The URL changed: either our own update committed, or back/forward or a link moved it.
    const seq = (local.focus?.seq ?? 0) + 1;
    setLocal(search === local.search ? { ...local, urlSearch: search } : { urlSearch: search, search, view: readView(params), focus: focusFromParams(params, seq) });
  }

  const setView = useCallback(
    (patch: Partial<WalkthroughView>, focus?: FocusTarget) => {
      // Start from the URL itself (history is updated synchronously), so quick successive changes all stick.
      const next = { ...readView(new URLSearchParams(window.location.search)), ...patch };
      const item = focus?.kind === 'item' ? focus.id : undefined;
      const p = viewParams(next, item);
      setLocal((prev) => ({
        ...prev,
        search: p.toString(),
        view: next,
        focus: focus ? { target: focus, seq: (prev.focus?.seq ?? 0) + 1 } : prev.focus,
      }));
      setParams(p, { replace: !item });
    },
    [setParams],
  );
  return { view: local.view, focus: local.focus, setView };
}
