import { COMPETENCY_KEY_WORDS, COMPETENCY_QUESTION_CUES, DEFINITION_FILLER_WORDS, ECQ_KEY_WORDS, ECQ_QUESTION_CUES, GENERAL_QUESTION_CUES, KEY_WORDS_COMMON_ELSEWHERE, TQ_SYNONYMS } from '../domain/interviewCues';
import { ECQ_SETS, EcqDefinition, EcqSetId } from '../domain/ecqSets';
import { matchEcqHeading, matchTqHeading, resolveEcq, setOfHeading } from '../domain/headings';
import { GENERIC_POSTING_WORDS } from '../posting/lexicon';
import { cueHits } from '../evidence/competencies';
import type { PostingAnalysis, PostingTq } from '../posting/posting';
import { splitQuestion } from './parts';
import { allStems, contentStems, STOP_WORDS, StemIndex, StemPhrase, stemOf, stemPhrase } from './words';

/**
 * What an interview question asks about: an ECQ of the set (and which of its competencies),
 * a TQ of the linked posting, or nothing in particular (a general question such as "Why
 * do you want this position?"). Issue 13; ses-domain.md §3.1: agency panels ask one
 * competency from each ECQ plus TQ questions.
 *
 * How it decides, in order:
 * 1. **Named outright.** "TQ 2" or "MTQ 1" in the question, or in the heading that groups
 *    it, is that TQ. "ECQ 4", or an ECQ's name in the grouping heading ("## ECQ 4: Leading
 *    People"), is that ECQ.
 * 2. **General.** A question that matches a general phrase (`GENERAL_QUESTION_CUES`:
 *    "why do you want", "tell us about yourself", "strengths and weaknesses"…) is general
 *    unless it names an ECQ or a competency.
 * 3. **TQ by wording.** Against each TQ of the linked posting: the question's content words
 *    (stems, posting boilerplate such as "demonstrated experience" left out) that the TQ
 *    also uses, a word among the TQ's key terms counting twice. A TQ sharing at least
 *    `TQ_MIN_SHARED` words, and at least `TQ_MIN_SHARE` of the question's content words,
 *    is the question's TQ (the one sharing most, if several).
 * 4. **ECQ by cues.** Each ECQ of the set scores the weights of the distinct cues of its
 *    competencies (`COMPETENCY_QUESTION_CUES`) and of itself (`ECQ_QUESTION_CUES`) that the
 *    question uses, matched by stem, phrase by phrase; naming a competency scores
 *    `NAMED_COMPETENCY`, and each word that shows the competency in an answer
 *    (`competencyCues.ts`, "mainframe", "grievance") scores `EVIDENCE_CUE_WEIGHT`. The best
 *    ECQ wins if it scores at all (`ECQ_MIN_SCORE`); a question with no cue is general.
 *    Every question of an SES panel comes from an ECQ or a TQ except the few about the
 *    candidate, which step 2 has already taken. Ties go to the ECQ whose competencies score
 *    more.
 * 5. **Competencies probed:** those of the chosen ECQ whose cues score at least half the
 *    best one's. **Key words:** the ECQ's own terms, as ses-domain.md §1 gives them: the
 *    content words of the probed competencies' names, then of the ECQ's name and
 *    definition, then of its other competencies' names; for a TQ, its key terms as the
 *    posting writes them. `languageOf` adds the words a candidate says for the same things.
 */

export type QuestionCategory = 'ecq' | 'tq' | 'general';

export interface Classification {
  readonly category: QuestionCategory;
  /** The ECQ, when the category is `ecq`. */
  readonly ecq: EcqDefinition | undefined;
  /** The TQ's label ("MTQ 2"), when the category is `tq`. */
  readonly tq: string | undefined;
  /** The posting's TQ, when a linked posting has it. */
  readonly postingTq: PostingTq | undefined;
  /** Competencies the question probes, most probed first. */
  readonly competencies: readonly string[];
  /** Words the answer should use. */
  readonly keyWords: readonly string[];
  /** The cues or shared words that decided, for a hover. */
  readonly evidence: readonly string[];
  /** How it was decided. */
  readonly basis: 'named' | 'general' | 'cues' | 'tq-wording' | 'no-cues';
}

