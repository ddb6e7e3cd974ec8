import { Span } from '../text/span';
import { PAGE_FURNITURE } from './lexicon';
import { normaliseSpace, PostingLine } from './lines';

/**
 * The position title and the hiring agency, read from the lines before the first section, in
 * the layouts announcements come in:
 * - USAJOBS, copied or saved: navigation, then the title, the department, the agency;
 * - job boards that mirror it: "Chief Labor Relations Officer Job in Washington, DC", then
 *   "Vacancy No. … Department Government Accountability Office";
 * - agency pages and exports with fields: "Position Title: …", "Agency: …";
 * - Markdown with a `#` title.
 * Navigation, template placeholders ("{{ page.state }}"), control numbers, dates and pay are
 * never the title.
 */

export interface HeaderText {
  readonly text: string;
  readonly span: Span;
}

/** How the title was found: a labelled field, a `#` heading, a job board's header, or the likeliest line. */
export type TitleSource = 'field' | 'heading' | 'board' | 'guess';

/** Field labels whose value is the title or the agency. */
const TITLE_FIELD = /^(?:position|job|vacancy)?\s*title\s*[:\-–]\s*|^(?:position|job opening|opening|vacancy)\s*:\s*(?=[A-Z])/i;
const AGENCY_FIELD = /^(?:hiring\s+)?(?:agency|organization|organisation|component|bureau|company|employer)(?:\s+name)?\s*[:\-–]\s*/i;
const DEPARTMENT_FIELD = /^department(?:\s+name)?\s*[:\-–]\s*/i;
/** A job board's header line: "Vacancy No. CAO-25-… Department Government Accountability Office". */
const BOARD_DEPARTMENT = /\bDepartment\s+(?!of\b)([A-Z][^:|]{3,100})$/;
// The title ends at a non-blank, so the blanks after it are scanned once, not once per length tried.
const BOARD_TITLE = /^(.{2,119}?\S)\s+Jobs?\s+in\s+[A-Z][^,]{1,60}(?:,\s*[A-Z]{2})?\.?$/;

/** Lines that are fields, numbers or page text: never a title. */
const NOT_A_TITLE =
  /^(?:vacancy|announcement|control|job announcement|open|opening|closing|close|salary|pay|series|grade|location|locations|department|agency|who may apply|appointment|work schedule|service|promotion|telework|travel|relocation|security|drug|position sensitivity|trust|financial|bargaining|remote|job family|supervisory|perm\/temp|ft\/pt|job link|posted|date|status|summary|duties|overview|help|print|share|save|apply|start application|this job|accepting|open & closing|hiring path|learn more)\b|^\$/i;
