/**
 * The acknowledgement ("webrtc-security-checklist/onboarding-acknowledgement",
 * docs/file-formats.md): a contractor's "I understand" to every rule of one pack, with their name,
 * company, date and questions. It quotes the pack's digest, and carries its own digest (SHA-256 of
 * the canonical file without `digest`), so an edit after export is detected. It is not a
 * signature: someone who recomputes the digest can forge a file; the owner still sees which pack
 * (rules version) it acknowledges.
 */
import * as v from 'valibot';
import { slugify } from '@/lib/slug';
import { ONBOARDING_LIMITS } from '@/entities/onboarding/schema';
import type { AcknowledgementRecord, IssuedPack } from '@/entities/onboarding/types';
import type { Result } from '@/entities/project/types';
import { digestOf, type Sha256 } from './digest';
import { onboardingFileKind, type PackFile } from './pack-file';
import { parseJsonFile } from '@/lib/json-file';

export const ACK_FORMAT = 'webrtc-security-checklist/onboarding-acknowledgement';
const ACK_VERSION = 1;
const L = ONBOARDING_LIMITS;

export interface AckRuleAnswer {
  key: string;
  title: string;
  understood: true;
  question: string;
}

export interface AckBody {
  format: typeof ACK_FORMAT;
  version: 1;
  exportedAt: string;
  pack: { digest: string; exportedAt: string; project: string; team: string };
  contractor: { name: string; company: string; date: string };
  rules: AckRuleAnswer[];
}

export type AckFile = AckBody & { digest: string };

export interface ContractorInput {
  name: string;
  company: string;
  /** YYYY-MM-DD */
  date: string;
  /** Rule key → question (empty when none). */
  questions: Readonly<Record<string, string>>;
}

export async function createAckFile(pack: PackFile, who: ContractorInput, sha256: Sha256, exportedAt: Date): Promise<AckFile> {
  const body: AckBody = {
    format: ACK_FORMAT,
    version: ACK_VERSION,
    exportedAt: exportedAt.toISOString(),
    pack: { digest: pack.digest, exportedAt: pack.exportedAt, project: pack.content.project, team: pack.content.team },
    contractor: { name: who.name.trim(), company: who.company.trim(), date: who.date },
    rules: pack.content.rules.map((r) => ({ key: r.key, title: r.title, understood: true, question: (who.questions[r.key] ?? '').trim().slice(0, L.question) })),
  };
  return { ...body, digest: await digestOf(body, sha256) };
}

export function ackFileName(ack: AckBody): string {
  return `${slugify(ack.pack.project)}-acknowledgement-${slugify(ack.contractor.name)}-${ack.contractor.date}.json`;
}

const text = (max: number) => v.pipe(v.string('expected a string'), v.maxLength(max, `expected at most ${max} characters`));
const nonEmpty = (max: number) => v.pipe(text(max), v.minLength(1, 'expected a non-empty value'));
const digest = v.pipe(v.string('expected a string'), v.regex(/^sha256:[0-9a-f]{64}$/, 'expected "sha256:" and 64 hex digits'));

const ackSchema = v.object({
  format: v.literal(ACK_FORMAT, `expected "${ACK_FORMAT}" (this is not an acknowledgement)`),
  version: v.literal(ACK_VERSION, `expected ${ACK_VERSION} (this app reads version ${ACK_VERSION} acknowledgements)`),
  exportedAt: text(100),
  pack: v.object({ digest, exportedAt: text(100), project: text(200), team: text(L.team) }),
  contractor: v.object({
    name: nonEmpty(L.person),
    company: text(L.person),
    date: v.pipe(v.string('expected a string'), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')),
  }),
  rules: v.pipe(
    v.array(v.object({ key: text(130), title: text(L.ownRule), understood: v.literal(true, 'expected true (every rule must be understood)'), question: text(L.question) }), 'expected an array'),
    v.minLength(1, 'expected at least one rule'),
    v.maxLength(L.itemIds + L.ownRules, `expected at most ${L.itemIds + L.ownRules} entries`),
  ),
  digest,
});

export interface ParsedAck {
  file: AckFile;
  /** `tampered` when the file's digest does not match its content. */
  integrity: AcknowledgementRecord['integrity'];
  /** The digest of the content as received (the record's identity: an edited copy is another record). */
  actualDigest: string;
}

const ACK_KIND = onboardingFileKind('acknowledgement', 'This acknowledgement cannot be imported: ');

/** Validates an acknowledgement and checks its own digest. Never throws. */
export async function parseAckFile(input: string, sha256: Sha256): Promise<Result<ParsedAck>> {
  const parsed = parseJsonFile(input, ACK_KIND, ackSchema, (file) => ({ ok: true as const, value: file as AckFile }));
  if (!parsed.ok) return parsed;
  const file = parsed.value;
  const { digest: claimed, ...body } = file;
  const actualDigest = await digestOf(body, sha256);
  return { ok: true, value: { file, integrity: actualDigest === claimed ? 'ok' : 'tampered', actualDigest } };
}

/** What the project keeps of an acknowledgement: who, when, which pack, their questions. */
export function ackRecord({ file, integrity, actualDigest }: ParsedAck, importedAt: number): AcknowledgementRecord {
  return {
    id: `ack-${actualDigest.slice(7, 27)}`,
    name: file.contractor.name,
    company: file.contractor.company,
    date: file.contractor.date,
    packDigest: file.pack.digest,
    packExportedAt: file.pack.exportedAt,
    ruleCount: file.rules.length,
    questions: file.rules.filter((r) => r.question.trim()).map((r) => ({ rule: r.title, text: r.question })),
    integrity,
    importedAt,
    offboarded: [],
  };
}

export type AckStanding = 'current' | 'older' | 'unknown';

/**
 * How an acknowledgement stands against the project's rules now: of the current pack, of a pack
 * the project exported earlier ("acknowledged an older version of the rules"), or of no pack this
 * project exported.
 */
export function ackStanding(record: Pick<AcknowledgementRecord, 'packDigest'>, currentDigest: string, packs: readonly IssuedPack[]): AckStanding {
  if (record.packDigest === currentDigest) return 'current';
  return packs.some((p) => p.digest === record.packDigest) ? 'older' : 'unknown';
}

/** Adds (or, for the same file imported again, replaces) a record, keeping its offboarding ticks. */
export function withAcknowledgement(list: readonly AcknowledgementRecord[], record: AcknowledgementRecord): AcknowledgementRecord[] {
  const previous = list.find((a) => a.id === record.id);
  return [...list.filter((a) => a.id !== record.id), previous ? { ...record, offboarded: previous.offboarded } : record];
}
