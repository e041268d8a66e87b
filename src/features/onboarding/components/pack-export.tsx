import { useState } from 'react';
import { saveText } from '@/lib/download';
import type { IssuedPack } from '@/entities/onboarding/types';
import { shortDigest, webCryptoSha256 } from '@/features/onboarding/digest';
import { createPackFile, packFileName, type PackContent } from '@/features/onboarding/pack-file';

interface Props {
  content: PackContent;
  /** Records the exported pack, so acknowledgements of it are recognised later. */
  onExported: (pack: IssuedPack) => void;
}

/** "Export onboarding pack": the inventory, house rules and their checklist items as one file. */
export function PackExport({ content, onExported }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const exportPack = async () => {
    const now = new Date();
    const file = await createPackFile(content, webCryptoSha256, now);
    const name = packFileName(content.project, now);
    saveText(`${JSON.stringify(file, null, 2)}\n`, name, 'application/json');
    onExported({ digest: file.digest, exportedAt: file.exportedAt });
    setMessage(`Downloaded ${name} (${content.rules.length} rules, ${content.inventory.length} servers, ${shortDigest(file.digest)}). Send it to the contractor.`);
  };
  return (
    <div className="ob-pack-export">
      <p className="pj-hint">
        The pack holds the inventory, the house rules with why and fix, and the contacts
        {content.notes.length > 0 ? `, and ${content.notes.length} of the project’s notes` : ''}; never evidence, owners or due dates.
        Anything that looks like a credential is redacted.
      </p>
      <button type="button" onClick={() => void exportPack()} disabled={content.rules.length === 0}>
        Export onboarding pack
      </button>
      {content.rules.length === 0 && <p className="pj-hint">Choose at least one rule first.</p>}
      <p role="status">{message}</p>
    </div>
  );
}