/** Naming a competency ("Developing Others") is worth this much: about two strong cues. */
const NAMED_COMPETENCY = 5;
/** An answer-evidence cue (competencyCues.ts) in a question: weaker than a question cue, which was written for questions. */
const EVIDENCE_CUE_WEIGHT = 1;
/**
 * The least score that makes a question an ECQ's: any cue. A higher bar for questions that
 * do not ask for a story ("How do you develop your successors?", "Looking out five years…,
 * where should this service be putting its bets?") sent ECQ questions to general and kept no
 * general question general that its cues had not: over eight blind sets and the dev set, all
 * 60 general questions are caught by `GENERAL_QUESTION_CUES` or have no cue at all.
 */
const ECQ_MIN_SCORE = 1;
/**
 * A general phrase ("your first ninety days", "what would you bring") gives way to a scene
 * whose ECQ cues score this much: three strong cues ("culture", "union", "grievance"), far
 * more than the odd word a question about the candidate shares with an ECQ.
 */
const SCENE_OVER_GENERAL = 6;
/** Content words a question must share with a TQ: fewer is a coincidence of topic ("manage", "system"). */
const TQ_MIN_SHARED = 3;
/** ... and the share of its content words they must be, so a long ECQ question that mentions the TQ's field in passing stays an ECQ question. */
const TQ_MIN_SHARE = 0.3;
/** With a key phrase of the TQ in it (one with a word of its own, not "project management"), one shared content word will do: the phrase's. */
const TQ_MIN_SHARED_WITH_PHRASE = 1;
/** A key phrase outweighs a shared word: it is what sets this TQ apart from the others. */
const TQ_PHRASE_WEIGHT = 3;
/** Key words offered for one question: more than this is a list, not a reminder. */
const MAX_KEY_WORDS = 8;

interface CompiledSet {
  readonly ecqs: readonly { ecq: EcqDefinition; cues: readonly StemPhrase[]; competencies: readonly CompiledCompetency[] }[];
}

const compiledSets = new Map<EcqSetId, CompiledSet>();
let generalCues: readonly StemPhrase[] | undefined;
let genericPostingStems: ReadonlySet<string> | undefined;

/** Cues with the same stems ("decision", "decisions") are one cue, at the higher weight. */
function compileCues(cues: readonly string[]): StemPhrase[] {
  const byStems = new Map<string, StemPhrase>();
  for (const cue of cues.map(stemPhrase)) {
    const key = cue.stems.join(' ');
    const known = byStems.get(key);
    if (!known || known.weight < cue.weight) byStems.set(key, cue);
  }
  return [...byStems.values()];
}

/**
 * Follow-up questions every behavioural question may end with ("What was the result?",
 * "What did you learn?"): they ask for the story's end, not for a topic, so they do not
 * count as cues ("result" would otherwise point at Achieving Results).
 */
const FOLLOW_UPS = /\b(?:what|how)[ \t]+(?:was|were|is|did[ \t]+you[ \t]+measure)[ \t]+(?:the[ \t]+|your[ \t]+)?(?:result|outcome|impact|end result)s?\b|\bwhat[ \t]+(?:did[ \t]+you|have[ \t]+you)[ \t]+learn(?:ed)?\b|\bwhat[ \t]+happened\b|\bwhat[ \t]+came[ \t]+of[ \t]+it\b/gi;

function compiledSet(set: EcqSetId): CompiledSet {
  let compiled = compiledSets.get(set);
  if (!compiled) {
    compiled = {
      ecqs: ECQ_SETS[set].ecqs.map((ecq) => ({
        ecq,
        cues: compileCues(ECQ_QUESTION_CUES[ecq.id] ?? []),
        competencies: ecq.competencies.map((c) => ({ name: c.name, cues: compileCues(COMPETENCY_QUESTION_CUES[c.name] ?? []), nameStems: stemPhrase(c.name.replace('/', ' ')), nameWord: singleWordName(c.name) })),
      })),
    };
    compiledSets.set(set, compiled);
  }
  return compiled;
}

interface CompiledCompetency {
  readonly name: string;
  readonly cues: readonly StemPhrase[];
  readonly nameStems: StemPhrase;
  /** A one-word name, lower-case ("accountability"), matched as a word rather than by stem. */
  readonly nameWord: string | undefined;
}

function singleWordName(name: string): string | undefined {
  return /^[A-Za-z]+$/.test(name) ? name.toLowerCase() : undefined;
}

/**
 * Whether the question names the competency: a name of several words by stem ("developing
 * others", "conflict managed"), a one-word name as itself or its plural. "You were
 * accountable for an IT system" says who owned it and does not name Accountability, nor do
 * "our partners" name Partnering.
 */
function namesIt(index: StemIndex, c: CompiledCompetency): boolean {
  if (c.nameWord === undefined) return index.hasPhrase(c.nameStems.stems);
  return index.hasWord(c.nameWord) || index.hasWord(`${c.nameWord}s`);
}

