/**
 * Pure rules over a project's architecture inventory. Each rule says whether it applies (the
 * inventory has the servers it is about) and lists its findings, every one linked to the
 * checklist items it concerns; a rule that applies with no finding is passing evidence for them.
 * The rules follow the article this project started from: media servers only pass media to the
 * Internet and are controlled backend-to-backend; one service mints TURN credentials; databases
 * and backups never face the Internet.
 */
import type { Severity } from '@/entities/checklist/types';
import { CONTROLLED_BY_CLIENTS, type InventoryServer } from '@/entities/onboarding/types';
import { PRODUCTS } from './products';

export const INVENTORY_RULE_IDS = ['control-api-exposed', 'media-controlled-by-clients', 'media-api-exposed', 'turn-credential-owner', 'database-exposed'] as const;
export type InventoryRuleId = (typeof INVENTORY_RULE_IDS)[number];

export interface InventoryFinding {
  readonly id: string;
  readonly rule: InventoryRuleId;
  readonly severity: Severity;
  readonly title: string;
  readonly detail: string;
  readonly itemIds: readonly string[];
  readonly serverIds: readonly string[];
}

export interface RuleOutcome {
  readonly rule: InventoryRuleId;
  /** What the rule checks, as a passing statement ("No media server is controlled by clients"). */
  readonly summary: string;
  readonly itemIds: readonly string[];
  readonly applicable: boolean;
  readonly findings: readonly InventoryFinding[];
}

const isMedia = (s: InventoryServer) => s.role === 'media' || s.role === 'recording';
const isTurn = (s: InventoryServer) => s.role === 'turn' || s.product === 'coturn';
/** A server that runs a known media or TURN product has its control API, whatever role it was given (Asterisk listed as signaling). */
const runsKnownProduct = (s: InventoryServer) => s.product !== '' && s.product !== 'other';
const TURN_ADMIN_ITEMS = ['turn-disable-cli', 'turn-web-admin-off', 'turn-prometheus-private'];
const label = (s: InventoryServer) => s.name.trim() || s.id;

function controlApiExposed(servers: readonly InventoryServer[]): RuleOutcome {
  const about = servers.filter((s) => isMedia(s) || s.role === 'turn' || runsKnownProduct(s));
  const findings = about
    .filter((s) => s.exposure === 'admin-api')
    .map((s): InventoryFinding => {
      const info = s.product === '' ? PRODUCTS.other : PRODUCTS[s.product];
      const turn = isTurn(s);
      const itemIds = turn ? TURN_ADMIN_ITEMS : ['media-control-not-internet-reachable', ...(info.itemId ? [info.itemId] : [])];
      return {
        id: `control-api-exposed:${s.id}`,
        rule: 'control-api-exposed',
        severity: 'critical',
        title: `${label(s)}: control or admin API reachable from the Internet`,
        detail: `${info.label === 'Other' ? 'This server' : info.label} exposes ${info.control}. Bind it to localhost or a private network and firewall it: only media (and the client-facing TLS port) may face the Internet.`,
        itemIds,
        serverIds: [s.id],
      };
    });
  return {
    rule: 'control-api-exposed',
    summary: 'No media or TURN server has its control or admin API reachable from the Internet',
    itemIds: about.some((s) => !isTurn(s)) ? ['media-control-not-internet-reachable'] : about.length ? TURN_ADMIN_ITEMS : [],
    applicable: about.length > 0,
    findings,
  };
}

interface PerServerRule {
  rule: InventoryRuleId;
  summary: string;
  itemIds: string[];
  /** The servers the rule is about (it applies when there is one). */
  about: (s: InventoryServer) => boolean;
  /** Which of them get a finding. */
  bad: (s: InventoryServer) => boolean;
  severity: Severity;
  title: string;
  detail: string;
}

