import { Block } from '../parse/blocks';
import { DocumentModel } from '../parse/document';
import { Span } from '../text/span';
import { estimatePages, LayoutBlock, PageEstimate, PageSettings, USAJOBS_PAGE } from './pageEstimate';

/**
 * A resume draft read as a resume: its sections (summary, experience, education…), the
 * positions in its experience with their dates, the accomplishment bullets, and its length
 * in pages (pageEstimate.ts).
 *
 * - A section starts at a heading; its kind comes from the heading's words ("Professional
 *   Experience", "Education", "Awards").
 * - A position is a heading inside an experience section (or any heading followed by a
 *   date range), with the date range found in the lines under it: "06/2022 – Present",
 *   "March 2018 to June 2022", "2009–2014".
 * - The bullets that rules check are the list items of experience, summary and
 *   accomplishment sections; lists of degrees, certificates and awards are left alone.
 */

export type ResumeSectionKind = 'summary' | 'experience' | 'accomplishments' | 'education' | 'certifications' | 'awards' | 'skills' | 'other';

export interface YearMonth {
  readonly year: number;
  /** 1–12, or undefined when only the year is given. */
  readonly month: number | undefined;
}

export interface ResumePosition {
  readonly heading: Block;
  readonly title: string;
  readonly start: YearMonth | undefined;
  /** Undefined for a current position ("Present"). */
  readonly end: YearMonth | undefined;
  readonly current: boolean;
  /** Where the date range is written. */
  readonly datesSpan: Span | undefined;
  /** Every block under the heading, up to the next position or section. */
  readonly blocks: readonly Block[];
  readonly bullets: readonly Block[];
}

export interface ResumeBullet {
  readonly block: Block;
  readonly section: ResumeSectionKind;
  readonly position: ResumePosition | undefined;
}

/** A section of the resume, from its heading to the next section's (the outline's top level). */
export interface ResumeSection {
  readonly heading: Block;
  readonly kind: ResumeSectionKind;
  readonly title: string;
  readonly span: Span;
  readonly positions: readonly ResumePosition[];
  /** List items and bullet-like lines of the section, whether or not a position holds them. */
  readonly bullets: readonly Block[];
}

export interface ResumeModel {
  readonly sections: readonly ResumeSection[];
  readonly positions: readonly ResumePosition[];
  /** The accomplishment bullets rules look at. */
  readonly bullets: readonly ResumeBullet[];
  /** Paragraphs of the summary and accomplishment sections: evidence too, though not bullets. */
  readonly summaryParagraphs: readonly Block[];
  readonly layout: readonly LayoutBlock[];
  readonly estimate: PageEstimate;
}

function sectionKindOf(heading: string): ResumeSectionKind | undefined {
  const h = heading.toLowerCase();
  if (/experience|employment|work history|career history|positions held/.test(h)) return 'experience';
  if (/summary|profile|overview|qualifications summary/.test(h)) return 'summary';
  if (/accomplishments|achievements|highlights/.test(h)) return 'accomplishments';
  if (/education|degrees?/.test(h)) return 'education';
  if (/certification|training|licen[sc]e|professional development/.test(h)) return 'certifications';
  if (/awards?|honou?rs|recognition/.test(h)) return 'awards';
  if (/skills|competenc|expertise|languages|clearance|affiliations|memberships|publications|references|volunteer/.test(h)) return 'skills';
  return undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE = `(?:(\\d{1,2})/(\\d{4})|(${MONTH})\\s+(\\d{4})|(\\d{4}))`;
const RANGE = new RegExp(`${DATE}\\s*(?:–|—|-|to|until)\\s*(?:${DATE}|(present|current|now|today|date))`, 'i');

function dateOf(m: RegExpExecArray, offset: number): YearMonth | undefined {
  if (m[offset]) return { year: Number(m[offset + 1]), month: Number(m[offset]) };
  if (m[offset + 2]) return { year: Number(m[offset + 3]), month: MONTHS.indexOf(m[offset + 2]!.slice(0, 3).toLowerCase()) + 1 };
  if (m[offset + 4]) return { year: Number(m[offset + 4]), month: undefined };
  return undefined;
}

/** The first date range in a text: start, end (undefined when current) and where it is. */
export function readDateRange(text: string): { start: YearMonth | undefined; end: YearMonth | undefined; current: boolean; span: Span } | undefined {
  const m = RANGE.exec(text);
  if (!m) return undefined;
  const current = !!m[11];
  return { start: dateOf(m, 1), end: current ? undefined : dateOf(m, 6), current, span: { start: m.index, end: m.index + m[0].length } };
}

const LIST_MARKER = /^\s*(?:[-*+•◦▪‣●○■□–]|\d{1,2}[.)])\s+/;

