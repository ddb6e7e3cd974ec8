import { Tokens } from './tokens';
import { ADJECTIVAL_PARTICIPLES, BE_FORMS, INTERVENING_ADVERBS, isPastParticiple } from './lexicon';

/**
 * Passive verbs that hide an actor: "was implemented", "were developed by the team".
 * voice.passive reports the ones that fall in an Action part; these exemptions hold
 * wherever the sentence is:
 * - the writer is the subject: "I was asked to", "I had been selected";
 * - the participle reads as an adjective: "was located", "were concerned", "were unresolved";
 * - a modal passive states a possibility: "which estimates could be produced", "what cannot be shared";
 * - a subordinate clause gives timing, effect or manner: "before packages were submitted",
 *   "the way overtime was assigned";
 * - a relative clause in the perfect or the present describes a thing: "the staff, which had
 *   been spread out among groups" (but "which was implemented by the team" tells an event);
 * - the writer's own proposal is the subject, so someone else acted on it: "My recommendation
 *   was met with resistance", "My vision for the center was adopted";
 * - a finding is reported in a "that" clause: "I found that a large share were driven less
 *   than 3,000 miles".
 */

// "how" and "way" open a clause that describes the manner: "I changed how overtime was
// assigned", "the way it was assigned".
const SUBORDINATORS = new Set(['before', 'after', 'until', 'once', 'when', 'whenever', 'while', 'if', 'unless', 'because', 'since', 'so', 'as', 'though', 'although', 'where', 'how', 'way']);
const MODAL_BEFORE = new Set(['could', 'would', 'can', 'should', 'might', 'may', 'must', 'will', 'shall', 'to', 'cannot', "can't", "couldn't", "wouldn't", "shouldn't", "won't", "mustn't"]);
const AUXILIARIES = new Set(['had', 'has', 'have', 'will', 'would', 'could', 'should', 'might', 'must', 'also', 'then', 'not', 'never', 'soon', 'later']);
const RELATIVE_PRONOUNS = new Set(['which', 'that', 'who']);
/** Verbs that report a finding in a "that" clause: "found that…", "the data showed that…". */
const REPORTING_VERBS = new Set(['found', 'learned', 'showed', 'shown', 'discovered', 'determined', 'confirmed', 'noticed', 'realized', 'realised', 'saw', 'knew', 'concluded', 'revealed', 'indicated']);

function hasPunctuationBetween(prose: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = prose[i];
    if (c === ',' || c === ';' || c === ':' || c === '(' || c === ')' || c === '—' || c === '–') return true;
  }
  return false;
}

/** Adverbs that may stand between a modal and "be": "could not be", "might later be", "would then be". */
const BETWEEN_MODAL_AND_BE = new Set(['not', 'never', 'later', 'then', 'still', 'ever', 'soon', 'also', 'already', 'eventually', 'easily', 'only', 'all']);

/** The word before token `i`, past any adverbs of BETWEEN_MODAL_AND_BE (at most three). */
function wordBeforeAdverbs(tokens: Tokens, i: number, first: number): string {
  let k = i - 1;
  while (k > first && k >= i - 3 && BETWEEN_MODAL_AND_BE.has(tokens.lower[k]!)) k--;
  return k >= first ? tokens.lower[k]! : '';
}

export interface PassiveVerb {
  /** Offsets into the block's prose, from the form of "be" to the participle. */
  readonly start: number;
  readonly end: number;
  /** The participle, lower-case. */
  readonly verb: string;
}

export function findPassives(tokens: Tokens, prose: string, first: number, end: number): PassiveVerb[] {
  let out: PassiveVerb[] | undefined;
  const lower = tokens.lower;
  const ownProposalBe = ownProposalVerb(lower, first, end);
  for (let i = first; i < end - 1; i++) {
    const be = lower[i]!;
    if (!BE_FORMS.has(be)) continue;
    let j = i + 1;
    while (j < end && INTERVENING_ADVERBS.has(lower[j]!)) j++;
    if (j >= end) continue;
    const verb = lower[j]!;
    if (!isPastParticiple(verb) || ADJECTIVAL_PARTICIPLES.has(verb) || isNegatedState(verb)) continue;
    // "could be shared", "could not be shared", "might later be found": a possibility, not an event.
    if (be === 'be' && MODAL_BEFORE.has(wordBeforeAdverbs(tokens, i, first))) continue;
    // "no employee would lose grade or be moved": a bare "be" after "or" or "and" shares the
    // modal of the verb it is joined to.
    if (be === 'be' && (lower[i - 1] === 'or' || lower[i - 1] === 'and' || lower[i - 1] === 'nor') && modalEarlierInClause(tokens, prose, i, first)) continue;
    // "I required that any complaint … be read by an engineer": the writer's own requirement.
    if (be === 'be' && mandatedByThat(tokens, i, first)) continue;
    let s = i - 1;
    while (s >= first && AUXILIARIES.has(lower[s]!)) s--;
    if (s >= first && tokens.text[s] === 'I') continue;
    // "which had been spread out", "which is updated every week": a relative clause in the
    // perfect or the present describes a state; "which was implemented by the team" tells an event.
    if (s >= first && RELATIVE_PRONOUNS.has(lower[s]!) && (s < i - 1 || be === 'is' || be === 'are')) continue;
    // "a shared log that was updated weekly": a relative clause of habit describes the thing.
    if (s >= first && RELATIVE_PRONOUNS.has(lower[s]!) && j + 1 < end && HABITUAL.has(lower[j + 1]!)) continue;
    if (i === ownProposalBe) continue;
    let subordinate = false;
    for (let k = i - 1; k >= Math.max(first, i - 8); k--) {
      if (hasPunctuationBetween(prose, tokens.end[k]!, tokens.start[k + 1]!)) break;
      if (SUBORDINATORS.has(lower[k]!)) subordinate = true;
      // "I found that a large share were driven less than 3,000 miles": what a finding
      // showed, told as data, not an action of anyone's in the story.
      if (lower[k] === 'that' && k > first && REPORTING_VERBS.has(lower[k - 1]!)) subordinate = true;
    }
    if (subordinate) continue;
    (out ??= []).push({ start: tokens.start[i]!, end: tokens.end[j]!, verb });
  }
  return out ?? NO_PASSIVES;
}