/** Template placeholders and code left in a saved page. */
const TEMPLATE = /\{\{|\}\}|\{%|%\}|\b[a-z]+\.[a-z]+(?:\.[a-z]+)*\b(?=\s*(?:$|\}))|^\$\{|<%/;
/** Words that titles of executive positions carry. */
const TITLE_WORD =
  /\b(?:director|chief|deputy|administrator|executive|officer|manager|superintendent|counsel|assistant|associate|senior|scientist|advisor|adviser|commissioner|inspector|head|principal|supervisory|engineer|attorney|judge|secretary|controller|comptroller|architect|lead|leader|coordinator|specialist|analyst|president|chair|chairman|registrar|marshal|warden|physician|economist|actuary|auditor|historian|librarian|curator|treasurer|ombudsman|advocate|member|manager)\b/i;
const ORGANISATION_WORD =
  /\b(?:department|administration|agency|service|office|bureau|commission|corporation|authority|institute|institutes|council|board|affairs|command|center|centers|survey|foundation|academy|library|archives|guard|force|army|navy|corps|courts?|reserve|system|laboratory|observatory|mint|customs|patrol|fund|bank)\b/i;

function isFurniture(text: string): boolean {
  return PAGE_FURNITURE.some((r) => r.test(text)) || TEMPLATE.test(text);
}

function at(line: PostingLine, from: number): HeaderText {
  const text = normaliseSpace(line.text.slice(from));
  const lead = line.text.slice(from).length - line.text.slice(from).trimStart().length;
  return { text, span: { start: line.start + from + lead, end: line.end } };
}

export interface Header {
  readonly title: HeaderText | undefined;
  readonly titleSource: TitleSource | undefined;
  readonly agency: HeaderText | undefined;
}

export function readHeader(preamble: readonly PostingLine[]): Header {
  const lines = preamble.filter((l) => !isFurniture(normaliseSpace(l.text)));
  let title: HeaderText | undefined;
  let titleSource: TitleSource | undefined;
  let titleIndex = -1;
  const setTitle = (t: HeaderText, i: number, source: TitleSource): void => {
    title = { ...t, text: t.text.replace(/(?<!\s)\s*[:|]\s*$/, '') };
    titleIndex = i;
    titleSource = source;
  };

  // Fields first: they say what they are.
  lines.forEach((l, i) => {
    const field = TITLE_FIELD.exec(l.text);
    if (!title && field && l.text.length > field[0].length + 2) setTitle(at(l, field[0].length), i, 'field');
  });
  if (!title) {
    const h1 = lines.findIndex((l) => l.atxLevel === 1);
    if (h1 >= 0) setTitle(at(lines[h1]!, 0), h1, 'heading');
  }
  if (!title) {
    lines.some((l, i) => {
      if (!BOARD_TITLE.test(normaliseSpace(l.text))) return false;
      const cut = l.text.search(/(?<!\s)\s+Jobs?\s+in\s+/);
      setTitle({ text: normaliseSpace(l.text.slice(0, cut)), span: { start: l.start, end: l.start + cut } }, i, 'board');
      return true;
    });
  }
  if (!title) {
    const candidates = lines
      .map((l, i) => ({ l, i, text: normaliseSpace(l.text) }))
      .filter(({ text }) => text.length >= 3 && text.length <= 120 && !/[.;!?]$/.test(text) && !NOT_A_TITLE.test(text) && !/\d{1,2}\/\d{1,2}\/\d{2,4}|\$\s?\d/.test(text) && /[A-Za-z]{3}/.test(text) && !/:\s/.test(text));
    const named = candidates.slice(0, 8).find(({ text }) => TITLE_WORD.test(text) && !/^(?:department|u\.?s\.? department)\b/i.test(text));
    const chosen = named ?? candidates.find(({ text }) => !ORGANISATION_WORD.test(text)) ?? candidates[0];
    if (chosen) setTitle(at(chosen.l, 0), chosen.i, 'guess');
  }

  // The agency: a field, a job board's "Department …", or the first organisation line under
  // the title.
  let agency: HeaderText | undefined;
  let department: HeaderText | undefined;
  for (const l of lines) {
    const field = AGENCY_FIELD.exec(l.text);
    if (field && !agency && l.text.length > field[0].length + 2) agency = at(l, field[0].length);
    const dept = DEPARTMENT_FIELD.exec(l.text);
    if (dept && !department && l.text.length > dept[0].length + 2) department = at(l, dept[0].length);
    const board = BOARD_DEPARTMENT.exec(l.text);
    if (board && !agency) {
      const from = l.text.lastIndexOf(board[1]!);
      agency = at(l, from);
    }
  }
  if (!agency && !department) {
    const after = titleIndex >= 0 ? lines.slice(titleIndex + 1) : lines;
    const organisations: HeaderText[] = [];
    for (const l of after.slice(0, 5)) {
      const text = normaliseSpace(l.text);
      if (text.length > 120 || /[.;]$/.test(text) || /:\s/.test(text) || NOT_A_TITLE.test(text) && !/^department of\b/i.test(text)) {
        if (organisations.length > 0) break;
        continue;
      }
      if (ORGANISATION_WORD.test(text)) organisations.push(at(l, 0));
      else if (organisations.length > 0) break;
    }
    // "DEPARTMENT OF ENERGY" in capitals is often repeated in ordinary case below.
    const distinct = organisations.filter((o, i) => !organisations.some((p, j) => j !== i && p.text.toLowerCase() === o.text.toLowerCase() && o.text === o.text.toUpperCase()));
    agency = distinct[0];
  }
  // A department named beside one of its agencies is the one given, as USAJOBS lists it first.
  const chosen = department ?? agency;
  return { title: title && withoutBoardWords(title), titleSource, agency: chosen && organisationOnly(chosen) };
}

/**
 * The title and agency as the announcement's own prose states them, for pages whose header
 * is missing or belongs to another listing (a job board's sidebar copied along):
 * "The Chief Security Officer (CSO) position is located in the U.S. Department of Homeland
 * Security (DHS)…", "The Office Director for the Office of Presidential Appointments (PAS)
 * is located in…", "…is to serve as The Deputy Chief Financial Officer,".
 */
export function readProseHeader(text: string, from: number): { title: HeaderText | undefined; agency: HeaderText | undefined } {
  // The opening of the body is where a summary names the position; further on, prose names other offices.
  const window = text.slice(from, from + PROSE_HEADER_WINDOW);
  let title: HeaderText | undefined;
  let agency: HeaderText | undefined;
  for (const pattern of PROSE_TITLES) {
    for (const named of window.matchAll(pattern)) {
      if (!TITLE_WORD.test(named[1]!)) continue;
      const start = from + named.index + named[0].indexOf(named[1]!);
      title = { text: named[1]!, span: { start, end: start + named[1]!.length } };
      const located = PROSE_LOCATION.exec(window.slice(named.index, named.index + named[0].length + LOCATION_REACH));
      if (located && ORGANISATION_WORD.test(located[1]!)) {
        const at = from + named.index + located.index + located[0].indexOf(located[1]!);
        agency = organisationOnly({ text: located[1]!, span: { start: at, end: at + located[1]!.length } });
      }
      break;
    }
    if (title) break;
  }
  if (!agency) {
    // The first department, or else the first organisation, the opening prose names:
    // "…the Social Security Administration's (SSA) key executive…".
    // Only in the opening sentences: further on, prose names partners and overseers.
    const opening = window.slice(0, OPENING_REACH);
    const named = PROSE_DEPARTMENT.exec(opening) ?? PROSE_ORGANISATION.exec(opening);
    if (named) {
      const start = from + named.index;
      agency = { text: named[0], span: { start, end: start + named[0].length } };
    }
  }
  return { title, agency };
}

/** How far into the body the prose that names the position is looked for. */
const PROSE_HEADER_WINDOW = 3000;
/** How far the opening sentences reach, where an agency named without "is located in" is the employer. */
const OPENING_REACH = 400;
/** A capitalised word of a title, or a small word inside one ("Director of Operations"). */
const TITLE_PART = String.raw`(?:[A-Z][\w'’/-]*|of|for|and|the)`;
const ABBREVIATION = String.raw`\([A-Z][A-Za-z&]{1,9}\)`;
const TITLE_WORDS = String.raw`[A-Z][\w'’/-]*(?:\s+${TITLE_PART}){0,7}?`;
const PROSE_TITLES: readonly RegExp[] = [
  // "The Chief Security Officer (CSO) position is located in…", "The Office Director for the
  // Office of Presidential Appointments (PAS) is located in…": an abbreviation or the office
  // it heads may come between the title and the verb.
  new RegExp(
    String.raw`\bThe\s+(${TITLE_WORDS})(?:\s+${ABBREVIATION})?(?:\s+(?:for|of)\s+(?:the\s+)?${TITLE_WORDS}(?:\s+${ABBREVIATION})?)?(?:\s+position)?\s+(?:is\s+(?:located|in|within|part of)|serves\s+(?:as|in|within)|reports\s+(?:directly\s+)?to)\b`,
    'g',
  ),
  // "The primary purpose of this position is to serve as The Deputy Chief Financial Officer,"
  new RegExp(String.raw`\bthis position is to serve as (?:the|The|an?)\s+(${TITLE_WORDS})\s*[,.;]`, 'g'),
  // A job description that opens with the title: "Executive Director, Medical Disability
  // Examination (MDE) Office (MDEO) serves as principal advisor on…"
  new RegExp(String.raw`(?:^|\n)[ \t]*([A-Z][\w'’/-]*(?:,?\s+(?:${TITLE_PART}|${ABBREVIATION})){0,12}?)\s+(?:serves as|reports (?:directly )?to|is responsible for)\b`, 'g'),
];
/** How far after the title the sentence may name where the position is located. */
const LOCATION_REACH = 200;
/** "is located in the U.S. Department of Homeland Security (DHS), …": the organisation. */
const PROSE_LOCATION = /\bis (?:located )?(?:in|within|part of) (?:the )?((?:U\.S\.\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|and|for)){0,8})/;
const PROSE_DEPARTMENT = /\bDepartment of (?:the )?[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3}/;
/** "Social Security Administration", "Federal Emergency Management Agency": capitalised words ending in an organisation's word. */
const PROSE_ORGANISATION = /\b(?:[A-Z][a-z]+\s+){1,5}(?:Administration|Agency|Service|Commission|Corporation|Bureau|Authority|Institutes?|Board|Foundation|Courts)\b/;

