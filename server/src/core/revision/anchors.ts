import { DocumentModel, Example, Section } from '../parse/document';
import { Finding } from '../rules/types';

/**
 * What a finding is attached to, so it can be found again in another version of the draft:
 * not its line (any edit above moves it) but the words it is on and the words around it.
 *
 * - `quote`: the finding's own text, normalised (case, spacing), e.g. "was responsible for";
 * - `sentence`: the sentence it is in, normalised, for the exact match;
 * - `sentenceWords` and `windowWords`: the content words of that sentence, and of it with the
 *   sentences either side, for matches that tolerate rewording;
 * - `group`: the ECQ (or TQ, or the package) it belongs to, so sections match by ECQ and not
 *   by their place in a file;
 * - `position`: where in its group it sits, 0–1, to pair the same words met twice.
 */

export interface FindingGroup {
  /** `ecq:<id>`, `tq:<label>`, `package`, or `file:<path>` for a draft outside sections. */
  readonly key: string;
  /** The ECQ's name, or null outside an ECQ section. */
  readonly ecq: string | null;
  readonly ecqId: string | null;
  readonly ecqNumber: number | null;
  /** "ECQ 2: Driving Efficiency", "MTQ 1", "Package", or a path. */
  readonly label: string;
}

export interface AnchoredFinding {
  readonly path: string;
  readonly document: DocumentModel;
  readonly finding: Finding;
  readonly group: FindingGroup;
  readonly quote: string;
  readonly sentence: string;
  readonly sentenceWords: ReadonlySet<string>;
  readonly windowWords: ReadonlySet<string>;
  readonly position: number;
}

/**
 * Words too common to say which sentence is which: two unrelated sentences of a narrative
 * share "I", "the" and "and" as often as two versions of one sentence do.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'a an the and or but of to in on at by for from with as into onto over under about after before during within without than then that this these those it its is was were be been being are am has have had do did does i we our us my me he she they them their his her you your which who whom whose what when where while so not no also all each every any some'.split(' '),
);

/** Below this many content words a sentence ("We restored service.", "Example 2") says too little alone. */
const SHORT_SENTENCE_WORDS = 4;

const WORD = /[\p{L}\p{N}]+/gu;

/** The content words of a text, lowercased. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(WORD)) if (!FUNCTION_WORDS.has(m[0])) out.add(m[0]);
  return out;
}

/** Case and spacing normalised, so reflowing a paragraph or capitalising a word changes nothing. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The Dice coefficient of two word sets: 1 for the same words, 0 for none in common. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const w of small) if (large.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Is this character the end of a sentence when followed by a space or the end of the block? */
function endsSentence(c: string): boolean {
  return c === '.' || c === '!' || c === '?' || c === '\n';
}

/** Sentence bounds in a block's prose, as [start, end) offsets into the prose. A linear scan. */
function sentenceBounds(prose: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < prose.length; i++) {
    const next = prose[i + 1];
    if (endsSentence(prose[i]!) && (next === undefined || next === ' ' || next === '\n' || next === '\t')) {
      if (prose.slice(start, i + 1).trim() !== '') out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (prose.slice(start).trim() !== '') out.push({ start, end: prose.length });
  return out;
}

function groupOf(path: string, document: DocumentModel, section: Section | undefined): FindingGroup {
  if (section?.ecq) {
    return { key: `ecq:${section.ecq.id}`, ecq: section.ecq.name, ecqId: section.ecq.id, ecqNumber: section.ecq.number, label: `ECQ ${section.ecq.number}: ${section.ecq.name}` };
  }
  if (section?.tq) return { key: `tq:${section.tq.label.toLowerCase()}`, ecq: null, ecqId: null, ecqNumber: null, label: section.tq.label };
  // The top of an ECQ draft (title, summary, package findings) belongs to the package, whatever file it is in.
  if (document.kind === 'ecq') return { key: 'package', ecq: null, ecqId: null, ecqNumber: null, label: 'Package' };
  return { key: `file:${path}`, ecq: null, ecqId: null, ecqNumber: null, label: path };
}

/** The section a span starts in; a finding at the very top of a section's heading belongs to it. */
export function sectionAt(document: DocumentModel, offset: number): Section | undefined {
  return document.sections.find((s) => s.span.start <= offset && offset < s.span.end) ?? document.sections.find((s) => s.span.start === offset);
}

export function exampleAt(section: Section | undefined, offset: number): Example | undefined {
  return section?.examples.find((e) => e.span.start <= offset && offset < Math.max(e.span.end, e.span.start + 1));
}

export function groupAt(path: string, document: DocumentModel, offset: number): FindingGroup {
  return groupOf(path, document, sectionAt(document, offset));
}

/** Anchors every finding of one file. */
export function anchorFindings(path: string, document: DocumentModel, findings: readonly Finding[]): AnchoredFinding[] {
  const { text } = document;
  return findings.map((finding) => {
    const offset = finding.span.start;
    const section = sectionAt(document, offset);
    const group = groupOf(path, document, section);
    const block = document.blocks.find((b) => b.span.start <= offset && offset < Math.max(b.span.end, b.span.start + 1));
    let sentence = '';
    let window = '';
    if (block) {
      const bounds = sentenceBounds(block.prose);
      const at = Math.max(
        0,
        bounds.findIndex((s) => offset - block.span.start < s.end),
      );
      const piece = (i: number): string => (bounds[i] ? block.prose.slice(bounds[i]!.start, bounds[i]!.end) : '');
      sentence = piece(at);
      window = `${piece(at - 1)} ${sentence} ${piece(at + 1)}`;
    }
    let sentenceWords = contentWords(sentence);
    let windowWords = contentWords(window);
    if (sentenceWords.size < SHORT_SENTENCE_WORDS) {
      // A heading ("Example 2") or a bare sentence says too little to be told from another:
      // the example (or section) it stands for is its anchor instead, so two examples that
      // are both "Example 2" match only when they tell the same story.
      const scope = exampleAt(section, offset)?.span ?? section?.span;
      if (scope) {
        const scoped = text.slice(scope.start, scope.end);
        sentence = scoped;
        sentenceWords = contentWords(scoped);
        windowWords = sentenceWords;
      }
    }
    const groupSpan = section?.span ?? { start: 0, end: text.length };
    const position = groupSpan.end > groupSpan.start ? (offset - groupSpan.start) / (groupSpan.end - groupSpan.start) : 0;
    return {
      path,
      document,
      finding,
      group,
      quote: normalise(text.slice(finding.span.start, finding.span.end)),
      sentence: normalise(sentence),
      sentenceWords,
      windowWords,
      position,
    };
  });
}
