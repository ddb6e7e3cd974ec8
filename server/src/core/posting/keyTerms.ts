import { Span } from '../text/span';
import { POSTING_BACKGROUND } from './background';
import { BOILERPLATE_PHRASES, DOMAIN_PHRASES, ENGLISH_TIER_1, ENGLISH_TIER_2, ENGLISH_TIER_3, GENERIC_POSTING_WORDS, PLACES, STOPWORDS, TERM_VARIANTS } from './lexicon';
import { stemsOf, stemWord, termKey, TermWord, termWords } from './termTokens';

/**
 * The key terms of a posting: the phrases and words that say what this job is about.
 *
 * Candidates are runs of words inside a sentence, cut at punctuation, numbers and function
 * words ("of" and "and" may join a name in capitals: "Office of Management and Budget"), one
 * to five words long, that neither start nor end with a generic word ("demonstrated",
 * "leads", "including").
 *
 * Each word's specificity is how rare it is in ordinary English (the tiers in lexicon.ts)
 * times how rare it is in other postings (background.ts: in how many of a reference set of
 * announcements its stem appears). Generic posting words count zero. A candidate's score
 * is its specificity (the mean of its words' and its best word's) times the log of how
 * often it occurs, weighted by where (a TQ or the title counts 3, a duty 2, the summary
 * 1.5), times a bonus for phrases whose words mostly occur together. Raw frequency alone
 * would rank "program" and "executive" first.
 *
 * Then, best first, a candidate is dropped when a chosen phrase contains it and it rarely
 * occurs outside that phrase ("Acquisition Regulation" inside "Federal Acquisition
 * Regulation"), so domain phrases stay whole. An acronym defined in the posting joins its
 * spelled-out form as one term.
 */

export interface WeightedBlock {
  readonly span: Span;
  readonly weight: number;
  readonly source: 'title' | 'tq' | 'duties' | 'specialized' | 'body';
}

export interface KeyTerm {
  /** The stems, space-separated: the term's identity. */
  readonly key: string;
  /** The term as the posting writes it. */
  readonly term: string;
  readonly stems: readonly string[];
  /** Other stem sequences that count as the term: an acronym, another spelling. */
  readonly variants: readonly (readonly string[])[];
  /** 0 to 1; the best term scores 1. */
  readonly score: number;
  /** Where the posting uses it. */
  readonly occurrences: readonly Span[];
}

const MAX_TERMS = 40;
const MAX_TQ_TERMS = 8;
const MAX_CHOSEN = 300;
const MAX_WORDS = 5;

const stemSet = (words: Iterable<string>): Set<string> => new Set([...words].map(stemWord));
const TIER_1 = stemSet(ENGLISH_TIER_1);
const TIER_2 = stemSet(ENGLISH_TIER_2);
const TIER_3 = stemSet(ENGLISH_TIER_3);
const GENERIC = stemSet(GENERIC_POSTING_WORDS);

/** Every form of a verb, from its base: "improve" → improve, improves, improving, improved. */
function verbForms(bases: string): Set<string> {
  const out = new Set<string>();
  for (const base of bases.split(/\s+/).filter(Boolean)) {
    const stemE = base.endsWith('e') ? base.slice(0, -1) : base;
    const y = base.endsWith('y') && !/[aeiou]y$/.test(base);
    out.add(base);
    out.add(y ? `${base.slice(0, -1)}ies` : /(?:s|x|z|ch|sh)$/.test(base) ? `${base}es` : `${base}s`);
    out.add(`${stemE}ing`);
    out.add(y ? `${base.slice(0, -1)}ied` : `${stemE}ed`);
  }
  return out;
}

