import { Span } from '../text/span';
import { Token, tokenize } from '../nlp/tokens';
import { splitSentences } from '../nlp/sentences';
import { findSubjectVerbs, SubjectVerb } from '../nlp/clauses';
import { quantityFlags } from '../nlp/quantity';
import { AcronymDefinition, AcronymUse, readAcronyms } from '../nlp/acronyms';
import { readYears, YearMention } from '../nlp/years';
import { PhraseMatch, PhraseMatcher } from '../nlp/phraseMatcher';
import { cueMatcher, CueKind, SCOPE_NOUNS } from '../ccar/cues';
import { CcarPartKind, matchCcarLabel } from '../domain/headings';
import { TaggedPhrase } from '../rules/phrases/phraseTypes';
import { PHRASE_RULES } from '../rules/phrases';

/**
 * Everything the rules need to know about one block that depends only on its text.
 * Facts are computed once per distinct block text and cached (FactsCache), so after a
 * one-word edit only the edited paragraph is analysed again. All offsets are relative to
 * the block's start.
 */
export interface SentenceFacts {
  readonly span: Span;
  readonly firstToken: number;
  readonly endToken: number;
  readonly subjects: readonly SubjectVerb[];
  /** A main-clause "I <verb>" that is an action, not scene-setting. */
  readonly iAction: boolean;
  /** A "we <verb>" or "our team <verb>" action. */
  readonly weAction: boolean;
  /** "I was", "I became", "I could not": the writer sets the scene. */
  readonly setup: boolean;
  readonly cues: Readonly<Record<CueKind, number>>;
  /** A number with a scope noun: "640 employees", "$720 million", "29 agencies". */
  readonly scopeFigure: boolean;
  readonly quantity: boolean;
}

export interface BlockFacts {
  readonly tokens: readonly Token[];
  readonly sentences: readonly SentenceFacts[];
  readonly phraseHits: readonly PhraseMatch<TaggedPhrase>[];
  readonly quantities: Uint8Array;
  /** Quoted passages, "…" or “…”, including the marks. */
  readonly quotes: readonly Span[];
  readonly acronymUses: readonly AcronymUse[];
  readonly acronymDefinitions: readonly AcronymDefinition[];
  readonly years: readonly YearMention[];
  /** Characters as the reader sees them: markup gone, runs of white space as one space. */
  readonly visibleLength: number;
  /** A CCAR label that opens the block ("Challenge:", "**Result**:"). */
  readonly label: { readonly parts: readonly CcarPartKind[]; readonly span: Span } | undefined;
}

let phraseMatcher: PhraseMatcher<TaggedPhrase> | undefined;

function phrases(): PhraseMatcher<TaggedPhrase> {
  if (!phraseMatcher) {
    phraseMatcher = new PhraseMatcher<TaggedPhrase>();
    for (const rule of PHRASE_RULES) {
      for (const entry of rule.phrases) phraseMatcher.add(entry.pattern, { ruleId: rule.meta.id, entry });
    }
  }
  return phraseMatcher;
}

function isCountNoun(word: string): boolean {
  return SCOPE_NOUNS.has(word);
}

export function computeFacts(prose: string): BlockFacts {
  const tokens = tokenize(prose);
  const quantities = quantityFlags(tokens, prose, isCountNoun);
  const phraseHits = phrases()
    .match(tokens)
    .filter((hit) => {
      const { notFollowedBy, notPrecededBy } = hit.entry.entry;
      if (notFollowedBy && notFollowedBy.includes(tokens[hit.endToken]?.lower ?? '')) return false;
      if (notPrecededBy && notPrecededBy.includes(tokens[hit.firstToken - 1]?.lower ?? '')) return false;
      return true;
    });
  const cueHits = cueMatcher.match(tokens);
  const sentences: SentenceFacts[] = [];
  let tokenIndex = 0;
  let cueIndex = 0;
  for (const s of splitSentences(prose)) {
    const first = tokenIndex;
    while (tokenIndex < tokens.length && tokens[tokenIndex]!.start < s.end) tokenIndex++;
    const end = tokenIndex;
    const cues: Record<CueKind, number> = { problem: 0, goal: 0, task: 0, context: 0, outcome: 0 };
    while (cueIndex < cueHits.length && cueHits[cueIndex]!.start < s.end) {
      const hit = cueHits[cueIndex]!;
      if (hit.start >= s.start) cues[hit.entry]++;
      cueIndex++;
    }
    let quantity = false;
    let scopeFigure = false;
    for (let i = first; i < end; i++) {
      if (!quantities[i]) continue;
      quantity = true;
      if (prose[tokens[i]!.start - 1] === '$') scopeFigure = true;
      for (let j = i + 1; j < Math.min(end, i + 4); j++) {
        if (SCOPE_NOUNS.has(tokens[j]!.lower)) scopeFigure = true;
      }
    }
    const subjects = findSubjectVerbs(tokens, prose, first, end);
    const main = subjects.filter((v) => v.mainClause);
    sentences.push({
      span: s,
      firstToken: first,
      endToken: end,
      subjects,
      iAction: main.some((v) => v.subject === 'i' && !v.setup),
      weAction: subjects.some((v) => v.subject === 'we' && !v.setup),
      setup: main.some((v) => v.subject === 'i' && v.setup),
      cues,
      scopeFigure,
      quantity,
    });
  }
  const { uses, definitions } = readAcronyms(tokens, prose);
  const lead = /^\s*/.exec(prose)![0].length;
  const label = matchCcarLabel(prose.slice(lead));
  return {
    tokens,
    sentences,
    phraseHits,
    quantities,
    quotes: findQuotes(prose),
    acronymUses: uses,
    acronymDefinitions: definitions,
    years: readYears(tokens, prose),
    visibleLength: visibleLength(prose),
    label: label ? { parts: label.parts, span: { start: lead, end: lead + label.length } } : undefined,
  };
}

function visibleLength(prose: string): number {
  let count = 0;
  let pendingSpace = false;
  for (let i = 0; i < prose.length; i++) {
    const c = prose.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      pendingSpace = count > 0;
    } else {
      if (pendingSpace) count++;
      pendingSpace = false;
      count++;
    }
  }
  return count;
}

// A quotation longer than this is more likely an unmatched mark than a quote.
const MAX_QUOTE = 800;

function findQuotes(prose: string): Span[] {
  const quotes: Span[] = [];
  let open = -1;
  let curlyOpen = -1;
  for (let i = 0; i < prose.length; i++) {
    const c = prose[i];
    if (c === '"') {
      if (open < 0) open = i;
      else {
        if (i - open <= MAX_QUOTE) quotes.push({ start: open, end: i + 1 });
        open = -1;
      }
    } else if (c === '“') {
      curlyOpen = i;
    } else if (c === '”' && curlyOpen >= 0) {
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
export class FactsCache {
  private readonly entries = new Map<string, { facts: BlockFacts; used: number }>();
  private generation = 0;

  get size(): number {
    return this.entries.size;
  }

  /** Call once per analysis, before `get`. */
  beginAnalysis(): void {
    this.generation++;
    if (this.generation % 8 === 0) {
      for (const [key, entry] of this.entries) if (this.generation - entry.used > 8) this.entries.delete(key);
    }
  }

  get(prose: string): BlockFacts {
    const hit = this.entries.get(prose);
    if (hit) {
      hit.used = this.generation;
      return hit.facts;
    }
    const facts = computeFacts(prose);
    this.entries.set(prose, { facts, used: this.generation });
    return facts;
  }
}
