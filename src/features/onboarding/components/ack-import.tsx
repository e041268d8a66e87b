import { useState } from 'react';
import type { AcknowledgementRecord } from '@/entities/onboarding/types';
import { ackRecord, parseAckFile } from '@/features/onboarding/acknowledgement-file';
import { webCryptoSha256 } from '@/features/onboarding/digest';
import { JsonFileInput } from './json-file-input';

interface Props {
  onImported: (record: AcknowledgementRecord) => void;
}

/** "Import acknowledgement": validates the file, checks its digest, and records it in the project. */
export function AckImport({ onImported }: Props) {
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const importFile = async (file: File) => {
    const parsed = await parseAckFile(await file.text(), webCryptoSha256);
    if (!parsed.ok) {
      setMessage({ error: true, text: `“${file.name}” was not imported. ${parsed.error}` });
      return;
    }
    const record = ackRecord(parsed.value, Date.now());
    onImported(record);
    setMessage({
      error: false,
      text:
        record.integrity === 'tampered'
          ? `Recorded the acknowledgement of ${record.name}, flagged: the file was changed after it was exported.`
          : `Recorded the acknowledgement of ${record.name} (${record.company || 'no company given'}).`,
    });
  };
  return (
    <div className="field">
      <JsonFileInput label="Import acknowledgement" hint="The file a contractor sends back after reading the pack." onFile={(f) => void importFile(f)} />
      <p role={message?.error ? 'alert' : 'status'} className={message?.error ? 'field-error' : ''}>
        {message?.text}
      </p>
    </div>
  );
}
