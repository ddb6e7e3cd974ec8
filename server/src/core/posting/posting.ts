import { readFrontMatter } from '../parse/frontMatter';
import { LineIndex } from '../text/lineIndex';
import { Span } from '../text/span';
import { ECQ_SETS, EcqSetId } from '../domain/ecqSets';
import { htmlToText } from './html';
import { extractKeyTerms, KeyTerm, WeightedBlock } from './keyTerms';
import { normaliseSpace, postingLines, PostingLine } from './lines';
import { headingOf, PostingSectionKind } from './sections';
import { findTqs, isApplicationText, isInstruction, TqSection } from './tqs';
import { HeaderText, readHeader, readProseHeader } from './header';

export type { PostingSectionKind } from './sections';

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

function ecqSetOf(text: string): PostingEcqSet {
  const lower = text.toLowerCase();
  const found = (set: EcqSetId): number => {
    const other = set === '2025' ? 'legacy' : '2025';
    const otherNames = new Set(ECQ_SETS[other].ecqs.map((e) => e.name.toLowerCase()));
    return ECQ_SETS[set].ecqs.filter((e) => !otherNames.has(e.name.toLowerCase()) && lower.includes(e.name.toLowerCase())).length;
  };
  const current = found('2025');
  const legacy = found('legacy');
  // Resume-only announcements since mid-2025 often name no ECQ but say which set applies.
  if (current === legacy && current === 0 && /\bnew\s+(?:executive core qualifications|ecqs)\b/.test(lower)) return '2025';
  if (current === legacy) return 'none';
  return current > legacy ? '2025' : 'legacy';
}

