import { CcarAnalysis, CcarPart, SentenceRef } from '../../ccar/infer';
import { spansOverlap } from '../../text/span';
import { BLOCKS_PER_STEP, CodeRule } from '../context';
import { storyBankOf } from '../../stories/stories';

/** voice.we: "we" or "our team" as the subject of an action. */
export const voiceWe: CodeRule = {
  meta: {
    id: 'voice.we',
    title: '"We" instead of "I"',
    category: 'voice',
    defaultSeverity: 'warning',
    appliesTo: ['ecq', 'tq', 'stories', 'interview'],
    summary: 'Finds "we", "our team" and "my team and I" as the subject of an action.',
    why: 'The board certifies your qualifications, not your team\'s. ECQs and TQs are written in first person, "I", so the reader can see what you did.',
    howToFix: 'Say what you did: "I directed the team to…", "I decided…". Keep "we" only where the team, not you, is the point.',
    exemptions: [
      '"We" as the subject of scene-setting verbs ("we were losing funding", "we had 57 vacancies") or of what might have been ("we would have to cut"): the rule looks for actions.',
      '"We" in a clause that describes a noun ("the ten months we spent on the report").',
      'Text inside quotation marks and block quotes.',
    ],
    source: 'ses-domain.md §2.2 (voice: "I", not "we") and §5 ("we" instead of "I")',
    examples: {
      bad: [
        { text: '[[We]] restored service in 19 hours.' },
        { text: '[[Our team]] also built a dashboard that tracks every package.' },
        { text: 'I found the same default in one migration, which [[we]] corrected before any data moved.' },
        { text: 'Since 2022 [[we]] have signed a record 40 license agreements.', note: 'The present perfect reports what the team did.' },
      ],
      good: [
        { text: 'I restored service in 19 hours by moving every engineer to the restore path.' },
        { text: 'We were losing workload and funding to other offices.' },
        { text: 'We have 57 vacancies and have been short of examiners since 2021.' },
        { text: 'The vendor told me, "We can fix it in three days."' },
      ],
    },
  },
  *check(ctx) {
    let read = 0;
    for (const block of ctx.narrativeBlocks) {
      if (++read % BLOCKS_PER_STEP === 0) yield;
      for (const sentence of ctx.facts(block).sentences) {
        for (const we of sentence.weActions) {
          if (ctx.inQuote(block, we.start)) continue;
          const span = { start: block.span.start + we.start, end: block.span.start + we.end };
          const written = ctx.doc.text.slice(span.start, span.end);
          ctx.report({
            ruleId: 'voice.we',
            span,
            message: `"${written}" hides what you did. The board certifies you: say "I" and name your own decision or action.`,
            fixes: written.toLowerCase() === 'we' ? [{ title: 'Replace "we" with "I"', edits: [{ span, newText: 'I' }] }] : [],
          });
        }
      }
    }
  },
};