/** The distinct cues found, their weights summed; a cue inside a longer cue found counts once. */
function scoreCues(index: StemIndex, cues: readonly StemPhrase[], found: string[]): number {
  let score = 0;
  const hit: StemPhrase[] = [];
  for (const cue of cues) if (index.hasPhrase(cue.stems)) hit.push(cue);
  for (const cue of hit) {
    const inLonger = hit.some((other) => other !== cue && other.stems.length > cue.stems.length && containsRun(other.stems, cue.stems));
    if (inLonger) continue;
    score += cue.weight;
    found.push(cue.text);
  }
  return score;
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  for (let i = 0; i + needle.length <= haystack.length; i++) if (needle.every((s, k) => haystack[i + k] === s)) return true;
  return false;
}

export interface ClassifyInput {
  /** The question's wording, label removed. */
  readonly text: string;
  /** The heading that groups the question, if any ("## ECQ 4: Leading People"). */
  readonly group?: string | undefined;
  readonly set: EcqSetId;
  readonly posting?: PostingAnalysis | undefined;
}

const ECQ_NUMBER = /\bECQ[ \t]?#?(\d)\b/i;

const ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, one: 1, two: 2, three: 3, four: 4, five: 5 };
/**
 * "The first ECQ", "the third executive core qualification", "the first of the new executive
 * core qualifications", "ECQ number two": an ECQ named by its place, as panels say it.
 */
const ORDINAL_ECQ = /\bthe[ \t]{1,4}(first|second|third|fourth|fifth)[ \t]{1,4}(?:of[ \t]{1,4}the[ \t]{1,4}(?:new[ \t]{1,4}|five[ \t]{1,4})?)?(?:ECQs?|executive[ \t]{1,4}core[ \t]{1,4}qualifications?|core[ \t]{1,4}qualifications?)\b(?![ \t]{1,4}(?:you|I|we|that|narrative|narratives|essay|statement)\b)|\bECQ[ \t]{1,4}(?:number[ \t]{1,4})?(one|two|three|four|five)\b/i;
/**
 * "The first qualification" (asks…, is…): the ECQs' place, unless the question or its group
 * speaks of technical qualifications, and not "the first qualification you look for".
 */
const ORDINAL_QUALIFICATION = /\bthe[ \t]{1,4}(first|second|third|fourth|fifth)[ \t]{1,4}qualification\b(?![ \t]{1,4}(?:you|I|we|that|of)\b)/i;
/** "The second technical qualification", "the first mandatory technical qualification": a TQ by its place. */
const ORDINAL_TQ = /\b(first|second|third|fourth|fifth)[ \t]{1,4}((?:mandatory|professional)[ \t]{1,4})?technical[ \t]{1,4}qualification\b/i;

/** The number of the ECQ a text names by its place ("the first ECQ"), if any; `context` is all the question says, its group heading included. */
function ordinalEcqNumber(text: string, context: string): number | undefined {
  const m = ORDINAL_ECQ.exec(text);
  if (m) return ORDINALS[(m[1] ?? m[2])!.toLowerCase()];
  const q = ORDINAL_QUALIFICATION.exec(text);
  return q && !/\btechnical\b|\b[MP]?TQs?\b/i.test(context) ? ORDINALS[q[1]!.toLowerCase()] : undefined;
}

