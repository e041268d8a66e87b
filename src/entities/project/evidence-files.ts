/**
 * The files other tools write that a project can take as evidence (docs/file-formats.md): the TURN
 * tester's and the command-line probe's results, and the coturn analyzer's findings. Only their
 * `format` ids live here, so the project importer can recognise them without loading their parsers.
 * No imports: the projects page and the route chunks read this cheaply.
 */
export const EVIDENCE_FILE_FORMATS = {
  turnTest: 'webrtc-security-checklist/turn-test',
  coturnFindings: 'webrtc-security-checklist/coturn-findings',
} as const;

export type EvidenceFileKind = keyof typeof EVIDENCE_FILE_FORMATS;

/**
 * Which evidence file `text` claims to be (by its top-level `format`), or null: a project file, an
 * unknown format or not JSON at all. Never throws; the real parser then validates everything.
 */
export function evidenceFileKind(text: string): EvidenceFileKind | null {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const format: unknown = (json as { format?: unknown }).format;
  if (format === EVIDENCE_FILE_FORMATS.turnTest) return 'turnTest';
  if (format === EVIDENCE_FILE_FORMATS.coturnFindings) return 'coturnFindings';
  return null;
}
