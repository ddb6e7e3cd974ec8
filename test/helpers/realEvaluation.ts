import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, AnalysisResult } from '../../server/src/core/analyze';
import { stripInlineTags } from '../../server/src/core/ccar/tags';
import { CCAR_PARTS, CcarPartKind, matchCcarLabel } from '../../server/src/core/domain/headings';
import { Example } from '../../server/src/core/parse/document';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { storyBankOf } from '../../server/src/core/stories/stories';
import { CalendarDate } from '../../server/src/core/rules/context';
import { isRuleId, RuleId } from '../../server/src/core/rules/types';
import { Expectation, RuleScore, score } from './evaluation';

/**
 * Scores the engine on real (and outside-written) text against sidecar expectations written
 * blind, before the tool ran: test/fixtures/real/ANNOTATION.md describes the format. Three
 * figures per folder:
 * - precision and recall per rule, as on the annotated sets;
 * - story boundaries: each expected story against the example the engine found there;
 * - per-sentence CCAR accuracy on texts with OPM's inline tags: the tags are stripped, the
 *   parts inferred, and each sentence compared with the tag that closes it.
 */

export interface Sidecar {
  readonly source: string;
  readonly licence?: string;
  readonly stories?: readonly { readonly section: string | null; readonly startsWith: string; readonly missing?: readonly string[] }[];
  readonly findings?: readonly { readonly rule: string; readonly quote: string; readonly occurrence?: number }[];
}

/** The rules the sidecars annotate; findings of any other rule are not scored. */
export const SCORED_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  'ccar.missing-challenge', 'ccar.missing-context', 'ccar.missing-action', 'ccar.missing-result', 'ecq.too-many-examples',
  'voice.we', 'voice.passive', 'phrase.weak', 'claim.philosophy', 'claim.vague-quantifier', 'plain.filler', 'plain.wordy',
  'result.unquantified', 'acronym.undefined', 'recency.stale', 'resume.first-person', 'resume.unquantified', 'resume.weak-start',
]);

export interface StoryCheck {
  readonly file: string;
  readonly expected: number;
  readonly found: number;
  /** Expected stories whose start and length the engine got within one paragraph. */
  readonly right: number;
  readonly misses: readonly string[];
}

export interface CcarAccuracy {
  correct: number;
  total: number;
  readonly confusion: Map<string, number>;
}

export interface FolderEvaluation {
  readonly scores: Map<RuleId, RuleScore>;
  readonly stories: StoryCheck[];
  readonly ccar: CcarAccuracy;
  readonly files: number;
}

/** Files with a sidecar in a folder, sorted. */
export function annotatedFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => !f.endsWith('.expect.json') && fs.existsSync(path.join(dir, `${f}.expect.json`))).sort();
}