export function classifyQuestion(input: ClassifyInput): Classification {
  const { set, posting } = input;
  // What a question sets aside ("Leading change is part of this, but…"; "We've heard a lot
  // about customer service today. Put that aside for a moment: tell us…") is no cue either.
  const text = afterSetAside(input.text).replace(CONTRASTED, '$1');
  const index = StemIndex.of(text.replace(FOLLOW_UPS, ' '));
  const compiled = compiledSet(set);

  // 1. Named outright: a TQ, then an ECQ, in the question or its group heading.
  for (const source of [text, input.group ?? '']) {
    const tqMatch = matchTqLabel(source);
    if (tqMatch) {
      const postingTq = posting?.tqs.find((t) => t.number === tqMatch.number && sameTqKind(t.label, tqMatch.label)) ?? posting?.tqs.find((t) => t.number === tqMatch.number);
      return tqClassification(postingTq?.label ?? tqMatch.label, postingTq, posting, 'named', [tqMatch.label], text);
    }
  }
  const naming = namingIndexOf(text);
  const named = namedEcq(text, input.group, set, naming);
  if (named) return ecqClassification(named, index, naming, compiled, 'named', [named.name]);

  // 2. General questions, unless they name a competency or set a scene an ECQ's cues mark
  //    strongly ("A reorganization has merged two divisions… and filed a union grievance. How
  //    would you approach your first ninety days?" is Leading People, not a plan for the job).
  generalCues ??= GENERAL_QUESTION_CUES.map(stemPhrase);
  const general = generalCues.filter((c) => index.hasPhrase(c.stems)).map((c) => c.text);
  const namesCompetency = compiled.ecqs.some((e) => e.competencies.some((c) => namesIt(naming, c)));
  if (general.length > 0 && !namesCompetency) {
    // The scene is weighed whole: in "…and the union has filed two grievances. What do you do
    // in your first ninety days, and how will you know it's working?" it is the framing of the
    // first part, which the choice between ECQs counts at half.
    const best = bestByCues(text, index, naming, compiled, true);
    return best && best.score >= SCENE_OVER_GENERAL ? ecqClassification(best.ecq, index, naming, compiled, 'cues', best.found) : generalClassification('general', general);
  }

  // 3. A TQ of the linked posting, by shared wording.
  // "IT" and "R&D" are what postings spell out ("a large information technology
  // organization", "research and development programs"); "IT" as a word is a pronoun.
  const tq = posting ? bestTq(text.replace(/\bIT\b/g, 'information technology').replace(/\bR&D\b/g, 'research and development'), posting) : undefined;
  if (tq) return tqClassification(tq.tq.label, tq.tq, posting, 'tq-wording', tq.shared, text);

  // 4. The ECQ whose cues the question uses most.
  const best = bestByCues(text, index, naming, compiled);
  if (!best || best.score < ECQ_MIN_SCORE) return generalClassification('no-cues', best?.found ?? []);
  return ecqClassification(best.ecq, index, naming, compiled, 'cues', best.found);
}

/** The ECQ of the set whose cues (its own, its competencies', the words that show them) the question uses most. */
function bestByCues(text: string, index: StemIndex, naming: StemIndex, compiled: CompiledSet, whole = false): { ecq: EcqDefinition; score: number; competencyScore: number; found: string[] } | undefined {
  const cueText = text.replace(FOLLOW_UPS, ' ');
  // The first sentence sets the topic; the follow-ups ask how and why ("Why did you decide
  // that way?", "What trade-offs did you make?"), so their cues count for less, unless the
  // question is weighed whole.
  const main = whole ? cueText : mainAsk(cueText);
  const mainIndex = main === cueText ? index : StemIndex.of(main);
  const weighed = (cues: readonly StemPhrase[], found: string[]): number => {
    if (mainIndex === index) return scoreCues(index, cues, found);
    const first = scoreCues(mainIndex, cues, []);
    return first + (scoreCues(index, cues, found) - first) * FOLLOW_UP_WEIGHT;
  };
  let best: { ecq: EcqDefinition; score: number; competencyScore: number; found: string[] } | undefined;
  for (const entry of compiled.ecqs) {
    const found: string[] = [];
    let competencyScore = 0;
    for (const c of entry.competencies) {
      competencyScore += weighed(c.cues, found);
      // The words that show the competency in an answer count too, at the least weight: they
      // reach topics the question cues do not list ("mainframe", "grievance", "FOIA").
      const shown = cueHits(cueText, c.name).filter((cue) => !found.includes(cue));
      competencyScore += shown.length * EVIDENCE_CUE_WEIGHT;
      found.push(...shown);
      if (namesIt(naming, c)) {
        competencyScore += NAMED_COMPETENCY;
        found.push(c.name);
      }
    }
    const score = competencyScore + weighed(entry.cues, found);
    if (!best || score > best.score || (score === best.score && competencyScore > best.competencyScore)) best = { ecq: entry.ecq, score, competencyScore, found };
  }
  return best;
}

/** How much a cue outside the first part (a follow-up or a framing sentence) counts against one in it: half. */
const FOLLOW_UP_WEIGHT = 0.5;

/**
 * What the question asks first: its first part (parts.ts), so that a framing sentence
 * before it ("Our budget will be flat for years.") counts as a follow-up does. A question
 * of one part is its own main ask: halving the scene of a one-part question ("A
 * reorganization has just merged two divisions… How would you approach your first ninety
 * days?") lost more questions than it won over the blind sets.
 */
function mainAsk(text: string): string {
  const parts = splitQuestion(text);
  if (parts.length <= 1) return text;
  // The sentence of the first ask, from its start: a clause before the ask in the same
  // sentence ("When priorities change in the middle of a fiscal year, how do you decide…")
  // is the ask's own topic, not a framing sentence.
  const first = parts[0]!;
  let start = first.start;
  while (start > 0 && !'.?!'.includes(text[start - 1]!)) start--;
  return text.slice(start, first.start + first.text.length);
}

