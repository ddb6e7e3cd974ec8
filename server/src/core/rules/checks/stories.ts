import { ECQ_SETS } from '../../domain/ecqSets';
import { formatDuration, Story, storyBankOf as bankOf, StoryBank } from '../../stories/stories';
import { CodeRule, firstLineSpan, RuleContext } from '../context';
import { packageTop } from './package';

/**
 * The interview story bank (ses-domain.md §3: the structured-interview board asks five
 * set questions, one per ECQ; §2.3: stories of two to four minutes told aloud; §2.2: ten
 * unique stories, none reused).
 */

export function storyBankOf(ctx: Pick<RuleContext, 'config' | 'doc' | 'posting'>): StoryBank {
  return bankOf(ctx.doc, ctx.config, ctx.posting);
}

const bank = (title: string, stories: string): string => `---\nkind: stories\n---\n\n# ${title}\n\n${stories}`;
const SPOKEN = (n: number): string =>
  Array.from({ length: n }, (_, i) => `In ${2020 + (i % 5)} I directed ${12 + i} engineers through the recovery of a national case system that had failed, and we restored service for 19,000 adjudicators within a day.`).join(' ');

export const storyLength: CodeRule = {
  meta: {
    id: 'story.length',
    title: 'Interview story too short or too long',
    category: 'length',
    defaultSeverity: 'warning',
    appliesTo: ['stories'],
    summary: 'Estimates how long each story takes to tell aloud (140 words per minute by default) and finds stories shorter than 2 or longer than 4 minutes.',
    why: 'In the structured interview each answer is one CCAR story of about two to four minutes. A 40-second story leaves out the challenge or the result; a six-minute one runs into the panel\'s next question.',
    howToFix: 'A short story needs its context, your decisions and the result\'s figures. A long one loses background: keep one sentence of context and the two or three actions that mattered.',
    exemptions: [
      'The pace is 140 words per minute unless the bank\'s front matter sets `pace_wpm` or the config sets `stories.paceWpm`; the range is `stories.minMinutes` to `stories.maxMinutes`.',
      'Headings and tag lines (`ECQs: …`) are not spoken and not counted.',
    ],
    source: 'ses-domain.md §2.3 ("Top Ten" CCAR stories of 2 to 4 minutes each when told aloud) and §3 (structured interview)',
    examples: {
      bad: [
        { kind: 'stories', text: bank('Story bank', `## [[Story 1: The outage]]\n\nECQs: Merit and Competence\n\n${SPOKEN(2)}\n`), note: 'About 50 words: under half a minute.' },
        { kind: 'stories', text: bank('Story bank', `## [[Story 1: The outage]]\n\nECQs: Merit and Competence\n\n${SPOKEN(24)}\n`), note: 'About 630 words: four and a half minutes.' },
      ],
      good: [{ kind: 'stories', text: bank('Story bank', `## Story 1: The outage\n\nECQs: Merit and Competence\n\n${SPOKEN(13)}\n`) }],
    },
  },
  check(ctx) {
    const { stories, paceWpm } = storyBankOf(ctx);
    const { minMinutes, maxMinutes } = ctx.config.stories;
    for (const story of stories) {
      const minutes = story.seconds / 60;
      if (story.words === 0 || (minutes >= minMinutes && minutes <= maxMinutes)) continue;
      const short = minutes < minMinutes;
      const target = short ? minMinutes * paceWpm : maxMinutes * paceWpm;
      ctx.report({
        ruleId: 'story.length',
        span: firstLineSpan(ctx.doc, story.heading),
        message: `About ${formatDuration(story.seconds)} told aloud (${story.words} words at ${paceWpm} a minute); interview answers run ${minMinutes}–${maxMinutes} minutes. ${
          short ? `Add about ${Math.round(target - story.words)} words: the context, your key decisions and the result's figures.` : `Cut about ${Math.round(story.words - target)} words: keep one sentence of context and the actions that mattered.`
        }`,
        data: { seconds: Math.round(story.seconds), words: story.words },
      });
    }
  },
};

export const storyCoverage: CodeRule = {
  meta: {
    id: 'story.coverage',
    title: 'ECQ with fewer than two stories',
    category: 'structure',
    defaultSeverity: 'warning',
    appliesTo: ['stories'],
    summary: 'Finds an ECQ of the set that fewer than two stories in the bank are told for.',
    why: 'The board asks one question per ECQ and may follow up with a supplemental one. With one story per ECQ you have no second answer, and no choice when a question leans toward another side of the ECQ.',
    howToFix: 'Add a story for the ECQ, or tag an existing story that shows it with an `ECQs:` line. The Competencies view shows what each story covers.',
    exemptions: [
      'A story counts for the ECQs its `ECQs:` line or tags name; an untagged story counts for the ECQs its cue words show (docs/competencies.md).',
      'The number is `stories.perEcq` in the config (2 by default).',
    ],
    source: 'ses-domain.md §3 (structured interview: 5 predetermined questions and supplemental questions) and §2.2 (one to two examples per ECQ)',
    examples: {
      bad: [
        {
          kind: 'stories',
          text: `# [[Story bank]]\n\n## Story 1\n\nECQs: Driving Efficiency\n\nCut costs.\n\n## Story 2\n\nECQs: Driving Efficiency\n\nCut costs.\n\n## Story 3\n\nECQs: Merit and Competence\n\nFixed it.\n\n## Story 4\n\nECQs: Merit and Competence\n\nFixed it.\n\n## Story 5\n\nECQs: Leading People\n\nTrained staff.\n\n## Story 6\n\nECQs: Leading People\n\nTrained staff.\n\n## Story 7\n\nECQs: Achieving Results\n\nDelivered.\n\n## Story 8\n\nECQs: Achieving Results\n\nDelivered.\n\n## Story 9\n\nECQs: Rule of Law\n\nFollowed the law.\n`,
          note: 'Commitment to the Rule of Law has one story.',
        },
      ],
      good: [
        {
          kind: 'stories',
          text: `# Story bank\n\n## Story 1\n\nECQs: Driving Efficiency\n\nCut costs.\n\n## Story 2\n\nECQs: Driving Efficiency\n\nCut costs.\n\n## Story 3\n\nECQs: Merit and Competence\n\nFixed it.\n\n## Story 4\n\nECQs: Merit and Competence\n\nFixed it.\n\n## Story 5\n\nECQs: Leading People\n\nTrained staff.\n\n## Story 6\n\nECQs: Leading People\n\nTrained staff.\n\n## Story 7\n\nECQs: Achieving Results\n\nDelivered.\n\n## Story 8\n\nECQs: Achieving Results\n\nDelivered.\n\n## Story 9\n\nECQs: Rule of Law\n\nFollowed the law.\n\n## Story 10\n\nECQs: Rule of Law\n\nFollowed the law.\n`,
        },
      ],
    },
  },
  check(ctx) {
    const { stories, set } = storyBankOf(ctx);
    if (stories.length === 0) return;
    const wanted = ctx.config.stories.perEcq;
    for (const ecq of ECQ_SETS[set].ecqs) {
      const count = stories.filter((s) => s.ecqs.includes(ecq)).length;
      if (count >= wanted) continue;
      ctx.report({
        ruleId: 'story.coverage',
        span: packageTop(ctx.doc),
        message: `${count === 0 ? 'No story' : `Only ${count} story`} for ECQ ${ecq.number}, ${ecq.name}; the bank should hold at least ${wanted}. Add one that shows ${ecq.competencies.map((c) => c.name).join(', ')}.`,
        data: { ecq: ecq.id, stories: count },
      });
    }
  },
};

