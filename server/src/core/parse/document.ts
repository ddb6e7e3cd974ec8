import { LineIndex } from '../text/lineIndex';
import { Span } from '../text/span';
import { Block, iterateBlocks, SourceFormat } from './blocks';
import { runToEnd } from '../steps';
import { FrontMatter, readFrontMatter } from './frontMatter';
import { DocumentKind, isDocumentKind, isPlainTextPath, kindFromContent, kindFromFileName, KindSource } from './kind';
import { Directive, readDirectives } from './suppressions';
import { EcqDefinition, EcqSetId } from '../domain/ecqSets';
import { matchCcarLabel, matchEcqHeading, matchExampleLabel, matchTqHeading, resolveEcq, setOfHeading, TqHeadingMatch, EcqHeadingMatch, CcarPartKind } from '../domain/headings';
import { BlockFacts, FactsCache } from '../analysis/facts';
import { analyseCcar, CcarAnalysis, LabelledSegment, SentenceRef } from '../ccar/infer';
import { splitStories } from '../ccar/stories';
import { InlineTag } from '../ccar/tags';
import { InterviewLayout, isPlainTextQuestionLine, readInterviewLayout } from '../interview/layout';

export type EcqSetSetting = EcqSetId | 'auto';
export type DetectedEcqSet = EcqSetId | 'unknown';

export interface ParseOptions {
  /** Used for the kind (by suffix) and the format (.txt is plain text). */
  readonly path?: string;
  /** Overrides detection, e.g. the CLI's `--kind`. */
  readonly kind?: DocumentKind;
  /** `auto` detects the set from the headings. */
  readonly ecqSet?: EcqSetSetting;
  readonly format?: SourceFormat;
}

export interface Example {
  /** 0-based position in its section. */
  readonly index: number;
  /** Its own heading or "Example N" label, if any. */
  readonly heading: Block | undefined;
  /** What began it: a heading, a horizontal rule, a new story found in unheaded prose (ccar/stories.ts), or the section's start. */
  readonly openedBy: 'start' | 'heading' | 'rule' | 'story';
  readonly span: Span;
  /** Prose blocks of the example (paragraphs, list items, label headings), without quotes or code. */
  readonly blocks: readonly Block[];
  readonly ccar: CcarAnalysis;
}

/** `question`: an interview question, its answer the section's one example (interview/layout.ts). */
export type SectionKind = 'ecq' | 'tq' | 'document' | 'question';

export interface Section {
  readonly kind: SectionKind;
  /** The ECQ or TQ heading; absent when the whole document is one section. */
  readonly heading: Block | undefined;
  readonly ecq: EcqDefinition | undefined;
  readonly tq: TqHeadingMatch | undefined;
  /** From the heading (or first block) to the end of the section's last block. */
  readonly span: Span;
  /** Every block of the section after its heading. */
  readonly blocks: readonly Block[];
  /** Text before the first example heading, when examples have headings. */
  readonly intro: readonly Block[];
  readonly examples: readonly Example[];
}

export interface DocumentModel {
  readonly text: string;
  readonly lines: LineIndex;
  readonly format: SourceFormat;
  readonly kind: DocumentKind;
  readonly kindSource: KindSource;
  readonly frontMatter: FrontMatter | undefined;
  readonly ecqSet: DetectedEcqSet;
  readonly blocks: readonly Block[];
  /** Blocks before the first section (title, summary). */
  readonly preamble: readonly Block[];
  readonly sections: readonly Section[];
  readonly directives: readonly Directive[];
  /** Facts for every prose block, by block index. */
  readonly facts: ReadonlyMap<number, BlockFacts>;
}

const PROSE_KINDS = new Set(['paragraph', 'listItem', 'heading', 'quote']);

export function isProse(block: Block): boolean {
  return PROSE_KINDS.has(block.kind);
}

function headingText(block: Block): string {
  return block.prose.trim();
}

function isLabelHeading(block: Block): boolean {
  if (block.kind !== 'heading') return false;
  const text = headingText(block);
  const label = matchCcarLabel(text);
  return !!label && text.length <= label.length + 1;
}

/**
 * Parses a document. Blocks, their facts (from `cache` when an unchanged block was seen
 * before) and the CCAR inference of each section are computed one at a time, and the
 * generator yields after each, so that a host (the language server) can spread a large
 * document over several turns of its event loop and drop the work when the text changes.
 * `parseDocument` runs it to the end at once.
 */
