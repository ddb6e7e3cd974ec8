import { Block, parseBlocks, SourceFormat } from '../parse/blocks';
import { readFrontMatter } from '../parse/frontMatter';
import { LineIndex } from '../text/lineIndex';
import { Span } from '../text/span';
import { ECQ_SETS, EcqSetId } from '../domain/ecqSets';
import { htmlToText } from './html';
import { BOILERPLATE_HEADINGS, PAGE_FURNITURE } from './lexicon';
import { extractKeyTerms, KeyTerm, WeightedBlock } from './keyTerms';

/**
 * Reads a job posting (a USAJOBS vacancy announcement) pasted as Markdown or plain text, or
 * saved as HTML: its title and agency, the ECQ set it uses, each technical qualification
 * (TQ, MTQ or PTQ) with its number and full text, the duties and specialised-experience
 * statements, and its key terms (keyTerms.ts).
 *
 * How it decides:
 * - Sections start at headings: Markdown headings, lines in capitals ("DUTIES"), bold-only
 *   lines ("**Technical Qualifications (TQs)**") and the usual section names on a line of
 *   their own ("Qualifications"). A section's kind comes from its heading's words.
 * - A TQ is a block that starts with its label ("MTQ 1:", "TQ 2.", "Technical
 *   Qualification 3 –"), or a TQ heading and the text under it, or a numbered item in a TQ
 *   section. The text runs to the end of its block, across line breaks.
 * - The ECQ set is the one whose ECQ names the posting uses; "Leading People" belongs to
 *   both and decides nothing.
 */

export type PostingFormat = 'markdown' | 'plaintext' | 'html';
export type PostingEcqSet = EcqSetId | 'none';
export type PostingSectionKind = 'preamble' | 'summary' | 'duties' | 'qualifications' | 'tqs' | 'ecqs' | 'specialized' | 'boilerplate' | 'other';

export interface PostingText {
  readonly text: string;
  readonly span: Span;
}

export interface PostingTq extends PostingText {
  /** As the posting labels it: "TQ 1", "MTQ 2", "PTQ 3". */
  readonly label: string;
  readonly number: number;
  /** The key terms (keys into `keyTerms`) that its wording carries, best first. */
  readonly terms: readonly string[];
}

export interface PostingSection {
  readonly kind: PostingSectionKind;
  readonly heading: string | undefined;
  readonly span: Span;
  readonly blocks: readonly Block[];
}

export interface PostingAnalysis {
  readonly format: PostingFormat;
  /** The text analysed: the file itself, or the text of an HTML file. Spans point into it. */
  readonly text: string;
  readonly lines: LineIndex;
  /** Maps an offset in `text` to one in the file (the identity except for HTML). */
  toSource(offset: number): number;
  readonly title: PostingText | undefined;
  readonly agency: PostingText | undefined;
  readonly ecqSet: PostingEcqSet;
  readonly tqs: readonly PostingTq[];
  readonly duties: readonly PostingText[];
  readonly specializedExperience: readonly PostingText[];
  readonly keyTerms: readonly KeyTerm[];
  readonly sections: readonly PostingSection[];
}

export interface PostingOptions {
  readonly path?: string;
  readonly format?: PostingFormat;
}

export function postingFormatOf(path: string | undefined): PostingFormat {
  if (!path) return 'markdown';
  if (/\.html?$/i.test(path)) return 'html';
  if (/\.(?:txt|text)$/i.test(path)) return 'plaintext';
  return 'markdown';
}

/** The usual section names, when they stand on a line of their own. */
const SECTION_NAMES =
  /^(?:summary|duties|major duties|responsibilities|qualifications|requirements|specialized experience|technical qualifications|mandatory technical qualifications|executive core qualifications|education|additional information|benefits|required documents|how to apply|how you will be evaluated|conditions of employment|agency contact information|next steps|fair (?:&|and) transparent|this job is open to|who may apply|clarification from the agency|overview)\b/i;

