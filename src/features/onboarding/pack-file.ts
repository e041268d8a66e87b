/**
 * The onboarding pack ("webrtc-security-checklist/onboarding-pack", docs/file-formats.md): what a
 * team hands a contractor. It carries the inventory, the house rules with why and fix, contacts,
 * and the project's notes on those items only when the owner asks for them; never evidence,
 * owners, due dates or anything secret-looking (every text is redacted). `digest` is the SHA-256
 * of the canonical `content`, checked on import and quoted by the acknowledgement.
 */
import * as v from 'valibot';
import { getOwn } from '@/lib/dict';
import { parseJsonFile, withArticle, type JsonFileKind } from '@/lib/json-file';
import { redactToFit } from '@/lib/redaction';
import { slugify } from '@/lib/slug';
import { SEVERITIES, type ChecklistItem } from '@/entities/checklist/types';
import { ONBOARDING_LIMITS, serverSchema } from '@/entities/onboarding/schema';
import type { HouseRules, InventoryServer } from '@/entities/onboarding/types';
import type { Project, Result } from '@/entities/project/types';
import { digestOf, type Sha256 } from './digest';
import { packRules, type PackRule } from './house-rules';

export const PACK_FORMAT = 'webrtc-security-checklist/onboarding-pack';
const PACK_VERSION = 1;
/** Packs and acknowledgements alike. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;
const L = ONBOARDING_LIMITS;

export interface PackContent {
  project: string;
  team: string;
  contacts: string;
  checklistVersion: string;
  inventory: InventoryServer[];
  rules: PackRule[];
  notes: { itemId: string; note: string }[];
}

export interface PackFile {
  format: typeof PACK_FORMAT;
  version: 1;
  exportedAt: string;
  digest: string;
  content: PackContent;
}

/** The pack's content for a project as it is now (no timestamps: equal rules give an equal digest). */
export function packContent(project: Project, rules: HouseRules, servers: readonly InventoryServer[], items: readonly ChecklistItem[], checklistVersion: string): PackContent {
  const list = packRules(rules, items).map((r) => ({ ...r, title: redactToFit(r.title, L.ownRule) }));
  const notes = rules.includeNotes
    ? list.flatMap((r) => {
        const note = r.itemId === undefined ? '' : (getOwn(project.answers, r.itemId)?.note.trim() ?? '');
        return r.itemId !== undefined && note ? [{ itemId: r.itemId, note: redactToFit(note, 4000) }] : [];
      })
    : [];
  return {
    project: redactToFit(project.name, 200),
    team: redactToFit(rules.team.trim() || project.name, L.team),
    contacts: redactToFit(rules.contacts, L.contacts),
    checklistVersion,
    inventory: servers.map((s) => ({ ...s, name: redactToFit(s.name, L.serverName) })),
    rules: list,
    notes,
  };
}

export async function createPackFile(content: PackContent, sha256: Sha256, exportedAt: Date): Promise<PackFile> {
  return { format: PACK_FORMAT, version: PACK_VERSION, exportedAt: exportedAt.toISOString(), digest: await digestOf(content, sha256), content };
}

export function packFileName(project: string, date: Date): string {
  return `${slugify(project)}-onboarding-pack-${date.toISOString().slice(0, 10)}.json`;
}

const text = (max: number) => v.pipe(v.string('expected a string'), v.maxLength(max, `expected at most ${max} characters`));
const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item, 'expected an array'), v.maxLength(max, `expected at most ${max} entries`));

const ruleSchema = v.object({
  key: v.pipe(text(130), v.regex(/^(item|own):[A-Za-z0-9._:-]+$/, 'expected "item:<id>" or "own:<n>"')),
  title: v.pipe(text(L.ownRule), v.minLength(1, 'expected a non-empty title')),
  itemId: v.optional(text(120)),
  severity: v.optional(v.picklist(SEVERITIES, `expected one of ${SEVERITIES.join(', ')}`)),
  why: v.optional(text(4000)),
  fix: v.optional(text(4000)),
});

const packSchema = v.object({
  format: v.literal(PACK_FORMAT, `expected "${PACK_FORMAT}" (this is not an onboarding pack)`),
  version: v.literal(PACK_VERSION, `expected ${PACK_VERSION} (this app reads version ${PACK_VERSION} packs)`),
  exportedAt: text(100),
  digest: v.pipe(v.string('expected a string'), v.regex(/^sha256:[0-9a-f]{64}$/, 'expected "sha256:" and 64 hex digits')),
  content: v.object({
    project: text(200),
    team: text(L.team),
    contacts: text(L.contacts),
    checklistVersion: text(50),
    inventory: list(serverSchema, L.servers),
    rules: v.pipe(list(ruleSchema, L.itemIds + L.ownRules), v.minLength(1, 'expected at least one rule')),
    notes: list(v.object({ itemId: text(120), note: text(4000) }), L.itemIds),
  }),
});

/** The onboarding files' reading rules (one reader for outside JSON files: `lib/json-file`). */
export function onboardingFileKind(name: string, refused: string): JsonFileKind {
  return { name, noun: name, tooBig: (chars) => (chars > MAX_FILE_BYTES ? `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; this is not ${withArticle(name)}.` : null), refused };
}

const PACK_KIND = onboardingFileKind('onboarding pack', 'This onboarding pack cannot be imported: ');

/** Validates a pack and checks its digest; the message names the first bad field. Never throws. */
export async function parsePackFile(input: string, sha256: Sha256): Promise<Result<PackFile>> {
  const parsed = parseJsonFile(input, PACK_KIND, packSchema, (file) => ({ ok: true as const, value: file as PackFile }));
  if (!parsed.ok) return parsed;
  const file = parsed.value;
  if ((await digestOf(file.content, sha256)) !== file.digest)
    return { ok: false, error: 'This onboarding pack cannot be imported: digest: does not match the content (the file was changed after it was exported). Ask the team for a fresh pack.' };
  return { ok: true, value: file };
}