export function* parseDocumentInSteps(text: string, options: ParseOptions = {}, cache: FactsCache = new FactsCache()): Generator<void, DocumentModel, void> {
  cache.beginAnalysis();
  // The line index of a long text takes steps of its own (20 to 30 ms for a million lines).
  const lines = yield* LineIndex.inSteps(text);
  const frontMatter = readFrontMatter(text);
  yield;
  const format: SourceFormat = options.format ?? (options.path && isPlainTextPath(options.path) ? 'plaintext' : 'markdown');
  const blocks: Block[] = [];
  const facts = new Map<number, BlockFacts>();
  const { kind, kindSource } = detectKind(text, options, frontMatter);
  // A plain-text interview's question lines stand alone, as Markdown headings would.
  const titleLine = kind === 'interview' && format === 'plaintext' ? isPlainTextQuestionLine : undefined;
  const ecqMatches = new Map<number, EcqHeadingMatch>();
  const tqMatches = new Map<number, TqHeadingMatch>();
  // `undefined` marks a piece of the text read without a block in it (blank lines).
  for (const block of iterateBlocks(text, format, lines, frontMatter?.span, cache, undefined, titleLine)) {
    if (block) {
      blocks.push(block);
      if (isProse(block)) facts.set(block.index, cache.get(block.prose));
      if (block.kind === 'heading' && !isLabelHeading(block)) {
        const t = headingText(block);
        const ecq = matchEcqHeading(t);
        if (ecq) ecqMatches.set(block.index, ecq);
        const tq = matchTqHeading(t);
        if (tq) tqMatches.set(block.index, tq);
      }
    }
    yield;
  }
  const ecqSet = detectSet(options.ecqSet, frontMatter, ecqMatches);
  // Past here the work runs over every block at once (sections, stories, CCAR): on tens of
  // thousands of blocks each pass is a step of its own (issue 12).
  yield;

  const sections: Section[] = [];
  if (kind === 'ecq') {
    yield* buildSections(sections, blocks, facts, ecqMatches, 'ecq', (b) => resolveEcq(ecqMatches.get(b.index)!, ecqSet === 'unknown' ? undefined : ecqSet), () => undefined, text, options, ecqSet);
  } else if (kind === 'tq') {
    yield* buildSections(sections, blocks, facts, tqMatches, 'tq', () => undefined, (b) => tqMatches.get(b.index), text, options, ecqSet);
  } else if (kind === 'interview') {
    yield* buildQuestionSections(sections, readInterviewLayout(blocks, format === 'plaintext'), facts, text);
  }
  const firstSectionStart = sections.length > 0 ? sections[0]!.span.start : text.length;
  yield;
  return {
    text,
    lines,
    format,
    kind,
    kindSource,
    frontMatter,
    ecqSet,
    blocks,
    preamble: blocks.filter((b) => b.span.end <= firstSectionStart),
    sections,
    directives: readDirectives(blocks),
    facts,
  };
}

export function parseDocument(text: string, options: ParseOptions = {}, cache: FactsCache = new FactsCache()): DocumentModel {
  return runToEnd(parseDocumentInSteps(text, options, cache));
}

function detectKind(text: string, options: ParseOptions, frontMatter: FrontMatter | undefined): { kind: DocumentKind; kindSource: KindSource } {
  if (options.kind) return { kind: options.kind, kindSource: 'option' };
  const fromName = options.path ? kindFromFileName(options.path) : undefined;
  if (fromName) return { kind: fromName, kindSource: 'filename' };
  const declared = frontMatter?.values['kind']?.toLowerCase();
  if (declared && isDocumentKind(declared)) return { kind: declared, kindSource: 'frontMatter' };
  const fromContent = kindFromContent(text);
  if (fromContent) return { kind: fromContent, kindSource: 'content' };
  return { kind: 'ecq', kindSource: 'default' };
}

function detectSet(setting: EcqSetSetting | undefined, frontMatter: FrontMatter | undefined, matches: ReadonlyMap<number, EcqHeadingMatch>): DetectedEcqSet {
  if (setting && setting !== 'auto') return setting;
  const declared = frontMatter?.values['ecqset'] ?? frontMatter?.values['ecq_set'];
  if (declared === '2025' || declared === 'legacy') return declared;
  let votes2025 = 0;
  let votesLegacy = 0;
  for (const m of matches.values()) {
    // "Leading People" is in both sets; "ECQ 2: Leading People" is in one.
    const set = setOfHeading(m);
    if (set === '2025') votes2025++;
    else if (set === 'legacy') votesLegacy++;
  }
  if (votes2025 === votesLegacy) return 'unknown';
  return votes2025 > votesLegacy ? '2025' : 'legacy';
}

