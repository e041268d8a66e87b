import { useEffect, useMemo } from 'react';
import { Link } from '@/components/ui/link';
import { paths } from '@/config/paths';
import { TURN_EXPOSURE_QUESTION as QUESTION } from '@/entities/checklist/turn-exposure-question';
import { stripBidiControls } from '@/lib/display-text';
import { projectExpectation, type ProjectExpectation } from '@/features/turn-tester/project-expectations';
import { useProject } from '@/features/projects/use-projects';

/**
 * `/turn?project=<id>`: which project the results are judged against, and what it expects (its
 * profile's "How do clients reach your TURN servers, on purpose?"). Follows edits in other tabs.
 */
export function ProjectJudgement({ projectId, onExpectation }: { projectId: string; onExpectation: (e: ProjectExpectation | null) => void }) {
  const project = useProject(projectId);
  const exposure = project?.profile.turnExposure ?? 'unknown';
  const expectation = useMemo(() => projectExpectation(exposure), [exposure]);
  useEffect(() => onExpectation(expectation), [expectation, onExpectation]);

  if (project === undefined) {
    return (
      <div className="notice tt-judgement" role="note" aria-label="Judged against the project">
        <p>
          There is no project with the id “{stripBidiControls(projectId)}” in this browser: results are judged without a project’s expectations.
        </p>
      </div>
    );
  }
  const name = stripBidiControls(project.name);
  const answer = QUESTION.options.find((o) => o.value === exposure)?.label;
  const profileLink = <Link to={paths.project.getHref(project.id)}>{name}’s profile</Link>;
  return (
    <div className="notice tt-judgement" role="note" aria-label="Judged against the project">
      {exposure === 'unknown' ? (
        <p>
          Opened from project “{name}”. Its profile does not say how clients reach TURN on purpose: answer “{QUESTION.label}” in {profileLink} and a
          transport you block on purpose is reported as intended, not as a failure.
        </p>
      ) : (
        <p>
          Judged against project “{name}”: <strong>{answer}</strong>.{' '}
          {expectation !== null
            ? 'A URL blocked on purpose that does not answer is reported as intended; one that answers anyway, as a finding.'
            : 'Nothing is blocked on purpose, so every URL must work.'}{' '}
          Change it in {profileLink}.
        </p>
      )}
    </div>
  );
}