/** voice.passive: a passive verb in an Action part, where it hides who acted. */
export const voicePassive: CodeRule = {
  meta: {
    id: 'voice.passive',
    title: 'Passive voice in an action',
    category: 'voice',
    defaultSeverity: 'info',
    appliesTo: ['ecq', 'tq', 'stories'],
    summary: 'Finds passive verbs ("was implemented", "were developed") in the Action part of an example or a story-bank story, and in a sentence told between two of your actions in one paragraph.',
    why: 'In the Action part the board looks for what you did. A passive verb hides the actor, and the reader cannot tell whether it was you.',
    howToFix: 'Make yourself the subject: "I implemented…", or name who did it at your direction.',
    exemptions: [
      'Passive voice outside Action parts: in a Result, "the backlog was reduced" is normal.',
      '"I was asked to", "I was selected": the subject is you.',
      'Participles that read as adjectives ("was located", "were concerned", "was justified", "were unresolved"; "was responsible" is phrase.weak\'s).',
      'Possibilities and manner: "what cannot be shared", "the way overtime was assigned".',
      'Between two of your actions, only the simple past counts: "the duties had been handled by the field" is background.',
      'A relative clause that describes a state ("the staff, which had been spread out among four groups", "which is updated weekly"); "which was implemented by the team" tells an event and is reported.',
      'Your own proposal as the subject, acted on by others ("My recommendation was met with resistance", "My plan was adopted").',
      'A finding reported in a "that" clause: "I found that a large share were driven less than 3,000 miles a year".',
    ],
    source: 'ses-domain.md §2.2 (active voice with "I") and §5 (passive voice)',
    examples: {
      bad: [
        {
          text: '## ECQ 4: Business Acumen\n\nIn fiscal year 2023 headquarters cut my office\'s budget by $3.2 million while our workload grew.\n\nI consolidated three contract writing configurations into one, which [[was implemented]] by the systems team. I renegotiated the lease.\n\nThe office absorbed the full reduction and saved $640,000 a year.\n',
        },
      ],
      good: [
        {
          text: '## ECQ 4: Business Acumen\n\nIn fiscal year 2023 headquarters cut my office\'s budget by $3.2 million while our workload grew.\n\nI consolidated three contract writing configurations into one and had the systems team implement it. I renegotiated the lease.\n\nThe office absorbed the full reduction, and the backlog was reduced by 40 percent.\n',
        },
      ],
    },
  },
  check(ctx) {
    const examples = ctx.doc.kind === 'stories' ? storyBankOf(ctx.doc, ctx.config, ctx.posting).stories : ctx.doc.sections.flatMap((s) => s.examples);
    {
      for (const example of examples) {
        const action = example.ccar.parts.find((p) => p.kind === 'action');
        if (!action) continue;
        let blockIndex = 0;
        for (const { ref, between } of actionSentences(example.ccar, action)) {
          if (ref.facts.passives.length === 0) continue;
          // Sentences come in order, so the block holding each one is found by walking forward.
          while (blockIndex + 1 < example.blocks.length && ref.span.start >= example.blocks[blockIndex]!.span.end) blockIndex++;
          const block = example.blocks[blockIndex]!;
          if (ref.span.start < block.span.start || ref.span.end > block.span.end) continue;
          const weak = ctx.facts(block).phraseHits.filter((h) => h.entry.ruleId === 'phrase.weak');
          for (const p of ref.facts.passives) {
            if (ctx.inQuote(block, p.start) || weak.some((h) => spansOverlap(h, p))) continue;
            // Between actions only an event told in the simple past counts: "had been handled" is background.
            if (between && !SIMPLE_PAST_BE.has(block.prose.slice(p.start, p.start + 4).toLowerCase().trim())) continue;
            const span = { start: block.span.start + p.start, end: block.span.start + p.end };
            ctx.report({
              ruleId: 'voice.passive',
              span,
              message: `Passive "${ctx.doc.text.slice(span.start, span.end)}" hides who acted. In an Action, make yourself the subject: "I ${p.verb}…".`,
            });
          }
        }
      }
    }
  },
};

const SIMPLE_PAST_BE = new Set(['was', 'were']);

/**
 * The sentences voice.passive reads: the Action's, and a sentence told between two of the
 * writer's actions in one paragraph ("I moved 1,900 enumerators. Pay rates were raised in
 * 34 counties. I held a call every morning."), which the inference reads as an aside or an
 * interim outcome but which narrates the work in the middle of it. `between` marks those.
 */
function actionSentences(ccar: CcarAnalysis, action: CcarPart): readonly { ref: SentenceRef; between: boolean }[] {
  if (ccar.labelled) return action.sentences.map((ref) => ({ ref, between: false }));
  const parts = ccar.sentenceParts;
  // Whether an action of the writer's comes later in the sentence's own paragraph: one pass
  // from the end, so a long paragraph costs no more than its sentences.
  const actionFollows = new Array<boolean>(parts.length);
  let follows = false;
  for (let i = parts.length - 1; i >= 0; i--) {
    if (i + 1 < parts.length && parts[i + 1]!.ref.paragraph !== parts[i]!.ref.paragraph) follows = false;
    actionFollows[i] = follows;
    if (parts[i]!.part === 'action') follows = true;
  }
  const out: { ref: SentenceRef; between: boolean }[] = [];
  let lastAction = -1;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (p.part === 'action') {
      out.push({ ref: p.ref, between: false });
      lastAction = i;
    } else if (lastAction >= 0 && parts[lastAction]!.ref.paragraph === p.ref.paragraph && actionFollows[i]) {
      out.push({ ref: p.ref, between: true });
    }
  }
  return out;
}
