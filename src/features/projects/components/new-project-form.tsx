import { useId, useState, type FormEvent } from 'react';
import { EMPTY_PROFILE } from '@/entities/checklist/scope';
import type { ArchitectureProfile } from '@/entities/checklist/types';
import { LIMITS } from '@/features/projects/model';
import { ProfileForm } from './profile-form';

/** "New project": a name and the (skippable) architecture profile questions. */
export function NewProjectForm({ onCreate, onCancel }: { onCreate: (name: string, profile: ArchitectureProfile) => void; onCancel: () => void }) {
  const [name, setName] = useState('');
  const [profile, setProfile] = useState<ArchitectureProfile>(EMPTY_PROFILE);
  const [error, setError] = useState('');
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError('Give the project a name, e.g. the product and the quarter.');
      return;
    }
    onCreate(name, profile);
  };

  return (
    <form className="pj-panel pj-new-project" aria-labelledby={`${id}-heading`} onSubmit={submit} noValidate>
      <h2 id={`${id}-heading`}>New project</h2>
      <div className="field">
        <label htmlFor={`${id}-name`}>Project name</label>
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          maxLength={LIMITS.name}
          autoFocus
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : `${id}-name-hint`}
          onChange={(e) => {
            setName(e.target.value);
            setError('');
          }}
        />
        <span className="hint" id={`${id}-name-hint`}>
          For example “Acme Video — Q1 review”.
        </span>
        {error && (
          <span className="field-error" id={`${id}-error`} role="alert">
            {error}
          </span>
        )}
      </div>
      <h3>Architecture profile</h3>
      <p className="pj-hint">
        These answers decide which checklist items apply. All are optional: skip any you are not sure about (an unanswered
        question never hides an item), and change them later on the project page.
      </p>
      <ProfileForm value={profile} onChange={setProfile} />
      <div className="pj-form-actions">
        <button type="submit" className="primary">
          Create project
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
