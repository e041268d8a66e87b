/**
 * The messages for bad input, shared by the form (turn-form-validation.ts) and the engine
 * (audit-credentials.ts), so a field is named the same way wherever it is refused. Each starts with
 * the field's label.
 */

export const INPUT_MESSAGES = {
  noUrl: 'TURN server URLs: enter at least one URL',
  noUrlExample: 'TURN server URLs: enter at least one URL, e.g. turn:turn.example.com:3478',
  onlyStun:
    'TURN server URLs: add at least one turn: or turns: URL — a stun: server does not relay, so there is nothing to test',
  urlLine: (error: string) => `TURN server URLs: ${error}`,
  noUsername: 'Username: enter the username',
  usernameTooLong: (maxBytes: number) => `Username: at most ${maxBytes} bytes (RFC 8489)`,
  noPassword: 'Password: enter the password',
  noPasswordWhy: 'Password: enter the password (browsers refuse TURN without one)',
  noSecret: 'Shared secret: enter the shared secret',
  userIdColon: 'User ID: must not contain ":" — it separates the expiry from the user id',
  badLifetime: 'Lifetime (seconds): enter a whole number of seconds, e.g. 3600',
  badTimeout: 'No-answer timeout (seconds): enter a number from 1 to 60',
  endpointWithoutCredentials: 'Credential endpoint: the response has no username and credential for the TURN URLs',
} as const;