/** A block's visible text without its list marker, and where that text starts in the block. */
export function bulletText(block: Block): { text: string; offset: number } {
  const marker = LIST_MARKER.exec(block.prose);
  const offset = marker ? marker[0].length : /^\s*/.exec(block.prose)![0].length;
  return { text: block.prose.slice(offset), offset };
}

/**
 * A paragraph of accomplishments under a position, as resumes written in paragraphs have
 * them ("Led and supervised a security team of 26 employees…"): whole sentences, long enough
 * not to be a header line ("Salary: $75,000", "11/08 – Present", the employer's address).
 */
function isExperienceProse(block: Block): boolean {
  if (block.kind !== 'paragraph') return false;
  const text = block.prose.trim();
  if (text.length < EXPERIENCE_PROSE_MIN || !/[.!?]["”’)]?$/.test(text) || /^[A-Z][A-Za-z ]{1,24}:/.test(text)) return false;
  // An employer or address line is mostly capitalised names ("U.S. Department of Labor, …,
  // Arlington, Va."); sentences of accomplishments are mostly lower-case words.
  const words = text.match(/[A-Za-z][\w'’-]*/g) ?? [];
  const capitalised = words.filter((w) => /^[A-Z]/.test(w)).length;
  return capitalised < words.length / 2;
}

/** Shorter than this, a paragraph under a position is a header line (dates, employer, salary). */
const EXPERIENCE_PROSE_MIN = 80;

/**
 * "> - Cut costs 12%": a bullet that a stray ">" turned into a block quote, as happens when
 * a resume is pasted from an email. A resume quotes no one, so it is still a bullet.
 */
function isQuotedBullet(text: string, block: Block): boolean {
  return block.kind === 'quote' && /^[ \t]{0,3}>[ \t]?[ \t]*(?:[-*+•]|\d{1,2}[.)])[ \t]/.test(text.slice(block.span.start, block.span.start + 16));
}

/**
 * Which characters are bold (`**…**` or `__…__`): the matches of
 * /(\*\*|__)(?=\S)([\s\S]+?)(?<=\S)\1/g, found in linear time. That pattern scanned from
 * every unclosed opener to the end of the text (quadratic on "**a " repeated); here the
 * nearest closer after each position is known in advance, from one pass from the end.
 */
export function boldMask(source: string, prose: string): boolean[] | undefined {
  const closers = { '*': nearestClosers(source, '*'), _: nearestClosers(source, '_') };
  let mask: boolean[] | undefined;
  let p = 0;
  while (p + 1 < source.length) {
    const c = source[p]!;
    if ((c === '*' || c === '_') && source[p + 1] === c && p + 2 < source.length && !isBlank(source[p + 2]!)) {
      // The content is at least one character, so the closer starts at p + 3 or later.
      const close = p + 3 < source.length ? closers[c][p + 3]! : -1;
      if (close >= 0) {
        mask ??= new Array<boolean>(prose.length).fill(false);
        for (let i = p + 2; i < close; i++) mask[i] = true;
        p = close + 2;
        continue;
      }
    }
    p++;
  }
  return mask;
}

const isBlank = (c: string): boolean => /\s/.test(c);

/**
 * For each position, where the nearest closing `**` (or `__`) at or after it starts, or -1: a
 * doubled marker after a non-blank character.
 */
function nearestClosers(source: string, marker: '*' | '_'): Int32Array {
  const next = new Int32Array(source.length + 1).fill(-1);
  for (let q = source.length - 2; q >= 0; q--) {
    const closes = q > 0 && source[q] === marker && source[q + 1] === marker && !isBlank(source[q - 1]!);
    next[q] = closes ? q : next[q + 1]!;
  }
  return next;
}

function layoutOf(doc: DocumentModel): LayoutBlock[] {
  const out: LayoutBlock[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'html' || b.kind === 'rule') continue;
    if (doc.format === 'plaintext') {
      // Plain text has no fonts: every line, a title in capitals too, is printed on its own
      // line at the body size; lines that start with a bullet mark are bullets.
      let offset = 0;
      for (const line of b.prose.split('\n')) {
        if (line.trim() !== '') out.push({ kind: LIST_MARKER.test(line) ? 'bullet' : 'paragraph', text: line.replace(LIST_MARKER, '').trim(), start: b.span.start + offset });
        offset += line.length + 1;
      }
      continue;
    }
    if (b.kind === 'heading') {
      out.push({ kind: 'heading', level: b.level > 6 ? 3 : b.level, text: b.prose.trim(), start: b.span.start });
      continue;
    }
    const { text, offset } = b.kind === 'listItem' ? bulletText(b) : { text: b.prose, offset: 0 };
    const mask = boldMask(doc.text.slice(b.span.start, b.span.end), b.prose);
    out.push({ kind: b.kind === 'listItem' ? 'bullet' : 'paragraph', text, start: b.span.start, ...(mask ? { bold: mask.slice(offset) } : {}) });
  }
  return out;
}

const CHECKED_SECTIONS: ReadonlySet<ResumeSectionKind | undefined> = new Set(['experience', 'summary', 'accomplishments', undefined]);

const cache = new WeakMap<DocumentModel, Map<PageSettings, ResumeModel>>();

export function readResume(doc: DocumentModel, settings: PageSettings = USAJOBS_PAGE): ResumeModel {
  let bySettings = cache.get(doc);
  const known = bySettings?.get(settings);
  if (known) return known;

  const positions: ResumePosition[] = [];
  const bullets: ResumeBullet[] = [];
  const summaryParagraphs: Block[] = [];
  const sections: { heading: Block; kind: ResumeSectionKind; title: string; end: number; positions: ResumePosition[]; bullets: Block[] }[] = [];
  let section: ResumeSectionKind | undefined;
  let sectionLevel = 0;
  let open: { heading: Block; title: string; blocks: Block[]; bullets: Block[] } | undefined;
  const close = (): void => {
    if (!open) return;
    const lines = open.blocks.slice(0, 3).filter((b) => b.kind === 'paragraph' || b.kind === 'heading');
    let dates: ReturnType<typeof readDateRange> & { base: number } | undefined;
    for (const b of [open.heading, ...lines]) {
      const found = readDateRange(b.prose);
      if (found) {
        dates = { ...found, base: b.span.start };
        break;
      }
    }
    if (dates || section === 'experience') {
      const position: ResumePosition = {
        heading: open.heading,
        title: open.title,
        start: dates?.start,
        end: dates?.end,
        current: dates?.current ?? false,
        datesSpan: dates ? { start: dates.base + dates.span.start, end: dates.base + dates.span.end } : undefined,
        blocks: open.blocks,
        bullets: open.bullets,
      };
      positions.push(position);
      sections[sections.length - 1]?.positions.push(position);
    }
    open = undefined;
  };
  const extendSection = (b: Block) => {
    const current = sections[sections.length - 1];
    if (current) current.end = b.span.end;
    return current;
  };
  for (const b of doc.blocks) {
    if (b.kind === 'heading') {
      const text = b.prose.trim();
      const kind = sectionKindOf(text);
      const level = b.level > 6 ? 3 : b.level;
      if (kind && (!section || level <= sectionLevel || level <= 2)) {
        close();
        section = kind;
        sectionLevel = level;
        sections.push({ heading: b, kind, title: text, end: b.span.end, positions: [], bullets: [] });
        continue;
      }
      extendSection(b);
      if (level === 1 && !kind) continue; // the applicant's name
      close();
      open = { heading: b, title: text, blocks: [], bullets: [] };
      continue;
    }
    const current = extendSection(b);
    if (open) open.blocks.push(b);
    if (b.kind === 'paragraph' && (section === 'summary' || section === 'accomplishments')) summaryParagraphs.push(b);
    if (b.kind === 'listItem' || isQuotedBullet(doc.text, b) || (open && section === 'experience' && isExperienceProse(b))) {
      if (open) open.bullets.push(b);
      current?.bullets.push(b);
      if (CHECKED_SECTIONS.has(section)) bullets.push({ block: b, section: section ?? 'other', position: undefined });
    }
  }
  close();
  // Bullets learn their position once positions are known.
  const withPositions = bullets.map((bullet) => ({ ...bullet, position: positions.find((p) => p.bullets.includes(bullet.block)) }));

  const layout = layoutOf(doc);
  const readSections = sections.map(({ end, ...rest }) => ({ ...rest, span: { start: rest.heading.span.start, end } }));
  const model: ResumeModel = { sections: readSections, positions, bullets: withPositions, summaryParagraphs, layout, estimate: estimatePages(layout, settings) };
  if (!bySettings) cache.set(doc, (bySettings = new Map()));
  bySettings.set(settings, model);
  return model;
}
