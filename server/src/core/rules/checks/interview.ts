import { describeClassification, interviewOf } from '../../interview/interview';
import { otherEcqSpoken } from '../../interview/classify';
import { CodeRule, firstLineSpan, RuleContext } from '../context';
import { packageTop } from './package';
import { formatDuration } from '../../stories/stories';

/**
 * The interview rules (issue 13; ses-domain.md §3.1): what panels score in a spoken answer
 * beyond CCAR, which the CCAR, voice and phrase rules already check in every answer.
 */

const interview = (ctx: RuleContext) => interviewOf(ctx.doc, ctx.config, ctx.posting);

/** An answer of about `minutes` at 140 words a minute, each sentence a figure-bearing CCAR sentence. */
const spoken = (sentences: number): string =>
  Array.from({ length: sentences }, (_, i) => `In ${2021 + (i % 4)} I directed ${12 + i} engineers through the recovery of a national case system that had failed, and we restored service for 19,000 adjudicators within a day.`).join(' ');

const file = (body: string): string => `---\nkind: interview\necqSet: 2025\n---\n\n# Interview preparation\n\n${body}`;

const CHANGE_ANSWER =
  'In 2023 the Secretary ordered my office of 240 staff to move from paper case files to a digital system within a year, and the union feared job losses. I met the union president every week, guaranteed that no one would lose a job and set up retraining for all 240 employees. Several supervisors pushed back and said the deadline was impossible; I won them over by piloting the system in their own branch first. The office went live in eleven months and processing time fell from 47 to 12 days.';

export const answerPartUnanswered: CodeRule = {
  meta: {
    id: 'answer.part-unanswered',
    title: 'Part of the question not answered',
    category: 'structure',
    defaultSeverity: 'warning',
    appliesTo: ['interview'],
    summary: 'Splits a multipart question into its parts and finds a part the answer does not address.',
    why: 'Panels ask multipart questions and score every part: a part left unanswered lowers the rating, however good the story.',
    howToFix: 'Answer the part in its own words: if it asks what resistance you met, name it ("the union feared job losses"); if it asks what you learned, say the lesson.',
    exemptions: [
      'The first part, which asks for the story, counts as answered by any answer of 60 words or more.',
      'A part counts as answered when the answer uses at least half of its content words or their synonyms ("outcome" for "result", "pushback" for "resistance", "in hindsight" for "learn"); a part that asks for a result is also answered by the answer\'s Result.',
      'A question with no answer yet is still to prepare: its parts are not reported.',
      'How questions are split, and how parts are judged, is documented in server/src/core/interview/parts.ts and docs/interview.md.',
    ],
    source: 'ses-domain.md §3.1 (questions are often multipart; panels score every part answered)',
    examples: {
      bad: [
        {
          kind: 'interview',
          text: file(`## [[Q1. Describe a time you led a major change. What resistance did you meet, and how did you overcome it?]]\n\nIn 2023 the Secretary ordered a major change: my office of 240 staff had to move from paper case files to a digital system within a year. The union feared job losses, and several supervisors said the deadline was impossible. I set up retraining for all 240 employees, and the office went live in eleven months; processing time fell from 47 to 12 days.\n`),
          note: 'The answer names the change and the resistance but never says how it was overcome.',
        },
      ],
      good: [{ kind: 'interview', text: file(`## Q1. Describe a time you led a major change. What resistance did you meet, and how did you overcome it?\n\n${CHANGE_ANSWER}\n`) }],
    },
  },
  check(ctx) {
    for (const q of interview(ctx).questions) {
      if (!q.answer) continue;
      for (const part of q.parts) {
        if (part.answered) continue;
        ctx.report({
          ruleId: 'answer.part-unanswered',
          span: firstLineSpan(ctx.doc, q.heading),
          message: `The answer does not address "${part.text}". Panels score every part of a question: answer it in its own words.`,
          data: { part: part.text },
        });
      }
    }
  },
};