function nthIndexOf(text: string, quote: string, occurrence: number): number {
  let at = -1;
  for (let k = 0; k < occurrence; k++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

interface ExpectedStory {
  readonly start: number;
  readonly end: number;
  readonly section: string | null;
  readonly missing: readonly CcarPartKind[];
  readonly label: string;
}

function expectedStories(file: string, text: string, sidecar: Sidecar): ExpectedStory[] {
  const starts: { start: number; section: string | null; missing: CcarPartKind[]; label: string }[] = [];
  let from = 0;
  for (const story of sidecar.stories ?? []) {
    const start = text.indexOf(story.startsWith, from);
    if (start < 0) throw new Error(`${file}: story start not found: "${story.startsWith}"`);
    // Annotators write the parts as they name them ("Result"); the kinds are lower case.
    const missing = (story.missing ?? []).map((part) => part.toLowerCase());
    for (const part of missing) if (!(CCAR_PARTS as readonly string[]).includes(part)) throw new Error(`${file}: unknown CCAR part "${part}"`);
    starts.push({ start, section: story.section, missing: missing as CcarPartKind[], label: story.startsWith.slice(0, 40) });
    from = start + 1;
  }
  // A story ends where the next begins, or earlier at a heading that is not one of its CCAR
  // labels: the last answer of an interview file ends at "## Questions for the panel".
  return starts.map((s, i) => ({ ...s, end: Math.min(i + 1 < starts.length ? starts[i + 1]!.start : text.length, nextNonLabelHeading(text, s.start)) }));
}

/**
 * A story's start moved back over the headings right above it that belong to it: a CCAR label
 * ("### Challenge") or an example's title ("### Example 2: Wing box corrosion"). The engine
 * reports a missing part on the example's first line, which is that heading.
 */
function withLabelHeadings(text: string, start: number): number {
  let at = start;
  for (;;) {
    let end = at;
    while (end > 0 && (text[end - 1] === '\n' || text[end - 1] === '\r' || text[end - 1] === ' ')) end--;
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    const m = /^#{2,6}[ \t]+(.*)$/.exec(text.slice(lineStart, end));
    if (!m || !(matchCcarLabel(m[1]!.trim()) || /^(?:example|story)\b/i.test(m[1]!.trim()))) return at;
    at = lineStart;
  }
}

/** Where the first Markdown heading after `from` that is not a CCAR label ("### Result") begins, or the text's end. */
function nextNonLabelHeading(text: string, from: number): number {
  const heading = /^#{1,6}[ \t]+(.*)$/gm;
  heading.lastIndex = from;
  for (let m = heading.exec(text); m; m = heading.exec(text)) {
    const title = m[1]!.trim();
    const label = matchCcarLabel(title);
    if (!label || title.length > label.length + 1) return m.index;
  }
  return text.length;
}

function expectationsOf(file: string, text: string, sidecar: Sidecar, stories: readonly ExpectedStory[]): Expectation[] {
  const out: Expectation[] = [];
  for (const f of sidecar.findings ?? []) {
    if (!isRuleId(f.rule)) throw new Error(`${file}: unknown rule ${f.rule}`);
    const start = nthIndexOf(text, f.quote, f.occurrence ?? 1);
    if (start < 0) throw new Error(`${file}: quote not found for ${f.rule}: "${f.quote}"`);
    out.push({ rule: f.rule, start, end: start + f.quote.length });
  }
  for (const story of stories) {
    for (const part of story.missing) out.push({ rule: `ccar.missing-${part}` as RuleId, start: withLabelHeadings(text, story.start), end: story.end });
  }
  // More than two stories under one ECQ heading: the finding goes on the heading.
  const bySection = new Map<string, ExpectedStory[]>();
  for (const story of stories) if (story.section) bySection.set(story.section, [...(bySection.get(story.section) ?? []), story]);
  for (const [section, list] of bySection) {
    if (list.length <= 2) continue;
    const heading = text.lastIndexOf(section, list[0]!.start);
    const start = heading >= 0 ? heading : list[0]!.start;
    // An annotator may also have listed it among the findings: one finding, not two.
    if (out.some((e) => e.rule === 'ecq.too-many-examples' && e.start < list[0]!.start && e.end > start)) continue;
    out.push({ rule: 'ecq.too-many-examples', start, end: list[0]!.start });
  }
  return out;
}

/** Paragraph (block) starts of the document, for judging boundaries within one paragraph. */
function paragraphIndex(result: AnalysisResult, offset: number): number {
  const blocks = result.document.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'listItem');
  let index = 0;
  for (const b of blocks) {
    if (b.span.start > offset) break;
    index++;
  }
  return index;
}

function checkStories(file: string, result: AnalysisResult, stories: readonly ExpectedStory[]): StoryCheck {
  // A story bank's stories are its examples: each under its own heading (stories/stories.ts).
  const examples: readonly Pick<Example, 'span' | 'blocks'>[] = result.document.kind === 'stories' ? storyBankOf(result.document, DEFAULT_CONFIG, undefined).stories : result.document.sections.flatMap((s) => s.examples);
  const misses: string[] = [];
  let right = 0;
  for (const story of stories) {
    const expectedStart = paragraphIndex(result, story.start);
    const expectedEnd = paragraphIndex(result, Math.max(story.start, story.end - 1));
    // The example that holds most of the story.
    let best: Pick<Example, 'span' | 'blocks'> | undefined;
    let bestOverlap = 0;
    for (const e of examples) {
      const overlap = Math.min(e.span.end, story.end) - Math.max(e.span.start, story.start);
      if (overlap > bestOverlap) {
        best = e;
        bestOverlap = overlap;
      }
    }
    if (!best) {
      misses.push(`no example at "${story.label}"`);
      continue;
    }
    const foundStart = paragraphIndex(result, best.blocks[0]?.span.start ?? best.span.start);
    const foundEnd = paragraphIndex(result, Math.max(best.span.start, best.span.end - 1));
    if (Math.abs(foundStart - expectedStart) <= 1 && Math.abs(foundEnd - expectedEnd) <= 1) right++;
    else misses.push(`"${story.label}": expected paragraphs ${expectedStart}–${expectedEnd}, found ${foundStart}–${foundEnd}`);
  }
  return { file, expected: stories.length, found: examples.length, right, misses };
}

/** Per-sentence CCAR accuracy on a text with inline tags; adds to `into`. */
export function ccarAccuracy(file: string, original: string, today: CalendarDate, into: CcarAccuracy): void {
  const { text, tags } = stripInlineTags(original);
  if (tags.length === 0) return;
  const result = analyze(text, { path: file, today });
  for (const example of result.document.sections.flatMap((s) => s.examples)) {
    for (const { ref, part } of example.ccar.sentenceParts) {
      // The tag that closes the run the sentence starts in; after the last tag, the last tag's part.
      const closing = tags.find((t) => t.at > ref.span.start) ?? tags[tags.length - 1]!;
      const gold = closing.parts;
      into.total++;
      if (gold.includes(part)) into.correct++;
      const key = `${gold.join('/')}→${part}`;
      into.confusion.set(key, (into.confusion.get(key) ?? 0) + 1);
    }
  }
}

export function evaluateFolder(dir: string, today: CalendarDate): FolderEvaluation {
  const scores = new Map<RuleId, RuleScore>();
  const stories: StoryCheck[] = [];
  const ccar: CcarAccuracy = { correct: 0, total: 0, confusion: new Map() };
  const files = annotatedFiles(dir);
  for (const file of files) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const sidecar = JSON.parse(fs.readFileSync(path.join(dir, `${file}.expect.json`), 'utf8')) as Sidecar;
    const result = analyze(text, { path: file, today });
    const expected = expectedStories(file, text, sidecar);
    const findings = result.findings.filter((f) => SCORED_RULES.has(f.ruleId));
    score(text, findings, expectationsOf(file, text, sidecar, expected), scores, file);
    if (expected.length > 0) stories.push(checkStories(file, result, expected));
    ccarAccuracy(file, text, today, ccar);
  }
  return { scores, stories, ccar, files: files.length };
}

