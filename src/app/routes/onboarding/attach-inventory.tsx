import { useState } from 'react';
import { checklist } from '@/entities/checklist/content';
import type { RuleOutcome } from '@/features/onboarding/inventory-rules';
import { getProjectsStore } from '@/features/projects/store';
import type { Project } from '@/entities/project/types';
import { planInventoryEvidence } from './project-evidence';

/** "Attach findings as evidence": the inventory rules' outcomes on the project's checklist items, in one write. */
export function AttachInventory({ project, outcomes }: { project: Project; outcomes: readonly RuleOutcome[] }) {
  const [message, setMessage] = useState<string | null>(null);
  const attach = () => {
    const entries = planInventoryEvidence(outcomes, checklist.items, project.profile, new Date());
    getProjectsStore().getState().attachEvidenceBatch(project.id, entries);
    const items = new Set(entries.map((e) => e.itemId)).size;
    setMessage(items === 0 ? 'No checklist item of this project takes this evidence.' : `Evidence attached to ${items} checklist ${items === 1 ? 'item' : 'items'}.`);
  };
  return (
    <div className="ob-attach">
      <button type="button" onClick={attach}>
        Attach findings as evidence
      </button>
      <p role="status">{message}</p>
    </div>
  );
}
