import { computeFacts } from '../analysis/facts';
import { ALL_ECQS, ECQ_SETS, EcqDefinition, EcqSetId } from '../domain/ecqSets';
import { matchEcqHeading, matchTqHeading, resolveEcq } from '../domain/headings';
import { DocumentModel } from '../parse/document';
import { readFrontMatter } from '../parse/frontMatter';
import { kindFromFileName } from '../parse/kind';
import { CalendarDate } from '../rules/context';
import { RULE_IDS, RuleId } from '../rules/types';
import { Span } from '../text/span';
import { groupAt, normalise } from './anchors';
import { CCAR_PART_WORDS, CRITICISM_WORDS, ECQ_ABBREVIATIONS, PRAISE_WORDS, CCAR_RESULT_MISSING, CCAR_WORDS, INTRO_WORDS, LACKING_WORDS, PACKAGE_WORDS, REMARK_PHRASES, RemarkTarget } from './remarkPhrases';
import { AnalysedFile, RevisionReview } from './review';

/**
 * Board and coach remarks: what came back with a returned package, one remark a list item or
 * paragraph, each mapped to the ECQ section it is about and, where its words say, to the rules
 * it speaks to (`remarkPhrases.ts`). Then, against the package as it is now and optionally the
 * version the remarks were made on, each remark's state:
 *
 * - `open`: a finding it maps to is still there, or its section has not changed;
 * - `addressed`: its section changed and nothing it maps to is left;
 * - `check`: nothing maps (praise, a remark no rule can judge), or there is no earlier version
 *   to tell whether the section changed: a person must look.
 *
 * Pure: the caller reads the remarks file and the versions.
 */

/** `ecq:<id>`, `tq:<label>` (as `anchors.ts` keys findings), `tq` for a TQ not named by number, or `package`. */
export type RemarkSectionKey = string;

export interface RemarkSection {
  readonly key: RemarkSectionKey;
  readonly ecq: EcqDefinition | undefined;
  /** "ECQ 2: Leading People", "MTQ 1", "Package". */
  readonly label: string;
  /** How the section was found. */
  readonly by: 'heading' | 'name' | 'number' | 'competency' | 'tq' | 'package';
}

export interface Remark {
  readonly text: string;
  /** The remark's block in the remarks file. */
  readonly span: Span;
  /** 1-based, its first line. */
  readonly line: number;
  readonly section: RemarkSection;
  readonly targets: readonly RemarkTarget[];
}

export interface RemarksFile {
  readonly remarks: readonly Remark[];
  readonly returned: CalendarDate | undefined;
  readonly resubmitBy: CalendarDate | undefined;
  /** Front matter dates that could not be read, to report. */
  readonly problems: readonly string[];
}

/**
 * Is this a remarks file, by its name or front matter? The hosts ask of every file of a package
 * folder: a remarks file holds what came back with the package, not a part of it.
 */
export function isRemarksFile(path: string, text: string): boolean {
  const byName = kindFromFileName(path);
  if (byName) return byName === 'remarks';
  return readFrontMatter(text)?.values['kind']?.toLowerCase() === 'remarks';
}

const PACKAGE_SECTION: RemarkSection = { key: 'package', ecq: undefined, label: 'Package', by: 'package' };

