/** Adversarial inputs for the redaction rules, shared by the linear-time unit test and the bench. */

/**
 * Inputs built to make a backtracking rule re-read the same characters from many start positions,
 * one or more per rule: runs of scheme characters (`a.a.a.`), repeated prefixes without the
 * character that would end them, long punctuation tails, long runs of spaces.
 */
export const ADVERSARIAL: Readonly<Record<string, (n: number) => string>> = {
  'scheme run a.a.a.': (n) => 'a.'.repeat(n / 2),
  'scheme run then ://': (n) => `${'a-'.repeat(n / 2 - 2)}://`,
  'userinfo without @': (n) => `x://u:${'p:'.repeat(n / 2 - 3)}`,
  'repeated scheme://user:': (n) => 'a://b:'.repeat(n / 6),
  'repeated turn:user:': (n) => 'turn:a:'.repeat(n / 7),
  'repeated stun:user: then @': (n) => `${'stun:a:'.repeat(n / 7 - 1)}@`,
  'one long word without @': (n) => 'x'.repeat(n),
  'query keys': (n) => '?pwd='.repeat(n / 5),
  'query keys without =': (n) => '&token'.repeat(n / 6),
  'coturn user= without colon': (n) => `user=${'a'.repeat(n - 5)}`,
  'repeated user=': (n) => 'user= '.repeat(n / 6),
  'user and long spaces': (n) => `user${' '.repeat(n - 4)}`,
  'repeated static-auth-secret': (n) => 'static-auth-secret '.repeat(n / 19),
  'static-auth-secret and spaces': (n) => `static-auth-secret${' '.repeat(n - 18)}`,
  'repeated Bearer': (n) => 'Bearer '.repeat(n / 7),
  'Bearer and long spaces': (n) => `Bearer${' '.repeat(n - 6)}`,
  'JWT-like runs with dashes': (n) => 'eyJaaaaa-'.repeat(n / 9),
  'JWT-like runs with dots': (n) => 'eyJaaaaa.'.repeat(n / 9),
  'JWT header without dots': (n) => `eyJ${'a'.repeat(n - 3)}`,
  'password= and a punctuation tail': (n) => `password=${'.'.repeat(n - 10)}x`,
  'password and long spaces': (n) => `password${' '.repeat(n - 8)}`,
  'repeated password:': (n) => 'password: '.repeat(n / 10),
  'repeated quoted secret': (n) => 'secret: "'.repeat(n / 9),
  'PEM begin without key type': (n) => `-----BEGIN ${'A '.repeat(n / 2 - 6)}`,
  'PEM with unterminated ends': (n) => `-----BEGIN PRIVATE KEY-----${'-----END A'.repeat(n / 10 - 3)}`,
  'repeated PEM begin': (n) => '-----BEGIN A '.repeat(n / 13),
  'mixed log line': (n) => 'GET https://a.b.c/x?y=1&z=2 turn:h:3478 user=a token=b1 '.repeat(n / 55),
};
