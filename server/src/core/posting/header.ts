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
  /^(?:vacancy|announcement|control|job announcement|open|opening|closing|close|salary|pay|series|grade|location|locations|department|agency|who may apply|appointment|work schedule|service|promotion|telework|travel|relocation|security|drug|position sensitivity|trust|financial|bargaining|remote|job family|supervisory|perm\/temp|ft\/pt|job link|posted|date|status|summary|duties|overview|help|print|share|save|apply|start application|this job|accepting|open & closing|hiring path|learn more|\$)/i;
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

export function readHeader(preamble: readonly PostingLine[]): { title: HeaderText | undefined; agency: HeaderText | undefined } {
  const lines = preamble.filter((l) => !isFurniture(normaliseSpace(l.text)));
  let title: HeaderText | undefined;
  let titleIndex = -1;
  const setTitle = (t: HeaderText, i: number): void => {
    title = { ...t, text: t.text.replace(/(?<!\s)\s*[:|]\s*$/, '') };
    titleIndex = i;
  };

  // Fields first: they say what they are.
  lines.forEach((l, i) => {
    const field = TITLE_FIELD.exec(l.text);
    if (!title && field && l.text.length > field[0].length + 2) setTitle(at(l, field[0].length), i);
  });
  if (!title) {
    const h1 = lines.findIndex((l) => l.atxLevel === 1);
    if (h1 >= 0) setTitle(at(lines[h1]!, 0), h1);
  }
  if (!title) {
    lines.some((l, i) => {
      if (!BOARD_TITLE.test(normaliseSpace(l.text))) return false;
      const cut = l.text.search(/(?<!\s)\s+Jobs?\s+in\s+/);
      setTitle({ text: normaliseSpace(l.text.slice(0, cut)), span: { start: l.start, end: l.start + cut } }, i);
      return true;
    });
  }
  if (!title) {
    const candidates = lines
      .map((l, i) => ({ l, i, text: normaliseSpace(l.text) }))
      .filter(({ text }) => text.length >= 3 && text.length <= 120 && !/[.;!?]$/.test(text) && !NOT_A_TITLE.test(text) && !/\d{1,2}\/\d{1,2}\/\d{2,4}|\$\s?\d/.test(text) && /[A-Za-z]{3}/.test(text) && !/:\s/.test(text));
    const named = candidates.slice(0, 8).find(({ text }) => TITLE_WORD.test(text) && !/^(?:department|u\.?s\.? department)\b/i.test(text));
    const chosen = named ?? candidates.find(({ text }) => !ORGANISATION_WORD.test(text)) ?? candidates[0];
    if (chosen) setTitle(at(chosen.l, 0), chosen.i);
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
  return { title: title && withoutBoardWords(title), agency: chosen && organisationOnly(chosen) };
}

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
