import { generalQuestionSections } from '../../interview/interview';
import { YearMention } from '../../nlp/years';
import { BLOCKS_PER_STEP, CalendarDate, CodeRule } from '../context';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Is the mention entirely before the cutoff (today minus `years`)? A bare year counts as
 * its whole span: with today 22 Nov 2026 and 10 years, 2016 is not stale (December 2016 is
 * recent enough) but 2015 is; "September 2016" is.
 */
export function isStale(mention: Pick<YearMention, 'year' | 'month'>, today: CalendarDate, years: number): boolean {
  const cutoff = { year: today.year - years, month: today.month, day: today.day };
  const endMonth = mention.month ?? 12;
  if (mention.year !== cutoff.year) return mention.year < cutoff.year;
  // Same year: stale when the month ends before the cutoff day.
  return endMonth < cutoff.month;
}

export const recencyStale: CodeRule = {
  meta: {
    id: 'recency.stale',
    title: 'Story older than the recency limit',
    category: 'recency',
    defaultSeverity: 'warning',
    appliesTo: ['ecq', 'tq', 'interview'],
    summary: 'Finds an example dated more than 10 years before today (the limit is configurable).',
    why: 'Stories older than ten years are the first reason coaches give for ECQs that fail: the board wants recent executive experience, five to seven years old at most by preference.',
    howToFix: 'Replace the example with a recent one, or, if the work continued, date it by when it ended.',
    exemptions: [
      'Law names: "Privacy Act of 1974".',
      'Baselines: "since 2012", "for the first time since 2012".',
      'The age of a thing rather than of the story: "a 1987-era mainframe", "built in 1987", "software from 1999".',
      'The start of a range that ends later: "2013–2019", "from 2013 to 2021".',
      'One finding per example, at its first stale date.',
      'Answers to general interview questions ("Why do you want this position?"): "I started as a screener in 2007" tells a career, not a story.',
    ],
    source: 'ses-domain.md §2.2 (recency: nothing older than 10 years; 5 to 7 preferred) and §3 (stories older than 10 years)',
    examples: {
      bad: [{ text: '## ECQ 3: Results Driven\n\nIn [[2012]], as a Supervisory Contract Specialist, I awarded a $180 million flood-control contract two days before the funds expired.\n' }],
      good: [
        { text: '## ECQ 3: Results Driven\n\nIn 2023 I replaced the 1987-era mainframe payment system, which had run since 2001, and met the Privacy Act of 1974 requirements.\n' },
        {
          kind: 'interview',
          note: 'In an interview file, the answer to a general question tells a career, not a story.',
          text: '## Q1. Why do you want this position?\n\nI have spent 19 years in aviation security, starting as a screener in 2007, and I want to lead the checkpoint rebuild at Denver.\n',
        },
      ],
    },
  },
  *check(ctx) {
    const years = ctx.config.recencyYears;
    let read = 0;
    const general = generalQuestionSections(ctx.doc, ctx.config, ctx.posting);
    for (const section of ctx.doc.sections) {
      if (general.has(section)) continue;
      for (const example of section.examples) {
        let first: { mention: YearMention; start: number } | undefined;
        let count = 0;
        for (const block of example.blocks) {
          if (++read % BLOCKS_PER_STEP === 0) yield;
          if (block.kind === 'heading' && !example.heading) continue;
          const f = ctx.facts(block);
          for (const m of f.years) {
            // A story found inside a paragraph shares the block with its neighbour: only its own years count.
            const at = block.span.start + m.start;
            if (at < example.span.start || at >= example.span.end) continue;
            if (m.exempt || !isStale(m, ctx.today, years) || ctx.inQuote(block, m.start)) continue;
            count++;
            if (!first) first = { mention: m, start: block.span.start + m.start };
          }
        }
        if (!first) continue;
        const span = { start: first.start, end: first.start + (first.mention.end - first.mention.start) };
        const cutoff = `${MONTH_NAMES[ctx.today.month - 1]} ${ctx.today.year - years}`;
        ctx.report({
          ruleId: 'recency.stale',
          span,
          message: `This example dates from ${first.mention.year}${count > 1 ? ` (${count} dates before the cutoff)` : ''}, more than ${years} years ago (before ${cutoff}). Boards want recent executive experience: use a story from the last ${years} years, ideally the last 5 to 7.`,
          data: { year: first.mention.year },
        });
      }
    }
  },
};
