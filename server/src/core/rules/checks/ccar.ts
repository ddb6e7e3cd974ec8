import { generalQuestionSections } from '../../interview/interview';
import { CCAR_LABELS, CcarPartKind } from '../../domain/headings';
import { DocumentModel, Example } from '../../parse/document';
import { Block } from '../../parse/blocks';
import { CodeRule, exampleFirstLine, RuleContext, sectionName } from '../context';
import { Fix, RuleId, RuleMeta } from '../types';
import { IRREGULAR_PAST, isActionVerbForm } from '../../nlp/lexicon';

/**
 * ccar.missing-challenge / -context / -action / -result: an example without that part,
 * labelled or inferred (ccar/infer.ts says how inference decides).
 */

const WHAT: Record<CcarPartKind, string> = {
  challenge: 'the specific problem or goal, and why it mattered',
  context: 'who was involved and the environment: scope, budget, staff, stakeholders and constraints',
  action: 'what you did yourself, in first person ("I decided", "I negotiated")',
  result: 'what changed because of your actions, with figures (%, $, time, people served)',
};

/** Placeholder text for an inserted part: bracketed, so the writer sees what to replace. */
export const SKELETON: Record<CcarPartKind, string> = {
  challenge: 'State the specific problem or goal and why it mattered to the organization.',
  context: 'Describe the scope and environment: organization size, budget, staff, stakeholders, constraints and deadlines.',
  action: 'Say what you did, in first person: the decisions you made and the steps you led.',
  result: 'Give the outcome with figures: percentages, dollars, time saved, people served.',
};

type LabelStyle = 'bold' | 'heading' | 'plain' | 'none';

function labelStyle(doc: DocumentModel, example: Example): { style: LabelStyle; level: number } {
  for (const block of example.blocks) {
    const f = doc.facts.get(block.index);
    if (!f?.label) continue;
    if (block.kind === 'heading') return { style: 'heading', level: block.level <= 6 ? block.level : 4 };
    const raw = doc.text.slice(block.span.start, block.span.end).trimStart();
    return { style: raw.startsWith('**') || raw.startsWith('__') ? 'bold' : 'plain', level: 0 };
  }
  return { style: 'none', level: 0 };
}

function skeletonText(kind: CcarPartKind, style: LabelStyle, level: number, eol: string): string {
  const label = CCAR_LABELS[kind];
  switch (style) {
    case 'bold':
      return `**${label}:** [${SKELETON[kind]}]`;
    case 'heading':
      return `${'#'.repeat(level)} ${label}${eol}${eol}[${SKELETON[kind]}]`;
    case 'plain':
      return `${label}: [${SKELETON[kind]}]`;
    case 'none':
      return `[${label}: ${SKELETON[kind]}]`;
  }
}

/**
 * The first or last block of the list or quotation `block` sits in: a paragraph inserted
 * between two items would split the list in two (issue 12), so a skeleton goes before or
 * after the whole list. Other blocks are their own edge.
 */
function containerEdge(blocks: readonly Block[], block: Block, side: 'first' | 'last'): Block {
  if (block.kind !== 'listItem' && block.kind !== 'quote') return block;
  const runs = runsOf(blocks);
  return blocks[(side === 'first' ? runs.first : runs.last)[block.index]!]!;
}

/**
 * For each block, the index of the first and the last block of the run of its kind it sits
 * in, found in one pass per document: walking the run for every example made the check
 * quadratic (2.5 s on a 10 MB list of bullets, each its own story).
 */
const blockRuns = new WeakMap<readonly Block[], { first: Int32Array; last: Int32Array }>();
function runsOf(blocks: readonly Block[]): { first: Int32Array; last: Int32Array } {
  let runs = blockRuns.get(blocks);
  if (runs) return runs;
  const first = new Int32Array(blocks.length);
  const last = new Int32Array(blocks.length);
  for (let i = 0; i < blocks.length; i++) first[i] = i > 0 && blocks[i - 1]!.kind === blocks[i]!.kind ? first[i - 1]! : i;
  for (let i = blocks.length - 1; i >= 0; i--) last[i] = i < blocks.length - 1 && blocks[i + 1]!.kind === blocks[i]!.kind ? last[i + 1]! : i;
  runs = { first, last };
  blockRuns.set(blocks, runs);
  return runs;
}

