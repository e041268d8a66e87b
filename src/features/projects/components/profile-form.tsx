import { useId } from 'react';
import { PROFILE_QUESTIONS } from '@/entities/checklist/profile-questions';
import type { ProfileQuestion } from '@/entities/checklist/scope';
import type { ArchitectureProfile } from '@/entities/checklist/types';

type ProfileValue = ArchitectureProfile[keyof ArchitectureProfile];

/** The architecture profile questions as radio groups; every change is reported at once. */
export function ProfileForm({
  value,
  onChange,
  questions = PROFILE_QUESTIONS,
}: {
  value: ArchitectureProfile;
  onChange: (profile: ArchitectureProfile) => void;
  questions?: readonly ProfileQuestion[];
}) {
  const id = useId();
  return (
    <div className="pj-profile-form">
      {questions.map((q) => (
        <fieldset key={q.key}>
          <legend>{q.label}</legend>
          <p className="pj-hint" id={`${id}-${q.key}-help`}>
            {q.help}
          </p>
          <div className="pj-options" aria-describedby={`${id}-${q.key}-help`}>
            {(q.options as readonly { value: ProfileValue; label: string }[]).map((option) => (
              <label key={String(option.value)} className="pj-option">
                <input
                  type="radio"
                  name={`${id}-${q.key}`}
                  value={String(option.value)}
                  checked={value[q.key] === option.value}
                  onChange={() => onChange({ ...value, [q.key]: option.value })}
                />
                {option.label}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
