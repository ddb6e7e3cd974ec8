import { Tokens } from './tokens';
import { ACTION_VERB_BASES, INTERVENING_ADVERBS, IRREGULAR_PAST, isActionVerbForm, MODALS, SETUP_VERBS, SMALL_NUMBER_WORDS } from './lexicon';

/** "lead", "directs"; not "set" or "cut", whose past is the same word. */
function isPresentTense(verb: string): boolean {
  if (IRREGULAR_PAST.has(verb)) return false;
  return ACTION_VERB_BASES.has(verb) || (verb.endsWith('s') && ACTION_VERB_BASES.has(verb.slice(0, -1)));
}

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
  /** "I could not", "I faced", "I noticed that…": a difficulty, which is challenge evidence, not scene-setting. */
  readonly difficulty: boolean;
  /** The subject opens a main clause, not a relative clause ("the controls I put in place"). */
  readonly mainClause: boolean;
  /** "I manage", "I lead": the present tense describes the writer's standing role. */
  readonly role: boolean;
  /** "I have designed", "I have a record of": a career summary rather than one event. */
  readonly perfect: boolean;
  /** "I would bring the same discipline here", "I will": what the writer would do, not what they did. */
  readonly hypothetical: boolean;
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

/** The group subjects by their first word: "the" is the commonest word of all, and one group starts with it. */
const GROUPS_BY_FIRST_WORD: ReadonlyMap<string, readonly (readonly string[])[]> = GROUP_SUBJECTS.reduce((map, group) => map.set(group[0]!, [...(map.get(group[0]!) ?? []), group]), new Map<string, (readonly string[])[]>());

/** Sentence openers after which the first "I" is still the main subject: "In 2019 I led". */
const INTRODUCTORY = new Set([
  'in', 'after', 'before', 'during', 'within', 'over', 'by', 'when', 'because', 'since', 'as', 'following',
  'once', 'while', 'on', 'at', 'to', 'for', 'with', 'upon', 'through', 'throughout', 'from', 'until', 'last',
  'early', 'late', 'later', 'next', 'then', 'first', 'second', 'third', 'finally', 'instead', 'rather',
  'although', 'though', 'if', 'given', 'recognizing', 'knowing', 'seeing', 'working', 'starting', 'beginning',
]);

/** Nouns a relative clause often follows: "the office I lead", "the plan I wrote". */
const RELATIVE_HEADS = new Set([
  'office', 'offices', 'organization', 'team', 'teams', 'branch', 'division', 'center', 'centre', 'program', 'programs', 'agency',
  'bureau', 'unit', 'group', 'staff', 'system', 'systems', 'project', 'projects', 'region', 'department', 'command', 'directorate',
  'service', 'services', 'portfolio', 'contract', 'contracts', 'budget', 'plan', 'plans', 'policy', 'process', 'people',
  'employees', 'controls', 'clause', 'test', 'tool', 'approach', 'strategy', 'model', 'changes', 'work',
  // What a group settles on: "the three measures we agreed on", "the targets we set".
  'measures', 'metrics', 'goals', 'targets', 'standards', 'steps', 'priorities', 'options', 'principles', 'rules', 'terms', 'decisions',
  // Spans of time: "the 10 months we spent writing the report".
  'months', 'years', 'weeks', 'days', 'hours', 'time', 'period', 'report', 'reports', 'way', 'issues', 'problems',
]);

/** States of difficulty: what the writer faced, not what they did or who they were. */
/**
 * Verbs that bring in the challenge rather than set the scene or act: what the writer
 * faced, feared or found out ("I noticed that our reviews kept missing deadlines").
 */
const DIFFICULTY_VERBS = new Set([
  'faced', 'lacked', 'disagreed', 'worried', 'feared', 'struggled', 'doubted', 'noticed', 'realized', 'realised',
  'discovered', 'learned', 'learnt', 'saw', 'found',
]);

/** "leading", "directing", "negotiating": the -ing form of an action verb. */
function isProgressiveAction(word: string): boolean {
  if (!word.endsWith('ing') || word.length < 6) return false;
  const stem = word.slice(0, -3);
  return ACTION_VERB_BASES.has(stem) || ACTION_VERB_BASES.has(`${stem}e`) || (stem.length > 3 && stem[stem.length - 1] === stem[stem.length - 2] && ACTION_VERB_BASES.has(stem.slice(0, -1)));
}

const FACED = new Set(['faced', 'confronted', 'challenged', 'tasked', 'charged']);

/** "and I decided": a coordinated main clause. */
const COORDINATORS = new Set(['and', 'but', 'so', 'then', 'yet', 'or', 'nor']);
/** "When I arrived, …": a subordinate clause; its verb is not the sentence's main action or scene. */
const SUBORDINATORS = new Set(['because', 'when', 'after', 'once', 'until', 'while', 'where', 'since', 'although', 'though', 'if', 'before', 'as', 'whenever', 'unless']);

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

