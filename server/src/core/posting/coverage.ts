import { Span } from '../text/span';
import { DocumentModel, isProse } from '../parse/document';
import { PostingAnalysis, PostingTq } from './posting';
import { KeyTerm } from './keyTerms';
import { termKey, termWords } from './termTokens';
import { STOPWORDS } from './lexicon';

/**
 * Where drafts use a posting's key terms and TQ wording. A term is covered when a draft
 * uses it or one of its variants in any inflection ("modernized" covers "modernization"):
 * words are compared by stem (termTokens.ts). A TQ's score is the share of its own terms
 * that the drafts use, each weighted by its key-term score; a TQ is addressed when half its
 * wording is covered, or when a draft gives it a section of its own ("MTQ 1" as a heading).
 *
 * Matches are computed per block of draft text and cached by the block's text, so after an
 * edit only the edited paragraph is matched again.
 */

export interface CoverageDraft {
  readonly path: string;
  readonly document: DocumentModel;
}

export interface TermUse {
  readonly path: string;
  readonly span: Span;
}

export interface TermCoverage {
  readonly key: string;
  readonly term: string;
  readonly score: number;
  readonly uses: readonly TermUse[];
}

export interface TqCoverage {
  readonly tq: PostingTq;
  /** 0 to 1: the share of the TQ's wording the drafts use, weighted by term score. */
  readonly score: number;
  /** A draft has a section headed with this TQ's label or number. */
  readonly byHeading: string | undefined;
  readonly addressed: boolean;
  readonly covered: readonly TermCoverage[];
  readonly missing: readonly TermCoverage[];
}

export interface PostingCoverage {
  /** Every key term, in the posting's order of importance. */
  readonly terms: readonly TermCoverage[];
  readonly tqs: readonly TqCoverage[];
  /** 0 to 1: the share of the top 20 key terms the drafts use, weighted by score. */
  readonly termScore: number;
  /** The mean TQ score; undefined when the posting has no TQs. */
  readonly tqScore: number | undefined;
  /** The TQ and key-term scores together, 0 to 1. */
  readonly overall: number;
}

/** A TQ counts as addressed when the drafts use this share of its wording. */
export const TQ_ADDRESSED_SCORE = 0.5;
const TOP_TERMS = 20;

interface Pattern {
  readonly stems: readonly string[];
  readonly keys: readonly string[];
}

interface BlockMatch {
  readonly key: string;
  /** Relative to the block's start. */
  readonly start: number;
  readonly end: number;
}

/**
 * The posting's terms as patterns, indexed by first stem, with a cache of matches per block
 * text. Make one per posting analysis and keep it while the posting is unchanged.
 */
export class PostingMatcher {
  private readonly byFirst = new Map<string, Pattern[]>();
  private readonly cache = new Map<string, { matches: readonly BlockMatch[]; used: number }>();
  private generation = 0;

  constructor(readonly posting: PostingAnalysis) {
    const patterns = new Map<string, Set<string>>();
    for (const t of posting.keyTerms) {
      for (const stems of [t.stems, ...t.variants]) {
        const content = stems.filter((s) => !STOPWORDS.has(s));
        if (content.length === 0) continue;
        const k = termKey(content);
        let keys = patterns.get(k);
        if (!keys) patterns.set(k, (keys = new Set()));
        keys.add(t.key);
      }
    }
    for (const [k, keys] of patterns) {
      const stems = k.split(' ');
      const list = this.byFirst.get(stems[0]!) ?? [];
      list.push({ stems, keys: [...keys] });
      this.byFirst.set(stems[0]!, list);
    }
  }

