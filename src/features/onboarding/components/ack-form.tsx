import { useId, useState } from 'react';
import { saveText } from '@/lib/download';
import { ackFileName, createAckFile } from '@/features/onboarding/acknowledgement-file';
import { webCryptoSha256 } from '@/features/onboarding/digest';
import type { PackFile } from '@/features/onboarding/pack-file';

interface Props {
  pack: PackFile;
  allUnderstood: boolean;
  questions: Readonly<Record<string, string>>;
}

const today = () => new Date().toISOString().slice(0, 10);

/** Name, company, date and "Export acknowledgement" (with the SHA-256 of the pack it acknowledges). */
export function AckForm({ pack, allUnderstood, questions }: Props) {
  const id = useId();
  const [who, setWho] = useState({ name: '', company: '', date: today() });
  const [message, setMessage] = useState<string | null>(null);
  const ready = allUnderstood && who.name.trim() !== '' && /^\d{4}-\d{2}-\d{2}$/.test(who.date);
  const exportAck = async () => {
    const file = await createAckFile(pack, { ...who, questions }, webCryptoSha256, new Date());
    const name = ackFileName(file);
    saveText(`${JSON.stringify(file, null, 2)}\n`, name, 'application/json');
    setMessage(`Downloaded ${name}. Send it to ${pack.content.team}.`);
  };
  const field = (key: keyof typeof who, label: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} type={type} value={who[key]} maxLength={100} required={key !== 'company'} onChange={(e) => setWho({ ...who, [key]: e.target.value })} />
    </div>
  );
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Your acknowledgement</h2>
      {field('name', 'Your name')}
      {field('company', 'Company')}
      {field('date', 'Date', 'date')}
      <button type="button" disabled={!ready} onClick={() => void exportAck()}>
        Export acknowledgement
      </button>
      {!ready && <p className="pj-hint">{allUnderstood ? 'Enter your name and the date.' : 'Confirm every rule with “I understand” first.'}</p>}
      <p role="status">{message}</p>
    </section>
  );
}
