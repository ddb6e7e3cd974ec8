import { RuleId } from '../rules/types';

/**
 * What a board's or coach's remark speaks to, as data: the phrases that name a problem, and the
 * rules whose findings are that problem. `evidence` is the competency evidence of the ECQ (the
 * readiness score's coverage part): "too technical", "not executive-level" and "does not address
 * <competency>" are judged there, not by one rule.
 *
 * Phrases are matched as whole words in the remark's lowercased text with punctuation dropped
 * (a quoted "we" is the token `quoted-we`, see `wordsOf` in `remarks.ts`). The sources of the wording are the QRB's common
 * reasons for failing an ECQ (ses-domain.md §3 and §3.2).
 */
export type RemarkTarget = RuleId | 'evidence';

export interface RemarkPhraseRow {
  readonly phrases: readonly string[];
  readonly targets: readonly RemarkTarget[];
}

export const REMARK_PHRASES: readonly RemarkPhraseRow[] = [
  {
    // "Weak or unquantified results that do not show scope and impact."
    phrases: ['not quantified', 'unquantified', 'quantify', 'quantified', 'quantifiable', 'no metrics', 'metrics', 'measurable results', 'not measurable', 'measurable', 'percentage', 'as a percentage', 'no figures', 'figures are not given', 'budget figures', 'dollars or hours', 'no numbers', 'numbers', 'scope or impact', 'scope and impact'],
    targets: ['result.unquantified'],
  },
  {
    // "Stories older than 10 years"; "recent, executive-level experience".
    phrases: ['too old', 'dated', 'outdated', 'years old', 'recent', 'more recent', 'recency', 'ten-year', 'ten year', 'dates from', 'older than', 'more than ten years', 'more than 10 years', 'old example', 'old story'],
    targets: ['recency.stale'],
  },
  {
    phrases: ['team effort', 'role is unclear', 'role unclear', 'own role', 'your role', 'personally did', 'what you personally', 'individual contribution', 'who did what', 'quoted-we'],
    targets: ['voice.we'],
  },
  {
    // "Too technical, or reads like project management"; "not executive-level".
    phrases: ['too technical', 'technical expertise', 'technical rather than', 'not executive', 'not at the executive level', 'executive level', 'executive-level', 'executive role', 'project management', 'rather than leadership', 'rather than executive leadership', 'does not address', 'doesn\'t address', 'not addressed', 'addressed only in passing', 'in passing', 'not demonstrated', 'does not demonstrate', 'doesn\'t demonstrate', 'no vision', 'someone else\'s plan'],
    targets: ['evidence'],
  },
  {
    phrases: ['too long', 'page limit', 'exceeds the limit', 'over the limit', 'over length', 'too many pages', 'shorten', 'longer than', 'will not fit', 'won\'t fit', 'does not fit'],
    targets: ['length.over-limit'],
  },
  {
    // "Agency jargon and acronyms ('inside baseball')".
    phrases: ['acronym', 'acronyms', 'jargon', 'spell out', 'spelling them out', 'spelling it out', 'spell it out', 'spelled out', 'without defining', 'inside baseball', 'abbreviations'],
    targets: ['acronym.undefined'],
  },
  { phrases: ['wordy', 'wordiness', 'verbose', 'padded', 'tighten', 'long sentences', 'break them up', 'run-on'], targets: ['plain.wordy'] },
  { phrases: ['passive', 'passive voice'], targets: ['voice.passive'] },
  { phrases: ['vague', 'vague quantities'], targets: ['claim.vague-quantifier'] },
  {
    // "General philosophy instead of a specific story."
    phrases: ['philosophy', 'general statements', 'not specific', 'too general', 'generic'],
    targets: ['claim.philosophy'],
  },
  { phrases: ['too many examples', 'two examples are', 'keeping only', 'keep only one', 'only one example', 'a single example'], targets: ['ecq.too-many-examples'] },
  { phrases: ['weak verbs', 'responsible for'], targets: ['phrase.weak'] },
];

/**
 * CCAR: a part named in the same clause as a word that says it is lacking ("the Challenge and
 * Context are not evident", "missing the actions you took"). "CCAR" itself with such a word, and
 * no part named anywhere in the remark, speaks to every part.
 */
export const CCAR_PART_WORDS: Readonly<Record<'challenge' | 'context' | 'action', readonly string[]>> = {
  challenge: ['challenge', 'challenges', 'problem statement'],
  context: ['context', 'situation', 'background'],
  action: ['action', 'actions', 'actions you took', 'actions taken'],
};

/** The Result part is named by these alone: "results" is as often the figure (result.unquantified). */
export const CCAR_RESULT_MISSING: readonly string[] = ['no result', 'no results', 'missing the result', 'missing the results', 'result is missing', 'results are missing', 'outcome is missing', 'no outcome', 'without a result'];

export const CCAR_WORDS: readonly string[] = ['ccar', 'car model', 'ccar model', 'ccar format', 'star'];

export const LACKING_WORDS: readonly string[] = [
  'not evident', 'not clear', 'unclear', 'missing', 'lacks', 'lacking', 'absent', 'no clear', 'not described', 'not explained', 'does not follow', 'doesn\'t follow', 'not follow', 'weak', 'thin', 'jumps', 'not stated', 'not shown', 'not apparent', 'little detail', 'too little', 'insufficient', 'not enough', 'needs more', 'no', 'without',
];

/** Headings and openings that mean the whole package, not one ECQ. */
export const PACKAGE_WORDS: readonly string[] = ['general', 'overall', 'package', 'whole package', 'all ecqs', 'throughout', 'format', 'formatting', 'general comments', 'overall comments'];

/** A paragraph with one of these introduces the remarks rather than making one. */
export const INTRO_WORDS: readonly string[] = ['following comments', 'following remarks', 'following notes', 'comments below', 'remarks below', 'notes below', 'with the following'];

/**
 * The short names coaches give ECQs in notes ("LP example 2 is dated"), matched in capitals as
 * whole words only: "ba" or "lc" in lower case are other words.
 */
export const ECQ_ABBREVIATIONS: Readonly<Record<'2025' | 'legacy', Readonly<Record<string, number>>>> = {
  legacy: { LC: 1, LP: 2, RD: 3, BA: 4, BC: 5 },
  '2025': { DE: 2, MC: 3, LP: 4, AR: 5 },
};

/** Words of praise: a remark with these and none of criticism or lack speaks to no rule. */
export const PRAISE_WORDS: readonly string[] = ['well', 'strong', 'good', 'excellent', 'clear', 'clearly', 'effective', 'compelling', 'solid', 'nicely', 'fine', 'meets', 'meets the ecq'];

export const CRITICISM_WORDS: readonly string[] = ['not', 'too', 'but', 'however', 'although', 'needs', 'need', 'should', 'could', 'lack', 'lacks', 'more', 'less', 'only', 'than', 'instead', 'rather', 'unclear', 'dated', 'old', 'long', 'vague', 'generic', 'jargon', 'acronyms', 'wordy', 'passive'];
