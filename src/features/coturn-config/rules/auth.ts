/**
 * Authentication mode. coturn's startup checks (mainrelay.c, 4.6.1 and 4.17.1 alike): with neither
 * `lt-cred-mech` nor `use-auth-secret`/`static-auth-secret` and no `user=` line it runs with no
 * credentials at all (TURN_CREDENTIALS_NONE: anonymous); `user=` lines switch `lt-cred-mech` on;
 * `no-auth` together with a long-term mode aborts ("-a and -z options cannot be used together");
 * with the secret mode, static accounts are not consulted ("Shared secret overrides
 * username/password based auth method").
 */
import type { ConfigView, Draft, RuleGroup, RuleMeta } from '@/features/coturn-config/model';
import { SRC } from '@/features/coturn-config/sources';
import { draft, lineList, plural } from './helpers';

const META_SOURCES = [SRC.mainrelay, SRC.mainrelay461, SRC.readme];

const DB_OPTIONS = ['userdb', 'psql-userdb', 'mysql-userdb', 'mongo-userdb', 'redis-userdb'];

export interface AuthMode {
  readonly noAuth: boolean;
  readonly longTerm: boolean;
  readonly secret: boolean;
  readonly users: number;
  readonly database: boolean;
}

function authMode(view: ConfigView): AuthMode {
  return {
    noAuth: view.flag('no-auth') === true,
    longTerm: view.flag('lt-cred-mech') === true,
    secret: view.has('use-auth-secret') || view.has('static-auth-secret'),
    users: view.all('user').length,
    database: DB_OPTIONS.some((o) => view.has(o)),
  };
}

const SECRET_FIX = [
  'use-auth-secret',
  'static-auth-secret=<output of: openssl rand -hex 32>',
  'realm=turn.example.com',
].join('\n');

/** coturn's own sample values (examples/etc/turnserver.conf) and common placeholders. */
const EXAMPLE_SECRETS = new Set(['north', 'secret', 'changeme', 'change-me', 'password', 'turnsecret', 'mysecret', 'coturn', 'test', 'example']);

/** Rough entropy of a secret in bits: length × log2(alphabet), capped by distinct characters. */
function secretStrength(secret: string): { length: number; bits: number; example: boolean; placeholder: boolean } {
  const length = secret.length;
  let alphabet = 0;
  if (/[a-z]/.test(secret)) alphabet += 26;
  if (/[A-Z]/.test(secret)) alphabet += 26;
  if (/[0-9]/.test(secret)) alphabet += 10;
  if (/[^a-zA-Z0-9]/.test(secret)) alphabet += 33;
  if (/^[0-9a-f]+$/i.test(secret)) alphabet = 16;
  const distinct = new Set(secret).size;
  const perChar = Math.log2(Math.max(2, Math.min(alphabet, distinct * 2)));
  return {
    length,
    bits: Math.round(length * perChar),
    example: EXAMPLE_SECRETS.has(secret.toLowerCase()),
    placeholder: /^<.*>$|change.?me|replace|xxxx|your.?secret/i.test(secret),
  };
}

function checkAuth(view: ConfigView): Draft[] {
  const mode = authMode(view);
  return [...authModeFindings(view, mode), ...staticUserFindings(view, mode), ...realmAndSecretFindings(view, mode)];
}

/** Whether authentication is on at all, and not contradicting itself. */
function authModeFindings(view: ConfigView, mode: AuthMode): Draft[] {
  const out: Draft[] = [];
  const authLines = view.lines('no-auth', 'lt-cred-mech', 'use-auth-secret', 'static-auth-secret');
  if (mode.noAuth && (mode.longTerm || mode.secret)) {
    out.push(
      draft(
        'auth-no-auth-conflict',
        'high',
        ['no-auth', mode.secret ? 'use-auth-secret' : 'lt-cred-mech'],
        authLines,
        '`no-auth` together with a long-term credential mode: coturn refuses to start ("-a and -z options cannot be used together").',
        'A server that does not start gets "fixed" under pressure, often by deleting the authentication lines.',
        `# remove no-auth\n${SECRET_FIX}`,
      ),
    );
  } else if (mode.noAuth) {
    out.push(
      draft(
        'auth-no-auth',
        'critical',
        ['no-auth'],
        view.lines('no-auth'),
        '`no-auth` runs coturn as an anonymous relay: anyone who finds the server can relay traffic through it.',
        'An open TURN server is a free proxy into any network it can reach and a bandwidth bill for you.',
        `# remove no-auth\n${SECRET_FIX}`,
      ),
    );
  } else if (!mode.longTerm && !mode.secret && mode.users === 0) {
    out.push(
      draft(
        'auth-anonymous',
        'critical',
        ['lt-cred-mech', 'use-auth-secret'],
        [],
        mode.database
          ? 'No authentication option is set: a user database alone does not turn authentication on, so coturn runs anonymously.'
          : 'No authentication is configured (no `use-auth-secret`, `lt-cred-mech` or `user=`): coturn runs as an anonymous relay.',
        'Without credentials anyone can allocate relays on the server: an open proxy and a bandwidth bill.',
        SECRET_FIX,
      ),
    );
  }
  return out;
}