/**
 * Words of another ECQ's language past which an answer is taken to speak to that ECQ: four,
 * where answers that lack their own ECQ's words use at most three of another's (one in 25
 * used five) and answers to a misread question used three to eight.
 */
const ANOTHER_ECQS_WORDS = 4;

export const answerKeywordsMissing: CodeRule = {
  meta: {
    id: 'answer.keywords-missing',
    title: 'Answer without the key words of its ECQ or TQ',
    category: 'evidence',
    defaultSeverity: 'info',
    appliesTo: ['interview'],
    summary: 'Finds an answer that uses fewer than two key words of the ECQ, competency or TQ its question comes from.',
    why: 'Every question of an SES interview comes from an ECQ or a TQ, and panels listen for its key words: an answer that never says "accountable" to an accountability question makes the panel do the mapping.',
    howToFix: 'Work two or three of the listed words into the answer where they are true: name the competency you showed ("I held each manager accountable…").',
    exemptions: [
      'General questions ("Why do you want this position?") have no key words.',
      'A question with no answer yet is still to prepare.',
      'Key words count in any inflection ("mentored" for "mentor"). Which ECQ, competency or TQ a question comes from is decided as docs/interview.md describes.',
      'An ECQ\'s key words are the words of its name, its definition and its competencies\' names (ses-domain.md §1), and the words a candidate says for them ("statute" for the rule of law, "mentored" for developing others). Words that answers about every ECQ use ("team", "budget", "results") do not count.',
      'An answer that uses four or more words of another ECQ\'s language is taken to answer that ECQ: the question may have been read wrong, so nothing is reported.',
    ],
    source: 'ses-domain.md §3.1 (the ECQ or TQ behind each question and its key words used in the answer)',
    examples: {
      bad: [
        {
          kind: 'interview',
          text: file(`## Q2. How have you developed the next generation of leaders in your organization?\n\n[[In 2024 I noticed that four of my six branch chiefs would retire within three years. I paired each with a deputy, gave the deputies the chief's decisions for a quarter and reviewed every decision with them. Three of the four deputies now run their branches.]]\n`),
          note: 'A Developing Others question answered without "developed", "mentored", "coached", "training" or "feedback".',
        },
      ],
      good: [
        {
          kind: 'interview',
          text: file(`## Q2. How have you developed the next generation of leaders in your organization?\n\nIn 2024 I noticed that four of my six branch chiefs would retire within three years. I mentored a deputy for each, coached them through the chief's decisions for a quarter and gave them weekly feedback. Three of the four deputies now run their branches.\n`),
        },
      ],
    },
  },
  check(ctx) {
    for (const q of interview(ctx).questions) {
      if (!q.answer || q.category === 'general' || q.keyWords.length < 2) continue;
      if (q.answer.keyWordsUsed.length >= 2 || q.answer.languageUsed.length >= 2) continue;
      // An answer in another ECQ's terms more likely answers that ECQ than lacks this one's
      // words: the question was read wrong (over 15 blind sets, 7 of the 8 such answers).
      if ((otherEcqSpoken(q.classification, q.answer.index)?.words ?? 0) >= ANOTHER_ECQS_WORDS) continue;
      const unused = q.keyWords.filter((k) => !k.used).map((k) => k.word);
      ctx.report({
        ruleId: 'answer.keywords-missing',
        span: firstLineSpan(ctx.doc, q.answer.blocks[0] ?? q.heading),
        message: `This answer uses ${q.answer.keyWordsUsed.length === 0 ? 'none' : `only "${q.answer.keyWordsUsed[0]}"`} of the key words of ${describeClassification(q.classification)}. Work in two or three of: ${unused.slice(0, 6).map((w) => `"${w}"`).join(', ')}.`,
        data: { uses: q.answer.keyWordsUsed.length, keyWords: unused.join(', ') },
      });
    }
  },
};