/** How three readers of OPM's tagged statements agree, sentence by sentence. */
export interface Agreement {
  /** Labelled statements found in the folder. */
  readonly files: number;
  readonly sentences: number;
  /** The second annotator's part is among OPM's. */
  readonly annotatorWithOpm: number;
  /** The engine's part is among OPM's. */
  readonly toolWithOpm: number;
  readonly toolWithAnnotator: number;
  /** The same three, with Challenge and Context read as one part (the story's setup). */
  readonly setup: { readonly annotatorWithOpm: number; readonly toolWithOpm: number; readonly toolWithAnnotator: number };
}

export interface SecondLabel {
  readonly sentence: string;
  readonly part: CcarPartKind;
}

/** The text with each run of white space made one space, and where each character came from. */
function collapsedWithOffsets(text: string): { text: string; from: number[] } {
  let out = '';
  const from: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const space = /\s/.test(text[i]!);
    if (space && (out.length === 0 || out.endsWith(' '))) continue;
    out += space ? ' ' : text[i];
    from.push(i);
  }
  return { text: out, from };
}

const setupOf = (part: CcarPartKind): string => (part === 'challenge' || part === 'context' ? 'setup' : part);

/**
 * A second, blind annotator's part for every sentence of OPM's tagged statements
 * (test/fixtures/real/second-annotator), against OPM's tags and the engine's parts: how far
 * two careful readers agree is the ceiling any per-sentence figure can be read against, for
 * the labelled statements in `dir` (their text with the tags).
 */
export function secondAnnotatorAgreement(labels: Readonly<Record<string, readonly SecondLabel[]>>, dir: string, today: CalendarDate): Agreement {
  const texts = new Map(
    fs
      .readdirSync(dir)
      .filter((f) => labels[f])
      .map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')] as const),
  );
  const tally = { files: texts.size, sentences: 0, annotatorWithOpm: 0, toolWithOpm: 0, toolWithAnnotator: 0, setup: { annotatorWithOpm: 0, toolWithOpm: 0, toolWithAnnotator: 0 } };
  for (const [file, original] of texts) {
    const rows = labels[file]!;
    const { text, tags } = stripInlineTags(original);
    const collapsed = collapsedWithOffsets(text);
    const toolParts = analyze(text, { path: file, today }).document.sections.flatMap((s) => s.examples).flatMap((e) => e.ccar.sentenceParts);
    let searchFrom = 0;
    for (const row of rows) {
      const at = collapsed.text.indexOf(row.sentence, searchFrom);
      if (at < 0) throw new Error(`second annotator: "${row.sentence.slice(0, 40)}…" is not in ${file}`);
      searchFrom = at + row.sentence.length;
      const start = collapsed.from[at]!;
      const opm = (tags.find((t) => t.at > start) ?? tags[tags.length - 1]!).parts;
      const tool = toolParts.find((p) => p.ref.span.start <= start && start < p.ref.span.end)?.part;
      tally.sentences++;
      if (opm.includes(row.part)) tally.annotatorWithOpm++;
      if (tool && opm.includes(tool)) tally.toolWithOpm++;
      if (tool === row.part) tally.toolWithAnnotator++;
      const opmSetup = opm.map(setupOf);
      if (opmSetup.includes(setupOf(row.part))) tally.setup.annotatorWithOpm++;
      if (tool && opmSetup.includes(setupOf(tool))) tally.setup.toolWithOpm++;
      if (tool && setupOf(tool) === setupOf(row.part)) tally.setup.toolWithAnnotator++;
    }
  }
  return tally;
}