/** Challenge and context go first; action before the result when there is one; result last. */
function insertionFix(ctx: RuleContext, example: Example, kind: CcarPartKind): Fix {
  const { style, level } = labelStyle(ctx.doc, example);
  const text = skeletonText(kind, style, level, ctx.eol);
  const blocks = example.blocks;
  const eol = ctx.eol;
  // A story found inside a paragraph begins or ends mid-block: insert at its own edges, as a
  // paragraph of its own.
  const first = containerEdge(ctx.doc.blocks, blocks[0]!, 'first');
  const last = containerEdge(ctx.doc.blocks, blocks[blocks.length - 1]!, 'last');
  const startsInside = example.span.start > first.span.start && !example.heading;
  const endsInside = example.span.end < last.span.end;
  const atStart = { start: startsInside ? example.span.start : first.span.start, end: startsInside ? example.span.start : first.span.start };
  const atEnd = { start: endsInside ? example.span.end : last.span.end, end: endsInside ? example.span.end : last.span.end };
  const before = (t: string) => ({ span: atStart, newText: startsInside ? `${eol}${t}${eol}${eol}` : `${t}${eol}${eol}` });
  const after = (t: string) => ({ span: atEnd, newText: endsInside ? `${eol}${t}${eol}${eol}` : `${eol}${eol}${t}` });
  let edit;
  const resultPart = example.ccar.parts.find((p) => p.kind === 'result');
  if (kind === 'challenge' || kind === 'context') {
    const contextBlock = kind === 'challenge' ? undefined : example.ccar.parts.find((p) => p.kind === 'challenge');
    if (contextBlock && !startsInside && !endsInside) {
      const afterBlock = containerEdge(ctx.doc.blocks, blocks.find((b) => b.span.end >= contextBlock.span.end) ?? blocks[0]!, 'last');
      edit = { span: { start: afterBlock.span.end, end: afterBlock.span.end }, newText: `${eol}${eol}${text}` };
    } else {
      edit = before(text);
    }
  } else if (kind === 'action' && resultPart && !startsInside && !endsInside) {
    const beforeBlock = containerEdge(ctx.doc.blocks, blocks.find((b) => b.span.end > resultPart.span.start) ?? blocks[blocks.length - 1]!, 'first');
    edit = { span: { start: beforeBlock.span.start, end: beforeBlock.span.start }, newText: `${text}${eol}${eol}` };
  } else {
    edit = after(text);
  }
  // "an Action", "a Result": the article follows the label's first sound.
  return { title: `Insert ${/^[AEIOU]/.test(CCAR_LABELS[kind]) ? 'an' : 'a'} ${CCAR_LABELS[kind]} skeleton`, edits: [edit], preferred: true, insertsPlaceholder: true };
}

