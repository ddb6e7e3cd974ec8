import { RuleId, RuleMeta, RULE_IDS } from './types';
import { CodeRule } from './context';
import { PHRASE_RULES } from './phrases';
import { ccarRules } from './checks/ccar';
import { resultUnquantified } from './checks/evidence';
import { voicePassive, voiceWe } from './checks/voice';
import { acronymUndefined } from './checks/acronyms';
import { recencyStale } from './checks/recency';
import { ecqMissing, ecqTooManyExamples, lengthOverLimit } from './checks/package';
import { suppressionUnknownRule } from './checks/suppression';
import { postingEcqSetMismatch, postingTqUncovered } from './checks/posting';
import { resumeRules } from './checks/resume';
import { storyRules } from './checks/stories';
import { interviewRules } from './checks/interview';

/**
 * The one registry of rules. To add a rule: give it an id in types.ts RULE_IDS, write it
 * as a phrase table (rules/phrases/) or a check (rules/checks/), list it here, and run
 * `npm run generate` to generate its docs page. Tests then run its examples and check that
 * the settings in package.json list it.
 */
export const CODE_RULES: readonly CodeRule[] = [
  ...ccarRules,
  resultUnquantified,
  voiceWe,
  voicePassive,
  acronymUndefined,
  recencyStale,
  lengthOverLimit,
  ecqMissing,
  ecqTooManyExamples,
  suppressionUnknownRule,
  postingEcqSetMismatch,
  ...resumeRules,
  ...storyRules,
  ...interviewRules,
];

/** Rules checked across the drafts of a package rather than in one document. */
export const PACKAGE_RULES: readonly RuleMeta[] = [postingTqUncovered];

const metas = new Map<RuleId, RuleMeta>([...PHRASE_RULES.map((r) => r.meta), ...CODE_RULES.map((r) => r.meta), ...PACKAGE_RULES].map((m) => [m.id, m]));

/** Every rule's metadata, in the order of RULE_IDS. */
export const ALL_RULES: readonly RuleMeta[] = RULE_IDS.map((id) => {
  const meta = metas.get(id);
  if (!meta) throw new Error(`Rule ${id} is declared in RULE_IDS but not registered`);
  return meta;
});

export function getRule(id: RuleId): RuleMeta {
  return metas.get(id)!;
}