export const answerScopeUnquantified: CodeRule = {
  meta: {
    id: 'answer.scope-unquantified',
    title: 'Scope without a number',
    category: 'evidence',
    defaultSeverity: 'warning',
    appliesTo: ['interview'],
    summary: 'Finds a staff, team, organization, workforce, budget, portfolio or program you led or managed with no number for its size.',
    why: 'Panels ask "how many people? what was the dollar amount?": scope is how they judge that the experience is executive. "I managed a budget" says nothing about its size.',
    howToFix: 'Give the size where you name it: "a staff of 40", "a $12 million budget", "a portfolio of 14 programs".',
    exemptions: [
      'A number anywhere in the answer beside a noun of the same kind sizes it ("The division had 340 staff. I led the staff…").',
      'Only what you lead: "I" must be the subject of the verb (led, managed, supervised, oversaw, directed, ran, headed, was responsible for…).',
      'Vague sizes ("a large staff", "a sizable budget") are not numbers: they are reported.',
    ],
    source: 'ses-domain.md §3.1 (numbers for scope: how many people, what dollar amount)',
    examples: {
      bad: [
        { kind: 'interview', text: file(`## Q3. Describe a time you reduced costs without hurting the mission.\n\nIn 2024 I [[managed a budget]] that had grown faster than our workload, and I [[supervised a large staff]] of analysts. I consolidated 14 contracts into two and saved $3.1 million a year.\n`) },
      ],
      good: [
        { kind: 'interview', text: file(`## Q3. Describe a time you reduced costs without hurting the mission.\n\nIn 2024 I managed a $48 million budget that had grown faster than our workload, and I supervised a staff of 62 analysts. I consolidated 14 contracts into two and saved $3.1 million a year.\n`) },
      ],
    },
  },
  check(ctx) {
    for (const q of interview(ctx).questions) {
      for (const mention of q.answer?.scope ?? []) {
        if (mention.sized) continue;
        const written = ctx.doc.text.slice(mention.span.start, mention.span.end);
        ctx.report({
          ruleId: 'answer.scope-unquantified',
          span: mention.span,
          message: `"${written}" gives no size. Say how large: ${EXAMPLE_SIZE[mention.noun] ?? '"a staff of 40", "a $12 million budget"'}.`,
          data: { noun: mention.noun },
        });
      }
    }
  },
};

const EXAMPLE_SIZE: Readonly<Record<string, string>> = {
  budget: '"a $12 million budget"',
  budgets: '"budgets totalling $40 million"',
  portfolio: '"a $300 million portfolio of 22 projects"',
  staff: '"a staff of 40"',
  team: '"a team of 12"',
  workforce: '"a workforce of 1,200"',
  program: '"a $90 million program serving 40,000 veterans"',
  programs: '"14 programs"',
  organization: '"an organization of 600 people and a $75 million budget"',
  division: '"a division of 180 people"',
};

