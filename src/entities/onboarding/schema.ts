/**
 * The one schema of a project's onboarding data, for local storage and project files alike (full
 * key names: it is small next to the answers), and `cleanOnboarding`, which keeps every text within
 * its limit once redacted so whatever is stored exports and imports again.
 */
import * as v from 'valibot';
import { redactToFit } from '@/lib/redaction';
import { ACK_INTEGRITY, EXPOSURES, SERVER_PRODUCTS, SERVER_ROLES, type ProjectOnboarding } from './types';

export const ONBOARDING_LIMITS = {
  servers: 100,
  serverName: 100,
  serverId: 40,
  itemIds: 300,
  ownRules: 50,
  ownRule: 500,
  team: 100,
  contacts: 1000,
  packs: 50,
  acknowledgements: 200,
  person: 100,
  question: 1000,
  questions: 100,
  tasks: 50,
} as const;

const L = ONBOARDING_LIMITS;
const text = (max: number) => v.pipe(v.string('expected a string'), v.maxLength(max, `expected at most ${max} characters`));
const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item, 'expected an array'), v.maxLength(max, `expected at most ${max} entries`));
const choice = <const T extends readonly string[]>(options: T) =>
  v.picklist(options, `expected one of ${options.map((o) => (o === '' ? '""' : o)).join(', ')}`);
const SERVER_ID = /^[a-z0-9-]{1,40}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const serverSchema = v.object({
  id: v.pipe(v.string('expected a string'), v.regex(SERVER_ID, 'expected 1-40 lower-case letters, digits or "-"')),
  name: text(L.serverName),
  role: choice(SERVER_ROLES),
  product: v.optional(choice(SERVER_PRODUCTS), ''),
  exposure: choice(EXPOSURES),
  controlledBy: v.optional(text(L.serverId), ''),
});

const houseRulesSchema = v.object({
  itemIds: list(text(120), L.itemIds),
  ownRules: list(text(L.ownRule), L.ownRules),
  team: v.optional(text(L.team), ''),
  contacts: v.optional(text(L.contacts), ''),
  includeNotes: v.optional(v.boolean('expected true or false'), false),
});

const digestSchema = v.pipe(v.string('expected a string'), v.regex(/^sha256:[0-9a-f]{64}$/, 'expected "sha256:" and 64 hex digits'));

const acknowledgementSchema = v.object({
  id: v.pipe(text(L.serverId), v.minLength(1, 'expected a non-empty id')),
  name: text(L.person),
  company: text(L.person),
  date: v.pipe(v.string('expected a string'), v.regex(ISO_DATE, 'expected a date as YYYY-MM-DD')),
  packDigest: digestSchema,
  packExportedAt: text(100),
  ruleCount: v.pipe(v.number('expected a number'), v.integer('expected a whole number'), v.minValue(0, 'expected a number ≥ 0')),
  questions: list(v.object({ rule: text(L.ownRule), text: text(L.question) }), L.questions),
  integrity: choice(ACK_INTEGRITY),
  importedAt: v.pipe(v.number('expected a number'), v.integer('expected a whole number'), v.minValue(0, 'expected a timestamp ≥ 0'), v.maxValue(8.64e15, 'expected a timestamp within the JavaScript date range')),
  offboarded: v.optional(list(text(60), L.tasks), []),
});

/** Onboarding data as stored and exported (`updatedAt` is checked by the caller's timestamp rule). */
export const onboardingSchema = v.object({
  servers: v.optional(list(serverSchema, L.servers), []),
  houseRules: v.optional(v.nullable(houseRulesSchema), null),
  packs: v.optional(list(v.object({ digest: digestSchema, exportedAt: text(100) }), L.packs), []),
  acknowledgements: v.optional(list(acknowledgementSchema, L.acknowledgements), []),
});


/** Redacted and within the limits; what the store writes and the exporter writes. Idempotent. */
export function cleanOnboarding(o: Omit<ProjectOnboarding, 'updatedAt'>, updatedAt: number): ProjectOnboarding {
  const r = redactToFit;
  const rules = o.houseRules;
  return {
    servers: o.servers.slice(0, L.servers).map((s) => ({ ...s, name: r(s.name, L.serverName), controlledBy: s.controlledBy.slice(0, L.serverId) })),
    houseRules: rules && {
      itemIds: [...new Set(rules.itemIds)].slice(0, L.itemIds),
      ownRules: rules.ownRules.slice(0, L.ownRules).map((t) => r(t, L.ownRule)),
      team: r(rules.team, L.team),
      contacts: r(rules.contacts, L.contacts),
      includeNotes: rules.includeNotes,
    },
    packs: o.packs.slice(-L.packs),
    acknowledgements: o.acknowledgements.slice(-L.acknowledgements).map((a) => ({
      ...a,
      name: r(a.name, L.person),
      company: r(a.company, L.person),
      questions: a.questions.slice(0, L.questions).map((q) => ({ rule: r(q.rule, L.ownRule), text: r(q.text, L.question) })),
      offboarded: [...new Set(a.offboarded)].slice(0, L.tasks),
    })),
    updatedAt,
  };
}
