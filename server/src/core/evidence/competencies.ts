import { COMPETENCY_CUES } from '../domain/competencyCues';
import { ECQ_SETS, EcqDefinition, EcqSetId } from '../domain/ecqSets';
import { matchEcqHeading, resolveEcq } from '../domain/headings';
import { Span } from '../text/span';
import type { AnalyzerConfig } from '../config';
import type { DocumentModel } from '../parse/document';
import type { PostingAnalysis } from '../posting/posting';

/**
 * Which ECQs and competencies a piece of evidence (a resume bullet, an ECQ example, an
 * interview story) shows.
 *
 * - **Tags** say it outright: `[Driving Efficiency]`, `[ECQ 2]`, `[Leading People; Developing Others]`,
 *   or a story's `ECQs:` and `Competencies:` lines. A tag names an ECQ or a competency of the set.
 * - **Cues** infer it: the words of `COMPETENCY_CUES`. A competency is shown when one of
 *   its cues is there; an ECQ is shown when its competencies' cues are there at least
 *   twice (two different cues), so one stray word ("budget") does not count as evidence
 *   of a whole ECQ.
 */

export interface CompetencyRef {
  readonly ecq: EcqDefinition | undefined;
  readonly name: string;
}

export interface Tags {
  readonly ecqs: readonly EcqDefinition[];
  /** Competency names, as the set spells them. */
  readonly competencies: readonly string[];
  /** Where each tag is written, relative to the text read. */
  readonly spans: readonly Span[];
}

interface CompiledCue {
  readonly cue: string;
  readonly pattern: RegExp;
}

function compile(cue: string): RegExp {
  const words = cue.split(' ').map((word) => {
    if (word === '*') return '\\S+';
    const open = word.endsWith('*');
    const literal = (open ? word.slice(0, -1) : word).replace(/[.+?^${}()|[\]\\-]/g, '\\$&');
    return open ? `${literal}[\\w-]*` : literal;
  });
  return new RegExp(`(?<![\\w-])${words.join('\\s+')}(?![\\w-])`, 'i');
}

const compiled = new Map<string, readonly CompiledCue[]>();

function cuesOf(competency: string): readonly CompiledCue[] {
  let list = compiled.get(competency);
  if (!list) {
    const cues = COMPETENCY_CUES[competency];
    if (!cues) throw new Error(`No cues for competency "${competency}" (competencyCues.ts)`);
    list = cues.map((cue) => ({ cue, pattern: compile(cue) }));
    compiled.set(competency, list);
  }
  return list;
}

/** Every competency of a set with the ECQ it belongs to; fundamental competencies have none. */
export function competenciesOf(set: EcqSetId): readonly CompetencyRef[] {
  const s = ECQ_SETS[set];
  return [...s.ecqs.flatMap((ecq) => ecq.competencies.map((c) => ({ ecq, name: c.name }))), ...s.fundamentalCompetencies.map((c) => ({ ecq: undefined, name: c.name }))];
}

/** The cues of a competency found in a text. */
export function cueHits(text: string, competency: string): string[] {
  return cuesOf(competency)
    .filter((c) => c.pattern.test(text))
    .map((c) => c.cue);
}

/** A line that names what a story or bullet shows: `ECQs: …`, `Competencies: …`, `Tags: …`. */
export const TAG_LINE = /^[ \t*_]*(?:ECQs?|Competenc(?:y|ies)|Tags?)[ \t*_]*:/i;
// The list starts at its first character that is not a space or a marker, so the two runs
// never compete for the same characters (the shape lint of linearRegex.test.ts).
const TAG_LINES = new RegExp(`${TAG_LINE.source}[ \\t*_]*([^ \\t*_\\r\\n].*)$`, 'gim');

const normalise = (s: string): string => s.toLowerCase().replace(/[^a-z]+/g, ' ').trim();