export const answerLength: CodeRule = {
  meta: {
    id: 'answer.length',
    title: 'Answer too short or too long to tell',
    category: 'length',
    defaultSeverity: 'warning',
    appliesTo: ['interview'],
    summary: 'Estimates how long each answer takes to say aloud (140 words per minute by default) and finds answers shorter than 2 or longer than 4 minutes.',
    why: 'Coaches advise two to four minutes an answer: shorter leaves out the context or the result, longer runs into the next question of a panel that has 45 minutes for five.',
    howToFix: 'A short answer needs its challenge, context, your decisions and the result\'s figures. A long one is a script: keep an outline, one sentence of context and the actions that mattered.',
    exemptions: [
      'A question with no answer yet is still to prepare.',
      'The pace is 140 words per minute unless the file\'s front matter sets `pace_wpm` or the config sets `interview.paceWpm`; the range is `interview.minMinutes` to `interview.maxMinutes`.',
      'Headings inside an answer are not spoken and not counted.',
    ],
    source: 'ses-domain.md §3.1 (spoken answers of 2 to 4 minutes; an outline, not a script) and §3 (five questions in about 45 minutes)',
    examples: {
      bad: [
        { kind: 'interview', text: file(`## [[Q4. Describe a time you restored a failed system.]]\n\n${spoken(2)}\n`), note: 'About 50 words: twenty seconds.' },
        { kind: 'interview', text: file(`## [[Q4. Describe a time you restored a failed system.]]\n\n${spoken(24)}\n`), note: 'About 630 words: four and a half minutes.' },
      ],
      good: [{ kind: 'interview', text: file(`## Q4. Describe a time you restored a failed system.\n\n${spoken(13)}\n`) }],
    },
  },
  check(ctx) {
    const { interview: settings } = ctx.config;
    const read = interview(ctx);
    for (const q of read.questions) {
      if (!q.answer || q.answer.words === 0) continue;
      const minutes = q.answer.seconds / 60;
      if (minutes >= settings.minMinutes && minutes <= settings.maxMinutes) continue;
      const short = minutes < settings.minMinutes;
      const target = (short ? settings.minMinutes : settings.maxMinutes) * read.paceWpm;
      ctx.report({
        ruleId: 'answer.length',
        span: firstLineSpan(ctx.doc, q.heading),
        message: `About ${formatDuration(q.answer.seconds)} spoken (${q.answer.words} words at ${read.paceWpm} a minute); answers run ${settings.minMinutes}–${settings.maxMinutes} minutes. ${
          short ? `Add about ${Math.round(target - q.answer.words)} words: the context, your key decisions and the result's figures.` : `Cut about ${Math.round(q.answer.words - target)} words: keep an outline, not a script.`
        }`,
        data: { seconds: Math.round(q.answer.seconds), words: q.answer.words },
      });
    }
  },
};

export const interviewPanelQuestions: CodeRule = {
  meta: {
    id: 'interview.panel-questions',
    title: 'Too few questions for the panel',
    category: 'structure',
    defaultSeverity: 'info',
    appliesTo: ['interview'],
    summary: 'Finds an interview file with fewer than three questions of your own for the panel.',
    why: 'Panels end by asking what you would like to know. Three to five questions about the organization and the position show that you have thought about the job, not only about getting it.',
    howToFix: 'Add a section "Questions for the panel" with one list item per question: the organization\'s priorities, how success in the position is measured, the team you would lead.',
    exemptions: [
      'Only a heading named like "Questions for the panel", "My questions" or "Questions to ask" holds them; its list items (or paragraphs ending with "?") are counted.',
      'A file with no interview question yet is not checked. The number is `interview.panelQuestions` in the config (3 by default).',
    ],
    source: 'ses-domain.md §3.1 (3 to 5 questions of your own for the panel)',
    examples: {
      bad: [
        { kind: 'interview', text: file(`## Q1. Why do you want this position?\n\nBecause it is the work I have prepared for.\n\n## [[Questions for the panel]]\n\n- What are your priorities for the first year?\n`) },
      ],
      good: [
        {
          kind: 'interview',
          text: file(`## Q1. Why do you want this position?\n\nBecause it is the work I have prepared for.\n\n## Questions for the panel\n\n- What are your priorities for the first year?\n- How will you measure success in this position?\n- What is the biggest challenge the team faces?\n`),
        },
      ],
    },
  },
  check(ctx) {
    const read = interview(ctx);
    const wanted = ctx.config.interview.panelQuestions;
    if (read.questions.length === 0 || read.panelQuestions >= wanted) return;
    const heading = read.panel[0]?.heading;
    ctx.report({
      ruleId: 'interview.panel-questions',
      span: heading ? firstLineSpan(ctx.doc, heading) : packageTop(ctx.doc),
      message: `${read.panelQuestions === 0 ? 'No questions' : `Only ${read.panelQuestions} question${read.panelQuestions === 1 ? '' : 's'}`} for the panel; bring ${wanted} to 5 about the organization and the position${heading ? '' : ', under a heading "Questions for the panel"'}.`,
      data: { questions: read.panelQuestions },
    });
  },
};

export const interviewRules: readonly CodeRule[] = [answerPartUnanswered, answerKeywordsMissing, answerScopeUnquantified, answerLength, interviewPanelQuestions];
