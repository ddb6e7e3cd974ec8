import { generalQuestionSections } from '../../interview/interview';
import { CodeRule } from '../context';
import { Example } from '../../parse/document';

/**
 * Whether a sentence of the Result's paragraph, after the story's first action, tells an
 * outcome (a result sentence, or outcome words such as "ended in") with a figure. The
 * writer's own actions do not count, nor does background ("The plant had been cited 14 times").
 */
function figureBesideResult(example: Example, resultStart: number): boolean {
  const block = example.blocks.find((b) => b.span.start <= resultStart && resultStart < b.span.end);
  if (!block) return false;
  const firstAction = example.ccar.sentenceParts.find((sp) => sp.part === 'action');
  if (!firstAction) return false;
  return example.ccar.sentenceParts.some(
    (sp) => sp.part !== 'action' && (sp.part === 'result' || sp.ref.facts.cues.outcome > 0) && sp.ref.span.start > firstAction.ref.span.start && sp.ref.span.start >= block.span.start && sp.ref.span.end <= block.span.end && sp.ref.facts.measure,
  );
}

/** result.unquantified: a Result part with no quantity in any of its sentences. */
export const resultUnquantified: CodeRule = {
  meta: {
    id: 'result.unquantified',
    title: 'Result without a figure',
    category: 'evidence',
    defaultSeverity: 'warning',
    appliesTo: ['ecq', 'tq', 'interview'],
    summary: 'Finds a Result part that gives no number, percentage, dollar amount, count, duration or before/after comparison.',
    why: 'Weak or unquantified results are a named reason ECQs fail: the board weighs scope and impact, and "improved a great deal" gives it nothing to weigh.',
    howToFix: 'Add the figure that shows the change: "cut processing time from 47 to 12 days", "saved $4.3 million", "96 of 120 staff".',
    exemptions: [
      'Years and dates do not count as quantities ("in 2024" says when, not how much), nor do codes such as GS-15 or FY2024.',
      'Nor does the time that passed before the outcome: "The system has been in place for two years and has been praised by managers" is still unquantified; "cut processing from 47 to 12 days" is a figure.',
      'A missing Result is reported by ccar.missing-result instead.',
      'Answers to general interview questions ("Why do you want this position?"), which tell no story.',
    ],
    source: 'ses-domain.md §3 (weak or unquantified results) and §5 (numbers reviewers want)',
    examples: {
      bad: [
        {
          text: '## ECQ 5: Achieving Results\n\nIn 2019 the help desk ticketing system at the agency failed weekly. I chose a commercial platform and moved 14 support teams onto it in nine months.\n\n[[Customer satisfaction improved and field offices said the new system was easier to use.]]\n',
        },
        {
          text: '## ECQ 5: Achieving Results\n\nIn 2019 the help desk ticketing system at the agency failed weekly. I chose a commercial platform and moved 14 support teams onto it in nine months.\n\n[[The new system has been in place for two years and has been praised by managers throughout the agency.]]\n',
        },
      ],
      good: [
        {
          text: '## ECQ 5: Achieving Results\n\nIn 2019 the help desk ticketing system at the agency failed weekly. I chose a commercial platform and moved 14 support teams onto it in nine months.\n\nCustomer satisfaction rose from 61 to 84 percent, and ticket backlog fell by half.\n',
        },
      ],
    },
  },
  check(ctx) {
    const general = generalQuestionSections(ctx.doc, ctx.config, ctx.posting);
    for (const section of ctx.doc.sections) {
      if (general.has(section)) continue;
      for (const example of section.examples) {
        const result = example.ccar.parts.find((p) => p.kind === 'result');
        if (!result || result.sentences.length === 0) continue;
        if (result.sentences.some((s) => s.facts.measure)) continue;
        // What follows a labelled Result to the story's end, labelled as nothing else, goes on
        // with it: "…authorized the fee increases. (Result) With fees increased, I hired 400…".
        const after = example.ccar.sentenceParts.filter((sp) => sp.ref.span.start >= result.span.end && (!sp.labelled || sp.part === 'result'));
        if (!result.inferred && after.some((sp) => sp.ref.facts.measure)) continue;
        // An inferred Result may have missed the sentence that holds the figure: in the
        // paragraph where the Result is told, after the first action, a sentence of outcome
        // the inference gave to the background ("The inspection found… and it ended in
        // $287,000 in penalties") quantifies it. The writer's own actions do not.
        if (result.inferred && figureBesideResult(example, result.span.start)) continue;
        ctx.report({
          ruleId: 'result.unquantified',
          span: result.span,
          message: 'This Result has no figure. Add a number that shows the change: a percentage, dollars, time saved, or a before-and-after count.',
        });
      }
    }
  },
};
