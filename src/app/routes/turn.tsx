import { lazy, Suspense, useState } from 'react';
import { useSearchParams } from '@/lib/router';
import { PageTitle } from '@/components/ui/page-title';
import type { AttachRun } from '@/features/turn-tester/components/results-panel';
import { TurnTester } from '@/features/turn-tester/components/turn-tester';
import type { ProjectExpectation } from '@/features/turn-tester/project-expectations';
import { ProbeImport } from './turn/probe-import';

// "Attach to a project" shows only after a run: it (and the projects store and checklist content it
// needs) loads then, so the tester itself paints with less JavaScript.
const LazyAttach = lazy(() => import('./turn/attach-to-project').then((m) => ({ default: m.AttachToProject })));

const AttachToProject: AttachRun = (props) => (
  <Suspense fallback={<p className="tt-hint">Loading your projects…</p>}>
    <LazyAttach {...props} />
  </Suspense>
);

// Opened from a project (`?project=<id>`): the project, its expectations and the judging rules load then.
const LazyJudgement = lazy(() => import('./turn/project-judgement').then((m) => ({ default: m.ProjectJudgement })));

export default function TurnPage() {
  const [params] = useSearchParams();
  const projectId = params.get('project');
  const [expectation, setExpectation] = useState<ProjectExpectation | null>(null);
  return (
    <section aria-labelledby="page-heading">
      <PageTitle title="TURN tester" />
      <h1 id="page-heading">TURN credential tester</h1>
      {projectId !== null && (
        <Suspense fallback={<p className="tt-hint">Loading the project…</p>}>
          <LazyJudgement projectId={projectId} onExpectation={setExpectation} />
        </Suspense>
      )}
      <TurnTester attach={AttachToProject} expectation={projectId !== null ? (expectation ?? undefined) : undefined} imports={<ProbeImport />} />
    </section>
  );
}
