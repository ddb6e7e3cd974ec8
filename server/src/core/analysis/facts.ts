import { Span } from '../text/span';
import { Tokens, tokenize, WordMemo } from '../nlp/tokens';
import { splitSentences } from '../nlp/sentences';
import { findSubjectVerbs } from '../nlp/clauses';
import { findPassives, PassiveVerb } from '../nlp/passive';
import { quantityFlags } from '../nlp/quantity';
import { AcronymDefinition, AcronymUse, readAcronyms } from '../nlp/acronyms';
import { readYears, YearMention } from '../nlp/years';
import { PhraseMatch, PhraseMatcher } from '../nlp/phraseMatcher';
import { cueMatcher, CueKind, openerOf, OpenerKind, ORGANISATION_NOUNS, SCOPE_NOUNS } from '../ccar/cues';
import { BE_FORMS, DURATION_UNITS, ED_NON_VERBS, INTERVENING_ADVERBS, IRREGULAR_PAST, isPastParticiple, SMALL_NUMBER_WORDS } from '../nlp/lexicon';
import { CcarPartKind, matchCcarLabel } from '../domain/headings';
import { TaggedPhrase } from '../rules/phrases/phraseTypes';
import { MaskCache } from '../parse/blocks';
import { findInlineTags, InlineTag } from '../ccar/tags';
import { maskInline, MaskOptions, MaskResult } from '../parse/inlineMask';
import { PHRASE_RULES } from '../rules/phrases';
import { Scratch } from '../text/scratch';
import { ownedCopy } from '../text/ownedCopy';

const NO_SPANS: Span[] = [];

const CUE_KINDS: readonly CueKind[] = ['problem', 'strain', 'goal', 'task', 'context', 'outcome'];
const CUE_INDEX: Readonly<Record<CueKind, number>> = { problem: 0, strain: 1, goal: 2, task: 3, context: 4, outcome: 5 };

const NOT_EVENTS = new Set(['was', 'were', 'had', 'did', 'got']);

/** A past-tense verb that reports something happening: "received", "vacated", "fell". */
const isEventVerb = new WordMemo((word) => {
  if (NOT_EVENTS.has(word)) return false;
  if (IRREGULAR_PAST.has(word)) return true;
  return word.length > 4 && word.endsWith('ed') && !ED_NON_VERBS.has(word);
});

/** "statisticians", "deadlines": a plural noun after a count makes a scope figure. */
function isPluralNoun(word: string): boolean {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !/^\d/.test(word);
}

/**
 * Everything the rules need to know about one block that depends only on its text.
 * Facts are computed once per distinct block text and cached (FactsCache), so after a
 * one-word edit only the edited paragraph is analysed again. All offsets are relative to
 * the block's start.
 */
export interface SentenceFacts {
  readonly span: Span;
  /** "we", "our team", "my team and I" acting: spans for voice.we. */
  readonly weActions: readonly Span[];
  /** Passive verbs after the exemptions in nlp/passive.ts. */
  readonly passives: readonly PassiveVerb[];
  /** A main-clause "I <verb>" that is an action, not scene-setting. */
  readonly iAction: boolean;
  /** A "we <verb>" or "our team <verb>" action. */
  readonly weAction: boolean;
  /** "I was", "I became", "I could not": the writer sets the scene. */
  readonly setup: boolean;
  /** Something happened: a past-tense verb other than "was", "had" or "did". */
  readonly event: boolean;
  readonly cues: Readonly<Record<CueKind, number>>;
  /** A number with a scope noun: "640 employees", "$720 million", "29 agencies". */
  readonly scopeFigure: boolean;
  /** A scope figure of people, organisations or money: "14 engineers", "$3.1 million", "29 agencies". */
  readonly organisationFigure: boolean;
  /**
   * A figure that measures something, not only how long it took to get there: "for two
   * years", "after 9 months" and "over the next three years" say when; "from 47 to 12 days"
   * and "in 19 hours" (with another figure, or alone) still measure.
   */
  readonly measure: boolean;
  /** "As Area Director in Tampa, I…", "In 2014, as chief of…": the writer's role frames the sentence. */
  readonly roleFrame: boolean;
  /** "when I was a screening manager at Atlanta, the equipment…": a clause of time sets the writer in the scene. */
  readonly sceneClause: boolean;
  readonly quantity: boolean;
  /** "I manage", "I lead": the writer's standing role, in the present tense. */
  readonly role: boolean;
  /** "I have designed", "I have a record of": a career summary. */
  readonly perfect: boolean;
  /** "I would bring the same approach here": a main clause of what the writer would do. */
  readonly hypothetical: boolean;
  /** "had been criticized", "had not had reviews": background before the story's time. */
  readonly pastPerfect: boolean;
  /** How the sentence opens, when its first words say where it stands in a story (ccar/cues.ts). */
  readonly opener: OpenerKind | undefined;
}