/** A rule with one finding per server that breaks it, titled "<server>: <title>". */
function perServer(spec: PerServerRule): (servers: readonly InventoryServer[]) => RuleOutcome {
  return (servers) => {
    const about = servers.filter(spec.about);
    return {
      rule: spec.rule,
      summary: spec.summary,
      itemIds: spec.itemIds,
      applicable: about.length > 0,
      findings: about.filter(spec.bad).map((s) => ({
        id: `${spec.rule}:${s.id}`,
        rule: spec.rule,
        severity: spec.severity,
        title: `${label(s)}: ${spec.title}`,
        detail: spec.detail,
        itemIds: spec.itemIds,
        serverIds: [s.id],
      })),
    };
  };
}

const mediaControlledByClients = perServer({
  rule: 'media-controlled-by-clients',
  summary: 'Every media server is controlled backend-to-backend, not by clients',
  itemIds: ['media-control-from-backend-only'],
  about: isMedia,
  bad: (s) => s.controlledBy === CONTROLLED_BY_CLIENTS,
  severity: 'high',
  title: 'controlled directly by clients',
  detail: 'Browsers or apps call this media server’s control API themselves, so every user holds what an administrator holds. Send control commands from your backend, which knows who the users are, and give clients only scoped, short-lived tokens.',
});

const mediaApiExposed = perServer({
  rule: 'media-api-exposed',
  summary: 'No media server offers an API to the Internet besides media',
  itemIds: ['media-control-not-internet-reachable'],
  about: isMedia,
  bad: (s) => s.exposure === 'https-api',
  severity: 'medium',
  title: 'an HTTPS API is reachable from the Internet',
  detail: 'Make sure it is only the client-facing endpoint, that it authenticates every request with short-lived tokens, and that no control or admin path is served on it.',
});

const databaseExposed = perServer({
  rule: 'database-exposed',
  summary: 'No database or storage host is reachable from the Internet',
  itemIds: ['ops-backups-encrypted-private', 'process-no-data-on-public-hosts'],
  about: (s) => s.role === 'database',
  bad: (s) => s.exposure !== 'none',
  severity: 'critical',
  title: 'database or storage reachable from the Internet',
  detail: 'Databases, dumps and backups belong on a private network: a contractor’s database dump placed on a public web server as a backup is how the Australian Red Cross Blood Service data leaked.',
});

function turnCredentialOwner(servers: readonly InventoryServer[]): RuleOutcome {
  const turn = servers.filter((s) => s.role === 'turn');
  const known = new Set(servers.map((s) => s.id));
  const owners = new Set(turn.map((s) => (known.has(s.controlledBy) ? s.controlledBy : s.controlledBy === CONTROLLED_BY_CLIENTS ? CONTROLLED_BY_CLIENTS : '')));
  const single = owners.size === 1 && !owners.has('') && !owners.has(CONTROLLED_BY_CLIENTS);
  const finding: InventoryFinding = {
    id: 'turn-credential-owner',
    rule: 'turn-credential-owner',
    severity: 'high',
    title: 'No single owner for minting TURN credentials',
    detail: owners.has(CONTROLLED_BY_CLIENTS)
      ? 'Clients mint or hold TURN credentials themselves: the shared secret or a static password is in client code.'
      : owners.has('')
        ? 'For at least one TURN server no service is named as the one that mints its credentials (set “Controlled by” to it).'
        : 'Several services mint TURN credentials. Decide on one (the app server or the media server) and keep the shared secret only there and on the TURN servers.',
    itemIds: ['turn-cred-backend-mints-for-users'],
    serverIds: turn.map((s) => s.id),
  };
  return {
    rule: 'turn-credential-owner',
    summary: 'One backend service mints the credentials of every TURN server',
    itemIds: ['turn-cred-backend-mints-for-users'],
    applicable: turn.length > 0,
    findings: turn.length > 0 && !single ? [finding] : [],
  };
}

const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 };

/** Every rule's outcome, in a fixed order. */
export function checkInventory(servers: readonly InventoryServer[]): RuleOutcome[] {
  return [controlApiExposed, mediaControlledByClients, mediaApiExposed, turnCredentialOwner, databaseExposed].map((rule) => rule(servers));
}

/** All findings, most severe first. */
export function inventoryFindings(outcomes: readonly RuleOutcome[]): InventoryFinding[] {
  return outcomes.flatMap((o) => o.findings).sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
