/**
 * The message of a `JSON.parse` error without the snippet of input that engines quote (V8:
 * `Unexpected token 'x', "…" is not valid JSON`): the position stays, the text does not, so an
 * error message never shows a piece of a secret. Capped at 200 characters.
 *
 * No imports: the storage guard (initial bundle) and the Node seeders load this file.
 */
export function jsonErrorSummary(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const withoutSnippet = message.replace(/, ".*"(?:\.\.\.)? is not valid JSON$/s, '');
  return withoutSnippet.length > 200 ? `${withoutSnippet.slice(0, 200)}…` : withoutSnippet;
}