/** Explicit tags in a text: `[…]` groups that are not Markdown links, and `ECQs:` / `Competencies:` lines. */
export function readTags(text: string, set: EcqSetId): Tags {
  const ecqs: EcqDefinition[] = [];
  const competencies: string[] = [];
  const spans: Span[] = [];
  const byName = new Map(competenciesOf(set).map((c) => [normalise(c.name), c.name]));
  const take = (list: string, at: Span): boolean => {
    let found = false;
    for (const part of list.split(/[,;|]|\band\b(?=\s+(?:ECQ|\d))/)) {
      const name = part.trim();
      if (name === '') continue;
      const competency = byName.get(normalise(name));
      if (competency) {
        if (!competencies.includes(competency)) competencies.push(competency);
        found = true;
        continue;
      }
      const match = matchEcqHeading(name);
      const ecq = match ? resolveEcq(match, set) : undefined;
      if (ecq && ecq.set === set) {
        if (!ecqs.includes(ecq)) ecqs.push(ecq);
        found = true;
      }
    }
    if (found) spans.push(at);
    return found;
  };
  for (const m of text.matchAll(/\[([^\][\n]{3,120})\](?![(\[:])/g)) take(m[1]!, { start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(TAG_LINES)) take(m[1]!, { start: m.index, end: m.index + m[0].length });
  return { ecqs, competencies, spans };
}

/** The ECQs and competencies a text shows, from its tags and cues. */
export interface EvidenceMapping {
  readonly ecqs: readonly EcqDefinition[];
  readonly competencies: readonly string[];
  /** ECQs and competencies named by a tag rather than inferred. */
  readonly tagged: Tags;
}

export function mapEvidence(text: string, set: EcqSetId, known: readonly EcqDefinition[] = []): EvidenceMapping {
  const tagged = readTags(text, set);
  const competencies = new Set<string>(tagged.competencies);
  const cueCount = new Map<EcqDefinition, Set<string>>();
  for (const ref of competenciesOf(set)) {
    const hits = cueHits(text, ref.name);
    if (hits.length === 0) continue;
    competencies.add(ref.name);
    if (ref.ecq) {
      const seen = cueCount.get(ref.ecq) ?? new Set<string>();
      for (const h of hits) seen.add(h);
      cueCount.set(ref.ecq, seen);
    }
  }
  const ecqs = new Set<EcqDefinition>([...known, ...tagged.ecqs]);
  for (const [ecq, cues] of cueCount) if (cues.size >= 2) ecqs.add(ecq);
  // A tagged competency is evidence of its ECQ.
  for (const ref of competenciesOf(set)) if (ref.ecq && tagged.competencies.includes(ref.name)) ecqs.add(ref.ecq);
  const order = ECQ_SETS[set].ecqs;
  return { ecqs: order.filter((e) => ecqs.has(e)), competencies: competenciesOf(set).map((c) => c.name).filter((n, i, all) => competencies.has(n) && all.indexOf(n) === i), tagged };
}

/**
 * The set a resume or story bank is read against: the configured one, the one its
 * headings or front matter name, the linked posting's, the one its tags name, or else
 * the set in force since October 2025.
 */
export function evidenceSet(configured: EcqSetId | 'auto', detected: EcqSetId | 'unknown', postingSet: EcqSetId | 'none' | undefined, text: string): EcqSetId {
  if (configured !== 'auto') return configured;
  if (detected !== 'unknown') return detected;
  if (postingSet && postingSet !== 'none') return postingSet;
  const votes = { '2025': readTags(text, '2025').ecqs.filter((e) => e.name !== 'Leading People').length, legacy: readTags(text, 'legacy').ecqs.filter((e) => e.name !== 'Leading People').length };
  return votes.legacy > votes['2025'] ? 'legacy' : '2025';
}

/** `evidenceSet` for one document under its config and linked posting. */
export function documentEvidenceSet(doc: DocumentModel, config: AnalyzerConfig, posting: PostingAnalysis | undefined): EcqSetId {
  return evidenceSet(config.ecqSet, doc.ecqSet, posting?.ecqSet, doc.text);
}
