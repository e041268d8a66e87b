import { useState } from 'react';
import { webCryptoSha256 } from '@/features/onboarding/digest';
import { parsePackFile, type PackFile } from '@/features/onboarding/pack-file';
import { JsonFileInput } from './json-file-input';

/** "Import onboarding pack": the file a team sent; validated and its digest checked. Nothing is stored. */
export function PackImport({ onLoaded }: { onLoaded: (pack: PackFile) => void }) {
  const [error, setError] = useState<string | null>(null);
  const load = async (file: File) => {
    const parsed = await parsePackFile(await file.text(), webCryptoSha256);
    if (!parsed.ok) {
      setError(`“${file.name}” could not be opened. ${parsed.error}`);
      return;
    }
    setError(null);
    onLoaded(parsed.value);
  };
  return (
    <div className="field">
      <JsonFileInput
        label="Import onboarding pack"
        hint="The pack file the team sent you (…-onboarding-pack-….json). It is read in this tab only."
        onFile={(f) => void load(f)}
      />
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