function sameTqKind(a: string, b: string): boolean {
  const kind = (label: string): string => label.replace(/[\d\s]/g, '').toUpperCase();
  return kind(a) === kind(b);
}

/** "TQ 2", "MTQ1", "Technical Qualification 3" anywhere in a text. */
function matchTqLabel(text: string): { label: string; number: number } | undefined {
  const m = /\b([MP]?TQ)[ \t]?#?(\d{1,2})\b/i.exec(text);
  if (m) return { label: `${m[1]!.toUpperCase()} ${Number(m[2])}`, number: Number(m[2]) };
  const heading = matchTqHeading(text.trim());
  if (heading) return { label: heading.label, number: heading.number };
  const ordinal = ORDINAL_TQ.exec(text);
  if (!ordinal) return undefined;
  const number = ORDINALS[ordinal[1]!.toLowerCase()]!;
  return { label: `${/^m/i.test(ordinal[2] ?? '') ? 'MTQ' : /^p/i.test(ordinal[2] ?? '') ? 'PTQ' : 'TQ'} ${number}`, number };
}

/**
 * The words a question names an ECQ or a competency with: its asks, not the sentences that
 * frame them ("Accountability matters a great deal to this panel. Tell us about a time you
 * complied with a court order…"). `text` has already lost what "but" sets aside.
 */
function namingIndexOf(text: string): StemIndex {
  return StemIndex.of(splitQuestion(text).map((p) => p.text).join(' . '));
}

/**
 * From a sentence's start to ", but": what the question sets aside ("Innovation is great,
 * but this one's about judgment."). Not ", but with…" or ", but also…", which add to it
 * ("developing others, but with some strategic thinking behind it"). Bounded runs only.
 */
const CONTRASTED = /(^|[.?!][ \t]{1,8})[^.?!,]{1,160},[ \t]{1,4}but[ \t]{1,4}(?!with\b|also\b)/gi;

/** "Put that aside", "Set that aside for a moment", "Leaving that aside": what came before is not the question. */
const SET_ASIDE = /\b(?:put|set|leave|leaving|putting|setting)[ \t]+(?:that|this|those|these|it)[ \t]+aside\b[^:.,;]{0,40}[:.,;]?/i;

/**
 * "Some people think conflict management is purely a Leading People skill. Tell us about a
 * time you had to win over an outside group…": an opening sentence that reports what others
 * think sets up the question against it; the competency it names is not what is asked.
 */
const OTHERS_VIEW = /^[ \t]*(?:some|many|most|a[ \t]+lot[ \t]+of)[ \t]+(?:people|folks|managers|leaders|executives|candidates|of[ \t]+us)[ \t]+(?:think|say|believe|argue|feel|treat|see|call|would[ \t]+say)\b[^.?!]{0,240}[.!][ \t]+(?=\S)/i;

/** A story asked for: "Tell us about a time…", "Describe a situation…", "Give us an example…". */
const STORY_ASKED = /^\W*(?:(?:please|so|now)[ \t]+)?(?:tell[ \t]+(?:us|me)[ \t]+about|describe|give[ \t]+(?:us|me)[ \t]+(?:an?|one)[ \t]+example|walk[ \t]+(?:us|me)[ \t]+through)[ \t]+(?:a|an|one|the[ \t]+time)\b/i;

/** The question after a "Put that aside…", or after others' view it opens with, or the whole question. */
function afterSetAside(text: string): string {
  const view = OTHERS_VIEW.exec(text);
  // Only before a story asked for: "Some people say the rule of law slows government down. How
  // do you answer that?" asks about the view itself.
  if (view && STORY_ASKED.test(text.slice(view[0].length))) text = text.slice(view[0].length);
  const m = SET_ASIDE.exec(text);
  return m ? text.slice(m.index + m[0].length) : text;
}

