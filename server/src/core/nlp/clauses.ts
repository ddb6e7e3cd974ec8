import { Token } from './tokens';
import { INTERVENING_ADVERBS, isActionVerbForm, MODALS, SETUP_VERBS } from './lexicon';

/**
 * Who does what in a sentence, found without a parser: a subject pronoun ("I", "we",
 * "our team", "my team and I") followed, after optional adverbs, by a verb form.
 */

export type SubjectKind = 'i' | 'we';

export interface SubjectVerb {
  readonly subject: SubjectKind;
  /** Token indices: first token of the subject, and the verb. */
  readonly subjectToken: number;
  readonly subjectEndToken: number;
  readonly verbToken: number;
  /** "I was", "I became", "I inherited": scene-setting, not an action. */
  readonly setup: boolean;
  /** "I could not", "we were unable": a difficulty, which is challenge evidence. */
  readonly negatedAbility: boolean;
  /** The subject opens a main clause, not a relative clause ("the controls I put in place"). */
  readonly mainClause: boolean;
}

/** Group subjects other than "we" that the board reads as "not I". */
const GROUP_SUBJECTS: readonly (readonly string[])[] = [
  ['my', 'team', 'and', 'i'],
  ['my', 'staff', 'and', 'i'],
  ['the', 'team', 'and', 'i'],
  ['our', 'team'],
  ['our', 'teams'],
  ['our', 'office'],
  ['our', 'staff'],
  ['our', 'group'],
  ['our', 'division'],
  ['our', 'branch'],
  ['our', 'organization'],
  ['our', 'agency'],
];

/** Sentence openers after which the first "I" is still the main subject: "In 2019 I led". */
const INTRODUCTORY = new Set([
  'in', 'after', 'before', 'during', 'within', 'over', 'by', 'when', 'because', 'since', 'as', 'following',
  'once', 'while', 'on', 'at', 'to', 'for', 'with', 'upon', 'through', 'throughout', 'from', 'until', 'last',
  'early', 'late', 'later', 'next', 'then', 'first', 'second', 'third', 'finally', 'instead', 'rather',
  'although', 'though', 'if', 'given', 'recognizing', 'knowing', 'seeing', 'working', 'starting', 'beginning',
]);

const CONJUNCTIONS = new Set(['and', 'but', 'so', 'then', 'yet', 'or', 'nor', 'because', 'when', 'after', 'once', 'until', 'while', 'where', 'since', 'although', 'though', 'if']);

/** "Phase I", "Title I": a Roman numeral, not the pronoun. */
const NUMERAL_HEADS = new Set(['phase', 'title', 'tier', 'level', 'part', 'stage', 'section', 'chapter', 'class', 'category', 'schedule', 'war', 'type', 'group', 'area', 'region', 'grade', 'volume', 'appendix', 'annex', 'option', 'increment', 'block', 'step']);

const CAUSATIVE_OBJECTS = new Set(['my', 'our', 'the', 'each', 'every', 'all', 'them', 'him', 'her', 'both', 'staff', 'teams', 'managers', 'supervisors']);

function hasPunctuationBetween(prose: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = prose[i]!;
    if (c === ',' || c === ';' || c === ':' || c === '(' || c === ')' || c === '—' || c === '–' || c === '"' || c === '“') return true;
  }
  return false;
}

function isMainClause(tokens: readonly Token[], prose: string, first: number, k: number): boolean {
  if (k === first) return true;
  const prev = tokens[k - 1]!;
  if (hasPunctuationBetween(prose, prev.end, tokens[k]!.start)) return true;
  if (CONJUNCTIONS.has(prev.lower)) return true;
  if (INTRODUCTORY.has(tokens[first]!.lower) || /^\d/.test(tokens[first]!.text)) {
    // "After the recovery I led": an introductory phrase with no verb of its own.
    for (let j = first; j < k; j++) {
      const w = tokens[j]!.lower;
      if (SETUP_VERBS.has(w) && w !== 'had' && w !== 'found') return false;
      if (w.length > 4 && w.endsWith('ed') && j > first) return false;
    }
    return true;
  }
  return false;
}

export function findSubjectVerbs(tokens: readonly Token[], prose: string, first: number, end: number): SubjectVerb[] {
  const out: SubjectVerb[] = [];
  for (let k = first; k < end; k++) {
    const t = tokens[k]!;
    let subject: SubjectKind | undefined;
    let subjectEnd = k + 1;
    if (t.text === 'I') {
      if (k > first && NUMERAL_HEADS.has(tokens[k - 1]!.lower) && !hasPunctuationBetween(prose, tokens[k - 1]!.end, t.start)) continue;
      subject = 'i';
    } else if (t.lower === 'we') {
      subject = 'we';
    } else {
      for (const group of GROUP_SUBJECTS) {
        if (k + group.length <= end && group.every((w, i) => tokens[k + i]!.lower === w)) {
          subject = 'we';
          subjectEnd = k + group.length;
          break;
        }
      }
    }
    if (!subject) continue;
    let v = subjectEnd;
    let negated = false;
    while (v < end && (INTERVENING_ADVERBS.has(tokens[v]!.lower) || tokens[v]!.lower === 'not' || tokens[v]!.lower === 'never' || tokens[v]!.lower === 'did' || tokens[v]!.lower === "didn't" || tokens[v]!.lower === 'also')) {
      if (tokens[v]!.lower === 'not' || tokens[v]!.lower === "didn't" || tokens[v]!.lower === 'never') negated = true;
      v++;
    }
    if (v >= end) continue;
    const verb = tokens[v]!.lower;
    let setup = false;
    let negatedAbility = false;
    if (MODALS.has(verb) || verb === "couldn't" || verb === "can't" || verb === 'cannot') {
      const after = tokens[v + 1]?.lower;
      negatedAbility = after === 'not' || verb.endsWith("n't") || verb === 'cannot';
      setup = negatedAbility;
    } else if (verb === 'had' && CAUSATIVE_OBJECTS.has(tokens[v + 1]?.lower ?? '')) {
      // "I had my teams rebuild the plan" is causative, an action; "I had 57 vacancies" sets
      // the scene. After "the", only a verb two words on ("had the vendor reconfigure") makes
      // it causative.
      const verbAfterObject = tokens[v + 3] !== undefined && isActionVerbForm(tokens[v + 3]!.lower);
      setup = tokens[v + 1]!.lower === 'the' && !verbAfterObject;
    } else if (SETUP_VERBS.has(verb)) {
      setup = true;
    } else if (!isActionVerbForm(verb)) {
      continue;
    }
    if (negated && !setup && subject === 'i' && (verb === 'have' || verb === 'know')) setup = true;
    out.push({
      subject,
      subjectToken: k,
      subjectEndToken: subjectEnd,
      verbToken: v,
      setup,
      negatedAbility,
      mainClause: subject === 'we' || isMainClause(tokens, prose, first, k),
    });
  }
  return out;
}
