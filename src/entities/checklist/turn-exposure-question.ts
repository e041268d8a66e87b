/**
 * The profile question that scopes no checklist item but tells the TURN tester what is blocked on
 * purpose (issue 15, "Judged against the project"). Asked on the project page only, so the projects
 * list (new-project form) does not carry its text.
 */
import type { ProfileQuestion, ProfileQuestionFor } from './scope';
import { PROFILE_QUESTIONS } from './profile-questions';

export const TURN_EXPOSURE_QUESTION: ProfileQuestionFor<'turnExposure'> = {
  key: 'turnExposure',
  label: 'How do clients reach your TURN servers, on purpose?',
  help: 'What the TURN tester expects when opened from this project: a transport you block on purpose is reported as intended, not as a failure, and as a finding if it answers anyway.',
  options: [
    { value: 'all', label: 'UDP, TCP and TLS: nothing blocked on purpose' },
    { value: 'no-udp', label: 'TCP and TLS: UDP blocked on purpose' },
    { value: 'no-tcp', label: 'UDP and TLS: no plain TCP on purpose' },
    { value: 'tls-443', label: 'Only TLS on port 443' },
    { value: 'sfu-only', label: 'Not at all: only our SFU or media servers use TURN' },
    { value: 'unknown', label: 'Not sure' },
  ],
};

/** Every profile question, in PROFILE_KEYS order: the project's profile and the printed assessment. */
export const PROJECT_PROFILE_QUESTIONS: readonly ProfileQuestion[] = PROFILE_QUESTIONS.flatMap((q): ProfileQuestion[] =>
  q.key === 'turn' ? [q, TURN_EXPOSURE_QUESTION] : [q],
);