/** Whether the title stands in the statement after a sentence of prose, rather than in a field or heading line. */
function titleInProse(text: string, statement: Span, title: Span): boolean {
  return statement.start < title.start && /[.!?][ \t]/.test(text.slice(statement.start, title.start));
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
  const lines = new LineIndex(text);
  const frontMatter = format === 'markdown' ? readFrontMatter(text) : undefined;
  const all = postingLines(text).filter((l) => !frontMatter || l.start >= frontMatter.span.end);

  // Sections, flat: each heading starts one. Before the first named section, a heading-like
  // line is usually the title or the agency ("DEPARTMENT OF ENERGY"), so it stays in the preamble.
  const elisions: number[] = [];
  const sections: SectionDraft[] = [{ kind: 'preamble', heading: undefined, headingLine: undefined, bodyStart: 0, lines: [] }];
  for (const line of all) {
    // "[…]" where text was left out: what follows belongs to a section we cannot name.
    if (/^\[?\s*(?:…|\.\.\.)\s*\]?$/.test(line.text.trim())) {
      elisions.push(line.start);
      sections.push({ kind: 'other', heading: undefined, headingLine: line, bodyStart: line.end, lines: [] });
      continue;
    }
    const heading = headingOf(line);
    const inPreamble = sections.length === 1;
    if (heading && (!inPreamble || heading.named || (line.atxLevel !== undefined && line.atxLevel >= 2))) {
      const inline = heading.bodyStart < line.end;
      sections.push({ kind: heading.kind, heading: heading.heading, headingLine: line, bodyStart: heading.bodyStart, lines: inline ? [line] : [] });
      continue;
    }
    sections[sections.length - 1]!.lines.push(line);
  }

  const { title, agency } = headerOf(text, readHeader(sections[0]!.lines));

  const tqSection = (s: (typeof sections)[number]): TqSection => ({ heading: s.heading, kind: s.kind, listsTqs: s.kind === 'tqs', lines: s.lines, bodyStart: s.bodyStart });
  const tqs = findTqs(
    sections.filter((s) => s.kind !== 'boilerplate' && s.kind !== 'ecqs').map(tqSection),
    // A job board's copy may leave a TQ among the conditions of employment.
    sections.filter((s) => s.kind !== 'ecqs').map(tqSection),
  ).filter((t) => !cutByElision(t.text, t.span, elisions));

  const duties: PostingText[] = [];
  const specialized: PostingText[] = [];
  for (const section of sections) {
    const into = section.kind === 'duties' ? duties : section.kind === 'specialized' ? specialized : undefined;
    for (const statement of statementsOf(section.lines, section.bodyStart)) {
      const target = into ?? (/^specialized experience\b/i.test(statement.text) && section.kind !== 'boilerplate' ? specialized : undefined);
      // Lead-in lines ("Major duties include:") are not duties.
      if (target && !/:$/.test(statement.text) && statement.text.length >= 25) target.push(statement);
    }
  }

  const postingSections: PostingSection[] = sections.map((s, i) => {
    const start = s.headingLine?.start ?? s.lines[0]?.start ?? 0;
    const next = sections[i + 1];
    const end = next ? (next.headingLine?.start ?? next.lines[0]?.start ?? text.length) : text.length;
    return { kind: s.kind, heading: s.heading, span: { start, end: Math.max(start, end) } };
  });

  // What the key terms are read from, and how much each part counts. Instructions to the
  // applicant count for nothing wherever they sit.
  const weighted: WeightedBlock[] = [];
  const tqSpans = tqs.map((t) => t.span);
  if (title) weighted.push({ span: title.span, weight: 3, source: 'title' });
  for (const t of tqs) weighted.push({ span: t.span, weight: 3, source: 'tq' });
  for (const s of sections) {
    const weight = SECTION_WEIGHTS[s.kind];
    if (weight === undefined) continue;
    for (const statement of statementsOf(s.lines, s.bodyStart)) {
      // Before the first section only prose counts: the summary a job board puts under the
      // title, not its fields nor the lines that hold the title. A summary that names the
      // title after a sentence of its own ("…pending legislation. The Senior Counsel serves in
      // OLC…") is that summary.
      if (s.kind === 'preamble' && (statement.text.length < PREAMBLE_PROSE || (title && statement.span.start < title.span.end && !titleInProse(text, statement.span, title.span)))) continue;
      if (tqSpans.some((t) => t.start < statement.span.end && statement.span.start < t.end)) continue;
      // Sentence by sentence: "Click on 'Learn more about this agency'…" does not take the duty after it along.
      for (const sentence of sentencesOf(text, statement.span)) {
        if (s.kind !== 'duties' && s.kind !== 'summary' ? isInstruction(sentence.text) : isApplicationText(sentence.text)) continue;
        weighted.push({ span: sentence.span, weight, source: s.kind === 'specialized' ? 'specialized' : s.kind === 'duties' ? 'duties' : 'body' });
      }
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

/**
 * The header's title and agency, or the ones the announcement's prose states where the header
 * has no title, or only a likely line that the text never mentions again: a job board's
 * sidebar listing copied along ("IT CYBERSECURITY SPECIALIST" above a Chief Security Officer
 * announcement).
 */
function headerOf(text: string, header: ReturnType<typeof readHeader>): { title: HeaderText | undefined; agency: HeaderText | undefined } {
  const { title, agency } = header;
  const trusted = title && (header.titleSource !== 'guess' || mentionedElsewhere(text, title));
  if (trusted && agency) return { title, agency };
  if (trusted) return { title, agency: readProseHeader(text, title.span.end).agency };
  const prose = readProseHeader(text, 0);
  if (!prose.title) return { title, agency: agency ?? (title ? undefined : prose.agency) };
  // A header title the text never repeats is another listing's, and so is the agency under it.
  return { title: prose.title, agency: title ? (prose.agency ?? agency) : (agency ?? prose.agency) };
}

/** "Head of Cybersecurity (CISO)" as "Head of Cybersecurity"; scanned by hand, as a regex for it would be quadratic on runs of spaces. */
function withoutTrailingParenthesis(text: string): string {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith(')')) return trimmed;
  const open = trimmed.lastIndexOf('(');
  return open < 0 || trimmed.slice(open + 1, -1).includes(')') ? trimmed : trimmed.slice(0, open).trimEnd();
}

/** Whether the text names a title again outside the line it was read from ("Chief Counsel (Acting)" as "Chief Counsel"). */
function mentionedElsewhere(text: string, title: HeaderText): boolean {
  const name = withoutTrailingParenthesis(title.text).toLowerCase();
  if (name.length < 3) return true;
  const lower = text.toLowerCase();
  const before = lower.indexOf(name);
  return (before >= 0 && before < title.span.start) || lower.indexOf(name, title.span.end) >= 0;
}

/** A TQ whose text stops mid-sentence where an excerpt leaves text out ("…developing and i" then "[…]") is not whole. */
function cutByElision(text: string, span: Span, elisions: readonly number[]): boolean {
  return !/[.;:!?)"”’]$/.test(text) && elisions.some((e) => e >= span.end && e - span.end <= 3);
}

interface SectionDraft {
  readonly kind: PostingSectionKind;
  readonly heading: string | undefined;
  readonly headingLine: PostingLine | undefined;
  readonly bodyStart: number;
  readonly lines: PostingLine[];
}

/** How much each kind of section counts towards the key terms; the rest count for nothing. */
const SECTION_WEIGHTS: Partial<Record<PostingSectionKind, number>> = { summary: 1.5, duties: 2, specialized: 2, other: 1, qualifications: 0.5, tqs: 0.5, preamble: 1 };
/** Shortest preamble statement read as prose: field values and navigation are shorter. */
const PREAMBLE_PROSE = 80;

/** The sentences of a span of the text, each with its own span. */
function sentencesOf(text: string, span: Span): PostingText[] {
  const out: PostingText[] = [];
  const body = text.slice(span.start, span.end);
  let from = 0;
  const push = (to: number): void => {
    const part = body.slice(from, to);
    const lead = part.length - part.trimStart().length;
    if (part.trim() !== '') out.push({ text: normaliseSpace(part), span: { start: span.start + from + lead, end: span.start + from + part.trimEnd().length } });
  };
  // A full stop, or a run-on where a copy lost it: "…security training and awareness
  // Candidates should be committed…". Mid-sentence, these words are never capitalised.
  for (const m of body.matchAll(/[.!?]["”’)]*\s+(?=["“(]?[A-Z])|(?<=[a-z])\s+(?=(?:Candidates|Applicants|Please|You)\s)/g)) {
    push(m.index + m[0].length);
    from = m.index + m[0].length;
  }
  push(body.length);
  return out;
}

/**
 * The statements of a section: each paragraph or list item, a line that goes on a sentence
 * left open joined to it, so a soft-wrapped Markdown paragraph is one statement and a
 * browser copy's one-line paragraphs are one each.
 */
function statementsOf(lines: readonly PostingLine[], bodyStart: number): PostingText[] {
  const out: PostingText[] = [];
  let current: { parts: string[]; start: number; end: number } | undefined;
  const flush = (): void => {
    if (current) out.push({ text: normaliseSpace(current.parts.join(' ')), span: { start: current.start, end: current.end } });
    current = undefined;
  };
  for (const line of lines) {
    const from = Math.max(0, bodyStart - line.start);
    const part = line.text.slice(from);
    if (part.trim() === '') continue;
    const open = current !== undefined && !/[.!?;:]["”’)]*$/.test(current.parts[current.parts.length - 1]!.trimEnd());
    if (current && !line.blankBefore && line.marker === undefined && (open || /^[a-z(]/.test(part.trim()))) {
      current.parts.push(part);
      current.end = line.end;
      continue;
    }
    flush();
    current = { parts: [part], start: line.start + from + (part.length - part.trimStart().length), end: line.end };
  }
  flush();
  return out;
}