export interface BlockFacts {
  /** How many words the block has. Tokens themselves are not kept: they are cheap to recompute and costly to hold. */
  readonly wordCount: number;
  readonly sentences: readonly SentenceFacts[];
  readonly phraseHits: readonly PhraseMatch<TaggedPhrase>[];
  /** Quoted passages, "…" or “…”, including the marks. */
  readonly quotes: readonly Span[];
  readonly acronymUses: readonly AcronymUse[];
  readonly acronymDefinitions: readonly AcronymDefinition[];
  readonly years: readonly YearMention[];
  /** Characters as the reader sees them: markup gone, runs of white space as one space. */
  readonly visibleLength: number;
  /** A CCAR label that opens the block ("Challenge:", "**Result**:"). */
  readonly label: { readonly parts: readonly CcarPartKind[]; readonly span: Span } | undefined;
  /** Inline part tags such as OPM's "(Challenge)", which label the text before them. */
  readonly inlineTags: readonly InlineTag[];
}

/**
 * A sentence's facts as one object: the cue counts are its own fields, and `cues` returns
 * the object itself, so a sentence costs one allocation instead of two.
 */
/** Bits of `Sentence.flags`. */
const I_ACTION = 1;
const WE_ACTION = 2;
const SETUP = 4;
const EVENT = 8;
const SCOPE_FIGURE = 16;
const QUANTITY = 32;
const ROLE = 64;
const PERFECT = 128;
const PAST_PERFECT = 256;
const ORGANISATION_FIGURE = 512;
const MEASURE = 1024;
const ROLE_FRAME = 2048;
const HYPOTHETICAL = 4096;
const SCENE_CLAUSE = 8192;

/**
 * A sentence's facts as one object: the cue counts are its own fields, `cues` returns the
 * object itself, and the yes-or-no facts share one integer, so a sentence costs one small
 * allocation. (There are tens of thousands per cold analysis of a long draft, and their
 * size showed in the collector's share.)
 */
class Sentence implements SentenceFacts, Span {
  problem = 0;
  strain = 0;
  goal = 0;
  task = 0;
  context = 0;
  outcome = 0;
  opener: OpenerKind | undefined = undefined;
  constructor(
    readonly start: number,
    readonly end: number,
    readonly weActions: readonly Span[],
    readonly passives: readonly PassiveVerb[],
    private readonly flags: number,
  ) {}
  get iAction(): boolean {
    return (this.flags & I_ACTION) !== 0;
  }
  get weAction(): boolean {
    return (this.flags & WE_ACTION) !== 0;
  }
  get setup(): boolean {
    return (this.flags & SETUP) !== 0;
  }
  get event(): boolean {
    return (this.flags & EVENT) !== 0;
  }
  get scopeFigure(): boolean {
    return (this.flags & SCOPE_FIGURE) !== 0;
  }
  get quantity(): boolean {
    return (this.flags & QUANTITY) !== 0;
  }
  get role(): boolean {
    return (this.flags & ROLE) !== 0;
  }
  get perfect(): boolean {
    return (this.flags & PERFECT) !== 0;
  }
  get hypothetical(): boolean {
    return (this.flags & HYPOTHETICAL) !== 0;
  }
  get pastPerfect(): boolean {
    return (this.flags & PAST_PERFECT) !== 0;
  }
  get organisationFigure(): boolean {
    return (this.flags & ORGANISATION_FIGURE) !== 0;
  }
  get measure(): boolean {
    return (this.flags & MEASURE) !== 0;
  }
  get roleFrame(): boolean {
    return (this.flags & ROLE_FRAME) !== 0;
  }
  get sceneClause(): boolean {
    return (this.flags & SCENE_CLAUSE) !== 0;
  }
  get cues(): Readonly<Record<CueKind, number>> {
    return this;
  }
  /** The sentence is its own span, which saves an object per sentence. */
  get span(): Span {
    return this;
  }
}

let phraseMatcher: PhraseMatcher<TaggedPhrase> | undefined;

