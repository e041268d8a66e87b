/**
 * A results file given to "Import project" (issue 13: the project importer accepts those files
 * too), waiting for the project page the user opens next, whose "Attach results file to project"
 * previews it for confirmation. In memory only: nothing is stored, a reload forgets it.
 */
export interface PendingEvidenceFile {
  readonly name: string;
  readonly text: string;
}

let pending: PendingEvidenceFile | null = null;

export function handOverEvidenceFile(file: PendingEvidenceFile): void {
  pending = file;
}

/** The file handed over, until it is attached, cancelled or replaced (`clearEvidenceFile`). */
export function pendingEvidenceFile(): PendingEvidenceFile | null {
  return pending;
}

export function clearEvidenceFile(): void {
  pending = null;
}