function meta(kind: CcarPartKind): RuleMeta {
  const label = CCAR_LABELS[kind];
  // Findings go on the example's first line, so each example opens with a one-line paragraph.
  const badExample: Record<CcarPartKind, string> = {
    challenge: '## ECQ 2: Driving Efficiency\n\n[[I set up a cloud cost office of eight analysts and required every agency to tag its resources within 60 days.]]\n\nI negotiated two enterprise agreements that replaced 14 contracts.\n\nCloud spending fell from $148 million to $121 million in one year.\n',
    context: '## ECQ 3: Merit and Competence\n\n[[Our FOIA backlog kept growing.]]\n\nI created a triage cell, set weekly targets and reviewed the queue with the team leads every Monday.\n\nThe backlog fell 40 percent in six months.\n',
    action: '## ECQ 5: Achieving Results\n\n[[In 2022 the Secretary set a goal of closing 11 data centers by 2025, and the 312 applications in them had no owners.]]\n\nThe data centers cost $84 million a year.\n\nAll 11 closed on schedule and hosting costs fell $31 million a year.\n',
    result: '## ECQ 4: Leading People\n\n[[In 2023 the 120 mainframe staff in my office faced the closure of their data centers, and the union expected layoffs.]]\n\nI negotiated a retraining agreement with the union and built a 12-month cloud academy with a community college.\n',
  };
  // The bad example once its skeleton is inserted: the quick fix's placeholder, in place.
  const badFixed: Record<CcarPartKind, string> = {
    challenge: '## ECQ 2: Driving Efficiency\n\n[Challenge: State the specific problem or goal and why it mattered to the organization.]\n\nI set up a cloud cost office of eight analysts and required every agency to tag its resources within 60 days.\n\nI negotiated two enterprise agreements that replaced 14 contracts.\n\nCloud spending fell from $148 million to $121 million in one year.\n',
    context: '## ECQ 3: Merit and Competence\n\nOur FOIA backlog kept growing.\n\n[Context: Describe the scope and environment: organization size, budget, staff, stakeholders, constraints and deadlines.]\n\nI created a triage cell, set weekly targets and reviewed the queue with the team leads every Monday.\n\nThe backlog fell 40 percent in six months.\n',
    action: '## ECQ 5: Achieving Results\n\nIn 2022 the Secretary set a goal of closing 11 data centers by 2025, and the 312 applications in them had no owners.\n\nThe data centers cost $84 million a year.\n\n[Action: Say what you did, in first person: the decisions you made and the steps you led.]\n\nAll 11 closed on schedule and hosting costs fell $31 million a year.\n',
    result: '## ECQ 4: Leading People\n\nIn 2023 the 120 mainframe staff in my office faced the closure of their data centers, and the union expected layoffs.\n\nI negotiated a retraining agreement with the union and built a 12-month cloud academy with a community college.\n\n[Result: Give the outcome with figures: percentages, dollars, time saved, people served.]\n',
  };
  const goodExample = '## ECQ 4: Leading People\n\nIn 2023 the 120 mainframe staff in my office faced the closure of their data centers, and the union expected layoffs. I negotiated a retraining agreement with the union and built a 12-month cloud academy with a community college. Of the 120 employees, 96 completed the academy and moved into cloud roles; no one was laid off.\n';
  return {
    id: `ccar.missing-${kind}` as RuleId,
    title: `Missing ${label}`,
    category: 'structure',
    defaultSeverity: 'warning',
    appliesTo: ['ecq', 'tq', 'interview'],
    summary: `Finds an example with no ${label} part, labelled or inferred from the prose.`,
    why: `OPM's Guide to SES Qualifications asks every example for a Challenge, Context, Action and Result; a story without its ${label} (${WHAT[kind]}) is a named reason boards send ECQs back.`,
    howToFix: `Add ${WHAT[kind]}. The quick fix inserts a skeleton to fill in.`,
    exemptions: [
      'Parts are inferred from unlabelled prose by cue words (problem and goal words, stakeholders and scope figures, first-person action verbs, outcome words and figures). Inference leans towards "present": the rule reports a part only when no sentence gives evidence for it.',
      'Block quotes are not part of an example (a TQ narrative often quotes the TQ).',
      'In an interview file, each answer is an example, except answers to general questions ("Why do you want this position?"), which tell no story, answers told as a plan ("I would start by…"), which a situational question ("What would you do in your first ninety days?") asks for, and answers told as the writer\'s practice in the present tense ("I nominate my deputies for details…"), which an opinion question ("How do you develop your successors?") asks for.',
    ],
    source: 'ses-domain.md §2.1 (CCAR as OPM\'s Guide defines it) and §3 (no clear CCAR)',
    examples: { bad: [{ text: badExample[kind], fixed: badFixed[kind] }], good: [{ text: goodExample }] },
  };
}

