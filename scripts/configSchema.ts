import { DEFAULT_CONFIG, INTERVIEW_RANGES, InterviewSettings, Limits, STORY_RANGES, StorySettings } from '../server/src/core/config';
import { PageSettings } from '../server/src/core/resume/pageEstimate';
import { ALL_RULES } from '../server/src/core/rules/registry';
import { SEVERITIES } from '../server/src/core/rules/types';
import { DEFAULT_VOCABULARY_FILE } from '../server/src/node/projectConfig';

/**
 * The JSON schema of `ecq.config.json`, contributed through `jsonValidation` so that the
 * editor completes keys, shows what each means and underlines a typo as it is typed, not
 * only in a message after the file is saved. Defaults come from DEFAULT_CONFIG and rule
 * ids from the registry; the ranges and descriptions are written here beside the
 * validator's (`resolveConfig` in server/src/core/config.ts), and
 * test/unit/configSchema.test.ts probes the validator so that the two cannot drift.
 */

export const CONFIG_SCHEMA_FILE = 'schemas/ecq.config.schema.json';

type Range = readonly [min: number, max: number];

const LIMIT_DESCRIPTIONS: Readonly<Record<keyof Limits, string>> = {
  ecqCharacters: 'Characters per ECQ section, counted as the reader sees them (Markdown markup not counted).',
  tqCharacters: 'Characters per TQ section.',
  packagePages: 'Pages for a whole ECQ package.',
  charactersPerPage: 'How many characters make a page when a package is measured in pages.',
  examplesPerEcq: 'Examples allowed in one ECQ.',
  resumePages: 'Pages of a resume in the USAJOBS format (the 2025 process: two).',
};

/** The validator's bounds, so a typo (a margin of 5 inches) is caught here too. */
const PAGE: Readonly<Record<keyof PageSettings, { range: Range; description: string }>> = {
  pageWidth: { range: [3, 20], description: 'Page width, inches.' },
  pageHeight: { range: [3, 20], description: 'Page height, inches.' },
  margin: { range: [0, 2], description: 'Margin on every side, inches.' },
  bodySize: { range: [6, 20], description: 'Body text size, points.' },
  lineHeight: { range: [0.8, 3], description: 'Line height, times the font size.' },
  paragraphAfter: { range: [0, 30], description: 'Space after each paragraph and bullet, points.' },
  headingSizes: { range: [6, 40], description: 'Heading sizes in points for levels 1, 2, and 3 and below (bold).' },
  headingBefore: { range: [0, 40], description: 'Space before a heading, points.' },
  headingAfter: { range: [0, 40], description: 'Space after a heading, points.' },
  bulletIndent: { range: [0, 2], description: 'Bullet indent, inches.' },
};

const STORIES: Readonly<Record<keyof StorySettings, { range: Range; description: string }>> = {
  paceWpm: { range: STORY_RANGES.paceWpm, description: 'Speaking pace, words per minute; a story bank\'s front matter `pace_wpm` overrides it.' },
  minMinutes: { range: STORY_RANGES.minMinutes, description: 'A story told aloud should take at least this many minutes (less than maxMinutes).' },
  maxMinutes: { range: STORY_RANGES.maxMinutes, description: 'A story told aloud should take at most this many minutes.' },
  perEcq: { range: STORY_RANGES.perEcq, description: 'Stories the bank should hold for each ECQ.' },
};

const INTERVIEW: Readonly<Record<keyof InterviewSettings, { range: Range; description: string }>> = {
  paceWpm: { range: INTERVIEW_RANGES.paceWpm, description: 'Speaking pace, words per minute; an interview file\'s front matter `pace_wpm` overrides it.' },
  minMinutes: { range: INTERVIEW_RANGES.minMinutes, description: 'A spoken answer should take at least this many minutes (less than maxMinutes).' },
  maxMinutes: { range: INTERVIEW_RANGES.maxMinutes, description: 'A spoken answer should take at most this many minutes.' },
  panelQuestions: { range: INTERVIEW_RANGES.panelQuestions, description: 'Questions of your own for the panel an interview file should hold.' },
};

function numberGroup<K extends string>(spec: Readonly<Record<K, { range: Range; description: string }>>, defaults: Readonly<Record<K, number | readonly number[]>>, description: string): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const key of Object.keys(spec) as K[]) {
    const { range, description: text } = spec[key];
    const bounds = { type: 'number', minimum: range[0], maximum: range[1] };
    const value = defaults[key];
    properties[key] = Array.isArray(value) ? { type: 'array', items: bounds, minItems: 3, maxItems: 3, default: [...value], description: text } : { ...bounds, default: value, description: text };
  }
  return { type: 'object', additionalProperties: false, properties, description };
}

export function configSchema(): Record<string, unknown> {
  const severities = [...SEVERITIES, 'off'];
  const limits: Record<string, unknown> = {};
  for (const key of Object.keys(LIMIT_DESCRIPTIONS) as (keyof Limits)[]) {
    limits[key] = { type: 'integer', minimum: 1, default: DEFAULT_CONFIG.limits[key], description: LIMIT_DESCRIPTIONS[key] };
  }
  const rules: Record<string, unknown> = {};
  for (const rule of ALL_RULES) {
    rules[rule.id] = { type: 'string', enum: severities, markdownDescription: `${rule.title}: ${rule.summary} Default: \`${rule.defaultSeverity}\`.` };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'ECQ Writer project configuration (ecq.config.json)',
    description: 'Settings for the drafts in this folder and below. Comments and trailing commas are allowed. Generated by `npm run generate` from the engine\'s defaults and rule registry.',
    type: 'object',
    // VS Code's JSON language service reads this: the config allows trailing commas.
    allowTrailingCommas: true,
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: 'The schema of this file (optional).' },
      ecqSet: { type: 'string', enum: ['2025', 'legacy', 'auto'], enumDescriptions: ['The 2025 ECQs (in force since October 1, 2025)', 'The pre-2025 ECQs (Leading Change … Building Coalitions)', 'Detect the set from each draft\'s headings'], default: DEFAULT_CONFIG.ecqSet, description: 'The ECQ set the drafts are written to.' },
      limits: { type: 'object', additionalProperties: false, properties: limits, description: 'Length limits.' },
      recencyYears: { type: 'integer', minimum: 1, maximum: 100, default: DEFAULT_CONFIG.recencyYears, description: 'Stories and positions older than this many years are stale.' },
      rules: { type: 'object', additionalProperties: false, properties: rules, default: {}, markdownDescription: 'Severity per rule: `error`, `warning`, `info`, `hint` or `off`. Rules not named keep their default. Run `ecq rules` for the list.' },
      vocabulary: { type: 'string', minLength: 1, pattern: '\\S', default: DEFAULT_VOCABULARY_FILE, description: 'The vocabulary file (terms and acronyms every reader knows), relative to this file and inside its folder.' },
      posting: { type: 'string', minLength: 1, pattern: '\\S', description: 'The job posting to compare the drafts with, relative to this file and inside its folder.' },
      page: numberGroup(PAGE, DEFAULT_CONFIG.page as unknown as Record<keyof PageSettings, number | readonly number[]>, 'How the resume is printed, for its page estimate (default: the USAJOBS format).'),
      stories: numberGroup(STORIES, DEFAULT_CONFIG.stories as unknown as Record<keyof StorySettings, number>, 'How interview stories are timed and counted.'),
      interview: numberGroup(INTERVIEW, DEFAULT_CONFIG.interview as unknown as Record<keyof InterviewSettings, number>, 'How interview answers are timed, and how many questions for the panel a file should hold.'),
    },
  };
}