  /** The term matches in one block of prose, from the cache when the text was seen before. */
  matchBlock(prose: string): readonly BlockMatch[] {
    const hit = this.cache.get(prose);
    if (hit) {
      hit.used = this.generation;
      return hit.matches;
    }
    // Function words do not break a match: "management and operating" is "management operating".
    const words = termWords(prose).filter((w) => !STOPWORDS.has(w.lower) || w.acronym);
    const matches: BlockMatch[] = [];
    for (let i = 0; i < words.length; i++) {
      const candidates = this.byFirst.get(words[i]!.stem);
      if (!candidates) continue;
      for (const p of candidates) {
        if (i + p.stems.length > words.length) continue;
        let ok = true;
        for (let k = 1; k < p.stems.length; k++) {
          // A phrase does not run across a sentence or a list item.
          if (words[i + k]!.stem !== p.stems[k] || /[.;:!?\n]\s/.test(prose.slice(words[i + k - 1]!.end, words[i + k]!.start))) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        for (const key of p.keys) matches.push({ key, start: words[i]!.start, end: words[i + p.stems.length - 1]!.end });
      }
    }
    // One use per place: "zero-trust architecture" matches the term and its core "zero
    // trust"; the longest match of a term at a place counts once.
    matches.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: BlockMatch[] = [];
    const lastEnd = new Map<string, number>();
    for (const m of matches) {
      if ((lastEnd.get(m.key) ?? -1) > m.start) continue;
      kept.push(m);
      lastEnd.set(m.key, m.end);
    }
    this.cache.set(prose, { matches: kept, used: this.generation });
    return kept;
  }

  /** Call once per coverage computation: forgets blocks not seen for a while. */
  beginPass(): void {
    this.generation++;
    if (this.generation % 8 === 0) for (const [k, v] of this.cache) if (this.generation - v.used > 8) this.cache.delete(k);
  }
}

/** The blocks of a draft whose words count: prose and headings, not quotations or code. */
function countedBlocks(doc: DocumentModel) {
  return doc.blocks.filter((b) => isProse(b) && b.kind !== 'quote');
}

export function coverageOf(matcher: PostingMatcher, drafts: readonly CoverageDraft[]): PostingCoverage {
  const posting = matcher.posting;
  matcher.beginPass();
  const uses = new Map<string, TermUse[]>();
  for (const draft of drafts) {
    for (const block of countedBlocks(draft.document)) {
      for (const m of matcher.matchBlock(block.prose)) {
        let list = uses.get(m.key);
        if (!list) uses.set(m.key, (list = []));
        list.push({ path: draft.path, span: { start: block.span.start + m.start, end: block.span.start + m.end } });
      }
    }
  }
  const termCoverage = (t: KeyTerm): TermCoverage => ({ key: t.key, term: t.term, score: t.score, uses: uses.get(t.key) ?? [] });
  const terms = posting.keyTerms.map(termCoverage);
  const byKey = new Map(terms.map((t) => [t.key, t]));

  const tqs = posting.tqs.map((tq): TqCoverage => {
    const own = tq.terms.map((k) => byKey.get(k)).filter((t): t is TermCoverage => !!t);
    const total = own.reduce((sum, t) => sum + t.score, 0);
    const covered = own.filter((t) => t.uses.length > 0);
    const score = total === 0 ? 0 : covered.reduce((sum, t) => sum + t.score, 0) / total;
    const byHeading = headingFor(tq, drafts);
    return { tq, score, byHeading, addressed: byHeading !== undefined || score >= TQ_ADDRESSED_SCORE, covered, missing: own.filter((t) => t.uses.length === 0) };
  });

  const top = terms.slice(0, TOP_TERMS);
  const topTotal = top.reduce((sum, t) => sum + t.score, 0);
  const termScore = topTotal === 0 ? 0 : top.filter((t) => t.uses.length > 0).reduce((sum, t) => sum + t.score, 0) / topTotal;
  const tqScore = tqs.length === 0 ? undefined : tqs.reduce((sum, t) => sum + t.score, 0) / tqs.length;
  return { terms, tqs, termScore, tqScore, overall: tqScore === undefined ? termScore : (tqScore + termScore) / 2 };
}

/** The path of a draft that gives the TQ a section of its own ("MTQ 1: Legacy modernization"). */
function headingFor(tq: PostingTq, drafts: readonly CoverageDraft[]): string | undefined {
  // The lookbehinds let a match start only where blanks or digits start, not at each of a long
  // run of them (each such start rescanned the run): /\s*\d+$/ in linear time.
  const prefix = tq.label.replace(/(?<!\s)\s*(?<!\d)\d+$/, '');
  for (const d of drafts) {
    for (const s of d.document.sections) {
      if (!s.tq || s.tq.number !== tq.number) continue;
      // "TQ 1" in a draft answers "MTQ 1" of the posting; "PTQ 1" does not answer "MTQ 1".
      const draftPrefix = s.tq.label.replace(/(?<!\s)\s*(?<!\d)\d+$/, '');
      if (draftPrefix === prefix || draftPrefix === 'TQ' || prefix === 'TQ') return d.path;
    }
  }
  return undefined;
}
