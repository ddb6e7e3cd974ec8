import { Tokens } from './tokens';
import { ADJECTIVAL_PARTICIPLES, BE_FORMS, INTERVENING_ADVERBS, isPastParticiple } from './lexicon';

/**
 * Passive verbs that hide an actor: "was implemented", "were developed by the team".
 * voice.passive reports the ones that fall in an Action part; these exemptions hold
 * wherever the sentence is:
 * - the writer is the subject: "I was asked to", "I had been selected";
 * - the participle reads as an adjective: "was located", "were concerned";
 * - a modal passive states a possibility: "which estimates could be produced";
 * - a subordinate clause gives timing or effect: "before packages were submitted".
 */

const SUBORDINATORS = new Set(['before', 'after', 'until', 'once', 'when', 'whenever', 'while', 'if', 'unless', 'because', 'since', 'so', 'as', 'though', 'although', 'where']);
const MODAL_BEFORE = new Set(['could', 'would', 'can', 'should', 'might', 'may', 'must', 'will', 'shall', 'to']);
const AUXILIARIES = new Set(['had', 'has', 'have', 'will', 'would', 'could', 'should', 'might', 'must', 'also', 'then', 'not', 'never', 'soon', 'later']);

function hasPunctuationBetween(prose: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = prose[i];
    if (c === ',' || c === ';' || c === ':' || c === '(' || c === ')' || c === '—' || c === '–') return true;
  }
  return false;
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
  for (let i = first; i < end - 1; i++) {
    const be = lower[i]!;
    if (!BE_FORMS.has(be)) continue;
    let j = i + 1;
    while (j < end && INTERVENING_ADVERBS.has(lower[j]!)) j++;
    if (j >= end) continue;
    const verb = lower[j]!;
    if (!isPastParticiple(verb) || ADJECTIVAL_PARTICIPLES.has(verb)) continue;
    if (be === 'be' && MODAL_BEFORE.has(tokens.word(i - 1))) continue;
    let s = i - 1;
    while (s >= first && AUXILIARIES.has(lower[s]!)) s--;
    if (s >= first && tokens.text[s] === 'I') continue;
    let subordinate = false;
    for (let k = i - 1; k >= Math.max(first, i - 8); k--) {
      if (hasPunctuationBetween(prose, tokens.end[k]!, tokens.start[k + 1]!)) break;
      if (SUBORDINATORS.has(lower[k]!)) subordinate = true;
    }
    if (subordinate) continue;
    (out ??= []).push({ start: tokens.start[i]!, end: tokens.end[j]!, verb });
  }
  return out ?? NO_PASSIVES;
}

const NO_PASSIVES: PassiveVerb[] = [];
