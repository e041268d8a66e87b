import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from './router';
import type { UrlCodec } from './url-state';

/**
 * A view state mirrored into the URL. It lives in component state so inputs respond at once
 * (round-tripping each keystroke through the URL drops characters typed faster than a render), and
 * is written to the URL (replace, not push) so the view can be shared and survives a reload.
 * Back/forward or a link that changes the URL resets it. `update` patches the state; what it
 * returns is always the canonical state (parsed back from what was written).
 */
export function useUrlState<T extends object>(codec: UrlCodec<T>) {
  const [params, setParams] = useSearchParams();
  const [state, setState] = useState(() => codec.parse(params));
  const written = useRef(params.toString());
  const current = params.toString();
  useEffect(() => {
    if (current !== written.current) {
      written.current = current;
      setState(codec.parse(new URLSearchParams(current)));
    }
  }, [current, codec]);
  const update = useCallback(
    (patch: Partial<T>) => {
      setState((prev) => {
        const next = codec.write({ ...prev, ...patch });
        written.current = next.toString();
        // Deferred: setting the URL is a side effect and must not run inside the state updater.
        queueMicrotask(() => setParams(next, { replace: true }));
        return codec.parse(next);
      });
    },
    [codec, setParams],
  );
  return { state, update, search: codec.write(state).toString() };
}