function phrases(): PhraseMatcher<TaggedPhrase> {
  if (!phraseMatcher) {
    phraseMatcher = new PhraseMatcher<TaggedPhrase>();
    for (const rule of PHRASE_RULES) {
      for (const entry of rule.phrases) phraseMatcher.add(entry.pattern, { ruleId: rule.meta.id, entry, writerAsSubject: rule.writerAsSubject === true });
    }
  }
  return phraseMatcher;
}

const splitWords = new Map<string, string[]>();

/** Do the tokens from `at` spell `words` ("of them")? */
function followedBy(tokens: Tokens, at: number, words: string): boolean {
  let parts = splitWords.get(words);
  if (!parts) {
    parts = words.split(' ');
    splitWords.set(words, parts);
  }
  for (let k = 0; k < parts.length; k++) if (tokens.word(at + k) !== parts[k]) return false;
  return true;
}

function isCountNoun(word: string): boolean {
  return SCOPE_NOUNS.has(word);
}

/** "when I was", "while I served": a clause of time whose subject is the writer. */
function isSceneClause(tokens: Tokens, subject: number, first: number): boolean {
  const before = subject > first ? tokens.lower[subject - 1] : undefined;
  return before === 'when' || before === 'while';
}

/**
 * "we were able to develop", "we were frequently required to mediate": the verb is "were",
 * which sets the scene after "we", but the clause reports what the team did.
 */
function weActsDespiteSetup(tokens: Tokens, verb: number, end: number): boolean {
  const be = tokens.lower[verb]!;
  let k = verb + 1;
  while (k < end && (INTERVENING_ADVERBS.has(tokens.lower[k]!) || tokens.lower[k]!.endsWith('ly') || tokens.lower[k] === 'often')) k++;
  const what = tokens.lower[k];
  // "we have signed a record number of license agreements": the present perfect reports
  // what the team did ("we have 57 vacancies" has no participle, and sets the scene).
  if (be === 'have' || be === 'has' || be === "'ve") return what !== undefined && what !== 'been' && what !== 'had' && isPastParticiple(what);
  if (be !== 'were' && be !== 'are') return false;
  if (what !== 'able' && what !== 'required' && what !== 'asked' && what !== 'tasked' && what !== 'forced' && what !== 'obliged') return false;
  return tokens.lower[k + 1] === 'to' && k + 2 < end;
}

/** Words back from that verb where its subject "I" may stand: "I briefed the staff and the county commission twice a week and made sure…". */
const WRITERS_VERB_REACH = 20;
/** Adverbs between the writer and the verb: "I also made sure". */
const WRITER_VERB_ADVERBS = new Set(['also', 'then', 'personally', 'always', 'later', 'first', 'quietly']);

/** Verbs by which the writer makes a group act: "I made sure we…", "I insisted that we…". */
const WRITER_MAKES_GROUP_ACT = new Set(['ensured', 'insisted', 'required', 'demanded']);

/**
 * "I briefed the staff twice a week and made sure we never said more than the evidence
 * supported": a "we" clause that the writer's own verb governs tells what the writer made
 * happen, and the "I" is there to see.
 */
function weUnderWritersVerb(tokens: Tokens, prose: string, subject: number, first: number): boolean {
  let k = subject - 1;
  if (k >= first && tokens.lower[k] === 'that') k--;
  if (k < first) return false;
  let verb = k;
  if (tokens.lower[k] === 'sure' && k - 1 >= first && (tokens.lower[k - 1] === 'made' || tokens.lower[k - 1] === 'make')) verb = k - 1;
  else if (!WRITER_MAKES_GROUP_ACT.has(tokens.lower[k]!)) return false;
  // The writer is the subject of that verb: "I made sure", "I also insisted", or "…and made
  // sure" in a sentence whose subject is "I". Not "…, the Under Secretary insisted that we…".
  let j = verb - 1;
  while (j >= first && WRITER_VERB_ADVERBS.has(tokens.lower[j]!)) j--;
  if (j >= first && tokens.text[j] === 'I') return true;
  if (j < first || tokens.lower[j] !== 'and') return false;
  for (let k = j - 1; k >= Math.max(first, verb - WRITERS_VERB_REACH); k--) {
    if (tokens.text[k] === 'I') return true;
    // Another subject of a clause before the "and": a pronoun, or a noun after a comma.
    if (['we', 'they', 'he', 'she', 'it'].includes(tokens.lower[k]!) || /,/.test(prose.slice(tokens.end[k]!, tokens.start[k + 1]!))) return false;
  }
  return false;
}

