import { useId } from 'react';

interface Props {
  label: string;
  hint: string;
  onFile: (file: File) => void;
}

/** A labelled JSON file input that can take the same file twice in a row. */
export function JsonFileInput({ label, hint, onFile }: Props) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          e.target.value = '';
        }}
      />
      <span id={`${id}-hint`} className="hint">
        {hint}
      </span>
    </>
  );
}