/** Verbs of duty statements: a phrase never starts with one ("sustaining uninterrupted service"). */
const VERBS = verbForms(`
  lead manage direct oversee supervise develop establish carry execute implement coordinate advise represent recommend act apply
  ensure provide serve work involve make take use need include demonstrate improve enforce sustain deliver build reduce support
  maintain achieve increase enable drive retire move operate run set hold report close shorten keep guide shape create design
  promote protect identify resolve respond assess evaluate review monitor track prepare present negotiate collaborate partner
  communicate integrate align transform modernize streamline strengthen expand prevent detect refer recover plan conduct perform
  administer formulate issue oversee analyze determine sign approve allocate prioritize balance handle address meet exceed
`);
/** Qualifiers that carry no topic at the edge of a phrase ("demonstrated", "large-scale", "complex"). */
const QUALIFIERS = new Set(
  `demonstrated proven extensive broad strong effective successful significant substantial various related relevant such major key
   complex large wide multiple diverse overall total entire full principal primary appropriate necessary new well also responsible
   required expert senior other several many high low progressive progressively increasingly considerable rapid temporary subordinate
   annual national regional local largest critical current additional similar specific general certain affected short long small
   first second final main multi experience experienced knowledge ability abilities skill skills expertise`.split(/\s+/),
);
/** Process nouns that never end a term: "the Federal Acquisition Certification program" is "Federal Acquisition Certification". */
const END_BLOCK = new Set(['program', 'programs', 'initiative', 'initiatives', 'effort', 'efforts', 'activity', 'activities', 'matter', 'matters', 'issue', 'issues', 'function', 'functions', 'area', 'areas']);
/** A name that ends with one of these is an organisation's: "Small Business Administration". */
const ORG_TAILS = new Set(['administration', 'agency', 'department', 'office', 'bureau', 'commission', 'service', 'services', 'directorate', 'division', 'council', 'board', 'corporation', 'authority', 'affairs', 'institute']);
/** A name that opens with one of these is the employer's, not a qualification: "Office of Acquisition Management". */
const ORG_HEADS = new Set(['office', 'department', 'bureau', 'division', 'directorate', 'agency', 'administration', 'service', 'center', 'command', 'branch', 'staff', 'council', 'board', 'committee', 'region']);
const GENERIC_ACRONYMS = new Set(['SES', 'ECQ', 'ECQs', 'ECQS', 'TQ', 'TQs', 'TQS', 'MTQ', 'MTQs', 'MTQS', 'PTQ', 'PTQs', 'PTQS', 'QRB', 'CDP', 'OPM', 'EEO', 'GS', 'ES', 'HR', 'US', 'U.S', 'USA', 'OGE', 'SF', 'PDF', 'CCAR', 'DC', 'FAQ', 'II', 'III']);
const JOINERS = new Set(['of', 'and', 'for', 'the', 'on', 'in', '&']);
const BOILERPLATE = new Set(BOILERPLATE_PHRASES.map((p) => termKey(stemsOf(p))));
const DOMAIN_STEMS = DOMAIN_PHRASES.map((p) => stemsOf(p).filter((st) => !STOPWORDS.has(st)));
const DOMAIN = new Set(DOMAIN_STEMS.map(termKey));

function rarity(postings: number, n: number): number {
  return postings === 0 ? 1 : Math.log((postings + 1) / (n + 1)) / Math.log(postings + 1);
}

/** How rare a stem is in other postings, 0 (in all) to 1 (in none). */
function idf(stem: string): number {
  return rarity(POSTING_BACKGROUND.postings, POSTING_BACKGROUND.df[stem] ?? 0);
}

/** How rare a phrase's word pairs are in other postings: "risk management" is common there, "capital planning" is not. */
function pairIdf(stems: readonly string[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < stems.length; i++) sum += rarity(POSTING_BACKGROUND.postings, POSTING_BACKGROUND.pairs[`${stems[i]} ${stems[i + 1]}`] ?? 0);
  return sum / (stems.length - 1);
}

/** How much one word says about a posting, 0 to 1. */
function specificity(w: TermWord): number {
  if (w.acronym) return GENERIC_ACRONYMS.has(w.stem) ? 0 : 0.8 * (0.25 + 0.75 * idf(w.stem));
  if (STOPWORDS.has(w.lower) || GENERIC.has(w.stem) || GENERIC_POSTING_WORDS.has(w.lower) || PLACES.has(w.lower) || /\d/.test(w.lower) || w.lower.length < 3) return 0;
  const english = TIER_1.has(w.stem) ? 0.1 : TIER_2.has(w.stem) ? 0.45 : TIER_3.has(w.stem) ? 0.7 : 1;
  return english * (0.25 + 0.75 * idf(w.stem));
}

interface Positioned extends TermWord {
  /** The first word of its sentence. */
  readonly sentenceStart: boolean;
  readonly spec: number;
}

