import { lazy, Suspense } from 'react';
import { PageTitle } from '@/components/ui/page-title';
import type { AttachRun } from '@/features/turn-tester/components/results-panel';
import { TurnTester } from '@/features/turn-tester/components/turn-tester';
import { ProbeImport } from './turn/probe-import';

// "Attach to a project" shows only after a run: it (and the projects store and checklist content it
// needs) loads then, so the tester itself paints with less JavaScript.
const LazyAttach = lazy(() => import('./turn/attach-to-project').then((m) => ({ default: m.AttachToProject })));

const AttachToProject: AttachRun = (props) => (
  <Suspense fallback={<p className="tt-hint">Loading your projects…</p>}>
    <LazyAttach {...props} />
  </Suspense>
);

export default function TurnPage() {
  return (
    <section aria-labelledby="page-heading">
      <PageTitle title="TURN tester" />
      <h1 id="page-heading">TURN credential tester</h1>
      <TurnTester attach={AttachToProject} imports={<ProbeImport />} />
    </section>
  );
}