function namedEcq(text: string, group: string | undefined, set: EcqSetId, index: StemIndex): EcqDefinition | undefined {
  for (const source of [text, group ?? '']) {
    const m = ECQ_NUMBER.exec(source);
    const number = m ? Number(m[1]) : ordinalEcqNumber(source, `${text}\n${group ?? ''}`);
    if (number !== undefined) {
      const ecq = ECQ_SETS[set].ecqs.find((e) => e.number === number);
      if (ecq) return ecq;
    }
  }
  if (group) {
    const match = matchEcqHeading(group.trim());
    const ecq = match ? resolveEcq(match, set) : undefined;
    if (ecq && ecq.set === set) return ecq;
  }
  // The full name of an ECQ in the question ("…an example of Building Coalitions").
  for (const ecq of ECQ_SETS[set].ecqs) {
    if ([ecq.name, ...ecq.aliases].some((alias) => alias.split(' ').length >= 2 && index.hasPhrase(stemPhrase(alias).stems))) return ecq;
  }
  return undefined;
}

function ecqClassification(ecq: EcqDefinition, index: StemIndex, naming: StemIndex, compiled: CompiledSet, basis: Classification['basis'], evidence: readonly string[]): Classification {
  const entry = compiled.ecqs.find((e) => e.ecq === ecq)!;
  const scored = entry.competencies.map((c) => {
    const found: string[] = [];
    const score = scoreCues(index, c.cues, found) + (namesIt(naming, c) ? NAMED_COMPETENCY : 0);
    return { name: c.name, score };
  });
  const top = Math.max(0, ...scored.map((s) => s.score));
  const probed = top > 0 ? scored.filter((s) => s.score > 0 && s.score * 2 >= top).sort((a, b) => b.score - a.score).map((s) => s.name) : [];
  return { category: 'ecq', ecq, tq: undefined, postingTq: undefined, competencies: probed, keyWords: definitionWords(ecq, probed).slice(0, MAX_KEY_WORDS), evidence, basis };
}

function generalClassification(basis: Classification['basis'], evidence: readonly string[]): Classification {
  return { category: 'general', ecq: undefined, tq: undefined, postingTq: undefined, competencies: [], keyWords: [], evidence, basis };
}

function tqClassification(label: string, tq: PostingTq | undefined, posting: PostingAnalysis | undefined, basis: Classification['basis'], evidence: readonly string[], questionText: string): Classification {
  const terms = tq && posting ? tq.terms.map((key) => posting.keyTerms.find((t) => t.key === key)?.term).filter((t): t is string => !!t) : [];
  // Without key terms (no posting, or a TQ too short to have any), its own content words, then the question's.
  const fallback = tq ? distinctContentWords(tq.text) : distinctContentWords(questionText);
  const keyWords = distinctByStem([...terms, ...(terms.length >= 4 ? [] : fallback)]).slice(0, MAX_KEY_WORDS);
  return { category: 'tq', ecq: undefined, tq: label, postingTq: tq, competencies: [], keyWords, evidence, basis };
}

/**
 * The other ECQ of the set whose language an answer uses most, and how many of its words:
 * an answer that speaks plainly in another ECQ's terms casts doubt on the reading of its
 * question, which was made from the question alone.
 */
export function otherEcqSpoken(classification: Classification, answer: StemIndex): { ecq: EcqDefinition; words: number } | undefined {
  const { ecq } = classification;
  if (!ecq) return undefined;
  let best: { ecq: EcqDefinition; words: number } | undefined;
  for (const other of ECQ_SETS[ecq.set].ecqs) {
    if (other === ecq) continue;
    const words = distinctiveLanguageOf(other).filter((w) => answer.hasPhrase(stemPhrase(w).stems)).length;
    if (!best || words > best.words) best = { ecq: other, words };
  }
  return best;
}

const distinctiveLanguage = new Map<string, readonly string[]>();

/**
 * An ECQ's language without the words answers about other things use as often, its own
 * name's and definition's included ("team" of Team Building, "leading" of Leading People):
 * what shows that an answer speaks to this ECQ rather than another.
 */
function distinctiveLanguageOf(ecq: EcqDefinition): readonly string[] {
  let words = distinctiveLanguage.get(ecq.id);
  if (!words) {
    const common = new Set((KEY_WORDS_COMMON_ELSEWHERE[ecq.id] ?? []).map((w) => stemPhrase(w).stems.join(' ')));
    words = ecqLanguageOf(ecq).filter((w) => !common.has(stemPhrase(w).stems.join(' ')));
    distinctiveLanguage.set(ecq.id, words);
  }
  return words;
}

let definitionFiller: ReadonlySet<string> | undefined;

/**
 * An ECQ's key words in its own terms (ecqSets.ts, from ses-domain.md §1): the content words
 * of the names of the competencies probed, then of the ECQ's name and definition, then of its
 * other competencies' names; one word per stem, without `DEFINITION_FILLER_WORDS`.
 */
