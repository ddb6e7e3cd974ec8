import { bulletText, readResume, ResumePosition, ResumeSection } from './resume/resume';
import { formatDuration, Story, storyBankOf } from './stories/stories';
import { Block } from './parse/blocks';
import { CcarAnalysis } from './ccar/infer';
import type { PostingAnalysis } from './posting/posting';
import { Span } from './text/span';
import { DocumentModel, Example, Section } from './parse/document';
import { CCAR_LABELS, CCAR_PARTS, CcarPartKind } from './domain/headings';
import { AnalyzerConfig } from './config';
import { documentCharacters, isSingleFilePackage, sectionCharacters } from './rules/checks/package';
import { sectionName } from './rules/context';

/**
 * The outline of a draft: ECQ (or TQ) → example → CCAR part. One model feeds the editor's
 * document symbols, its folding ranges and the package overview, so they always agree.
 * Resumes (section → position → bullet) and story banks (story → CCAR part) have outlines of
 * their own shape, for the editor only (`documentOutline`): the overview lists ECQ sections.
 */

export type OutlineKind = 'section' | 'example' | 'part' | 'position' | 'bullet' | 'story';

export interface OutlineNode {
  readonly kind: OutlineKind;
  readonly label: string;
  /** Shown beside the label: "inferred", "6,212 / 8,000 characters", "3 of 4 parts". */
  readonly detail: string;
  /** The whole node. */
  readonly span: Span;
  /** What to select when the node is picked: its heading or first line. */
  readonly selectionSpan: Span;
  readonly children: readonly OutlineNode[];
  /** For parts: whether the part was inferred from unlabelled prose. */
  readonly inferred?: boolean;
  /** For examples: which CCAR parts are present. */
  readonly present?: Readonly<Record<CcarPartKind, boolean>>;
  /** For sections: characters as the reader sees them, and the limit. */
  readonly characters?: number;
  readonly limit?: number;
}

function firstLine(doc: DocumentModel, span: Span): Span {
  const line = doc.lines.positionAt(span.start).line;
  return { start: span.start, end: Math.min(span.end, doc.lines.lineEnd(line)) };
}

const numberFormat = new Intl.NumberFormat('en-US');

/** The first few words of an example, for its name in the outline. */
function openingWords(example: Example): string {
  const first = example.blocks[0];
  if (!first) return '';
  // From where the story begins, which may be inside its first paragraph.
  const words = first.prose.slice(Math.max(0, example.span.start - first.span.start)).trim().split(/\s+/);
  const shown = words.slice(0, OPENING_WORDS).join(' ');
  return words.length > OPENING_WORDS ? `${shown}…` : shown;
}

/** Enough words to recognise a story's opening without crowding the outline. */
const OPENING_WORDS = 6;

function partNodes(doc: DocumentModel, ccar: CcarAnalysis): OutlineNode[] {
  return ccar.parts.map((p) => ({
    kind: 'part',
    label: CCAR_LABELS[p.kind],
    detail: p.inferred ? 'inferred' : 'labelled',
    span: p.span,
    selectionSpan: firstLine(doc, p.span),
    children: [],
    inferred: p.inferred,
  }));
}

function ccarSummary(ccar: CcarAnalysis): string {
  const present = CCAR_PARTS.filter((k) => ccar.present[k]).length;
  return present === 4 ? 'CCAR complete' : `${present} of 4 CCAR parts`;
}

function exampleNode(doc: DocumentModel, example: Example, total: number): OutlineNode {
  const parts = partNodes(doc, example.ccar);
  const heading = example.heading ? example.heading.prose.trim() : '';
  // Stories found in unheaded prose are named by their first words, so the writer sees where
  // the engine thinks each one begins.
  const opening = !heading && total > 1 ? `: ${openingWords(example)}` : '';
  const ccar = ccarSummary(example.ccar);
  return {
    kind: 'example',
    label: heading || (total > 1 ? `Example ${example.index + 1}${opening}` : 'Example'),
    detail: example.openedBy === 'story' ? `${ccar}; a new story found without a heading` : ccar,
    span: example.span,
    selectionSpan: firstLine(doc, example.heading?.span ?? example.span),
    children: parts,
    present: example.ccar.present,
  };
}

function sectionNode(doc: DocumentModel, section: Section, config: AnalyzerConfig): OutlineNode {
  const characters = sectionCharacters(doc, section);
  const limit = section.kind === 'tq' ? config.limits.tqCharacters : config.limits.ecqCharacters;
  const label = section.heading ? section.heading.prose.trim() : section.ecq ? `ECQ ${section.ecq.number}: ${section.ecq.name}` : sectionName(section);
  return {
    kind: 'section',
    label,
    detail: `${numberFormat.format(characters)} / ${numberFormat.format(limit)} characters`,
    span: section.span,
    selectionSpan: firstLine(doc, section.heading?.span ?? section.span),
    children: section.examples.map((e) => exampleNode(doc, e, section.examples.length)),
    characters,
    limit,
  };
}

export function outline(doc: DocumentModel, config: AnalyzerConfig): OutlineNode[] {
  return doc.sections.map((s) => sectionNode(doc, s, config));
}

/** Enough of a bullet to recognise it in the outline. */
const BULLET_WORDS = 8;

