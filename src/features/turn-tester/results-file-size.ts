/** How large a results file may be: checked on `File.size` before anything reads it (no dependencies: the project page loads it with its file control). */

/** A run lists a few dozen checks; a file of megabytes is not a results file. */
export const MAX_RESULTS_FILE_BYTES = 2 * 1024 * 1024;

/** The refusal for a file of `bytes` bytes, or null. */
export function checkResultsFileSize(bytes: number): string | null {
  if (bytes <= MAX_RESULTS_FILE_BYTES) return null;
  return `The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; a TURN results file is a few kilobytes (at most ${MAX_RESULTS_FILE_BYTES / 1024 / 1024} MB is read).`;
}