function definitionWords(ecq: EcqDefinition, probed: readonly string[]): readonly string[] {
  // Asked once per question: the answers for each ECQ and choice of competencies are kept.
  const key = `${ecq.id}|${probed.join('|')}`;
  const known = definitionWordsMemo.get(key);
  if (known) return known;
  definitionFiller ??= new Set(DEFINITION_FILLER_WORDS);
  const filler = definitionFiller;
  const others = ecq.competencies.map((c) => c.name).filter((name) => !probed.includes(name));
  const words = [...probed, ecq.name, ecq.definition, ...others]
    .flatMap((text) => text.match(/[A-Za-z]+/g) ?? [])
    .map((word) => word.toLowerCase())
    // Two letters make no key word ("of", "to"), and the stop list has the rest of the glue.
    .filter((word) => word.length > 2 && !STOP_WORDS.has(word) && !filler.has(word));
  const distinct = distinctByStem(words);
  definitionWordsMemo.set(key, distinct);
  return distinct;
}

/** `definitionWords` by ECQ and competencies probed: a few dozen keys at most (ten ECQs, their competencies' subsets). */
const definitionWordsMemo = new Map<string, readonly string[]>();

const ecqLanguage = new Map<string, readonly string[]>();

/**
 * The words that put an answer in the language of what the question asks about, and
 * `answer.keywords-missing` asks for two of them. For an ECQ: its key words in its own terms
 * (`definitionWords`), and the words a candidate says for them (`ECQ_KEY_WORDS`, and
 * `COMPETENCY_KEY_WORDS` of every one of its competencies) except those that answers about
 * the other ECQs use as often (`KEY_WORDS_COMMON_ELSEWHERE`: "team", "budget"), which show
 * nothing. For a TQ: its key words and the content words of its text.
 */
export function languageOf(classification: Classification): readonly string[] {
  if (classification.ecq) return ecqLanguageOf(classification.ecq);
  // A TQ key term that its text also has counts twice: a TQ is short, and its few terms are all it asks for.
  if (classification.category === 'tq') return [...classification.keyWords, ...(classification.postingTq ? distinctContentWords(classification.postingTq.text) : [])];
  return classification.keyWords;
}

/** An ECQ's language, as `languageOf` gives it for a question about the ECQ. */
function ecqLanguageOf(ecq: EcqDefinition): readonly string[] {
  let words = ecqLanguage.get(ecq.id);
  if (!words) {
    const common = new Set((KEY_WORDS_COMMON_ELSEWHERE[ecq.id] ?? []).map((w) => w.toLowerCase()));
    const spoken = [...(ECQ_KEY_WORDS[ecq.id] ?? []), ...ecq.competencies.flatMap((c) => COMPETENCY_KEY_WORDS[c.name] ?? [])].filter((w) => !common.has(w.toLowerCase()));
    words = distinctByStem([...definitionWords(ecq, []), ...spoken]);
    ecqLanguage.set(ecq.id, words);
  }
  return words;
}

function genericStems(): ReadonlySet<string> {
  genericPostingStems ??= new Set([...GENERIC_POSTING_WORDS, 'demonstrated', 'experience', 'including', 'ability', 'knowledge', 'skill', 'skills', 'large', 'complex', 'senior', 'level'].map(stemOf));
  return genericPostingStems;
}

function distinctContentWords(text: string): string[] {
  const generic = genericStems();
  const out: string[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(/[A-Za-z][A-Za-z-]{3,40}/g)) {
    const word = m[0];
    const stem = stemOf(word.toLowerCase());
    if (seen.has(stem) || generic.has(stem) || contentStems(word).length === 0) continue;
    seen.add(stem);
    out.push(/^[A-Z]{2,}$/.test(word) ? word : word.toLowerCase());
  }
  return out;
}