const wordSet = (story: Story): Set<string> => new Set(story.blocks.flatMap((b) => b.prose.toLowerCase().match(/[a-z0-9]{4,}/g) ?? []));

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}

/** Two stories sharing this share of their distinct words are the same story told twice. */
const SAME_STORY = 0.7;

export const storyReused: CodeRule = {
  meta: {
    id: 'story.reused',
    title: 'Story reused across ECQs',
    category: 'structure',
    defaultSeverity: 'warning',
    appliesTo: ['stories'],
    summary: 'Finds a story offered for two or more ECQs, and a story told twice in the bank under different ECQs.',
    why: 'Each interview question is about one ECQ, and the panel hears all five answers: the same story twice reads as a thin career. Practitioners ask for ten unique stories, none reused.',
    howToFix: 'Keep the story for the ECQ it shows best and tell another story for the other. Its competencies (hover the heading) show where it fits.',
    exemptions: ['Stories that share a setting (the same job, the same agency) but tell different events: only stories sharing most of their words count as the same story.'],
    source: 'ses-domain.md §2.2 (10 unique stories in all, none reused) and §3 (five predetermined questions)',
    examples: {
      bad: [
        { kind: 'stories', text: '# Story bank\n\n## Story 1: Cloud costs\n\n[[ECQs: Driving Efficiency, Achieving Results]]\n\nI cut cloud spending from $148 million to $121 million.\n' },
        {
          kind: 'stories',
          text: '# Story bank\n\n## Story 1: Cloud costs\n\nECQs: Driving Efficiency\n\nI cut cloud spending from $148 million to $121 million by consolidating 14 contracts into two agreements and tagging every resource.\n\n## [[Story 2: Cloud costs again]]\n\nECQs: Achieving Results\n\nI cut cloud spending from $148 million to $121 million by consolidating 14 contracts into two agreements and tagging every resource.\n',
        },
      ],
      good: [{ kind: 'stories', text: '# Story bank\n\n## Story 1: Cloud costs\n\nECQs: Driving Efficiency\n\nI cut cloud spending from $148 million to $121 million.\n\n## Story 2: The outage\n\nECQs: Merit and Competence\n\nI restored the case system in 19 hours after a storage failure.\n' }],
    },
  },
  check(ctx) {
    const { stories } = storyBankOf(ctx);
    const words = stories.map(wordSet);
    stories.forEach((story, i) => {
      if (story.ecqsTagged && story.ecqs.length >= 2) {
        const tagLine = story.tagBlocks.find((b) => /^[ \t*_]*ECQ/i.test(b.prose)) ?? story.heading;
        ctx.report({
          ruleId: 'story.reused',
          span: firstLineSpan(ctx.doc, tagLine),
          message: `This story is offered for ${story.ecqs.length} ECQs (${story.ecqs.map((e) => e.name).join('; ')}). Each interview question needs its own story: keep it for the ECQ it shows best.`,
          data: { ecqs: story.ecqs.length },
        });
      }
      for (let j = 0; j < i; j++) {
        const earlier = stories[j]!;
        if (words[i]!.size < 10 || overlap(words[i]!, words[j]!) < SAME_STORY) continue;
        if (earlier.ecqs.length > 0 && story.ecqs.length > 0 && earlier.ecqs.every((e) => story.ecqs.includes(e)) && story.ecqs.every((e) => earlier.ecqs.includes(e))) continue;
        ctx.report({
          ruleId: 'story.reused',
          span: firstLineSpan(ctx.doc, story.heading),
          message: `This story retells "${earlier.title}" for another ECQ. Tell a different story here; the panel hears every answer.`,
          data: { sameAs: earlier.title },
        });
        break;
      }
    });
  },
};

export const storyRules: readonly CodeRule[] = [storyLength, storyCoverage, storyReused];