function isMainClause(tokens: Tokens, prose: string, first: number, k: number): boolean {
  if (k === first) return true;
  const lower = tokens.lower;
  if (SUBORDINATORS.has(lower[k - 1]!)) return false;
  if (hasPunctuationBetween(prose, tokens.end[k - 1]!, tokens.start[k]!)) return true;
  if (COORDINATORS.has(lower[k - 1]!)) return true;
  if (INTRODUCTORY.has(lower[first]!) || /^\d/.test(tokens.text[first]!)) {
    // "After the recovery I led": a short introductory phrase with no verb of its own. A
    // long one, or one that ends in a noun that takes a relative clause, is the subject:
    // "In January 2024 the state office I lead received…".
    if (k - first > 5 || RELATIVE_HEADS.has(lower[k - 1]!)) return false;
    for (let j = first; j < k; j++) {
      const w = lower[j]!;
      if (SETUP_VERBS.has(w) && w !== 'had' && w !== 'found') return false;
      if (w.length > 4 && w.endsWith('ed') && j > first) return false;
    }
    return true;
  }
  return false;
}

const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'each', 'every', 'all', 'any']);

/**
 * "the 10 months we spent on the report", "the plan we wrote": "we" right after a noun that
 * a determiner opened describes that noun. "Within six months we reduced…" and "At the same
 * time we cut…" are introductions to the main clause.
 */
function weDescribesNoun(tokens: Tokens, prose: string, first: number, k: number): boolean {
  if (k <= first || !RELATIVE_HEADS.has(tokens.lower[k - 1]!)) return false;
  if (hasPunctuationBetween(prose, tokens.end[k - 1]!, tokens.start[k]!)) return false;
  if (tokens.lower[k - 1] === 'time' && tokens.lower[k - 2] === 'same') return false;
  for (let j = k - 2; j >= first && j >= k - 4; j--) {
    if (DETERMINERS.has(tokens.lower[j]!)) return true;
    // A count opens the noun as a determiner does ("using three measures we agreed on"), but
    // not after a preposition that introduces the clause: "Within three months we cut…".
    if ((COUNT_OPENERS.has(tokens.lower[j]!) || /^\d/.test(tokens.text[j]!)) && !(j > first ? INTRODUCTORY.has(tokens.lower[j - 1]!) : true)) return true;
  }
  return false;
}

/** Counts that open a noun: "three measures we agreed on", "several sites we visited". */
const COUNT_OPENERS: ReadonlySet<string> = new Set([...SMALL_NUMBER_WORDS, 'several', 'few', 'many', 'both']);

/** Words that open a clause which is the object of a verb: "I changed how we measured success". */
const CONTENT_CLAUSE_OPENERS = new Set(['how', 'what', 'where', 'why', 'whether']);
/** Words back to the "I" whose verb the content clause completes. */
const CONTENT_CLAUSE_REACH = 6;

/**
 * "I changed how we measured success", "I showed them where we stood": "we" opens a clause
 * that is the object of the writer's own verb, so the action reported is the writer's. Only
 * when an "I" stands a few words before, with no punctuation between: "Here is how we did it"
 * still hides who acted.
 */
function weInContentClause(tokens: Tokens, prose: string, first: number, k: number): boolean {
  if (k <= first || !CONTENT_CLAUSE_OPENERS.has(tokens.lower[k - 1]!)) return false;
  if (hasPunctuationBetween(prose, tokens.end[k - 1]!, tokens.start[k]!)) return false;
  for (let j = k - 2; j >= first && j >= k - CONTENT_CLAUSE_REACH; j--) {
    if (hasPunctuationBetween(prose, tokens.end[j]!, tokens.start[j + 1]!)) return false;
    if (tokens.lower[j] === 'i' && tokens.text[j] === 'I') return true;
  }
  return false;
}

const NO_SUBJECTS: SubjectVerb[] = [];

