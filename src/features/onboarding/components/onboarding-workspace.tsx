import { useMemo, type ReactNode } from 'react';
import { checklist } from '@/entities/checklist/content';
import { appliesToProfile } from '@/entities/checklist/scope';
import { emptyOnboarding, type AcknowledgementRecord, type HouseRules, type IssuedPack, type ProjectOnboarding } from '@/entities/onboarding/types';
import type { Project } from '@/entities/project/types';
import { withAcknowledgement } from '@/features/onboarding/acknowledgement-file';
import { layoutDiagram } from '@/features/onboarding/diagram-model';
import { defaultHouseRules, defaultRuleItemIds } from '@/features/onboarding/house-rules';
import { checkInventory, inventoryFindings, type RuleOutcome } from '@/features/onboarding/inventory-rules';
import { offboardingTasks } from '@/features/onboarding/offboarding';
import { useCurrentPack } from '@/features/onboarding/use-current-pack';
import { AckImport } from './ack-import';
import { AckList } from './ack-list';
import { HouseRulesEditor } from './house-rules-editor';
import { InventoryDiagram } from './inventory-diagram';
import { InventoryEditor } from './inventory-editor';
import { InventoryFindings } from './inventory-findings';
import { PackExport } from './pack-export';
import './onboarding.css';

interface Props {
  project: Project;
  /** Writes a change of the onboarding data (through the projects store: one write). */
  onUpdate: (change: (current: ProjectOnboarding) => ProjectOnboarding) => void;
  /** Turns the rule outcomes into evidence on the project (the route composes it). */
  attachFindings?: (outcomes: readonly RuleOutcome[]) => ReactNode;
}

/** The owner's side: inventory, findings, diagram, house rules, pack export, acknowledgements, offboarding. */
export function OnboardingWorkspace({ project, onUpdate, attachFindings }: Props) {
  const onboarding = project.onboarding ?? emptyOnboarding();
  const { servers } = onboarding;
  const applicable = useMemo(() => checklist.items.filter((i) => appliesToProfile(i, project.profile)), [project.profile]);
  const preselected = useMemo(() => defaultRuleItemIds(checklist.items, project.profile), [project.profile]);
  const rules = useMemo(() => onboarding.houseRules ?? defaultHouseRules(checklist.items, project.profile), [onboarding.houseRules, project.profile]);
  const outcomes = useMemo(() => checkInventory(servers), [servers]);
  const findings = useMemo(() => inventoryFindings(outcomes), [outcomes]);
  const layout = useMemo(() => layoutDiagram(servers), [servers]);
  const pack = useCurrentPack(project, rules, servers);
  const update = (patch: Partial<ProjectOnboarding>) => onUpdate((o) => ({ ...o, ...patch }));
  const setRules = (next: HouseRules) => onUpdate((o) => ({ ...o, houseRules: next }));
  const issued = (p: IssuedPack) => onUpdate((o) => ({ ...o, houseRules: rules, packs: o.packs.some((x) => x.digest === p.digest) ? o.packs : [...o.packs, p] }));
  const imported = (r: AcknowledgementRecord) => onUpdate((o) => ({ ...o, acknowledgements: withAcknowledgement(o.acknowledgements, r) }));
  const tick = (recordId: string, taskId: string, done: boolean) =>
    onUpdate((o) => ({
      ...o,
      acknowledgements: o.acknowledgements.map((a) =>
        a.id !== recordId ? a : { ...a, offboarded: done ? [...new Set([...a.offboarded, taskId])] : a.offboarded.filter((t) => t !== taskId) },
      ),
    }));

  return (
    <div className="ob-workspace">
      <section aria-labelledby="ob-inventory-heading">
        <h2 id="ob-inventory-heading">Architecture inventory</h2>
        <InventoryEditor servers={servers} onChange={(next) => update({ servers: next })} />
      </section>
      <section aria-labelledby="ob-findings-heading">
        <h2 id="ob-findings-heading">Findings</h2>
        <InventoryFindings outcomes={outcomes} findings={findings} />
        {attachFindings && outcomes.some((o) => o.applicable) && attachFindings(outcomes)}
      </section>
      <section aria-labelledby="ob-diagram-heading">
        <h2 id="ob-diagram-heading">Diagram</h2>
        <InventoryDiagram layout={layout} />
      </section>
      <section aria-labelledby="ob-rules-heading">
        <h2 id="ob-rules-heading">House rules</h2>
        <HouseRulesEditor key={project.id} rules={rules} items={applicable} preselected={preselected} onChange={setRules} />
      </section>
      <section aria-labelledby="ob-pack-heading">
        <h2 id="ob-pack-heading">Onboarding pack</h2>
        <PackExport content={pack.content} onExported={issued} />
      </section>
      <section aria-labelledby="ob-acks-heading">
        <h2 id="ob-acks-heading">Acknowledgements and offboarding</h2>
        <AckImport onImported={imported} />
        <AckList records={onboarding.acknowledgements} currentDigest={pack.digest} packs={onboarding.packs} tasks={offboardingTasks(servers)} onTick={tick} />
      </section>
    </div>
  );
}