/** "If we disapproved the system, the Army would…": a condition, not something the team did. */
function weInCondition(tokens: Tokens, subject: number, first: number): boolean {
  const before = subject - 1 >= first ? tokens.lower[subject - 1] : undefined;
  return before === 'if' || before === 'unless' || before === 'whether';
}

const ELAPSED_BEFORE = new Set(['for', 'after', 'over', 'during', 'throughout']);
const ELAPSED_SKIP = new Set(['the', 'next', 'first', 'past', 'last', 'nearly', 'almost', 'about', 'some', 'another', 'ensuing', 'following', 'subsequent', 'coming']);

/** "In" and "within" say when only where they open the sentence as a frame ("Within 6 months, I…"). */
const OPENING_FRAME = new Set(['in', 'within']);

/**
 * "for two years", "After 9 months", "over the next three years": a figure that only says
 * when. So does a duration that opens the sentence, set off by a comma: "Within 6 months, I
 * had established…"; inside the clause "in" and "within" measure ("answered 90% of calls
 * within 48 hours", "cleared in 19 hours").
 */
function isElapsedTime(tokens: Tokens, prose: string, i: number, first: number, end: number): boolean {
  if (opensWithEventCount(tokens, prose, i, first, end)) return true;
  const unit = tokens.lower[i + 1];
  if (i + 1 >= end || unit === undefined || !DURATION_UNITS.has(unit)) return false;
  let k = i - 1;
  while (k >= first && ELAPSED_SKIP.has(tokens.lower[k]!)) k--;
  if (k < first) return false;
  // "his reports have been on time for 18 months": how long an outcome has held measures it.
  if (tokens.lower[k] === 'for' && outcomeHeldBefore(tokens, prose, k, first)) return false;
  if (ELAPSED_BEFORE.has(tokens.lower[k]!)) return true;
  return k === first && OPENING_FRAME.has(tokens.lower[k]!) && i + 2 < end && /^\s*,/.test(prose.slice(tokens.end[i + 1]!, tokens.start[i + 2]!));
}

/** Words that say a state has lasted: "have been on time", "has remained", "stayed open". */
const HELD_STATE = new Set(['been', 'remained', 'stayed', 'held', 'sustained', 'kept']);
/** Words back from "for" where that verb may stand: "have been [on time] for 18 months". */
const HELD_STATE_REACH = 6;

function outcomeHeldBefore(tokens: Tokens, prose: string, at: number, first: number): boolean {
  for (let k = at - 1; k >= Math.max(first, at - HELD_STATE_REACH); k--) {
    if (/[,;:]/.test(prose.slice(tokens.end[k]!, tokens.start[k + 1]!))) return false;
    // "has been in place for two years" says the thing exists, not how well it does.
    if (HELD_STATE.has(tokens.lower[k]!)) return !EXISTENCE_STATES.test(prose.slice(tokens.end[k]!, tokens.start[at]!));
  }
  return false;
}

/** States of mere existence: "in place", "in use", "in effect", "operational". */
const EXISTENCE_STATES = /^\s*(?:in[ \t]+(?:place|use|effect|operation|service)|operational|running|live|open|active)\s*$/i;

/** Words between an opening "After <number>" and its comma: "After two long sessions," has two. */
const EVENT_FRAME_WORDS = 3;

/**
 * "After two long sessions, the attorney agreed…", "After three rounds of talks, …": a count
 * of events that opens the sentence, set off by a comma, says when what follows happened,
 * as "After 9 months" does; it measures nothing the writer achieved.
 */
function opensWithEventCount(tokens: Tokens, prose: string, i: number, first: number, end: number): boolean {
  if (i - 1 !== first || tokens.lower[first] !== 'after') return false;
  for (let k = i + 1; k < end && k <= i + EVENT_FRAME_WORDS; k++) {
    if (/^\s*,/.test(prose.slice(tokens.end[k]!, tokens.start[k + 1] ?? prose.length))) return isBareNounPhrase(tokens, i, k);
  }
  return false;
}

/**
 * Whether the words after the number up to token `k` are a bare noun phrase: no other figure
 * ("After 3 of 12 audits," is a share) and no verb ("After 14 offices adopted it," is a clause
 * whose figure is an outcome).
 */
