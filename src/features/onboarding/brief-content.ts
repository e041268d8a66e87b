/**
 * What the contractor brief shows, as plain display data: the same content as the pack (so the
 * paper and the file never disagree), with server rows spelled out and the diagram laid out.
 */
import { checklist } from '@/entities/checklist/content';
import type { Severity } from '@/entities/checklist/types';
import type { DiagramLayout } from '@/entities/onboarding/diagram';
import { CONTROLLED_BY_CLIENTS, emptyOnboarding, type InventoryServer } from '@/entities/onboarding/types';
import type { Project } from '@/entities/project/types';
import { layoutDiagram } from './diagram-model';
import { defaultHouseRules } from './house-rules';
import { packContent } from './pack-file';
import { EXPOSURE_LABELS, productLabel, ROLE_LABELS } from './products';

export interface ServerRow {
  name: string;
  role: string;
  exposure: string;
  controlledBy: string;
}

export interface BriefContent {
  project: string;
  team: string;
  contacts: string;
  servers: ServerRow[];
  diagram: DiagramLayout;
  rules: { title: string; severity?: Severity; why?: string; fix?: string }[];
}

export function serverRows(servers: readonly InventoryServer[]): ServerRow[] {
  const names = new Map(servers.map((s) => [s.id, s.name.trim() || s.id]));
  return servers.map((s) => ({
    name: s.name.trim() || s.id,
    role: s.product ? `${ROLE_LABELS[s.role]} (${productLabel(s.product)})` : ROLE_LABELS[s.role],
    exposure: EXPOSURE_LABELS[s.exposure],
    controlledBy: s.controlledBy === CONTROLLED_BY_CLIENTS ? 'Clients (browsers and apps)' : (names.get(s.controlledBy) ?? 'Nothing'),
  }));
}

export function briefContent(project: Project): BriefContent {
  const onboarding = project.onboarding ?? emptyOnboarding();
  const rules = onboarding.houseRules ?? defaultHouseRules(checklist.items, project.profile);
  const content = packContent(project, rules, onboarding.servers, checklist.items, checklist.version);
  return {
    project: content.project,
    team: content.team,
    contacts: content.contacts,
    servers: serverRows(content.inventory),
    diagram: layoutDiagram(content.inventory),
    rules: content.rules.map(({ title, severity, why, fix }) => ({ title, ...(severity ? { severity } : {}), ...(why ? { why } : {}), ...(fix ? { fix } : {}) })),
  };
}
