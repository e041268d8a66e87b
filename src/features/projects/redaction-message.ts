/** "2 values that looked like credentials were replaced by [redacted] in the file." (null for none). */
export function redactionMessage(count: number): string | null {
  if (count <= 0) return null;
  return count === 1
    ? '1 value that looked like a credential was replaced by [redacted] in the file.'
    : `${count} values that looked like credentials were replaced by [redacted] in the file.`;
}
