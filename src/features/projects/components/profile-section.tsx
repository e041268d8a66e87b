import { PROFILE_KEYS } from '@/entities/checklist/scope';
import { PROJECT_PROFILE_QUESTIONS } from '@/entities/checklist/turn-exposure-question';
import type { ArchitectureProfile } from '@/entities/checklist/types';
import { PrintProfile } from './print-assessment';
import { ProfileForm } from './profile-form';

interface Props {
  profile: ArchitectureProfile;
  onChange: (profile: ArchitectureProfile) => void;
}

/** The architecture profile, collapsed behind how many questions are answered. */
export function ProfileSection({ profile, onChange }: Props) {
  const answered = PROFILE_KEYS.filter((k) => profile[k] !== 'unknown' && profile[k] !== null).length;
  return (
    <section aria-labelledby="pj-profile-heading" className="pj-profile">
      <h2 id="pj-profile-heading">Architecture profile</h2>
      <details className="no-print">
        <summary>
          {answered} of {PROFILE_KEYS.length} questions answered — edit the profile
        </summary>
        <p className="pj-hint">Changes apply at once: items that no longer apply are collapsed and leave the score.</p>
        <ProfileForm value={profile} onChange={onChange} questions={PROJECT_PROFILE_QUESTIONS} />
      </details>
      <PrintProfile profile={profile} />
    </section>
  );
}