interface Occurrence {
  readonly span: Span;
  readonly weight: number;
  readonly source: WeightedBlock['source'];
  readonly surface: string;
  readonly sentenceStart: boolean;
}

interface Candidate {
  readonly key: string;
  readonly stems: string[];
  readonly words: number;
  readonly occurrences: Occurrence[];
  /** Written as a name in capitals ("Federal Acquisition Regulation"). */
  named: boolean;
  spec: number;
  score: number;
}

/** Stem sequence `inner` occurs inside `outer`. */
function contains(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length >= outer.length) return false;
  outer: for (let i = 0; i + inner.length <= outer.length; i++) {
    for (let k = 0; k < inner.length; k++) if (outer[i + k] !== inner[k]) continue outer;
    return true;
  }
  return false;
}

interface AcronymDefinition {
  /** The spelled-out form's words, "and" and "of" included. */
  readonly words: readonly string[];
  /** Its content stems. */
  readonly stems: readonly string[];
  /** It names an organisation ("Department of Energy", "Office of Information and Technology"). */
  readonly organisation: boolean;
}

/** "Federal Information Security Modernization Act (FISMA)": the acronyms a posting defines, by acronym. */
function acronymDefinitions(text: string, words: readonly Positioned[]): Map<string, AcronymDefinition> {
  const out = new Map<string, AcronymDefinition>();
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (!w.acronym || text[w.start - 1] !== '(' || text[w.end] !== ')') continue;
    const letters = w.stem.replace(/[^A-Z]/g, '');
    // Walk back over capitalised words (and joiners) whose initials spell the acronym.
    // Initials with and without the joiners: DOE is "Department of Energy", FAR is not "Federal … of".
    const expansion: Positioned[] = [];
    let initials = '';
    let withJoiners = '';
    for (let j = i - 1; j >= 0 && expansion.length < 12; j--) {
      const p = words[j]!;
      if (j < i - 1 && /[.;:!?()]/.test(text.slice(p.end, words[j + 1]!.start))) break;
      expansion.unshift(p);
      withJoiners = p.lower[0]!.toUpperCase() + withJoiners;
      if (!JOINERS.has(p.lower)) initials = p.lower[0]!.toUpperCase() + initials;
      if ((initials === letters || withJoiners === letters) && !JOINERS.has(p.lower)) break;
      if (initials.length > letters.length) break;
    }
    if ((initials === letters || withJoiners === letters) && expansion.length >= 2) {
      const content = expansion.filter((p) => !STOPWORDS.has(p.lower));
      const organisation = ORG_HEADS.has(content[0]!.lower) || ORG_TAILS.has(content[content.length - 1]!.lower);
      out.set(w.stem, { words: expansion.map((p) => p.lower), stems: content.map((p) => p.stem), organisation });
    }
  }
  return out;
}

export interface ExtractedTerms {
  readonly keyTerms: KeyTerm[];
  /** The keys of the terms inside a span, best first (a TQ's own terms). */
  termsOfSpan(span: Span): string[];
}