function sectionKindOf(heading: string): PostingSectionKind {
  const h = heading.replace(/[*_#:]/g, ' ').trim();
  if (/technical qualifications?|\b[mp]?tqs?\b|technical competenc/i.test(h)) return 'tqs';
  if (/executive core qualifications?|\becqs?\b/i.test(h)) return 'ecqs';
  if (/specialized experience/i.test(h)) return 'specialized';
  if (BOILERPLATE_HEADINGS.some((r) => r.test(h))) return 'boilerplate';
  if (/^(?:major )?duties\b|responsibilities|what you(?:'ll| will) do|^the role\b|^position description/i.test(h)) return 'duties';
  if (/^summary\b|^about the (?:position|job|role)|^position summary/i.test(h)) return 'summary';
  if (/qualifications|requirements/i.test(h)) return 'qualifications';
  return 'other';
}

/** A line of its own that starts a section, and its level (1 is the highest). */
function headingLevel(block: Block, source: string): number | undefined {
  if (block.kind === 'heading') return block.level <= 6 ? block.level : 3;
  if (block.kind !== 'paragraph' || block.endLine - block.startLine !== 1) return undefined;
  const line = source.trim();
  const text = block.prose.trim();
  if (text.length === 0 || text.length > 90) return undefined;
  if (/^(\*\*|__)[^*_]+\1:?$/.test(line) && !/[.;]$/.test(text)) return 3;
  const letters = text.replace(/[^A-Za-z]/g, '');
  if (letters.length >= 4 && letters === letters.toUpperCase() && !/^[MP]?TQ\s*\d/i.test(text)) return 2;
  if (SECTION_NAMES.test(text) && text.length <= 45 && !/[.;,]$/.test(text)) return 3;
  return undefined;
}

const TQ_LABEL = /^\s*(?:(M|P)?TQs?|((?:mandatory|professional)\s+)?technical\s+qualification)\s*#?\s*(\d{1,2})\b\s*[-–—:.)]?\s*/i;

function tqLabel(prefix: string | undefined, long: string | undefined, number: number, sectionHeading: string | undefined): string {
  if (prefix) return `${prefix.toUpperCase()}TQ ${number}`;
  if (long) return `${/^mandatory/i.test(long) ? 'M' : 'P'}TQ ${number}`;
  if (sectionHeading && /\bMTQ|mandatory/i.test(sectionHeading)) return `MTQ ${number}`;
  if (sectionHeading && /\bPTQ|professional/i.test(sectionHeading)) return `PTQ ${number}`;
  return `TQ ${number}`;
}

function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The block's prose (inline markup masked, offsets kept) without its leading list marker,
 * and where that text starts.
 */
function blockText(block: Block): { text: string; start: number } {
  const prose = block.prose;
  const marker = /^\s*(?:[-*+•◦▪]|\d{1,2}[.)])\s+/.exec(prose);
  const skip = marker ? marker[0].length : /^\s*/.exec(prose)![0].length;
  return { text: prose.slice(skip), start: block.span.start + skip };
}

/**
 * The statements of a duties paragraph: the paragraph itself, or, when pasted text puts one
 * sentence per line without blank lines between them, each line.
 */
function statementsOf(body: string, start: number): PostingText[] {
  const lines = body.split('\n');
  if (lines.length > 1 && lines.every((l) => l.trim() === '' || /[.;:]\s*$/.test(l))) {
    const out: PostingText[] = [];
    let offset = 0;
    for (const line of lines) {
      const lead = line.length - line.trimStart().length;
      if (line.trim() !== '') out.push({ text: normaliseSpace(line), span: { start: start + offset + lead, end: start + offset + line.trimEnd().length } });
      offset += line.length + 1;
    }
    return out;
  }
  return [{ text: normaliseSpace(body), span: { start, end: start + body.trimEnd().length } }];
}

function ecqSetOf(text: string): PostingEcqSet {
  const lower = text.toLowerCase();
  const found = (set: EcqSetId): number => {
    const other = set === '2025' ? 'legacy' : '2025';
    const otherNames = new Set(ECQ_SETS[other].ecqs.map((e) => e.name.toLowerCase()));
    return ECQ_SETS[set].ecqs.filter((e) => !otherNames.has(e.name.toLowerCase()) && lower.includes(e.name.toLowerCase())).length;
  };
  const current = found('2025');
  const legacy = found('legacy');
  if (current === legacy) return 'none';
  return current > legacy ? '2025' : 'legacy';
}

/** A posting's structure, and the parts its key terms are read from, with their weights. */
export interface PostingStructure extends Omit<PostingAnalysis, 'keyTerms' | 'tqs'> {
  readonly tqs: readonly Omit<PostingTq, 'terms'>[];
  readonly weightedBlocks: readonly WeightedBlock[];
}

export function analyzePosting(input: string, options: PostingOptions = {}): PostingAnalysis {
  const structure = readPosting(input, options);
  const { keyTerms, termsOfSpan } = extractKeyTerms(structure.text, structure.weightedBlocks);
  const { weightedBlocks: _weighted, ...rest } = structure;
  return { ...rest, tqs: structure.tqs.map((t) => ({ ...t, terms: termsOfSpan(t.span) })), keyTerms };
}

export function readPosting(input: string, options: PostingOptions = {}): PostingStructure {
  const format = options.format ?? postingFormatOf(options.path);
  const converted = format === 'html' ? htmlToText(input) : { text: input, toSource: (o: number) => o };
  const text = converted.text;
  const blockFormat: SourceFormat = format === 'plaintext' ? 'plaintext' : 'markdown';
  const lines = new LineIndex(text);
  const frontMatter = blockFormat === 'markdown' ? readFrontMatter(text) : undefined;
  const blocks = parseBlocks(text, blockFormat, lines, frontMatter?.span);

  // Sections, flat: each heading starts one.
  const sections: { kind: PostingSectionKind; heading: string | undefined; headingBlock: Block | undefined; blocks: Block[] }[] = [
    { kind: 'preamble', heading: undefined, headingBlock: undefined, blocks: [] },
  ];
  let title: PostingText | undefined;
  for (const block of blocks) {
    const source = text.slice(block.span.start, block.span.end);
    const level = headingLevel(block, source);
    const heading = level !== undefined ? normaliseSpace(block.prose) : undefined;
    if (heading !== undefined && !title && block.kind === 'heading' && block.level === 1) {
      title = { text: heading, span: block.span };
      sections[sections.length - 1]!.blocks.push(block);
      continue;
    }
    if (heading !== undefined && !PAGE_FURNITURE.some((r) => r.test(heading))) {
      const kind = sectionKindOf(heading);
      // Before the first real section, a bold line or a line in capitals is usually the
      // title or the agency ("**Department of Veterans Affairs**", "SMALL BUSINESS ADMINISTRATION").
      const inPreamble = sections.length === 1;
      if (!inPreamble || kind !== 'other' || SECTION_NAMES.test(heading) || (block.kind === 'heading' && block.level <= 2)) {
        sections.push({ kind, heading, headingBlock: block, blocks: [] });
        continue;
      }
    }
    sections[sections.length - 1]!.blocks.push(block);
  }

  // Title and agency: the first lines of the preamble that are not page furniture. Lines,
  // not blocks: pasted text often has the title, the department and the bureau on
  // consecutive lines of one paragraph.
  const preambleLines: { text: string; span: Span }[] = [];
  for (const b of sections[0]!.blocks) {
    if (b.kind === 'code' || b.kind === 'html' || b.kind === 'rule') continue;
    let offset = 0;
    for (const line of b.prose.split('\n')) {
      const clean = normaliseSpace(line);
      const lead = line.length - line.trimStart().length;
      if (clean !== '' && !PAGE_FURNITURE.some((r) => r.test(clean))) preambleLines.push({ text: clean, span: { start: b.span.start + offset + lead, end: b.span.start + offset + line.trimEnd().length } });
      offset += line.length + 1;
    }
  }
  if (!title) {
    const first = preambleLines.find((l) => l.text.length <= 120 && !/[.;]$/.test(l.text) && !/^(?:announcement|control) number/i.test(l.text));
    if (first) title = first;
  }
  let agency: PostingText | undefined;
  const afterTitle = title ? preambleLines.filter((l) => l.span.start >= title!.span.end) : preambleLines;
  const agencyLine = afterTitle.slice(0, 4).find((l) => l.text.length <= 120 && /\b(?:department|administration|agency|service|office|bureau|commission|corporation|authority|institute|council|board|affairs|command|center|centers)\b/i.test(l.text) && !/:\s/.test(l.text));
  if (agencyLine) {
    // A heading in capitals is often followed by the same name in ordinary case.
    const sameName = afterTitle.find((l) => l !== agencyLine && l.text.toLowerCase() === agencyLine.text.toLowerCase() && l.text !== l.text.toUpperCase());
    agency = agencyLine.text === agencyLine.text.toUpperCase() && sameName ? sameName : agencyLine;
  }

  // Technical qualifications.
  const tqs: { label: string; number: number; text: string; span: Span }[] = [];
  const addTq = (label: string, number: number, body: string, span: Span): void => {
    const clean = normaliseSpace(body);
    if (clean.length < 15) return;
    const existing = tqs.find((t) => t.label === label);
    if (existing) return; // A posting may list its TQs again under "How you will be evaluated".
    tqs.push({ label, number, text: clean, span });
  };
  const duties: PostingText[] = [];
  const specialized: PostingText[] = [];
  for (let s = 1; s < sections.length; s++) {
    const section = sections[s]!;
    if (section.kind === 'boilerplate') continue;
    // A TQ heading ("### MTQ 1" or "MTQ 1: Title") followed by its text.
    const sectionHeading = section.heading;
    const headingLabel = sectionHeading !== undefined ? TQ_LABEL.exec(sectionHeading) : null;
    if (sectionHeading !== undefined && headingLabel && section.headingBlock) {
      const number = Number(headingLabel[3]);
      const label = tqLabel(headingLabel[1], headingLabel[2], number, sectionHeading);
      const rest = sectionHeading.slice(headingLabel[0].length);
      const body = section.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'listItem');
      const parts = [rest, ...body.map((b) => blockText(b).text)].filter((t) => t.trim() !== '');
      const last = body[body.length - 1];
      addTq(label, number, parts.join(' '), { start: section.headingBlock.span.start, end: last ? last.span.end : section.headingBlock.span.end });
      continue;
    }
    let numbered = 0;
    for (const block of section.blocks) {
      if (block.kind !== 'paragraph' && block.kind !== 'listItem') continue;
      const { text: body, start } = blockText(block);
      const labelled = TQ_LABEL.exec(body);
      if (labelled && body.length - labelled[0].length >= 15) {
        const number = Number(labelled[3]);
        addTq(tqLabel(labelled[1], labelled[2], number, section.heading), number, body.slice(labelled[0].length), { start: start + labelled[0].length, end: block.span.end });
        continue;
      }
      // In a TQ section, each list item is a TQ, numbered in order when it has no label.
      if (section.kind === 'tqs' && (block.kind === 'listItem' || /^\s*\d{1,2}[.)]\s/.test(block.prose))) {
        numbered++;
        addTq(tqLabel(undefined, undefined, numbered, section.heading), numbered, body, { start, end: block.span.end });
        continue;
      }
      const into = section.kind === 'duties' ? duties : section.kind === 'specialized' || /^specialized experience\b/i.test(body.trim()) ? specialized : undefined;
      if (into) {
        for (const statement of statementsOf(body, start)) {
          // Lead-in lines ("Major duties include:") are not duties.
          if (!/:\s*$/.test(statement.text) && statement.text.length >= 25) into.push(statement);
        }
      }
    }
  }
  tqs.sort((a, b) => a.span.start - b.span.start);

  const postingSections: PostingSection[] = sections.map((s, i) => {
    const start = s.headingBlock?.span.start ?? s.blocks[0]?.span.start ?? 0;
    const next = sections[i + 1];
    const end = next ? (next.headingBlock?.span.start ?? next.blocks[0]?.span.start ?? text.length) : text.length;
    return { kind: s.kind, heading: s.heading, span: { start, end: Math.max(start, end) }, blocks: s.blocks };
  });

  // What the key terms are read from, and how much each part counts.
  const weighted: WeightedBlock[] = [];
  const tqSpans = tqs.map((t) => t.span);
  if (title) weighted.push({ span: title.span, weight: 3, source: 'title' });
  for (const t of tqs) weighted.push({ span: t.span, weight: 3, source: 'tq' });
  for (const s of sections) {
    const weight = { summary: 1.5, duties: 2, specialized: 2, other: 1, qualifications: 0.5 }[s.kind as string];
    if (weight === undefined) continue;
    for (const b of s.blocks) {
      if (b.kind !== 'paragraph' && b.kind !== 'listItem' && b.kind !== 'quote') continue;
      if (tqSpans.some((t) => t.start < b.span.end && b.span.start < t.end)) continue;
      weighted.push({ span: b.span, weight, source: s.kind === 'specialized' ? 'specialized' : s.kind === 'duties' ? 'duties' : 'body' });
    }
  }
  return {
    format,
    text,
    lines,
    toSource: converted.toSource,
    title,
    agency,
    ecqSet: ecqSetOf(text),
    tqs,
    duties,
    specializedExperience: specialized,
    sections: postingSections,
    weightedBlocks: weighted,
  };
}