/** Lowercased words with punctuation dropped and spaces around, so a phrase is found as whole words by `includes`. */
function wordsOf(text: string): string {
  const cleaned = text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    // "Too much "we"": the quoted pronoun is a token of its own; any other quote is punctuation.
    .replace(/"we"/g, ' quoted-we ')
    .replace(/[^a-z0-9'-]+/g, ' ');
  return ` ${cleaned.trim()} `;
}

function has(words: string, phrase: string): boolean {
  return words.includes(` ${phrase} `);
}

function hasAny(words: string, phrases: readonly string[]): boolean {
  return phrases.some((p) => has(words, p));
}

const CCAR_RULES = RULE_IDS.filter((id) => id.startsWith('ccar.'));

/** The rules a remark speaks to, in the order of the table. */
export function targetsOf(text: string, ecq: EcqDefinition | undefined): RemarkTarget[] {
  const words = wordsOf(text);
  // "Results are well quantified and recent": praise with no criticism speaks to no rule.
  if (hasAny(words, PRAISE_WORDS) && !hasAny(words, CRITICISM_WORDS) && !hasAny(words, LACKING_WORDS)) return [];
  const targets = new Set<RemarkTarget>();
  for (const row of REMARK_PHRASES) if (hasAny(words, row.phrases)) for (const t of row.targets) targets.add(t);
  // CCAR parts: a part and a lacking word in the same clause.
  const clauses = text.split(/[.;:!?\n]/).map(wordsOf);
  const parts = new Set<RuleId>();
  let wholeCcar = false;
  for (const clause of clauses) {
    if (!hasAny(clause, LACKING_WORDS)) continue;
    for (const [part, names] of Object.entries(CCAR_PART_WORDS)) if (hasAny(clause, names)) parts.add(`ccar.missing-${part}` as RuleId);
    if (hasAny(clause, CCAR_WORDS)) wholeCcar = true;
  }
  if (hasAny(words, CCAR_RESULT_MISSING)) parts.add('ccar.missing-result');
  for (const p of parts.size > 0 ? parts : wholeCcar ? CCAR_RULES : []) targets.add(p);
  // A competency of the section named with a lacking word: its evidence.
  if (ecq && hasAny(words, LACKING_WORDS) && ecq.competencies.some((c) => has(words, wordsOf(c.name).trim()))) targets.add('evidence');
  // A remark that quotes the draft ("numerous grievances", "I helped organize") speaks to the
  // phrase rules its quotation trips: the engine's own tables judge the quoted words.
  for (const quote of quotationsIn(text)) for (const hit of computeFacts(quote).phraseHits) targets.add(hit.entry.ruleId);
  return [...targets];
}

/** The quoted passages of a remark, straight or curly quotes, of at least two characters. */
function quotationsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/["\u201c]([^"\u201c\u201d\n]{2,200})["\u201d]/g)) out.push(m[1]!);
  return out;
}

interface NameKey {
  readonly words: string;
  readonly ecq: EcqDefinition;
  readonly by: 'name' | 'competency';
}

/** ECQ names and aliases, then competencies, of the set (both sets when unknown), longest first. */
function nameKeys(set: EcqSetId | undefined): NameKey[] {
  const ecqs = set ? ECQ_SETS[set].ecqs : ALL_ECQS;
  const keys: NameKey[] = [];
  for (const ecq of ecqs) for (const n of [ecq.name, ...ecq.aliases]) keys.push({ words: wordsOf(n).trim(), ecq, by: 'name' });
  for (const ecq of ecqs) for (const c of ecq.competencies) keys.push({ words: wordsOf(c.name).trim(), ecq, by: 'competency' });
  return keys.sort((a, b) => b.words.length - a.words.length);
}

const ECQ_NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five'];
const ECQ_NUMBER = /\becq\s?#?\s?(\d|one|two|three|four|five)\b/i;
const TQ_MENTION = /\b((?:m|p)?tq)\s?#?\s?(\d{1,2})\b|\b(?:(?:m|p)?tqs?|technical qualifications?)\b/i;

function ecqSection(ecq: EcqDefinition, by: RemarkSection['by']): RemarkSection {
  return { key: `ecq:${ecq.id}`, ecq, label: `ECQ ${ecq.number}: ${ecq.name}`, by };
}

/** The section a remark's own words name: an ECQ by name or number, a competency, a TQ; else the package. */
export function sectionNamedIn(text: string, set: EcqSetId | undefined): RemarkSection | undefined {
  return namedSection(text, set)?.section;
}

/** The section named and where in the text's words (`wordsOf`) it is first named. */
function namedSection(text: string, set: EcqSetId | undefined): { section: RemarkSection; at: number } | undefined {
  const words = wordsOf(text);
  let best: { at: number; section: RemarkSection; rank: number } | undefined;
  const consider = (at: number, section: RemarkSection, rank: number): void => {
    if (at < 0) return;
    if (!best || rank < best.rank || (rank === best.rank && at < best.at)) best = { at, section, rank };
  };
  for (const key of nameKeys(set)) {
    const at = words.indexOf(` ${key.words} `);
    consider(at, ecqSection(key.ecq, key.by), key.by === 'name' ? 0 : 2);
  }
  const number = ECQ_NUMBER.exec(text);
  if (number) {
    const n = ECQ_NUMBER_WORDS.indexOf(number[1]!.toLowerCase());
    const ecq = resolveEcq({ candidates: [], number: n >= 0 ? n + 1 : Number(number[1]) }, set ?? '2025');
    if (ecq) consider(Math.max(0, words.indexOf(' ecq')), ecqSection(ecq, 'number'), 1);
  }
  for (const [abbreviation, n] of Object.entries(ECQ_ABBREVIATIONS[set ?? '2025'])) {
    const at = ` ${text.replace(/[^A-Za-z0-9]+/g, ' ')} `.indexOf(` ${abbreviation} `);
    const ecq = ECQ_SETS[set ?? '2025'].ecqs.find((e) => e.number === n);
    if (at >= 0 && ecq) consider(at, ecqSection(ecq, 'name'), 1);
  }
  if (best) return { section: best.section, at: best.at };
  const tq = TQ_MENTION.exec(text);
  if (tq) {
    const label = tq[1] ? `${tq[1].toUpperCase()} ${Number(tq[2])}` : undefined;
    return { section: { key: label ? `tq:${label.toLowerCase()}` : 'tq', ecq: undefined, label: label ?? 'TQ', by: 'tq' }, at: tq.index };
  }
  return undefined;
}

/** How far into a sentence (in characters of its words) a section named starts a new remark: "For Leading People, …". */
const OPENING_MENTION = 40;

/**
 * The pieces of a block that are remarks of their own. Under no heading, one paragraph may
 * hold several remarks, one a line or a sentence ("Leading Change: too long.\nLeading People:
 * no figures."): a sentence or line that names a section near its start, another than the one
 * the remark so far is about, starts a new one. Offsets into the block's prose.
 */
function piecesOf(prose: string, set: EcqSetId | undefined, underHeading: boolean): { start: number; end: number }[] {
  const whole = [{ start: 0, end: prose.length }];
  if (underHeading) return whole;
  const sentences: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < prose.length; i++) {
    const c = prose[i]!;
    const next = prose[i + 1];
    if (c === '\n' || ((c === '.' || c === '!' || c === '?') && (next === undefined || next === ' ' || next === '\n'))) {
      if (prose.slice(start, i + 1).trim() !== '') sentences.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (prose.slice(start).trim() !== '') sentences.push({ start, end: prose.length });
  if (sentences.length < 2) return whole;
  const pieces: { start: number; end: number; key: string | undefined }[] = [];
  for (const sentence of sentences) {
    const named = namedSection(prose.slice(sentence.start, sentence.end), set);
    const opens = named && named.at <= OPENING_MENTION ? named.section.key : undefined;
    const last = pieces[pieces.length - 1];
    if (last && (opens === undefined || opens === last.key)) {
      last.end = sentence.end;
      last.key ??= named?.section.key;
    } else {
      pieces.push({ ...sentence, key: opens ?? named?.section.key });
    }
  }
  return pieces.map(({ start: s, end }) => ({ start: s, end }));
}

/** The section a heading opens, or undefined when it names none (a title, "Example 2"). */
function sectionOfHeading(text: string, set: EcqSetId | undefined): RemarkSection | undefined {
  const match = matchEcqHeading(text);
  const ecq = match ? resolveEcq(match, set ?? '2025') : undefined;
  if (ecq) return ecqSection(ecq, 'heading');
  const tq = matchTqHeading(text);
  if (tq) return { key: `tq:${tq.label.toLowerCase()}`, ecq: undefined, label: tq.label, by: 'heading' };
  const words = wordsOf(text);
  if (hasAny(words, PACKAGE_WORDS) && words.trim().split(' ').length <= 4) return { ...PACKAGE_SECTION, by: 'heading' };
  return undefined;
}

/** The set the remarks speak of: the package's, else the file's front matter, else the names it uses. */
function setOf(document: DocumentModel, packageSet: EcqSetId | undefined): EcqSetId | undefined {
  if (packageSet) return packageSet;
  if (document.ecqSet !== 'unknown') return document.ecqSet;
  const words = wordsOf(document.text);
  for (const id of ['2025', 'legacy'] as const) {
    const other = id === '2025' ? 'legacy' : '2025';
    const own = ECQ_SETS[id].ecqs.filter((e) => !ECQ_SETS[other].ecqs.some((o) => o.name === e.name));
    if (own.some((e) => [e.name, ...e.aliases].some((n) => has(words, wordsOf(n).trim())))) return id;
  }
  return undefined;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function readDate(value: string | undefined, key: string, problems: string[]): CalendarDate | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const m = DATE.exec(value.trim());
  const date = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
  if (!date || date.month < 1 || date.month > 12 || date.day < 1 || date.day > 31) {
    problems.push(`${key}: "${value}" is not a date (YYYY-MM-DD)`);
    return undefined;
  }
  return date;
}

function endsLikeSentence(text: string): boolean {
  return /[.!?"'\u201d]\s*$/.test(text);
}

/**
 * Reads the remarks of a remarks file. `packageSet` is the ECQ set of the package they were
 * made on, so that "ECQ 3" and "Leading People" resolve in the right set.
 */
export function readRemarks(document: DocumentModel, packageSet?: EcqSetId): RemarksFile {
  const set = setOf(document, packageSet);
  const problems: string[] = [];
  const returned = readDate(document.frontMatter?.values['returned'], 'returned', problems);
  const resubmitBy = readDate(document.frontMatter?.values['resubmitby'] ?? document.frontMatter?.values['resubmit_by'], 'resubmitBy', problems);
  const remarks: Remark[] = [];
  let current: { section: RemarkSection; level: number } | undefined;
  const frontEnd = document.frontMatter?.span.end ?? 0;
  for (const block of document.blocks) {
    if (block.span.start < frontEnd) continue;
    const text = block.prose.replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    if (block.kind === 'heading') {
      const section = sectionOfHeading(text, set);
      if (section) current = { section, level: block.level };
      else if (current && block.level <= current.level) current = undefined;
      continue;
    }
    if (block.kind !== 'paragraph' && block.kind !== 'listItem' && block.kind !== 'quote') continue;
    // A line that is only an ECQ's title in plain text heads the remarks after it.
    const asHeading = text.length <= 80 && !endsLikeSentence(text) ? sectionOfHeading(text, set) : undefined;
    if (asHeading) {
      current = { section: asHeading, level: 6 };
      continue;
    }
    const words = wordsOf(text);
    if (hasAny(words, INTRO_WORDS) || (remarks.length === 0 && block.kind === 'paragraph' && !endsLikeSentence(text))) continue;
    // Under "General" a remark that names an ECQ is still about that ECQ; under an ECQ's heading, it is about that one.
    const heading = current && current.section.key !== 'package' ? current.section : undefined;
    for (const piece of piecesOf(block.prose, set, heading !== undefined)) {
      const pieceText = block.prose.slice(piece.start, piece.end).replace(/\s+/g, ' ').trim();
      if (!/[A-Za-z]/.test(pieceText)) continue;
      const section = heading ?? sectionNamedIn(pieceText, set) ?? current?.section ?? PACKAGE_SECTION;
      const start = block.span.start + piece.start + (block.prose.slice(piece.start, piece.end).length - block.prose.slice(piece.start, piece.end).trimStart().length);
      remarks.push({ text: pieceText, span: { start, end: block.span.start + piece.end }, line: document.lines.positionAt(start).line + 1, section, targets: targetsOf(pieceText, section.ecq) });
    }
  }
  return { remarks, returned, resubmitBy, problems };
}

export type RemarkState = 'open' | 'addressed' | 'check';

export interface RemarkReview {
  readonly remark: Remark;
  readonly state: RemarkState;
  /** Why, in words: "2 findings of result.unquantified still open", "section unchanged". */
  readonly reason: string;
  /** The current findings it maps to, by file. */
  readonly openFindings: readonly { readonly path: string; readonly ruleId: RuleId; readonly span: Span; readonly line: number }[];
  /** Is there such a section in the package now? False names an ECQ the package lacks. */
  readonly sectionFound: boolean;
}

/** The readiness score's coverage part counts as covered from this share (0–100). */
const COVERAGE_ADDRESSED = 100;

function inSection(key: RemarkSectionKey, groupKey: string): boolean {
  if (key === 'package') return true;
  if (key === 'tq') return groupKey.startsWith('tq:');
  return groupKey === key;
}

function sectionText(files: readonly AnalysedFile[], key: RemarkSectionKey): string {
  const parts: string[] = [];
  for (const f of files) {
    if (key === 'package') {
      parts.push(f.document.text);
      continue;
    }
    for (const s of f.document.sections) if (inSection(key, groupAt(f.path, f.document, s.span.start).key)) parts.push(f.document.text.slice(s.span.start, s.span.end));
  }
  return normalise(parts.join('\n'));
}

function sectionExists(files: readonly AnalysedFile[], key: RemarkSectionKey): boolean {
  if (key === 'package') return true;
  return files.some((f) => f.document.sections.some((s) => inSection(key, groupAt(f.path, f.document, s.span.start).key)));
}

/** The package's ECQ set, as its drafts declare it: what a remarks file's sections are read against. */
export function packageSetOf(files: readonly { readonly document: DocumentModel }[]): EcqSetId | undefined {
  const set = files.map((f) => f.document.ecqSet).find((s) => s !== 'unknown');
  return set === '2025' || set === 'legacy' ? set : undefined;
}

/**
 * The state of each remark. `now` is the package as it is; `review`, when given, compares it
 * with the version the remarks were made on (its `before`), and is what lets a remark be
 * called addressed: without it nobody can tell whether its section changed.
 */
export function reviewRemarks(remarks: RemarksFile, now: readonly AnalysedFile[], review?: RevisionReview): RemarkReview[] {
  return remarks.remarks.map((remark) => {
    const key = remark.section.key;
    const sectionFound = sectionExists(now, key);
    const rules = remark.targets.filter((t): t is RuleId => t !== 'evidence');
    const openFindings = now.flatMap((f) =>
      f.findings.filter((x) => rules.includes(x.ruleId) && inSection(key, groupAt(f.path, f.document, x.span.start).key)).map((x) => ({ path: f.path, ruleId: x.ruleId, span: x.span, line: f.document.lines.positionAt(x.span.start).line + 1 })),
    );
    const result = (state: RemarkState, reason: string): RemarkReview => ({ remark, state, reason, openFindings, sectionFound });
    if (remark.targets.length === 0) return result('check', 'no rule speaks to it');
    if (openFindings.length > 0) {
      const ids = [...new Set(openFindings.map((f) => f.ruleId))].join(', ');
      return result('open', `${openFindings.length} ${openFindings.length === 1 ? 'finding' : 'findings'} still open (${ids})`);
    }
    if (!review) return result('check', 'no finding it maps to is open; compare with the returned version to tell whether the section changed');
    if (sectionText(review.before, key) === sectionText(now, key)) return result('open', 'section unchanged since the remarks');
    if (remark.targets.includes('evidence')) {
      const scores = review.sections.filter((s) => inSection(key, s.group.key)).map((s) => s.score?.parts.find((p) => p.name === 'coverage'));
      const improved = scores.some((p) => p && p.after !== null && (p.after >= COVERAGE_ADDRESSED || (p.before !== null && p.after > p.before)));
      if (!improved) return result('open', 'section changed, but its competency evidence did not grow');
    }
    return result('addressed', rules.length > 0 ? 'section changed and its findings are cleared' : 'section changed and its competency evidence grew');
  });
}

/** Days from `today` to `date` (negative when past). */
export function daysUntil(today: CalendarDate, date: CalendarDate): number {
  const utc = (d: CalendarDate): number => Date.UTC(d.year, d.month - 1, d.day);
  return Math.round((utc(date) - utc(today)) / 86_400_000);
}