function* buildSections(
  sections: Section[],
  blocks: readonly Block[],
  facts: ReadonlyMap<number, BlockFacts>,
  headings: ReadonlyMap<number, unknown>,
  kind: 'ecq' | 'tq',
  ecqOf: (b: Block) => EcqDefinition | undefined,
  tqOf: (b: Block) => TqHeadingMatch | undefined,
  text: string,
  options: ParseOptions,
  ecqSet: DetectedEcqSet,
): Generator<void, void, void> {
  const headingBlocks = blocks.filter((b) => headings.has(b.index));
  if (headingBlocks.length === 0) {
    // The whole document is one section, after a title heading if there is one.
    const body = blocks.filter((b, i) => !(i === 0 && b.kind === 'heading' && b.level === 1));
    if (!body.some((b) => isProse(b))) return;
    yield;
    const ecq = kind === 'ecq' ? ecqFromName(options.path, ecqSet) : undefined;
    sections.push(yield* makeSection('document', undefined, ecq, undefined, body, facts, text));
    return;
  }
  for (let h = 0; h < headingBlocks.length; h++) {
    const heading = headingBlocks[h]!;
    const nextHeading = headingBlocks[h + 1];
    const body: Block[] = [];
    for (let i = heading.index + 1; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (nextHeading && b.index >= nextHeading.index) break;
      // A heading of the same or a higher level that is not an ECQ ends the section ("## Appendix").
      if (b.kind === 'heading' && heading.level <= 6 && b.level <= heading.level && !isLabelHeading(b)) break;
      body.push(b);
    }
    sections.push(yield* makeSection(kind, heading, kind === 'ecq' ? ecqOf(heading) : undefined, kind === 'tq' ? tqOf(heading) : undefined, body, facts, text));
  }
}

/**
 * An interview's questions as sections: each answer is one CCAR example, so the rules that
 * read examples (CCAR parts, results, recency) read answers as they read ECQ examples,
 * whatever headings the answer holds. A question with no answer yet has no example.
 */
function* buildQuestionSections(sections: Section[], layout: InterviewLayout, facts: ReadonlyMap<number, BlockFacts>, text: string): Generator<void, void, void> {
  for (const question of layout.questions) {
    const prose = question.answer.filter((b) => isProse(b) && b.kind !== 'quote' && !(b.kind === 'heading' && !isLabelHeading(b)));
    const examples: Example[] = [];
    if (prose.length > 0) {
      examples.push({ index: 0, heading: undefined, openedBy: 'start', span: { start: prose[0]!.span.start, end: prose[prose.length - 1]!.span.end }, blocks: prose, ccar: ccarOf(prose, facts) });
    }
    const last = question.answer.length > 0 ? question.answer[question.answer.length - 1]!.span.end : (question.wording ?? question.heading).span.end;
    sections.push({
      kind: 'question',
      heading: question.heading,
      ecq: undefined,
      tq: undefined,
      span: { start: question.heading.span.start, end: Math.min(last, text.length) },
      blocks: question.answer,
      intro: [],
      examples,
    });
    yield;
  }
}

/** "leading-people.ecq.md" → Leading People, for one-ECQ files without a heading. */
function ecqFromName(path: string | undefined, set: DetectedEcqSet): EcqDefinition | undefined {
  if (!path) return undefined;
  const base = path.replace(/^.*[\\/]/, '').replace(/\.(?:ecq\.)?(?:md|markdown|txt|text)$/i, '').replace(/[-_]+/g, ' ');
  const match = matchEcqHeading(base);
  return match ? resolveEcq(match, set === 'unknown' ? undefined : set) : undefined;
}

/**
 * Most paragraphs one example is read as. A real example has a few to a few dozen; a pasted
 * megabyte of bullets with no heading has tens of thousands, and reading them as one story
 * held the language server for 12 to 33 ms in one step (issue 12). Past this size the blocks
 * are read as consecutive stories of this many paragraphs each.
 */
const MAX_EXAMPLE_BLOCKS = 1000;

function boundedSegments<T extends { heading: Block | undefined; blocks: Block[]; openedBy: Example['openedBy']; from?: number | undefined; to?: number | undefined }>(segments: readonly T[]): T[] {
  if (segments.every((seg) => seg.blocks.length <= MAX_EXAMPLE_BLOCKS)) return segments as T[];
  return segments.flatMap((seg) => {
    if (seg.blocks.length <= MAX_EXAMPLE_BLOCKS) return [seg];
    const parts: T[] = [];
    for (let i = 0; i < seg.blocks.length; i += MAX_EXAMPLE_BLOCKS) {
      const blocks = seg.blocks.slice(i, i + MAX_EXAMPLE_BLOCKS);
      parts.push(i === 0 ? { ...seg, blocks, to: undefined } : { ...seg, heading: undefined, blocks, openedBy: 'story', from: undefined, to: undefined });
    }
    const last = parts[parts.length - 1]!;
    parts[parts.length - 1] = { ...last, to: seg.to };
    return parts;
  });
}