export function extractKeyTerms(text: string, blocks: readonly WeightedBlock[]): ExtractedTerms {
  const candidates = new Map<string, Candidate>();
  const stemCounts = new Map<string, number>();
  const blockWords: { block: WeightedBlock; words: Positioned[] }[] = [];
  for (const block of blocks) {
    const slice = text.slice(block.span.start, block.span.end);
    const raw = termWords(slice);
    const words: Positioned[] = raw.map((w, i) => {
      const gap = i === 0 ? '' : slice.slice(raw[i - 1]!.end, w.start);
      // A title is written in capitals by convention; its words are not names for that.
      const capitalised = block.source === 'title' ? false : w.capitalised;
      return { ...w, capitalised, start: w.start + block.span.start, end: w.end + block.span.start, sentenceStart: i === 0 || /[.!?:;•]/.test(gap), spec: specificity(w) };
    });
    blockWords.push({ block, words });
    for (const w of words) stemCounts.set(w.stem, (stemCounts.get(w.stem) ?? 0) + 1);
  }
  const definitions = acronymDefinitions(text, blockWords.flatMap((b) => b.words));
  const expansions = new Set([...definitions.values()].map((d) => termKey(d.stems)));
  // The employer's own names ("DOE", "Office of Information and Technology") are not qualifications.
  const organisations = new Set([...definitions].filter(([, d]) => d.organisation).flatMap(([acronym, d]) => [acronym, termKey(d.stems)]));

  const add = (phrase: readonly Positioned[], block: WeightedBlock, named: boolean): void => {
    const content = phrase.filter((w) => !STOPWORDS.has(w.lower));
    const stems = content.map((w) => w.stem);
    const key = termKey(stems);
    if (BOILERPLATE.has(key) || organisations.has(key)) return;
    let c = candidates.get(key);
    if (!c) {
      const specs = content.map((w) => w.spec);
      let spec = 0.5 * Math.max(...specs) + 0.5 * (specs.reduce((x, y) => x + y, 0) / specs.length);
      // A pair of common words can still be a rare phrase in postings ("capital planning").
      if (content.length > 1) spec = 0.6 * spec + 0.4 * pairIdf(stems) * Math.min(1, 2 * Math.max(...specs));
      if (DOMAIN.has(key)) spec = Math.min(1, spec * 1.5 + 0.15);
      // A name the posting spells out with its acronym is one of its subjects ("FISMA").
      if (named && expansions.has(key)) spec = Math.max(spec, 0.75);
      c = { key, stems, words: content.length, occurrences: [], named: false, spec, score: 0 };
      candidates.set(key, c);
    }
    if (named) c.named = true;
    const first = phrase[0]!;
    const last = phrase[phrase.length - 1]!;
    c.occurrences.push({ span: { start: first.start, end: last.end }, weight: block.weight, source: block.source, surface: text.slice(first.start, last.end), sentenceStart: first.sentenceStart });
  };

  for (const { block, words } of blockWords) {
    // Runs of words with nothing but spaces or a hyphen between them, and no numbers.
    const runs: Positioned[][] = [];
    let run: Positioned[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const gap = i === 0 ? '' : text.slice(words[i - 1]!.end, w.start);
      if ((i > 0 && !/^[\s-]*$/.test(gap)) || /^\d/.test(w.lower)) {
        if (run.length > 0) runs.push(run);
        run = [];
        if (/^\d/.test(w.lower)) continue;
      }
      run.push(w);
    }
    if (run.length > 0) runs.push(run);

    for (const r of runs) {
      // Names: maximal stretches of capitalised words, joined by "of", "and"…, not opened
      // by the capitalised verb of a duty ("Directs Acquisition…").
      const nameAt = new Array<number>(r.length).fill(-1);
      for (let i = 0; i < r.length; ) {
        const w = r[i]!;
        if (!(w.capitalised || w.acronym) || STOPWORDS.has(w.lower) || (w.sentenceStart && (VERBS.has(w.lower) || QUALIFIERS.has(w.lower)))) {
          i++;
          continue;
        }
        let j = i;
        while (j + 1 < r.length) {
          const next = r[j + 1]!;
          // A name never runs across a line break ("Department of the Interior / Bureau of…").
          if (text.slice(r[j]!.end, next.start).includes('\n')) break;
          if (next.capitalised || next.acronym) j++;
          else if (JOINERS.has(next.lower) && j + 2 < r.length && (r[j + 2]!.capitalised || r[j + 2]!.acronym) && !text.slice(next.end, r[j + 2]!.start).includes('\n')) j += 2;
          else break;
        }
        if (j > i) for (let k = i; k <= j; k++) nameAt[k] = i;
        i = j + 1;
      }
      const nameEnd = (i: number): number => {
        let j = i;
        while (j + 1 < r.length && nameAt[j + 1] === nameAt[i]) j++;
        return j;
      };

      // Words of the employer's name ("Office of Disaster Recovery and Resilience") are not terms either.
      const inOrganisation = new Array<boolean>(r.length).fill(false);
      for (let i = 0; i < r.length; i++) {
        if (nameAt[i] !== i) continue;
        const end = nameEnd(i);
        const name = r.slice(i, end + 1);
        const content = name.filter((w) => !STOPWORDS.has(w.lower));
        if (ORG_HEADS.has(r[i]!.lower) || ORG_TAILS.has(r[end]!.lower) || organisations.has(termKey(content.map((w) => w.stem)))) {
          for (let k = i; k <= end; k++) inOrganisation[k] = true;
        } else if (end - i < 5 && name.some((w) => w.spec > 0)) {
          add(name, block, true);
        }
      }

      for (let i = 0; i < r.length; i++) {
        if (inOrganisation[i]) continue;
        for (let j = i; j < Math.min(r.length, i + MAX_WORDS); j++) {
          const phrase = r.slice(i, j + 1);
          const first = phrase[0]!;
          const last = phrase[phrase.length - 1]!;
          // Inside a name, only the whole name counts (added above).
          if (nameAt[i] >= 0 && nameAt[j] === nameAt[i] && phrase.length > 1) continue;
          if (phrase.length > 1 && (nameAt[i] >= 0 && nameAt[i] !== i || (nameAt[j] >= 0 && nameEnd(j) !== j))) continue;
          if (STOPWORDS.has(first.lower) || STOPWORDS.has(last.lower)) continue;
          if (first.compound === 'middle' || first.compound === 'last' || last.compound === 'first' || last.compound === 'middle') continue;
          const content = phrase.filter((w) => !STOPWORDS.has(w.lower));
          // Function words join only names, and spelled-out acronyms ("management and operating").
          if (content.length !== phrase.length && !expansions.has(termKey(content.map((w) => w.stem)))) continue;
          if (inOrganisation[j]) continue;
          if (VERBS.has(first.lower) || QUALIFIERS.has(first.lower) || QUALIFIERS.has(last.lower) || END_BLOCK.has(last.lower) || (phrase.length > 1 && VERBS.has(last.lower) && !last.lower.endsWith('ing'))) continue;
          // "declared", "affected", "geographically", "accountable": a participle, an adverb or
          // an adjective of ability is a property, not a topic.
          if (!last.acronym && ((/[^e]ed$/.test(last.lower) && last.lower.length > 4) || /ly$/.test(last.lower) || (phrase.length === 1 && /[ai]ble$/.test(last.lower)))) continue;
          // "the Department's acquisition…": a possessive generic word opens no term.
          if (phrase.length > 1 && GENERIC.has(first.stem) && /['’]s?$/.test(first.lower)) continue;
          if (!content.some((w) => w.spec > 0)) continue;
          if (phrase.length === 1 && (first.spec === 0 || (!first.acronym && first.lower.length < 3))) continue;
          add(phrase, block, false);
        }
      }
    }
  }

  // A defined acronym counts its spelled-out form's uses too, when the form is not a
  // candidate of its own ("management and operating (M&O) contracts").
  for (const [acronym, d] of definitions) {
    if (organisations.has(acronym) || candidates.has(termKey(d.stems))) continue;
    for (const { block, words } of blockWords) {
      for (let i = 0; i + d.words.length <= words.length; i++) {
        if (!d.words.every((lower, k) => words[i + k]!.lower === lower)) continue;
        const short = candidates.get(acronym);
        if (!short) break;
        const last = words[i + d.words.length - 1]!;
        short.occurrences.push({ span: { start: words[i]!.start, end: last.end }, weight: block.weight, source: block.source, surface: text.slice(words[i]!.start, last.end), sentenceStart: words[i]!.sentenceStart });
      }
    }
  }

  // Boilerplate phrases spoil every candidate inside them ("equal opportunity employer").
  for (const c of candidates.values()) if ([...BOILERPLATE].some((b) => ` ${c.key} `.includes(` ${b} `))) candidates.delete(c.key);

  for (const c of candidates.values()) {
    const tf = c.occurrences.reduce((sum, o) => sum + o.weight, 0);
    const count = c.occurrences.length;
    const inTq = c.occurrences.some((o) => o.source === 'tq');
    let factor = 1;
    if (c.words > 1) {
      // Do the words mostly occur together? "acquisition workforce" yes; "budget staff" no.
      // A term of art is a phrase by definition, wherever else its words occur.
      const cohesion = DOMAIN.has(c.key) ? 1 : Math.min(1, count / Math.min(...c.stems.map((st) => stemCounts.get(st) ?? count)));
      factor = (count >= 2 || inTq || DOMAIN.has(c.key) ? [1, 1, 1.6, 1.8, 1.8, 1.7][c.words]! : 0.7) * (0.5 + 0.5 * cohesion);
    } else if (count === 1 && !inTq) {
      // A word the posting uses once, in passing, is rarely what it is about.
      factor = 0.6;
    }
    c.score = c.spec * (1 + Math.log2(tf)) * factor;
  }

  const scoreOf = (c: Candidate, occurrences: readonly Occurrence[]): number => {
    const tf = occurrences.reduce((sum, o) => sum + o.weight, 0);
    return tf === 0 ? 0 : (c.score / (1 + Math.log2(c.occurrences.reduce((sum, o) => sum + o.weight, 0)))) * (1 + Math.log2(tf));
  };
  const byScore = (x: Candidate, y: Candidate): number => y.score - x.score || y.words - x.words || (x.key < y.key ? -1 : 1);
  const queue = new MaxHeap<Candidate>((x, y) => byScore(x, y) < 0);
  for (const c of candidates.values()) if (c.score > 0) queue.push(c);
  const chosen: Candidate[] = [];
  const rescored = new Set<Candidate>();
  /** Sorted occurrence starts of each chosen term, to find the one that holds an occurrence. */
  const startsOf = new Map<Candidate, number[]>();
  const heldBy = (p: Candidate, o: Occurrence): boolean => {
    const starts = startsOf.get(p)!;
    // The last occurrence of p that starts at or before o; occurrences of one term do not nest.
    let low = 0;
    let high = starts.length - 1;
    let at = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! <= o.span.start) {
        at = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return at >= 0 && sortedOccurrences(p)[at]!.span.end >= o.span.end;
  };
  const sortedCache = new Map<Candidate, Occurrence[]>();
  const sortedOccurrences = (p: Candidate): Occurrence[] => {
    let sorted = sortedCache.get(p);
    if (!sorted) {
      sorted = [...p.occurrences].sort((x, y) => x.span.start - y.span.start);
      sortedCache.set(p, sorted);
    }
    return sorted;
  };
  // Only the best few hundred matter (40 key terms and each TQ's own); stopping there keeps
  // a huge posting linear.
  while (queue.size > 0 && chosen.length < MAX_CHOSEN) {
    const c = queue.pop()!;
    // Occurrences inside a chosen phrase are that phrase's: "acquisition" within "Federal
    // Acquisition Regulation" says nothing more. A term is judged by the rest.
    const holders = chosen.filter((p) => contains(p.stems, c.stems));
    if (holders.length > 0) {
      const free = c.occurrences.filter((o) => !holders.some((p) => heldBy(p, o)));
      if (free.length === 0) continue;
      if (!rescored.has(c) && free.length < c.occurrences.length) {
        rescored.add(c);
        c.score = scoreOf(c, free);
        queue.push(c);
        continue;
      }
    }
    // A longer form of a chosen phrase ("loan portfolio risk" of "loan portfolio") must be
    // used more than once, or be a term of art, to count as a term of its own.
    if (c.occurrences.length < 2 && !c.named && !DOMAIN.has(c.key) && chosen.some((p) => p.words > 1 && contains(c.stems, p.stems))) continue;
    chosen.push(c);
    startsOf.set(c, sortedOccurrences(c).map((o) => o.span.start));
  }

  // An acronym defined in the posting and its spelled-out form are one term.
  const variantsOf = new Map<string, string[][]>();
  const displayOf = new Map<Candidate, string>();
  for (const [acronym, d] of definitions) {
    const long = chosen.find((c) => c.key === termKey(d.stems));
    const short = chosen.find((c) => c.key === acronym);
    if (long) variantsOf.set(long.key, [...(variantsOf.get(long.key) ?? []), [acronym]]);
    if (long && short) {
      long.occurrences.push(...short.occurrences);
      long.score = Math.max(long.score, short.score);
      chosen.splice(chosen.indexOf(short), 1);
    } else if (short) {
      variantsOf.set(short.key, [...(variantsOf.get(short.key) ?? []), [...d.stems]]);
      const spelled = short.occurrences.find((o) => o.surface !== acronym);
      if (spelled) displayOf.set(short, `${spelled.surface.replace(/\s+/g, ' ')} (${acronym})`);
    }
    if (long) displayOf.set(long, `${(long.occurrences.find((o) => /^[A-Z]/.test(o.surface) && o.source !== 'title') ?? long.occurrences[0]!).surface.replace(/\s+/g, ' ')} (${acronym})`);
  }
  chosen.sort((x, y) => y.score - x.score);

  const groups = TERM_VARIANTS.map((g) => g.map(stemsOf));
  const top = chosen[0]?.score ?? 1;
  const toKeyTerm = (c: Candidate): KeyTerm => {
    const variants: string[][] = [...(variantsOf.get(c.key) ?? [])];
    // A term of art inside a longer term is its core: "zero trust" covers "zero trust architecture".
    for (const core of DOMAIN_STEMS) if (core.length >= 2 && contains(c.stems, core)) variants.push([...core]);
    for (const group of groups) {
      for (const spelling of group) {
        const at = indexOf(c.stems, spelling);
        if (at < 0) continue;
        for (const other of group) {
          if (other === spelling) continue;
          variants.push([...c.stems.slice(0, at), ...other, ...c.stems.slice(at + spelling.length)]);
        }
      }
    }
    // As written mid-sentence, outside the title; a name keeps its capitals, and a
    // capitalised first word at the start of a sentence or in the title loses them.
    const plain = c.occurrences.filter((o) => o.source !== 'title' && !o.sentenceStart);
    const display = (c.named ? c.occurrences.find((o) => /^[A-Z]/.test(o.surface) && o.source !== 'title') : undefined) ?? plain.find((o) => /^[a-z]/.test(o.surface)) ?? plain[0] ?? c.occurrences[0]!;
    let term = displayOf.get(c) ?? display.surface.replace(/\s+/g, ' ');
    if (!displayOf.has(c) && !c.named) {
      // Title Case from the title, or a capital that only opens a sentence, is not the term's own.
      if (display.source === 'title') term = term.replace(/\b([A-Z])([a-z]+)\b/g, (_m, a: string, b: string) => a.toLowerCase() + b);
      else if (/^[A-Z][a-z]+(?:$|[\s-]+[a-z])/.test(term)) term = term[0]!.toLowerCase() + term.slice(1);
    }
    const seen = new Set([c.key]);
    return {
      key: c.key,
      term,
      stems: c.stems,
      variants: variants.filter((v) => {
        const k = termKey(v);
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      }),
      score: Math.round((c.score / top) * 1000) / 1000,
      occurrences: c.occurrences.map((o) => o.span).sort((a, b) => a.start - b.start),
    };
  };

  const selected = chosen.slice(0, MAX_TERMS);
  const tqTerms = new Map<string, Candidate[]>();
  const tqBlocks = blocks.filter((b) => b.source === 'tq');
  for (const b of tqBlocks) {
    // A TQ's terms: its phrases first, since single words are met by almost any draft.
    const inside = chosen
      .filter((c) => c.occurrences.some((o) => o.span.start >= b.span.start && o.span.end <= b.span.end) && c.score >= (c.words > 1 ? 0.1 : 0.3) * top)
      .sort((x, y) => y.score * (y.words > 1 ? 1.5 : 1) - x.score * (x.words > 1 ? 1.5 : 1))
      .slice(0, MAX_TQ_TERMS);
    tqTerms.set(`${b.span.start}:${b.span.end}`, inside);
    for (const c of inside) if (!selected.includes(c)) selected.push(c);
  }
  const keyTerms = selected.sort((a, b) => b.score - a.score).map(toKeyTerm);
  return {
    keyTerms,
    termsOfSpan: (span) => {
      const own = tqTerms.get(`${span.start}:${span.end}`);
      if (own) return own.map((c) => c.key);
      return keyTerms.filter((t) => t.occurrences.some((o) => o.start >= span.start && o.end <= span.end)).slice(0, MAX_TQ_TERMS).map((t) => t.key);
    },
  };
}

/** A binary heap: the best candidate first, in O(log n) per push and pop. */
class MaxHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly before: (a: T, b: T) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  push(item: T): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let best = i;
        if (left < items.length && this.before(items[left]!, items[best]!)) best = left;
        if (right < items.length && this.before(items[right]!, items[best]!)) best = right;
        if (best === i) break;
        [items[i], items[best]] = [items[best]!, items[i]!];
        i = best;
      }
    }
    return top;
  }
}

function indexOf(stems: readonly string[], part: readonly string[]): number {
  outer: for (let i = 0; i + part.length <= stems.length; i++) {
    for (let k = 0; k < part.length; k++) if (stems[i + k] !== part[k]) continue outer;
    return i;
  }
  return -1;
}