function isBareNounPhrase(tokens: Tokens, i: number, k: number): boolean {
  for (let j = i + 1; j <= k; j++) if (/^\d/.test(tokens.text[j]!) || isPastParticiple(tokens.lower[j]!) || IRREGULAR_PAST.has(tokens.lower[j]!)) return false;
  return true;
}

/**
 * "the two chiefs started presenting together", "the three offices merged": a small number
 * after "the" points back at what the story already named; it counts nothing the writer
 * achieved. Figures in digits ("the 14 offices") still count.
 */
function isDefiniteCount(tokens: Tokens, i: number, first: number): boolean {
  return i > first && tokens.lower[i - 1] === 'the' && SMALL_NUMBER_WORDS.has(tokens.lower[i]!);
}

/** Titles that make "as …" a role: "as Area Director", "as the agency's chief of staff". */
const TITLES = new Set(`
  director chief administrator manager head deputy commissioner chair chairman chairperson member officer
  lead leader supervisor superintendent executive secretary counsel attorney president coordinator commander
  inspector controller comptroller adviser advisor principal representative liaison
`.split(/\s+/).filter(Boolean));

/** "As Area Director in Tampa, I…", "In 2014, as chief of…": "as" at a clause start, a title within four words. */
function hasRoleFrame(tokens: Tokens, prose: string, first: number, end: number): boolean {
  for (let i = first; i < end - 1 && i < first + 8; i++) {
    if (tokens.lower[i] !== 'as') continue;
    if (i > first && !/,\s*$/.test(prose.slice(tokens.end[i - 1]!, tokens.start[i]!))) continue;
    for (let k = i + 1; k < end && k <= i + 4; k++) if (TITLES.has(tokens.lower[k]!)) return true;
  }
  return false;
}

/** "had been criticized", "had not had": past perfect at the "had" of token `i`; not "had to" or "had 57 vacancies". */
function isPastPerfectAt(tokens: Tokens, i: number, end: number): boolean {
  let k = i + 1;
  while (k < end && (tokens.lower[k] === 'not' || tokens.lower[k] === 'never' || INTERVENING_ADVERBS.has(tokens.lower[k]!))) k++;
  if (k >= end) return false;
  const next = tokens.lower[k]!;
  return next === 'been' || isPastParticiple(next);
}

const RELATIVE_PRONOUNS = new Set(['which', 'that', 'who', 'whom', 'whose']);
const WRITER_WORDS = new Set(['we', 'my', 'our', 'me', 'us']);
const JOINERS = new Set(['and', 'but', 'or', 'then', 'also', 'later', 'so']);
/** Determiners that open a noun subject of someone or something else: "the evidence", "these SOPs". */
const SUBJECT_DETERMINERS = new Set(['the', 'these', 'this', 'those', 'its', 'their', 'his', 'her']);
/** Words back to a clause's subject, and to a sentence's, before the walk gives up: keeps a run-on block linear. */
const SUBJECT_REACH = 12;
const SENTENCE_REACH = 40;

/**
 * Is the writer (or the writer's team) the subject of the clause that holds token `at`?
 * Walks back to the clause's start: "I", "we", "my team" or "our office" there says yes;
 * a relative pronoun or another noun says no ("These SOPs helped"); nothing at all, as in
 * a resume bullet ("Helped reduce…"), leaves the writer as the implied subject.
 */
function writerIsSubject(tokens: Tokens, prose: string, at: number): boolean {
  const isWriter = (k: number): boolean => (tokens.lower[k] === 'i' && tokens.text[k] === 'I') || WRITER_WORDS.has(tokens.lower[k]!);
  // "…more than the evidence supported": a noun with its determiner right before the phrase is its subject.
  // Not after a copula: in "I was the executive responsible for…" the noun says what the writer was.
  if (at >= 2 && SUBJECT_DETERMINERS.has(tokens.lower[at - 2]!) && !isWriter(at - 1) && !BE_FORMS.has(tokens.lower[at - 3] ?? '') && !/[,;:.!?()]/.test(prose.slice(tokens.end[at - 2]!, tokens.start[at]!))) return false;
  let k = at - 1;
  let onlyJoiners = true;
  // A subject further back than this is too far to tell; leave the phrase alone.
  const limit = Math.max(0, at - SUBJECT_REACH);
  for (; k >= 0; k--) {
    if (k < limit) return false;
    if (/[,;:.!?()]/.test(prose.slice(tokens.end[k]!, tokens.start[k + 1]!))) break;
    if (isWriter(k)) return true;
    if (RELATIVE_PRONOUNS.has(tokens.lower[k]!)) return false;
    if (!JOINERS.has(tokens.lower[k]!)) onlyJoiners = false;
  }
  if (k === at - 1) return true;
  if (!onlyJoiners) return false;
  // "I created…, assigned…, and was tasked with": a clause that opens with "and" shares the
  // sentence's subject.
  const sentenceLimit = Math.max(0, at - SENTENCE_REACH);
  for (; k >= sentenceLimit; k--) {
    if (/[.!?]/.test(prose.slice(tokens.end[k]!, tokens.start[k + 1]!))) break;
    if (isWriter(k)) return true;
  }
  return false;
}