/** "Full-Time State Director" on a job board: the schedule is not part of the title. */
function withoutBoardWords(title: HeaderText): HeaderText {
  const prefix = /^(?:full[- ]time|part[- ]time|temporary|permanent)\s+(?=[A-Z])/i.exec(title.text);
  return prefix ? { text: title.text.slice(prefix[0].length), span: { start: title.span.start + prefix[0].length, end: title.span.end } } : title;
}

/**
 * "U.S. Department of the Interior – Posted by …" or "Department of the Air Force - Agency
 * Wide · Department of the Air Force": the organisation is the first part, without "U.S.".
 */
function organisationOnly(agency: HeaderText): HeaderText {
  // Matches start only where blanks start (?<!\s): from every blank of a long run, each scan went on to its end.
  const cut = /(?<!\s)(?:\s+(?:[·•|]|\u0e22\u0e17)\s*|\s+(?:[–—-]\s+)?(?:posted by|agency wide)\b)/i.exec(agency.text);
  let text = cut ? agency.text.slice(0, cut.index) : agency.text;
  const us = /^U\.?\s?S\.?\s+(?=Department\b)/.exec(text);
  const start = agency.span.start + (us ? us[0].length : 0);
  if (us) text = text.slice(us[0].length);
  return { text, span: { start, end: start + text.length } };
}
