/**
 * The one command that settles an inconclusive browser verdict (issue 14, "In the web app"): the
 * command-line probe (`npm run probe`, cli/probe.ts) for that server's URL, with credentials it
 * can use. Pure: the page mints the short-lived credential (credentials.ts) and passes it in.
 *
 * What goes into the command, and why:
 * - a shared secret never does: the page mints a 15-minute TURN REST credential from it
 *   (draft-uberti-behave-turn-rest-00 §2.2) and prints that pair, which expires on its own;
 * - a typed password never does either (it would land in shell history and in a screenshot): the
 *   command reads it from `$TURN_PASSWORD`, so it still runs as shown once the variable is set;
 * - when the page no longer has the credentials (restored results, a credential endpoint), both
 *   come from `$TURN_USERNAME` and `$TURN_PASSWORD`.
 */

import { mintRestCredential } from './credentials';
import type { RunCredentials } from './secrets';

/** Lifetime of the credential minted for the command: long enough to paste it, short enough not to matter if leaked. */
export const SETTLE_CREDENTIAL_TTL_SECONDS = 15 * 60;
export const USERNAME_VARIABLE = 'TURN_USERNAME';
export const PASSWORD_VARIABLE = 'TURN_PASSWORD';
/** The user part of a minted username when the form had none (the probe's own default). */
const SETTLE_USER_ID = 'turn-probe';

export type CommandCredentials =
  /** A pair minted in the page from the shared secret. */
  | { readonly kind: 'minted'; readonly username: string; readonly password: string; readonly expiresAt: number }
  /** A typed username; its password stays out of the command. */
  | { readonly kind: 'username'; readonly username: string }
  /** Nothing the page may print. */
  | { readonly kind: 'none' };

/** Characters a POSIX shell leaves alone outside quotes (no globbing, no expansion, no word splitting). */
const SHELL_SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** Quotes one argument for a POSIX shell (bash, zsh, sh): single quotes, with `'` written as `'\''`. */
export function shellQuote(value: string): string {
  if (value !== '' && SHELL_SAFE.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * `npm run probe -- <url> --username … --password …` for one URL, every argument quoted so the
 * text can be pasted into a terminal as is (`?transport=tcp` would otherwise be a glob).
 */
export function probeCommand(url: string, credentials: CommandCredentials): string {
  const args = ['npm', 'run', 'probe', '--', shellQuote(url)];
  switch (credentials.kind) {
    case 'minted':
      args.push('--username', shellQuote(credentials.username), '--password', shellQuote(credentials.password));
      break;
    case 'username':
      args.push('--username', shellQuote(credentials.username), '--password', `"$${PASSWORD_VARIABLE}"`);
      break;
    case 'none':
      args.push('--username', `"$${USERNAME_VARIABLE}"`, '--password', `"$${PASSWORD_VARIABLE}"`);
      break;
  }
  return args.join(' ');
}

/** The environment variables the command reads, for the sentence under it. */
export function commandVariables(credentials: CommandCredentials): readonly string[] {
  if (credentials.kind === 'minted') return [];
  return credentials.kind === 'username' ? [PASSWORD_VARIABLE] : [USERNAME_VARIABLE, PASSWORD_VARIABLE];
}

/**
 * What the page may print for the run's credentials: a fresh 15-minute pair minted from a shared
 * secret (the user id typed in the form, or `turn-probe`), a typed username without its password,
 * or nothing (no credentials kept, a credential endpoint). A failed mint falls back to nothing.
 */
export async function settleCredentials(run: RunCredentials | null, subtle: SubtleCrypto | undefined, now: number): Promise<CommandCredentials> {
  if (run === null || run.kind === 'endpoint') return { kind: 'none' };
  if (run.kind === 'static') return { kind: 'username', username: run.username };
  const minted = await mintRestCredential({ secret: run.secret, userId: run.userId || SETTLE_USER_ID, ttlSeconds: SETTLE_CREDENTIAL_TTL_SECONDS, now }, subtle);
  if (!minted.ok) return { kind: 'none' };
  const { username, password, expiresAt } = minted.credential;
  return { kind: 'minted', username, password, expiresAt };
}