/** A section, yielding after each of its examples' CCAR analysis. */
function* makeSection(
  kind: SectionKind,
  heading: Block | undefined,
  ecq: EcqDefinition | undefined,
  tq: TqHeadingMatch | undefined,
  body: readonly Block[],
  facts: ReadonlyMap<number, BlockFacts>,
  text: string,
): Generator<void, Section, void> {
  const sectionLevel = heading && heading.level <= 6 ? heading.level : 0;
  // Example boundaries: sub-headings that are not CCAR labels, "Example N" labels, rules.
  const segments: { heading: Block | undefined; blocks: Block[]; openedBy: Example['openedBy']; from?: number | undefined; to?: number | undefined }[] = [{ heading: undefined, blocks: [], openedBy: 'start' }];
  for (const b of body) {
    const isExampleHeading = b.kind === 'heading' && !isLabelHeading(b) && (b.level > sectionLevel || matchExampleLabel(headingText(b)) !== undefined);
    if (isExampleHeading) segments.push({ heading: b, blocks: [], openedBy: 'heading' });
    else if (b.kind === 'rule') segments.push({ heading: undefined, blocks: [], openedBy: 'rule' });
    else segments[segments.length - 1]!.blocks.push(b);
  }
  yield;
  let intro: Block[] = [];
  const first = segments[0]!;
  if (segments.length > 1 && segments[1]!.openedBy === 'heading') {
    // Text before the first example heading introduces the ECQ; it is not an example.
    intro = first.blocks;
    segments.shift();
  }
  // Prose with no example headings or rules may still tell several stories; find where each
  // begins. Not an interview answer: each answer is one example (issue 13), told as a whole.
  if (kind !== 'question' && segments.length === 1 && segments[0]!.openedBy === 'start') {
    const stories = splitStories(segments[0]!.blocks.filter((b) => isProse(b) && b.kind !== 'quote'), facts);
    yield;
    if (stories.length > 1) segments.splice(0, 1, ...stories.map((story, i) => ({ heading: undefined, blocks: story.blocks, openedBy: i === 0 ? ('start' as const) : ('story' as const), from: story.from >= 0 ? story.from : undefined, to: story.to >= 0 ? story.to : undefined })));
  }
  const examples: Example[] = [];
  for (const seg of boundedSegments(segments)) {
    const proseBlocks = seg.blocks.filter((b) => isProse(b) && b.kind !== 'quote');
    if (proseBlocks.length === 0) continue;
    const spanStart = seg.heading ? seg.heading.span.start : seg.from ?? proseBlocks[0]!.span.start;
    const range = seg.from !== undefined || seg.to !== undefined ? { start: seg.from ?? 0, end: seg.to ?? text.length } : undefined;
    examples.push({
      index: examples.length,
      heading: seg.heading,
      openedBy: seg.openedBy,
      span: { start: spanStart, end: seg.to ?? proseBlocks[proseBlocks.length - 1]!.span.end },
      blocks: proseBlocks,
      ccar: ccarOf(proseBlocks, facts, range),
    });
    yield;
  }
  const start = heading ? heading.span.start : body.find((b) => b.kind !== 'html')?.span.start ?? 0;
  const last = body.length > 0 ? body[body.length - 1]!.span.end : heading?.span.end ?? 0;
  return {
    kind,
    heading,
    ecq,
    tq,
    span: { start, end: Math.min(Math.max(last, start), text.length) },
    blocks: body,
    intro,
    examples,
  };
}

/**
 * The CCAR analysis of an example's blocks. `range`, when a story begins or ends inside a
 * paragraph, keeps only the sentences (and tags) that start within it.
 */