const NO_PASSIVES: PassiveVerb[] = [];

/** Words of frequency after a participle: "updated weekly", "reviewed monthly". */
const HABITUAL = new Set(['daily', 'weekly', 'monthly', 'quarterly', 'annually', 'yearly', 'regularly', 'routinely', 'nightly', 'hourly', 'continuously']);

/** Verbs that require what a "that" clause says: "I required that…", "I insisted that…". */
const MANDATE_VERBS = new Set(['required', 'require', 'insisted', 'directed', 'ordered', 'mandated', 'demanded', 'stipulated', 'recommended', 'proposed', 'asked']);

/** Words back from a subjunctive "be" where its "that" may stand: "required that any complaint mentioning a fire … be read". */
const MANDATE_REACH = 16;

/** Whether the bare "be" at `i` is the subjunctive of a "that" clause after the writer's verb of requiring. */
function mandatedByThat(tokens: Tokens, i: number, first: number): boolean {
  for (let k = i - 1; k > first && k >= i - MANDATE_REACH; k--) {
    if (tokens.lower[k] !== 'that' || !MANDATE_VERBS.has(tokens.lower[k - 1]!)) continue;
    // The writer's own: "I required that…", "I also insisted that…"; "The auditors recommended that…" is not.
    let subject = k - 2;
    while (subject >= first && WRITER_ADVERBS.has(tokens.lower[subject]!)) subject--;
    return subject >= first && tokens.text[subject] === 'I';
  }
  return false;
}

/** Adverbs between "I" and the verb of requiring: "I also insisted". */
const WRITER_ADVERBS = new Set(['also', 'then', 'personally', 'formally', 'explicitly', 'specifically', 'always', 'later', 'first']);

/** Words back from a joined "be" where its modal may stand: "would [lose grade or] be moved". */
const JOINED_MODAL_REACH = 6;

/** Whether a modal (or "to") stands a few words before token `i`, with no punctuation between. */
function modalEarlierInClause(tokens: Tokens, prose: string, i: number, first: number): boolean {
  for (let k = i - 2; k >= Math.max(first, i - JOINED_MODAL_REACH); k--) {
    if (hasPunctuationBetween(prose, tokens.end[k]!, tokens.start[k + 1]!)) return false;
    if (MODAL_BEFORE.has(tokens.lower[k]!)) return true;
  }
  return false;
}

/** Verbs that begin with "un" and are verbs of their own: "the fraud was uncovered". */
const UN_VERBS = new Set(['uncovered', 'unveiled', 'unlocked', 'unloaded', 'unpacked', 'unleashed', 'unearthed', 'unified', 'undone', 'unsealed', 'unwound', 'unraveled', 'unravelled', 'unplugged', 'untangled']);

/** "were unresolved", "was unfunded", "went unanswered": "un" and a participle describe a state, not an event. */
function isNegatedState(participle: string): boolean {
  return participle.startsWith('un') && !participle.startsWith('under') && !UN_VERBS.has(participle) && isPastParticiple(participle.slice(2));
}

const CLAUSE_JOINERS = new Set(['and', 'but', 'or', 'while', 'then', 'so', 'because']);
const CLAUSE_SUBJECTS = new Set(['i', 'we', 'they', 'he', 'she', 'it', 'the', 'this', 'these', 'those', 'our', 'their', 'my']);

/**
 * "My recommendation to create the office was accepted": where a sentence opens with "my"
 * and its first form of "be" comes before any other clause begins, that verb's subject is
 * the writer's own proposal, vision or plan, and someone else acted on it. The index of that
 * form of "be", or -1.
 */
function ownProposalVerb(lower: readonly string[], first: number, end: number): number {
  if (lower[first] !== 'my') return -1;
  for (let i = first + 1; i < end; i++) {
    // "and I", "but the board": a new clause; "policies, and administrative structure": a list.
    if (CLAUSE_JOINERS.has(lower[i]!) && CLAUSE_SUBJECTS.has(lower[i + 1] ?? '')) return -1;
    if (BE_FORMS.has(lower[i]!)) return i;
  }
  return -1;
}