/**
 * "…other jobs. (Challenge) I was asked…": the splitter opens the next sentence at the tag,
 * but the tag closes the sentence before it. Moves each opening tag back to the sentence it
 * names, so the next one starts at its own first word (and a tag alone joins its sentence).
 */
function withTagsAtTheirSentences(spans: readonly Span[], tags: readonly InlineTag[], prose: string): Span[] {
  const out: Span[] = [];
  // Tags and sentences are both in order: one pointer walks the tags once.
  let t = 0;
  for (const span of spans) {
    let start = span.start;
    let lastTagEnd = -1;
    while (t < tags.length && tags[t]!.span.start < start) t++;
    while (t < tags.length && tags[t]!.span.start - start <= MAX_TAG_GAP && prose.slice(start, tags[t]!.span.start).trim() === '') {
      lastTagEnd = tags[t]!.span.end;
      start = lastTagEnd;
      while (start < span.end && /\s/.test(prose[start]!)) start++;
      t++;
    }
    const previous = out[out.length - 1];
    if (lastTagEnd >= 0 && previous) out[out.length - 1] = { start: previous.start, end: Math.max(previous.end, Math.min(span.end, lastTagEnd)) };
    if (start < span.end) out.push({ start, end: span.end });
    else if (previous) out[out.length - 1] = { start: out[out.length - 1]!.start, end: span.end };
    else out.push(span);
  }
  return out;
}

/** A tag that opens a sentence stands within a few spaces of its start. */
const MAX_TAG_GAP = 3;

/** One token buffer for every block: facts keep no tokens, so it is free again after each call. */
const tokenBuffer = new Tokens(1024);
const sentenceOfScratch = new Scratch((n) => new Int32Array(n));
const firstTokensScratch = new Scratch((n) => new Int32Array(n));
const cueCountsScratch = new Scratch((n) => new Int32Array(n));