function bulletNode(doc: DocumentModel, block: Block): OutlineNode {
  const words = bulletText(block).text.trim().split(/\s+/);
  const shown = words.slice(0, BULLET_WORDS).join(' ');
  return {
    kind: 'bullet',
    label: words.length > BULLET_WORDS ? `${shown}…` : shown,
    detail: '',
    span: block.span,
    selectionSpan: firstLine(doc, block.span),
    children: [],
  };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function positionNode(doc: DocumentModel, position: ResumePosition): OutlineNode {
  const last = position.blocks[position.blocks.length - 1];
  const dates = position.datesSpan ? doc.text.slice(position.datesSpan.start, position.datesSpan.end) : '';
  return {
    kind: 'position',
    label: position.title,
    detail: [dates, plural(position.bullets.length, 'bullet')].filter(Boolean).join(' · '),
    span: { start: position.heading.span.start, end: last ? last.span.end : position.heading.span.end },
    selectionSpan: position.heading.span,
    children: position.bullets.map((b) => bulletNode(doc, b)),
  };
}

function resumeSectionNode(doc: DocumentModel, section: ResumeSection): OutlineNode {
  const inPositions = new Set(section.positions.flatMap((p) => p.bullets));
  // Bullets outside any position (a summary's, an accomplishments list) hang off the section.
  const loose = section.bullets.filter((b) => !inPositions.has(b)).map((b) => bulletNode(doc, b));
  const children = [...section.positions.map((p) => positionNode(doc, p)), ...loose].sort((a, b) => a.span.start - b.span.start);
  return {
    kind: 'section',
    label: section.title,
    detail: section.positions.length > 0 ? plural(section.positions.length, 'position') : section.bullets.length > 0 ? plural(section.bullets.length, 'bullet') : '',
    span: section.span,
    selectionSpan: section.heading.span,
    children,
  };
}

/** A resume's sections, the positions in them and their bullets; positions outside any section stand alone. */
export function resumeOutline(doc: DocumentModel, config: AnalyzerConfig): OutlineNode[] {
  const resume = readResume(doc, config.page);
  const sectioned = new Set(resume.sections.flatMap((s) => s.positions));
  const nodes = [...resume.sections.map((s) => resumeSectionNode(doc, s)), ...resume.positions.filter((p) => !sectioned.has(p)).map((p) => positionNode(doc, p))];
  return nodes.sort((a, b) => a.span.start - b.span.start);
}

function storyNode(doc: DocumentModel, story: Story): OutlineNode {
  return {
    kind: 'story',
    label: story.heading.prose.trim(),
    detail: `${formatDuration(story.seconds)} spoken · ${ccarSummary(story.ccar)}`,
    span: story.span,
    selectionSpan: story.heading.span,
    children: partNodes(doc, story.ccar),
    present: story.ccar.present,
  };
}

/** A story bank's stories and the CCAR parts of each. */
export function storyOutline(doc: DocumentModel, config: AnalyzerConfig, posting?: PostingAnalysis): OutlineNode[] {
  return storyBankOf(doc, config, posting).stories.map((s) => storyNode(doc, s));
}

/** The outline the editor shows for any draft: by its kind. */
export function documentOutline(doc: DocumentModel, config: AnalyzerConfig, posting?: PostingAnalysis): OutlineNode[] {
  if (doc.kind === 'resume') return resumeOutline(doc, config);
  if (doc.kind === 'stories') return storyOutline(doc, config, posting);
  return outline(doc, config);
}

export interface DocumentStats {
  readonly kind: DocumentModel['kind'];
  readonly ecqSet: DocumentModel['ecqSet'];
  readonly characters: number;
  /** Pages at the configured characters per page; for a resume, the page estimate (resume/pageEstimate.ts). */
  readonly pages: number;
  /**
   * The limit that applies: the section's characters for one-section drafts, the package's
   * or the resume's pages, or none for a story bank (its stories are counted instead).
   */
  readonly measure: 'characters' | 'pages' | 'stories';
  readonly limit: number;
  readonly sections: number;
  /** A story bank's stories. */
  readonly stories?: number;
}

export function documentStats(doc: DocumentModel, config: AnalyzerConfig, posting?: PostingAnalysis): DocumentStats {
  const characters = documentCharacters(doc);
  if (doc.kind === 'resume') {
    const { estimate } = readResume(doc, config.page);
    return { kind: doc.kind, ecqSet: doc.ecqSet, characters, pages: estimate.pages, measure: 'pages', limit: config.limits.resumePages, sections: 0 };
  }
  if (doc.kind === 'stories') {
    const bank = storyBankOf(doc, config, posting);
    return { kind: doc.kind, ecqSet: doc.ecqSet, characters, pages: 0, measure: 'stories', limit: 0, sections: 0, stories: bank.stories.length };
  }
  const pages = characters / config.limits.charactersPerPage;
  const asPackage = isSingleFilePackage(doc);
  const section = doc.sections[0];
  return {
    kind: doc.kind,
    ecqSet: doc.ecqSet,
    characters: asPackage || !section ? characters : sectionCharacters(doc, section),
    pages: Number(pages.toFixed(2)),
    measure: asPackage ? 'pages' : 'characters',
    limit: asPackage ? config.limits.packagePages : section?.kind === 'tq' ? config.limits.tqCharacters : config.limits.ecqCharacters,
    sections: doc.sections.length,
  };
}
