/**
 * The published checklist content: one typed data set read by the reference view, the PDFs and
 * /checklist.json. Item ids are stable; a removed item moves to `retired`, never silently away.
 */
import type {
  ChecklistContent,
  ChecklistItem,
  Section,
  SectionId,
} from '@/entities/checklist/types';
import { accessControlItems } from './items-access-control';
import { baselineItems } from './items-baseline';
import { dataChannelItems } from './items-data-channels';
import { mediaEncryptionItems } from './items-media-encryption';
import { mediaServerItems } from './items-media-servers';
import { nativeClientItems } from './items-native-clients';
import { operationsItems } from './items-operations';
import { privacyItems } from './items-privacy';
import { processItems } from './items-process';
import { signalingItems } from './items-signaling';
import { turnCredentialItems } from './items-turn-credentials';
import { turnHardeningItems } from './items-turn-hardening';
import { changelog } from './changelog';
import { retired } from './retired';
import { sections } from './sections';

/** Items in section order (SECTION_IDS), each section's items in their authored order. */
const items: readonly ChecklistItem[] = [
  ...baselineItems,
  ...signalingItems,
  ...accessControlItems,
  ...turnCredentialItems,
  ...turnHardeningItems,
  ...mediaServerItems,
  ...mediaEncryptionItems,
  ...privacyItems,
  ...dataChannelItems,
  ...nativeClientItems,
  ...operationsItems,
  ...processItems,
];


export const checklist: ChecklistContent = {
  version: '1.1.0',
  date: '2026-12-02',
  sections,
  items,
  retired,
  changelog,
};

const itemsById: ReadonlyMap<string, ChecklistItem> = new Map(
  checklist.items.map((item) => [item.id, item]),
);

const sectionsById: ReadonlyMap<string, Section> = new Map(
  checklist.sections.map((section) => [section.id, section]),
);

/** Ids of all current items, e.g. to validate saved answers or deep links. */
export const CHECKLIST_ITEM_IDS: ReadonlySet<string> = new Set(itemsById.keys());

export function getItem(id: string): ChecklistItem | undefined {
  return itemsById.get(id);
}

export function getSection(id: string): Section | undefined {
  return sectionsById.get(id);
}

/** The items of one section, in checklist order. */
export function itemsBySection(sectionId: SectionId): readonly ChecklistItem[] {
  return checklist.items.filter((item) => item.section === sectionId);
}
