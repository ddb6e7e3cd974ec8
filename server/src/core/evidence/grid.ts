import { AnalyzerConfig } from '../config';
import { ECQ_SETS, EcqDefinition, EcqSetId } from '../domain/ecqSets';
import { Block } from '../parse/blocks';
import { DocumentModel } from '../parse/document';
import { readResume } from '../resume/resume';
import { readStories } from '../stories/stories';
import { Span } from '../text/span';
import { runToEnd, Steps } from '../steps';
import { competenciesOf, mapEvidence } from './competencies';

/**
 * The evidence of a package, item by item (each resume bullet, ECQ or TQ example and
 * story), and the competency grid built from it: for each ECQ of the set, how many items
 * show it and which items show each of its competencies.
 */

export type EvidenceKind = 'bullet' | 'paragraph' | 'example' | 'story';

export interface EvidenceItem {
  readonly kind: EvidenceKind;
  readonly span: Span;
  /** The item's first words, to show in a list. */
  readonly label: string;
  readonly ecqs: readonly EcqDefinition[];
  readonly competencies: readonly string[];
  /** Whether the item names its ECQs or competencies with a tag. */
  readonly tagged: boolean;
}

/** At least this many items per ECQ, or the grid calls it thin (two examples per ECQ, ses-domain.md §2.2). */
export const THIN_BELOW = 2;

function labelOf(text: string): string {
  // Brackets and link targets hold no "[" ([^\][]*, [^)[]*): otherwise every "[" of a run
  // without a "]" (or a ")") scanned on to the end of the text, quadratic. Nested brackets
  // are not Markdown links anyway.
  const clean = text
    .replace(/\[([^\][]*)\](?!\()/g, '')
    .replace(/\[([^\][]*)\]\([^)[]*\)/g, '$1')
    .replace(/^\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+)/, '')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > 90 ? `${clean.slice(0, 87).replace(/(?<!\s)\s+\S*$/, '')}…` : clean;
}

function spanOf(blocks: readonly Block[]): Span {
  return { start: blocks[0]!.span.start, end: blocks[blocks.length - 1]!.span.end };
}

const memo = new WeakMap<DocumentModel, Map<EcqSetId, { config: AnalyzerConfig; items: EvidenceItem[] }>>();

/** A document's evidence items; computed once per document model, set and config. */
export function evidenceItems(doc: DocumentModel, set: EcqSetId, config: AnalyzerConfig): EvidenceItem[] {
  return runToEnd(evidenceItemsInSteps(doc, set, config));
}

/** `evidenceItems`, yielding every few items: a long narrative has hundreds (see steps.ts). */
export function* evidenceItemsInSteps(doc: DocumentModel, set: EcqSetId, config: AnalyzerConfig): Steps<EvidenceItem[]> {
  const known = memo.get(doc)?.get(set);
  if (known && known.config === config) return known.items;
  const items: EvidenceItem[] = [];
  let sinceYield = 0;
  const pause = (): boolean => ++sinceYield % 16 === 0;
  const source = (b: Block): string => doc.text.slice(b.span.start, b.span.end);
  const add = (kind: EvidenceKind, blocks: readonly Block[], text: string, known: readonly EcqDefinition[] = [], label = text, span?: Span): void => {
    if (blocks.length === 0) return;
    const m = mapEvidence(text, set, known);
    items.push({ kind, span: span ?? spanOf(blocks), label: labelOf(label), ecqs: m.ecqs, competencies: m.competencies, tagged: m.tagged.spans.length > 0 });
  };
  switch (doc.kind) {
    case 'resume': {
      const resume = readResume(doc, config.page);
      for (const b of resume.summaryParagraphs) add('paragraph', [b], source(b));
      for (const bullet of resume.bullets) {
        add('bullet', [bullet.block], source(bullet.block));
        if (pause()) yield;
      }
      break;
    }
    case 'stories':
      for (const story of readStories(doc, set, config.stories).stories) {
        items.push({ kind: 'story', span: story.span, label: labelOf(story.title), ecqs: story.ecqs, competencies: story.competencies, tagged: story.ecqsTagged });
      }
      break;
    case 'ecq':
    case 'tq':
      for (const section of doc.sections) {
        const ecqs = section.ecq && section.ecq.set === set ? [section.ecq] : [];
        for (const example of section.examples) {
          const blocks = example.heading ? [example.heading, ...example.blocks] : example.blocks;
          const text = blocks.map(source).join('\n');
          add('example', blocks, text, ecqs, source(example.heading ?? example.blocks[0]!), example.heading ? undefined : example.span);
          if (pause()) yield;
        }
      }
      break;
    default:
      break;
  }
  items.sort((a, b) => a.span.start - b.span.start);
  let bySet = memo.get(doc);
  if (!bySet) memo.set(doc, (bySet = new Map()));
  bySet.set(set, { config, items });
  return items;
}

export interface GridEvidence {
  /** The file, for packages of several; empty for one document. */
  readonly path: string;
  readonly item: EvidenceItem;
}

export interface GridCompetency {
  readonly name: string;
  readonly evidence: readonly GridEvidence[];
}

export interface GridRow {
  /** Undefined for the fundamental competencies of the pre-2025 set. */
  readonly ecq: EcqDefinition | undefined;
  readonly evidence: readonly GridEvidence[];
  readonly competencies: readonly GridCompetency[];
  /** Fewer than THIN_BELOW items, or a competency with none. */
  readonly thin: boolean;
}

export interface CompetencyGrid {
  readonly set: EcqSetId;
  readonly rows: readonly GridRow[];
}

export function competencyGrid(files: readonly { path: string; items: readonly EvidenceItem[] }[], set: EcqSetId): CompetencyGrid {
  const all: GridEvidence[] = files.flatMap((f) => f.items.map((item) => ({ path: f.path, item })));
  const refs = competenciesOf(set);
  const rowFor = (ecq: EcqDefinition | undefined): GridRow => {
    const names = refs.filter((r) => r.ecq === ecq).map((r) => r.name);
    const evidence = ecq ? all.filter((e) => e.item.ecqs.includes(ecq)) : [];
    // A competency's evidence: items that show it and, for an ECQ's competency, its ECQ.
    const competencies = names.map((name) => ({
      name,
      evidence: all.filter((e) => e.item.competencies.includes(name) && (!ecq || e.item.ecqs.includes(ecq))),
    }));
    const thin = ecq ? evidence.length < THIN_BELOW || competencies.some((c) => c.evidence.length === 0) : competencies.some((c) => c.evidence.length === 0);
    return { ecq, evidence: ecq ? evidence : competencies.flatMap((c) => c.evidence).filter((e, i, list) => list.indexOf(e) === i), competencies, thin };
  };
  const rows = ECQ_SETS[set].ecqs.map((ecq) => rowFor(ecq));
  if (ECQ_SETS[set].fundamentalCompetencies.length > 0) rows.push(rowFor(undefined));
  return { set, rows };
}