export function ccarOf(blocks: readonly Block[], facts: ReadonlyMap<number, BlockFacts>, range?: Span): CcarAnalysis {
  const unlabelled: SentenceRef[] = [];
  const labelled: { kinds: CcarPartKind[]; span: { start: number; end: number }; sentences: SentenceRef[] }[] = [];
  const tagged = inlineTagSegments(blocks, facts, range);
  let current: (typeof labelled)[number] | undefined;
  blocks.forEach((block, paragraph) => {
    const f = facts.get(block.index);
    if (!f) return;
    const blockEnd = range ? Math.min(block.span.end, range.end) : block.span.end;
    const labelAt = f.label ? block.span.start + f.label.span.start : -1;
    // A label before the range belongs to the story before this one.
    if (f.label && (!range || (labelAt >= range.start && labelAt < range.end))) {
      current = { kinds: [...f.label.parts], span: { start: labelAt, end: blockEnd }, sentences: [] };
      labelled.push(current);
    } else if (current) {
      current.span = { start: current.span.start, end: blockEnd };
    }
    for (const s of f.sentences) {
      const span = { start: block.span.start + s.span.start, end: block.span.start + s.span.end };
      if (range && (span.start < range.start || span.start >= range.end)) continue;
      const ref: SentenceRef = { span, paragraph, facts: s };
      if (current) {
        // The label itself is not a sentence of the part.
        if (f.label && s.span.end <= f.label.span.end) continue;
        current.sentences.push(ref);
      } else if (tagged) {
        // "(Result)" on a line of its own is a tag, not a sentence.
        if (isOnlyTags(block.prose, s.span, f.inlineTags)) continue;
        const segment = tagged.segmentOf(block, s.span.start);
        if (segment) segment.sentences.push(ref);
        else unlabelled.push(ref);
      } else {
        unlabelled.push(ref);
      }
    }
  });
  if (tagged) {
    for (const segment of tagged.segments) {
      const start = segment.sentences.length > 0 ? Math.min(segment.sentences[0]!.span.start, segment.tagStart) : segment.tagStart;
      labelled.push({ kinds: [...segment.kinds], span: { start, end: segment.tagEnd }, sentences: segment.sentences });
    }
    labelled.sort((a, b) => a.span.start - b.span.start);
  }
  return analyseCcar(unlabelled, labelled as readonly LabelledSegment[]);
}

/** Is the sentence at `span` nothing but the block's tags ("(Result)" on a line of its own)? */
function isOnlyTags(prose: string, span: Span, tags: readonly InlineTag[]): boolean {
  // Tags are in order: find the first that ends inside the sentence, so a block of thousands
  // of tags costs a search per sentence, not a scan.
  let low = 0;
  let high = tags.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tags[mid]!.span.end <= span.start) low = mid + 1;
    else high = mid;
  }
  let at = span.start;
  for (let i = low; i < tags.length && tags[i]!.span.start < span.end; i++) {
    const tag = tags[i]!;
    if (/[A-Za-z0-9]/.test(prose.slice(at, tag.span.start))) return false;
    at = tag.span.end;
  }
  return !/[A-Za-z0-9]/.test(prose.slice(at, span.end));
}

interface TagSegment {
  readonly kinds: readonly CcarPartKind[];
  readonly tagStart: number;
  readonly tagEnd: number;
  readonly sentences: SentenceRef[];
}

/**
 * OPM-style inline tags ("… other jobs. (Challenge)") label the text since the previous
 * tag. A sentence belongs to the first tag at or after its start, once the tags that open
 * it are skipped: in "jobs. (Challenge) I was asked…" the tag closes the sentences before
 * it, and "I was asked…" belongs to the next one. Sentences after the last tag are left
 * to inference.
 */
function inlineTagSegments(blocks: readonly Block[], facts: ReadonlyMap<number, BlockFacts>, range: Span | undefined): { segments: TagSegment[]; segmentOf(block: Block, sentenceStart: number): TagSegment | undefined } | undefined {
  const segments: TagSegment[] = [];
  for (const block of blocks) {
    for (const tag of facts.get(block.index)?.inlineTags ?? []) {
      const at = block.span.start + tag.span.start;
      if (range && (at < range.start || at >= range.end)) continue;
      segments.push({ kinds: tag.parts, tagStart: block.span.start + tag.span.start, tagEnd: block.span.start + tag.span.end, sentences: [] });
    }
  }
  if (segments.length === 0) return undefined;
  // Sentences are asked for in order, so the search resumes where the last one stopped:
  // a block of thousands of tags stays linear.
  let from = 0;
  return {
    segments,
    segmentOf(block, sentenceStart) {
      let at = block.span.start + sentenceStart;
      while (from < segments.length && segments[from]!.tagEnd <= at) from++;
      for (let i = from; i < segments.length; i++) {
        const segment = segments[i]!;
        if (segment.tagEnd <= at) continue;
        // A tag a few characters into the sentence opens it ("(Challenge) I was asked").
        const opensSentence = segment.tagStart >= at && segment.tagStart - at <= 3 && segment.tagStart <= block.span.end && block.prose.slice(at - block.span.start, segment.tagStart - block.span.start).trim() === '';
        if (opensSentence) {
          at = segment.tagEnd;
          continue;
        }
        if (segment.tagStart >= at) return segment;
      }
      return undefined;
    },
  };
}
