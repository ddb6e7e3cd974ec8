import { Steps } from '../steps';
import { Span } from '../text/span';
import { Block } from '../parse/blocks';
import { DocumentModel, Example, isProse, Section } from '../parse/document';
import { AnalyzerConfig } from '../config';
import { BlockFacts } from '../analysis/facts';
import { Finding, Fix, RuleId, RuleMeta } from './types';
import type { PostingAnalysis } from '../posting/posting';

export interface CalendarDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
}

/** A finding as a rule reports it; the engine adds the configured severity. */
export interface Report {
  readonly ruleId: RuleId;
  readonly span: Span;
  readonly message: string;
  readonly fixes?: readonly Fix[];
  readonly data?: Finding['data'];
}

/** What a document rule sees. */
export interface RuleContext {
  readonly doc: DocumentModel;
  readonly config: AnalyzerConfig;
  readonly today: CalendarDate;
  /** The document's line break, for inserted text. */
  readonly eol: string;
  report(report: Report): void;
  /**
   * Reports a finding whose message and fixes are made only if it will be listed: not off,
   * suppressed or ignored, and under the cap of findings per rule. A rule that may report
   * hundreds of thousands of findings (a pasted page of one wordy sentence) uses this, so
   * that findings nobody will see are never built.
   */
  reportLazily(ruleId: RuleId, span: Span, details: () => Omit<Report, 'ruleId' | 'span'>): void;
  facts(block: Block): BlockFacts;
  /** Prose outside quotations, headings and code: where phrase-level rules look. */
  readonly narrativeBlocks: readonly Block[];
  /** Is the block-relative offset inside a quotation? */
  inQuote(block: Block, offset: number): boolean;
  /** The job posting the drafts are compared with, when the project links one. */
  readonly posting: PostingAnalysis | undefined;
}

/**
 * A rule written in code, for what a phrase table cannot express. A rule that reads every
 * block of a draft returns its work as steps (core/steps.ts), yielding every `BLOCKS_PER_STEP`
 * blocks, so that a host can slice it: on 26,000 bullets one pass took 20 to 60 ms cold.
 */
export interface CodeRule {
  readonly meta: RuleMeta;
  check(ctx: RuleContext): void | Steps<void>;
}

/** Blocks a rule reads between two yields: a few hundred take well under a millisecond. */
export const BLOCKS_PER_STEP = 256;

export function narrativeBlocksOf(doc: DocumentModel): Block[] {
  // A story bank has no ECQ sections: every paragraph and list item under its story headings is narrative.
  if (doc.kind === 'stories') return doc.blocks.filter((b) => isProse(b) && b.kind !== 'heading' && b.kind !== 'quote');
  const inSections = new Set<number>();
  for (const section of doc.sections) for (const b of section.blocks) inSections.add(b.index);
  // An interview's narrative is its answers: its title, notes and questions for the panel are not told as a story.
  if (doc.kind !== 'interview') for (const b of doc.preamble) inSections.add(b.index);
  return doc.blocks.filter((b) => isProse(b) && b.kind !== 'heading' && b.kind !== 'quote' && inSections.has(b.index));
}

/** The span a structural finding goes on: a heading, or a block's first line of text. */
export function firstLineSpan(doc: DocumentModel, block: Block): Span {
  let start = block.span.start;
  while (start < block.span.end && /\s/.test(doc.text[start]!)) start++;
  // Markup that opens the line (#, >, -, **) belongs to the line too; start at the text.
  const offset = start - block.span.start;
  const lead = /^\s*/.exec(block.prose.slice(offset))![0].length;
  start += lead;
  const line = doc.lines.positionAt(start).line;
  const end = Math.min(doc.lines.lineEnd(line), block.span.end);
  return { start, end: Math.max(end, start) };
}

export function exampleFirstLine(doc: DocumentModel, example: Example): Span {
  const first = example.heading ?? example.blocks[0]!;
  if (example.heading || example.span.start <= first.span.start) return firstLineSpan(doc, first);
  // A story that begins inside a paragraph: its finding goes on the line where it begins.
  const line = doc.lines.positionAt(example.span.start).line;
  return { start: example.span.start, end: Math.max(example.span.start, Math.min(doc.lines.lineEnd(line), first.span.end)) };
}

export function sectionName(section: Section): string {
  if (section.ecq) return `ECQ ${section.ecq.number} (${section.ecq.name})`;
  if (section.tq) return section.tq.label;
  if (section.kind === 'question') return 'This answer';
  return 'This narrative';
}