export function computeFacts(prose: string): BlockFacts {
  const tokens = tokenize(prose, tokenBuffer);
  const quantities = quantityFlags(tokens, prose, isCountNoun);
  const phraseHits: PhraseMatch<TaggedPhrase>[] = [];
  phrases().forEachMatch(tokens, (firstToken, endToken, entry) => {
    const { notFollowedBy, notPrecededBy } = entry.entry;
    if (notFollowedBy && notFollowedBy.some((words) => followedBy(tokens, endToken, words))) return;
    if (notPrecededBy && notPrecededBy.includes(tokens.word(firstToken - 1))) return;
    if (entry.writerAsSubject && !writerIsSubject(tokens, prose, firstToken)) return;
    phraseHits.push({ firstToken, endToken, start: tokens.start[firstToken]!, end: tokens.end[endToken - 1]!, entry });
  });
  const inlineTags = findInlineTags(prose);
  const spans = inlineTags.length > 0 ? withTagsAtTheirSentences(splitSentences(prose, tokens), inlineTags, prose) : splitSentences(prose, tokens);
  // One pass gives each sentence its token range and each token its sentence; cue
  // matches are then counted per sentence without a match object per cue.
  const sentenceOf = sentenceOfScratch.zeroed(tokens.length);
  const firstTokens = firstTokensScratch.zeroed(spans.length + 1);
  for (let si = 0, t = 0; si < spans.length; si++) {
    firstTokens[si] = t;
    const end = spans[si]!.end;
    while (t < tokens.length && tokens.start[t]! < end) sentenceOf[t++] = si;
    firstTokens[si + 1] = t;
  }
  const cueCounts = cueCountsScratch.zeroed(Math.max(1, spans.length) * CUE_KINDS.length);
  cueMatcher.forEachMatch(tokens, (first, _end, kind) => {
    cueCounts[sentenceOf[first]! * CUE_KINDS.length + CUE_INDEX[kind]]++;
  });
  const sentences: SentenceFacts[] = [];
  for (let si = 0; si < spans.length; si++) {
    const s = spans[si]!;
    const first = firstTokens[si]!;
    const end = firstTokens[si + 1]!;
    const base = si * CUE_KINDS.length;
    let quantity = false;
    let scopeFigure = false;
    let organisationFigure = false;
    let measure = false;
    let event = false;
    let pastPerfect = false;
    for (let i = first; i < end; i++) {
      if (!event && isEventVerb.get(tokens, i)) event = true;
      if (!pastPerfect && tokens.lower[i] === 'had' && isPastPerfectAt(tokens, i, end)) pastPerfect = true;
      if (!quantities[i]) continue;
      quantity = true;
      if (!measure && !isElapsedTime(tokens, prose, i, first, end) && !isDefiniteCount(tokens, i, first)) measure = true;
      if (prose[tokens.start[i]! - 1] === '$') scopeFigure = organisationFigure = true;
      for (let j = i + 1; j < Math.min(end, i + 4); j++) {
        const w = tokens.lower[j]!;
        // Durations and shares say when or how much, not how big: "in 19 hours", "40 percent".
        if (DURATION_UNITS.has(w) || w === 'percent' || w === 'percentage') break;
        if (SCOPE_NOUNS.has(w) || isPluralNoun(w)) {
          scopeFigure = true;
          if (ORGANISATION_NOUNS.has(w)) organisationFigure = true;
          break;
        }
      }
    }
    let iAction = false;
    let setup = false;
    let role = false;
    let perfect = false;
    let difficulty = 0;
    let weActs = false;
    let weActions: Span[] | undefined;
    let hypothetical = false;
    let sceneClause = false;
    for (const v of findSubjectVerbs(tokens, prose, first, end)) {
      if (v.subject === 'we') {
        if (!v.mainClause || weUnderWritersVerb(tokens, prose, v.subjectToken, first) || weInCondition(tokens, v.subjectToken, first)) continue;
        if (!v.setup) weActs = true;
        if (!v.setup || weActsDespiteSetup(tokens, v.verbToken, end)) (weActions ??= []).push({ start: tokens.start[v.subjectToken]!, end: tokens.end[v.subjectEndToken - 1]! });
      } else if (v.mainClause) {
        if (v.difficulty) difficulty++;
        else if (v.setup) setup = true;
        else iAction = true;
        if (v.role) role = true;
        if (v.perfect) perfect = true;
        if (v.hypothetical) hypothetical = true;
      } else if (v.setup && !v.difficulty && isSceneClause(tokens, v.subjectToken, first)) {
        // "In 2014, when I was a screening manager at Atlanta, the equipment began…": the
        // writer's post at the time frames the sentence from a clause of its own.
        sceneClause = true;
      }
    }
    const flags =
      (iAction ? I_ACTION : 0) |
      (weActs ? WE_ACTION : 0) |
      (setup ? SETUP : 0) |
      (event ? EVENT : 0) |
      (scopeFigure ? SCOPE_FIGURE : 0) |
      (quantity ? QUANTITY : 0) |
      (role ? ROLE : 0) |
      (perfect ? PERFECT : 0) |
      (pastPerfect ? PAST_PERFECT : 0) |
      (organisationFigure ? ORGANISATION_FIGURE : 0) |
      (measure ? MEASURE : 0) |
      (hypothetical ? HYPOTHETICAL : 0) |
      (sceneClause ? SCENE_CLAUSE : 0) |
      ((iAction || setup) && hasRoleFrame(tokens, prose, first, end) ? ROLE_FRAME : 0);
    const sentence = new Sentence(s.start, s.end, weActions ?? NO_SPANS, findPassives(tokens, prose, first, end), flags);
    sentence.problem = cueCounts[base]! + difficulty;
    sentence.strain = cueCounts[base + 1]!;
    sentence.goal = cueCounts[base + 2]!;
    sentence.task = cueCounts[base + 3]!;
    sentence.context = cueCounts[base + 4]!;
    sentence.outcome = cueCounts[base + 5]!;
    sentence.opener = openerOf(tokens, first, end);
    sentences.push(sentence);
  }
  // "fell significantly, from 64 to 88 percent", "improved dramatically. Productivity rose 40
  // percent": the figure follows the adverb, in its sentence or, when the adverb ends the
  // sentence, in the next one.
  const figureFollows = (hit: PhraseMatch<TaggedPhrase>): boolean => {
    const si = sentenceOf[hit.firstToken]!;
    const sentenceEnd = firstTokens[si + 1]!;
    for (let i = hit.endToken; i < sentenceEnd; i++) if (quantities[i] && !isElapsedTime(tokens, prose, i, firstTokens[si]!, sentenceEnd)) return true;
    return hit.endToken === sentenceEnd && sentences[si + 1]?.measure === true;
  };
  const keptHits = phraseHits.some((h) => h.entry.entry.resolvedByFigure) ? phraseHits.filter((h) => !(h.entry.entry.resolvedByFigure && figureFollows(h))) : phraseHits;
  const { uses, definitions } = readAcronyms(tokens, prose);
  const visibleLength = tokens.visibleLength;
  const quotes = quotations(prose, tokens.quoteMarks);
  let lead = 0;
  while (lead < prose.length && (prose.charCodeAt(lead) === 32 || prose.charCodeAt(lead) === 10 || prose.charCodeAt(lead) === 13 || prose.charCodeAt(lead) === 9)) lead++;
  // A label is a few words and a colon at the start; no need to hand the regex the whole block.
  const label = matchCcarLabel(prose.slice(lead, lead + 48));
  return {
    wordCount: tokens.length,
    sentences,
    phraseHits: keptHits,
    quotes,
    acronymUses: uses,
    acronymDefinitions: definitions,
    years: readYears(tokens, prose),
    visibleLength,
    label: label ? { parts: label.parts, span: { start: lead, end: lead + label.length } } : undefined,
    inlineTags,
  };
}

