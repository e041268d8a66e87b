/** Every rule group, in report order. */
import type { RuleGroup, RuleMeta } from '@/features/coturn-config/model';
import { authRules } from './auth';
import { hygieneRules } from './hygiene';
import { limitsTlsRules } from './limits-tls';
import { managementRules } from './management';
import { peerRules } from './peers';
import { syntaxRules } from './syntax';

export const RULE_GROUPS: readonly RuleGroup[] = [authRules, peerRules, managementRules, limitsTlsRules, hygieneRules, syntaxRules];

export const RULES: readonly RuleMeta[] = RULE_GROUPS.flatMap((g) => g.rules);

const BY_ID: ReadonlyMap<string, RuleMeta> = new Map(RULES.map((r) => [r.id, r]));

export function ruleMeta(id: string): RuleMeta | undefined {
  return BY_ID.get(id);
}
