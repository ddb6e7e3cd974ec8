import { isRuleId, RULE_IDS } from '../types';
import { CodeRule } from '../context';

const FAMILIES = new Set(RULE_IDS.map((id) => id.split('.')[0]!));

/** suppression.unknown-rule: a suppression comment names a rule that does not exist. */
export const suppressionUnknownRule: CodeRule = {
  meta: {
    id: 'suppression.unknown-rule',
    title: 'Suppression comment names an unknown rule',
    category: 'meta',
    defaultSeverity: 'warning',
    appliesTo: ['ecq', 'tq', 'resume', 'stories', 'posting', 'interview'],
    summary: 'Finds an `ecq-disable…` comment whose rule id is not a rule or a rule family.',
    why: 'A mistyped id in a suppression comment silently suppresses nothing; the finding you meant to silence comes back and the comment misleads the next reader.',
    howToFix: 'Correct the id (run `ecq rules` for the list), or name a family such as `ccar`.',
    exemptions: [],
    source: 'Project convention (suppression comments, README)',
    examples: {
      bad: [{ text: '<!-- ecq-disable-next-line [[phrase.weakk]] -->\nI was responsible for the budget.\n' }],
      good: [{ text: '<!-- ecq-disable-next-line phrase.weak -->\nI was responsible for the budget of $3 million.\n' }],
    },
  },
  check(ctx) {
    for (const d of ctx.doc.directives) {
      d.rules.forEach((id, i) => {
        if (isRuleId(id) || (!id.includes('.') && FAMILIES.has(id))) return;
        const near = RULE_IDS.filter((r) => r.startsWith(id.split('.')[0]!)).slice(0, 4);
        ctx.report({
          ruleId: 'suppression.unknown-rule',
          span: d.ruleSpans[i]!,
          message: `"${id}" is not a rule id, so this comment suppresses nothing.${near.length > 0 ? ` Did you mean ${near.map((n) => `"${n}"`).join(', ')}?` : ' Run "ecq rules" for the list.'}`,
        });
      });
    }
  },
};