// A quotation longer than this is more likely an unmatched mark than a quote.
const MAX_QUOTE = 800;

/** Quoted passages, "…" or “…”, including their marks, from the marks the tokenizer saw. */
function quotations(prose: string, marks: readonly number[]): Span[] {
  if (marks.length < 2) return NO_SPANS;
  const quotes: Span[] = [];
  let open = -1;
  let curlyOpen = -1;
  for (const i of marks) {
    const c = prose.charCodeAt(i);
    if (c === 34 /* " */) {
      if (open < 0) open = i;
      else {
        if (i - open <= MAX_QUOTE) quotes.push({ start: open, end: i + 1 });
        open = -1;
      }
    } else if (c === 0x201c /* “ */) {
      curlyOpen = i;
    } else if (curlyOpen >= 0) {
      if (i - curlyOpen <= MAX_QUOTE) quotes.push({ start: curlyOpen, end: i + 1 });
      curlyOpen = -1;
    }
  }
  return quotes.sort((a, b) => a.start - b.start);
}

/**
 * Block facts by block text. Each analysis marks the entries it used; entries unused for
 * a few analyses are dropped, so memory follows the document rather than its history.
 */
export class FactsCache implements MaskCache {
  private readonly entries = new Map<string, { facts: BlockFacts; used: number }>();
  /** Masked prose by block source, one map per way of masking (Markdown or plain, heading or not). */
  private readonly masks: Map<string, { result: MaskResult; used: number }>[] = [new Map(), new Map(), new Map(), new Map()];
  private generation = 0;

  get size(): number {
    return this.entries.size;
  }

  /** Call once per analysis, before `get`. */
  beginAnalysis(): void {
    this.generation++;
    if (this.generation % 8 === 0) {
      for (const [key, entry] of this.entries) if (this.generation - entry.used > 8) this.entries.delete(key);
      for (const map of this.masks) for (const [key, entry] of map) if (this.generation - entry.used > 8) map.delete(key);
    }
  }

  get(prose: string): BlockFacts {
    const hit = this.entries.get(prose);
    if (hit) {
      hit.used = this.generation;
      return hit.facts;
    }
    // Entries outlive the document they came from: key and facts are built from an owned
    // copy, so that nothing in the cache points into an old version of the document.
    const key = ownedCopy(prose);
    const facts = computeFacts(key);
    this.entries.set(key, { facts, used: this.generation });
    return facts;
  }

  mask(source: string, options: MaskOptions): MaskResult {
    const map = this.masks[(options.markdown ? 2 : 0) + (options.heading ? 1 : 0)]!;
    const hit = map.get(source);
    if (hit) {
      hit.used = this.generation;
      return hit.result;
    }
    // As in `get`: the masked prose and comment bodies are slices of what they are given.
    const key = ownedCopy(source);
    const result = maskInline(key, options);
    map.set(key, { result, used: this.generation });
    return result;
  }
}