/** `user=` accounts: dormant next to the shared secret, or long-lived passwords. */
function staticUserFindings(view: ConfigView, mode: AuthMode): Draft[] {
  const out: Draft[] = [];
  const users = view.all('user');
  if (users.length > 0 && mode.secret && !mode.noAuth) {
    out.push(
      draft(
        'auth-static-users-dormant',
        'medium',
        ['user', 'use-auth-secret'],
        users.map((u) => u.line),
        `${plural(users.length, 'static `user=` account')} next to \`use-auth-secret\`: coturn ignores them while the shared-secret mode is on ("Shared secret overrides username/password based auth method").`,
        'They are long-lived passwords waiting to come alive: the day someone removes `use-auth-secret`, every one of them works again.',
        '# delete every user= line; keep\nuse-auth-secret',
      ),
    );
  } else if (users.length > 0 && !mode.noAuth) {
    out.push(
      draft(
        'auth-static-users',
        'high',
        ['user', 'lt-cred-mech'],
        users.map((u) => u.line),
        `${plural(users.length, 'static `user=` account')} (${lineList(users.map((u) => u.line))}): long-term passwords that never expire.`,
        'TURN credentials reach the browser, so a static password ends up in client code where anyone can copy it; `use-auth-secret` mints credentials that expire within hours.',
        `# delete the user= lines and mint expiring credentials on your backend\n${SECRET_FIX}`,
      ),
    );
  }
  return out;
}

function realmAndSecretFindings(view: ConfigView, mode: AuthMode): Draft[] {
  const out: Draft[] = [];
  if ((mode.longTerm || mode.secret || mode.users > 0) && !mode.noAuth && !view.has('realm')) {
    out.push(
      draft(
        'auth-realm-missing',
        'medium',
        ['realm'],
        [],
        'No `realm`: coturn warns "you did not specify the default realm option" and uses an empty default realm.',
        'The realm is part of every long-term key and of the REST credential check; clients and the credential service must agree on it.',
        'realm=turn.example.com',
      ),
    );
  }
  if (mode.secret && !view.has('static-auth-secret') && !mode.database) {
    out.push(
      draft(
        'auth-secret-from-database',
        'info',
        ['use-auth-secret', 'static-auth-secret'],
        view.lines('use-auth-secret'),
        '`use-auth-secret` without `static-auth-secret` or a database option: coturn reads the secrets from its default SQLite database (`turn_secret` table, set with `turnadmin --set-secret`).',
        'If that table is empty, nobody can authenticate; if it is managed elsewhere, make sure rotation covers it.',
        'static-auth-secret=<output of: openssl rand -hex 32>',
      ),
    );
  }
  return out;
}

function checkSecret(view: ConfigView): Draft[] {
  const out: Draft[] = [];
  for (const e of view.all('static-auth-secret')) {
    const s = secretStrength(e.value ?? '');
    let problem: string | null = null;
    let severity: Draft['severity'] = 'high';
    if (s.length === 0) problem = 'is empty';
    else if (s.example) {
      problem = 'is a well-known example value';
      severity = 'critical';
    } else if (s.placeholder) {
      problem = 'looks like a placeholder that was never replaced';
      severity = 'critical';
    } else if (s.length < 32 || s.bits < 128) problem = `is weak (${s.length} characters, about ${s.bits} bits)`;
    if (problem === null) continue;
    out.push(
      draft(
        'auth-weak-secret',
        severity,
        ['static-auth-secret'],
        [e.line],
        `The \`static-auth-secret\` on line ${e.line} ${problem}. (The value is not shown.)`,
        'Anyone who guesses or brute-forces the shared secret offline from one captured credential can mint valid credentials for your TURN server at will.',
        'static-auth-secret=<output of: openssl rand -hex 32>',
      ),
    );
  }
  return out;
}

function meta(id: string, title: string): RuleMeta {
  return { id, title, evidence: 'coturn:auth-mode', sources: META_SOURCES };
}

export const authRules: RuleGroup = {
  rules: [
    meta('auth-no-auth-conflict', '`no-auth` combined with a long-term credential mode (startup abort)'),
    meta('auth-no-auth', '`no-auth`: anonymous relay'),
    meta('auth-anonymous', 'No authentication configured: anonymous relay'),
    meta('auth-static-users-dormant', 'Static `user=` accounts ignored under `use-auth-secret`'),
    meta('auth-static-users', 'Static `user=` accounts instead of `use-auth-secret`'),
    meta('auth-realm-missing', '`realm` missing'),
    meta('auth-secret-from-database', '`use-auth-secret` without `static-auth-secret`'),
    { id: 'auth-weak-secret', title: 'Weak or example `static-auth-secret`', evidence: 'coturn:auth-mode', sources: [SRC.readme, SRC.exampleConf] },
  ],
  check: (view) => [...checkAuth(view), ...checkSecret(view)],
};
