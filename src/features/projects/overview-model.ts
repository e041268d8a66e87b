/** Small pure pieces of the project overview. */
import type { SectionProgress } from '@/entities/checklist/scoring';

/** Share of applicable items answered, or null when none applies (no bar: 0/0 is not "done"). */
export function answeredShare(s: Pick<SectionProgress, 'answered' | 'applicable'>): number | null {
  return s.applicable ? Math.round((100 * s.answered) / s.applicable) : null;
}