function distinctByStem(words: readonly string[]): string[] {
  const seen = new Set<string>();
  return words.filter((w) => {
    const key = contentStems(w).join(' ') || w.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

let tqSynonyms: ReadonlyMap<string, string> | undefined;

/** A stem as TQ matching reads it: the first word's stem of its synonym group, or itself. */
function tqStem(stem: string): string {
  tqSynonyms ??= new Map(TQ_SYNONYMS.flatMap((group) => group.map((w) => [stemOf(w), stemOf(group[0]!)] as const)));
  return tqSynonyms.get(stem) ?? stem;
}

function bestTq(text: string, posting: PostingAnalysis): { tq: PostingTq; shared: string[] } | undefined {
  const generic = genericStems();
  const all = [...new Set(contentStems(text))];
  const question = [...new Set(all.filter((s) => !generic.has(s)).map(tqStem))];
  // Words postings share ("offices", "coordination", "policy") count for half: alone they are
  // a coincidence of topic, but beside the TQ's own words they tell near-twin TQs apart.
  const questionGeneric = [...new Set(all.filter((s) => generic.has(s)).map(tqStem))].filter((s) => !question.includes(s));
  if (question.length === 0) return undefined;
  const tqStemSets = posting.tqs.map((tq) => new Set(contentStems(tq.text).map(tqStem)));
  // A word every TQ of the posting has ("negotiation" in a labor relations posting) tells
  // none of them apart: each shared word weighs one over the number of TQs that have it.
  const distinctness = (stem: string): number => 1 / Math.max(1, tqStemSets.filter((set) => set.has(stem)).length);
  const sequence = allStems(text).map(tqStem);
  const index = StemIndex.of(text);
  let best: { tq: PostingTq; shared: string[]; score: number } | undefined;
  for (const [i, tq] of posting.tqs.entries()) {
    const tqStems = tqStemSets[i]!;
    const termStems = new Set(tq.terms.flatMap((k) => k.split(' ')).map(tqStem));
    const shared = question.filter((s) => tqStems.has(s));
    const sharedGeneric = questionGeneric.filter((s) => tqStems.has(s));
    // A key phrase of the TQ said in the question ("land management", "labor organizations"),
    // in the TQ's words or a panel's ("bargaining strategy" for "negotiation strategy"), names
    // the TQ's field: the posting ranked it as distinctive of this announcement.
    const phrases = tq.terms.filter((k) => k.includes(' ') && k.split(' ').some((stem) => !generic.has(stem)) && containsRun(sequence, k.split(' ').map(tqStem)));
    // Said in the TQ's own words, a phrase weighs in full; in a panel's, half.
    const phraseWeight = (k: string): number => (index.hasPhrase(k.split(' ')) ? TQ_PHRASE_WEIGHT : TQ_PHRASE_WEIGHT / 2);
    // A phrase's words count once, in the phrase.
    const inPhrases = new Set(phrases.flatMap((k) => k.split(' ').map(tqStem)));
    const score =
      shared.reduce((sum, s) => sum + (inPhrases.has(s) ? 0 : (termStems.has(s) ? 2 : 1) * distinctness(s)), 0) +
      sharedGeneric.reduce((sum, s) => sum + GENERIC_SHARED_WEIGHT * distinctness(s), 0) +
      phrases.reduce((sum, k) => sum + phraseWeight(k), 0);
    // A long question with a framing sentence ("Legislative affairs here touches every
    // institute.") shares a smaller part of its words; a shared word of the TQ's key terms,
    // which the posting ranked as its own, makes up for it.
    const count = shared.length + GENERIC_SHARED_WEIGHT * sharedGeneric.length;
    const byWords = count >= TQ_MIN_SHARED && shared.length > 0 && (count / (question.length + GENERIC_SHARED_WEIGHT * questionGeneric.length) >= TQ_MIN_SHARE || shared.some((s) => termStems.has(s)));
    const byPhrase = phrases.length > 0 && shared.length >= TQ_MIN_SHARED_WITH_PHRASE;
    if (!byWords && !byPhrase) continue;
    if (!best || score > best.score) best = { tq, shared: [...phrases, ...shared, ...sharedGeneric], score };
  }
  return best ? { tq: best.tq, shared: best.shared } : undefined;
}

/** What a word postings share counts for in a TQ match: half a word of the TQ's own. */
const GENERIC_SHARED_WEIGHT = 0.5;

/**
 * The set the questions' own wording points to: ECQ names in the questions or in the
 * headings that group them that belong to one set only ("Leading People" is in both).
 */
export function setFromWording(texts: readonly string[]): EcqSetId | undefined {
  const votes = { '2025': 0, legacy: 0 };
  for (const text of texts) {
    const match = matchEcqHeading(text.trim());
    const set = match && setOfHeading(match);
    if (set) votes[set]++;
    const index = StemIndex.of(text);
    for (const [set, def] of Object.entries(ECQ_SETS) as [EcqSetId, (typeof ECQ_SETS)[EcqSetId]][]) {
      for (const ecq of def.ecqs) {
        if (ecq.name === 'Leading People') continue;
        if ([ecq.name, ...ecq.aliases].some((a) => a.split(' ').length >= 2 && index.hasPhrase(stemPhrase(a).stems))) votes[set]++;
      }
    }
  }
  if (votes['2025'] === votes.legacy) return undefined;
  return votes['2025'] > votes.legacy ? '2025' : 'legacy';
}