function rule(kind: CcarPartKind): CodeRule {
  return {
    meta: meta(kind),
    check(ctx) {
      const general = generalQuestionSections(ctx.doc, ctx.config, ctx.posting);
      for (const section of ctx.doc.sections) {
        if (general.has(section)) continue;
        for (const example of section.examples) {
          if (example.ccar.present[kind]) continue;
          if (ctx.doc.kind === 'interview' && tellsAPlanOrPractice(example)) continue;
          const where = section.examples.length > 1 ? `Example ${example.index + 1} of ${sectionName(section)}` : sectionName(section);
          ctx.report({
            ruleId: `ccar.missing-${kind}` as RuleId,
            span: exampleFirstLine(ctx.doc, example),
            message: `${where} has no ${CCAR_LABELS[kind]}: add ${WHAT[kind]}.`,
            fixes: [insertionFix(ctx, example, kind)],
            data: { part: kind },
          });
        }
      }
    },
  };
}

/** Sentences of what the writer would do that make an answer a plan: one may only close a story ("I would do the same again"). */
const PLAN_SENTENCES = 2;

/**
 * An interview answer told as what the writer would do ("I would start by separating…"), or
 * as what the writer does as a matter of practice, more than as what they did: the plan a
 * situational question asks for, or the practice an opinion question asks for, not a story
 * that lacks a part. Read once per answer: each of the four rules asks.
 */
function tellsAPlanOrPractice(example: Example): boolean {
  let known = planOrPractice.get(example);
  if (known === undefined) {
    known = readPlanOrPractice(example);
    planOrPractice.set(example, known);
  }
  return known;
}

const planOrPractice = new WeakMap<Example, boolean>();

function readPlanOrPractice(example: Example): boolean {
  let planned = 0;
  let habits = 0;
  let done = 0;
  for (const sp of example.ccar.sentenceParts) {
    if (sp.ref.facts.hypothetical) planned++;
    else if (sp.ref.facts.role || tellsAHabit(example, sp.ref.span)) habits++;
    else if (sp.ref.facts.iAction) done++;
  }
  // "How do you develop the people who will replace you?" answered in the writer's practice
  // ("I nominate my deputies for details… I give one thing that worked and one to fix"): the
  // habit an opinion question asks for, in the present tense, as a plan is in the conditional.
  return (planned >= PLAN_SENTENCES && planned > done) || (habits >= HABIT_SENTENCES && habits > done);
}

/** "I give one thing that worked", "I nominate my deputies": "I", maybe an adverb, and a verb in the present. */
const I_PRESENT = /(?:^|[^A-Za-z'’])I[ \t]+(?:(?:[a-z]+ly|also|then|now|still|never|just|even|first|later|soon|once)[ \t]+){0,2}([a-z]+)\b/g;
/** Words after "I" that are no present verb of practice. */
const NOT_PRACTICE = new Set(['am', 'was', 'were', 'had', 'have', 'would', 'will', 'could', 'should', 'might', 'must', 'can', 'did', 'do', 'may', 'need', 'think', 'believe', 'know', 'feel', 'want', 'hope', 'learned', 'never', 'also', 'then', 'now', 'still', 'just', 'even', 'first', 'later', 'soon', 'once']);

/** Whether a sentence tells what the writer does as a matter of practice, in the present tense. */
function tellsAHabit(example: Example, span: { readonly start: number; readonly end: number }): boolean {
  const block = example.blocks.find((b) => b.span.start <= span.start && span.end <= b.span.end);
  if (!block) return false;
  const text = block.prose.slice(span.start - block.span.start, span.end - block.span.start);
  for (const m of text.matchAll(I_PRESENT)) {
    const verb = m[1]!;
    // A present verb of practice: not a past ("pulled", "took", "reran"), an auxiliary or an
    // adverb ("I immediately pulled"), and a verb the lexicon knows ("I nominate", "I give").
    if (NOT_PRACTICE.has(verb) || verb.endsWith('ed') || verb.endsWith('ly') || IRREGULAR_PAST.has(verb) || IRREGULAR_PAST.has(verb.slice(2))) continue;
    if (!isActionVerbForm(verb) && !isActionVerbForm(`${verb}d`) && !isActionVerbForm(`${verb}ed`)) continue;
    return true;
  }
  return false;
}

/** Sentences of the writer's standing practice that make an answer a description of it: one is a role ("I lead a staff of 40"). */
const HABIT_SENTENCES = 3;

export const ccarRules: readonly CodeRule[] = [rule('challenge'), rule('context'), rule('action'), rule('result')];
