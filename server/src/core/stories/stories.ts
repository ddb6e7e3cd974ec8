import { Block } from '../parse/blocks';
import { ccarOf, DocumentModel, isProse } from '../parse/document';
import { CcarAnalysis } from '../ccar/infer';
import { EcqDefinition, EcqSetId } from '../domain/ecqSets';
import { StorySettings } from '../config';
import { documentEvidenceSet, mapEvidence, readTags, TAG_LINE } from '../evidence/competencies';
import type { AnalyzerConfig } from '../config';
import type { PostingAnalysis } from '../posting/posting';
import { Span } from '../text/span';

/**
 * An interview story bank read as stories (ses-domain.md §2.3 and §3: CCAR stories of
 * two to four minutes told aloud to the structured-interview board).
 *
 * - A story starts at a heading. The stories are the headings of the shallowest level
 *   below the title ("# Story bank" then "## Story 1: …"), so sub-headings inside a story
 *   stay part of it.
 * - A line such as `ECQs: Driving Efficiency, Leading People` or a `[Tag]` names the ECQs
 *   and competencies the story is for; untagged stories are mapped by cues (evidence/).
 * - The spoken length is the story's words (tag lines and headings left out) at the pace
 *   of the front matter's `pace_wpm`, else the configured pace.
 */

export interface Story {
  readonly heading: Block;
  readonly title: string;
  /** From the heading to the story's last block. */
  readonly span: Span;
  /** The story's prose, tag lines left out. */
  readonly blocks: readonly Block[];
  /** Tag lines (`ECQs: …`). */
  readonly tagBlocks: readonly Block[];
  readonly words: number;
  readonly seconds: number;
  /** ECQs the story is offered for: tagged, or inferred when it has no ECQ tag. */
  readonly ecqs: readonly EcqDefinition[];
  readonly ecqsTagged: boolean;
  readonly competencies: readonly string[];
  readonly ccar: CcarAnalysis;
}

export interface StoryBank {
  readonly set: EcqSetId;
  readonly paceWpm: number;
  /** Where the pace came from. */
  readonly paceSource: 'frontMatter' | 'config';
  readonly stories: readonly Story[];
}


/** The pace of a story bank or an interview: front matter `pace_wpm`, else the setting. */
export function paceOf(doc: DocumentModel, settings: Pick<StorySettings, 'paceWpm'>): { paceWpm: number; source: 'frontMatter' | 'config' } {
  const declared = Number(doc.frontMatter?.values['pace_wpm'] ?? doc.frontMatter?.values['pace']);
  if (Number.isFinite(declared) && declared >= 60 && declared <= 250) return { paceWpm: declared, source: 'frontMatter' };
  return { paceWpm: settings.paceWpm, source: 'config' };
}

/** "3:05" */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** A paragraph's first line that is all bold, a title of a few words: "**Registrant backlog, Houston (2023)**". */
const BOLD_TITLE_LINE = /^(?:\*\*|__)([^*_\n]{3,120})(?:\*\*|__)[ \t]*(?:\r?\n|$)/;

const cache = new WeakMap<DocumentModel, Map<string, StoryBank>>();

/** The story bank of a document, read against the set its config, tags or posting give. */
export function storyBankOf(doc: DocumentModel, config: AnalyzerConfig, posting: PostingAnalysis | undefined): StoryBank {
  return readStories(doc, documentEvidenceSet(doc, config, posting), config.stories);
}

export function readStories(doc: DocumentModel, set: EcqSetId, settings: StorySettings): StoryBank {
  const key = `${set}/${settings.paceWpm}`;
  const known = cache.get(doc)?.get(key);
  if (known) return known;
  const pace = paceOf(doc, settings);
  const paceWpm = pace.paceWpm;
  const headings = doc.blocks.filter((b) => b.kind === 'heading' && b.level <= 6);
  // The title is a lone level-1 heading at the top; stories are the next level down.
  const below = headings.filter((h, i) => !(i === 0 && h.level === 1 && headings.filter((x) => x.level === 1).length === 1));
  const level = below.length > 0 ? Math.min(...below.map((h) => h.level)) : 0;
  const headingStarts = below.filter((h) => h.level === level);
  const stories: Story[] = [];
  const source = (b: Block): string => doc.text.slice(b.span.start, b.span.end);
  // Under a heading, paragraphs that open on a bold title line ("**Moving theft reports
  // online (2024)**", then the story) are the stories, as a bank pasted from a word
  // processor sets them out; the heading groups them ("## Driving Efficiency").
  const starts: { heading: Block; group: Block | undefined; title: string }[] = [];
  headingStarts.forEach((heading, i) => {
    const next = headingStarts[i + 1];
    const titled = doc.blocks.filter((b) => b.index > heading.index && (!next || b.index < next.index) && b.kind === 'paragraph' && BOLD_TITLE_LINE.test(source(b)));
    if (titled.length === 0) starts.push({ heading, group: undefined, title: heading.prose.trim() });
    else for (const b of titled) starts.push({ heading: b, group: heading, title: BOLD_TITLE_LINE.exec(source(b))![1]!.trim() });
  });
  starts.forEach(({ heading, group, title }, i) => {
    const next = starts[i + 1]?.heading;
    const inside = doc.blocks.filter((b) => (group ? b.index >= heading.index : b.index > heading.index) && (!next || b.index < next.index) && !(b.kind === 'heading' && b.level <= level));
    const tagBlocks = inside.filter((b) => TAG_LINE.test(b.prose));
    const blocks = inside.filter((b) => isProse(b) && b.kind !== 'heading' && !tagBlocks.includes(b));
    const words = blocks.reduce((sum, b) => sum + (doc.facts.get(b.index)?.wordCount ?? 0), 0);
    const titleBlocks = group ? [group] : [heading];
    const text = [...titleBlocks, ...tagBlocks, ...blocks].map(source).join('\n');
    const explicit = readTags([...titleBlocks, ...tagBlocks].map(source).join('\n'), set);
    const mapping = mapEvidence(text, set);
    const last = inside.length > 0 ? inside[inside.length - 1]! : heading;
    stories.push({
      heading,
      title: title.replace(/^story\s*\d+\s*[:.–—-]\s*/i, ''),
      span: { start: heading.span.start, end: last.span.end },
      blocks,
      tagBlocks,
      words,
      seconds: (words / paceWpm) * 60,
      ecqs: explicit.ecqs.length > 0 ? explicit.ecqs : mapping.ecqs,
      ecqsTagged: explicit.ecqs.length > 0,
      competencies: mapping.competencies,
      ccar: ccarOf(blocks, doc.facts),
    });
  });
  const bank: StoryBank = { set, paceWpm, paceSource: pace.source, stories };
  let bySettings = cache.get(doc);
  if (!bySettings) cache.set(doc, (bySettings = new Map()));
  bySettings.set(key, bank);
  return bank;
}