export function findSubjectVerbs(tokens: Tokens, prose: string, first: number, end: number): readonly SubjectVerb[] {
  let out: SubjectVerb[] | undefined;
  const lower = tokens.lower;
  const text = tokens.text;
  for (let k = first; k < end; k++) {
    const word = lower[k]!;
    // Subjects start with i, w, m, o or t ("I", "we", "my team", "our team", "the team").
    const c = word.charCodeAt(0);
    if (c !== 105 && c !== 119 && c !== 109 && c !== 111 && c !== 116) continue;
    let subject: SubjectKind | undefined;
    let subjectEnd = k + 1;
    if (word === 'i' && text[k] === 'I') {
      if (k > first && NUMERAL_HEADS.has(tokens.word(k - 1)) && !hasPunctuationBetween(prose, tokens.end[k - 1]!, tokens.start[k]!)) continue;
      subject = 'i';
    } else if (word === 'we') {
      subject = 'we';
    } else {
      const groups = GROUPS_BY_FIRST_WORD.get(word);
      if (groups) {
        for (const group of groups) {
          if (k + group.length > end) continue;
          // "the team and I" is one subject; "…who supported the team, and I chaired…" is two clauses.
          let i = 1;
          while (i < group.length && lower[k + i] === group[i] && !hasPunctuationBetween(prose, tokens.end[k + i - 1]!, tokens.start[k + i]!)) i++;
          if (i === group.length) {
            subject = 'we';
            subjectEnd = k + group.length;
            break;
          }
        }
      }
    }
    if (!subject) continue;
    let v = subjectEnd;
    let negated = false;
    // Skip adverbs and negation: "I also personally led", "I did not accept". "did" is
    // skipped only as an auxiliary; in "we did it" it is the verb.
    for (;;) {
      if (v >= end) break;
      const w = lower[v]!;
      const auxiliaryDid = (w === 'did' && tokens.word(v + 1) === 'not') || w === "didn't";
      if (!(INTERVENING_ADVERBS.has(w) || w === 'not' || w === 'never' || auxiliaryDid)) break;
      if (w === 'not' || w === "didn't" || w === 'never') negated = true;
      v++;
    }
    if (v >= end) continue;
    const verb = lower[v]!;
    let setup = false;
    let negatedAbility = false;
    let role = false;
    const perfect = subject === 'i' && (verb === 'have' || verb === 've');
    if (MODALS.has(verb) || verb === "couldn't" || verb === "can't" || verb === 'cannot') {
      const after = tokens.word(v + 1);
      negatedAbility = after === 'not' || verb.endsWith("n't") || verb === 'cannot';
      // "we would have to make cuts": what the team might or must do is not what it did.
      setup = negatedAbility || subject === 'we';
    } else if (verb === 'had' && CAUSATIVE_OBJECTS.has(tokens.word(v + 1))) {
      // "I had my teams rebuild the plan" is causative, an action; "I had 57 vacancies" sets
      // the scene. After "the", only a verb two words on ("had the vendor reconfigure") makes
      // it causative.
      const verbAfterObject = v + 3 < end && !lower[v + 3]!.includes('-') && isActionVerbForm(lower[v + 3]!);
      setup = tokens.word(v + 1) === 'the' && !verbAfterObject;
    } else if (DIFFICULTY_VERBS.has(verb)) {
      setup = true;
      negatedAbility = true;
    } else if ((verb === 'was' || verb === 'were') && FACED.has(tokens.word(v + 1) === 'immediately' ? tokens.word(v + 2) : tokens.word(v + 1))) {
      // "I was immediately faced with a mandate to cut $25 million": the challenge arrives.
      setup = true;
      negatedAbility = true;
    } else if (subject === 'i' && (verb === 'am' || verb === 'was') && isProgressiveAction(tokens.word(v + 1))) {
      // "Most recently, I am leading the transition of 38 offices": an action under way.
      setup = false;
    } else if (SETUP_VERBS.has(verb)) {
      // "I was able to secure the commitment" reports that the writer secured it.
      setup = !(subject === 'i' && (verb === 'was' || verb === 'were') && tokens.word(v + 1) === 'able' && tokens.word(v + 2) === 'to' && v + 3 < end && isActionVerbForm(lower[v + 3]!));
    } else if (verb === 'used' && tokens.word(v + 1) === 'to') {
      // "We used to meet weekly": a habit of the past, the scene; "we used the system" acts.
      setup = true;
    } else if (!isActionVerbForm(verb)) {
      continue;
    } else if (subject === 'i' && isPresentTense(verb)) {
      // "where I lead 230 staff": narratives tell actions in the past tense; the present
      // describes the writer's role, which is context.
      setup = true;
      role = true;
    }
    if (negated && !setup && subject === 'i' && (verb === 'have' || verb === 'know')) setup = true;
    (out ??= []).push({
      subject,
      subjectToken: k,
      subjectEndToken: subjectEnd,
      verbToken: v,
      setup,
      difficulty: negatedAbility,
      // "We" opens a main clause unless it follows a noun it describes ("the months we spent").
      mainClause: subject === 'we' ? !weDescribesNoun(tokens, prose, first, k) && !weInContentClause(tokens, prose, first, k) : isMainClause(tokens, prose, first, k),
      role,
      perfect,
      hypothetical: subject === 'i' && (verb === 'would' || verb === 'will'),
    });
  }
  return out ?? NO_SUBJECTS;
}
