import { useUrlState } from '@/lib/use-url-state';
import { referenceCodec } from './reference-params';

/** Filters and architecture scope of the reference view, mirrored into the URL (reference-params.ts). */
export function useReferenceState() {
  return useUrlState(referenceCodec);
}
