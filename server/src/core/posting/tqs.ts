import { Span } from '../text/span';
import { normaliseSpace, PostingLine } from './lines';

/**
 * The technical qualifications of an announcement, under every name and in every layout
 * agencies use:
 * - labelled: "MTQ 1:", "TQ-2", "PTQ #3 –", "Technical Qualification 4.", "MTC 1", at the
 *   start of a line or inside a paragraph, the text running to the next label;
 * - listed: numbered, lettered or bulleted items, or bare lines when a browser copy has lost
 *   the bullets, under a TQ section heading ("Mandatory Technical Qualifications (MTQs)",
 *   "Mandatory Technical Competencies (MTC)", "Professional Technical Qualifications");
 * - a label on a line of its own, or with a short title, and the text under it.
 * A TQ runs over as many lines as its sentence does, and takes in the sub-items a colon
 * announces. Instructions to the applicant ("You must address each MTQ…", "Please upload…")
 * are never TQs, wherever they sit.
 */

export interface TqFound {
  /** "TQ 1", "MTQ 2", "PTQ 3", "MTC 4". */
  readonly label: string;
  readonly number: number;
  readonly text: string;
  readonly span: Span;
}

/**
 * A TQ label and the separator after it. The number must stand alone ("TQ 12", not "TQ 123")
 * and the separator is optional only at the start of a line. Each run of blanks is reachable
 * only after the mark before it (`(?:#\s*)?`, not `#?\s*`): runs that meet made a failed
 * match try every split of the run, cubic in its length.
 */
const LABEL =
  /(?<![\w-])(?:(?<short>[MP]?TQ|MTC|PTC)|(?<long>(?:(?:mandatory|professional)\s+)?technical\s+(?:qualification|competency|requirement)))s?\s*(?:(?:#|no\.?|number)\s*)?(?:[-–]\s*)?(?<n>\d{1,2})(?![\d,]|\.\d)\s*(?<sep>[-–—:.)]|\s)?/gi;

/** Sentences addressed to the applicant: how to apply, what to submit, how TQs are rated. */
const INSTRUCTION =
  /\b(?:you|your|yours|applicants?|candidates?|please|click|upload(?:ed|ing)?|submit(?:ted|ting)?|narratives?|page limit|pages?\s+(?:per|in length|maximum)|not (?:to )?exceed|characters|questionnaire|usajobs|will be (?:rated|evaluated|assessed|considered|disqualified)|(?:rated|found) (?:ineligible|qualified)|address(?:es|ed|ing)? (?:each|all|the)\b|must (?:address|submit|demonstrate|meet|clearly)|required documents|see resume|supplemental|eligib(?:le|ility)|reinstatement|candidate development program|in order to (?:qualify|receive)|failure to)\b/i;
/** A sentence addressed to the applicant about the application, not about the job. */
export function isInstruction(text: string): boolean {
  return INSTRUCTION.test(text);
}

/**
 * A sentence about applying, in any section: the parts of INSTRUCTION that never describe
 * the job. Duties may say "you will lead…", so "you" alone does not count here.
 */
const APPLICATION_TEXT =
  /\b(?:applicants?|candidates?|please|click|upload(?:ed|ing)?|questionnaire|usajobs|basic requirement|will be (?:rated|evaluated|assessed|considered|disqualified)|(?:rated|found) (?:ineligible|qualified)|must (?:address|submit|demonstrate|meet)|required documents|supplemental|eligib(?:le|ility)|reinstatement|candidate development program|in order to (?:qualify|receive)|failure to|gs-1[45]\b|grade level|senior executive service|executive core qualifications|technical qualifications|your resume|narrative statements?)\b/i;

export function isApplicationText(text: string): boolean {
  return APPLICATION_TEXT.test(text);
}

/** Lines that introduce TQs or define them, never one themselves. */
const INTRODUCTION =
  /^(?:the\s+)?(?:following|(?:required|mandatory|professional|position[- ]specific)\s+technical\s+qualifications?|technical\s+qualifications?\s*(?:\([^)]*\)\s*)?(?:are|is|include|will|must|for)|[mp]?tqs?\s*(?:\([^)]*\)\s*)?(?:are|is|will|must)|(?:this|these)\s+(?:position|qualifications?|competenc)|all\s+(?:of\s+)?the\s+following|in\s+addition|note\b|for\s+this\s+position)/i;
/** How a qualification's text begins. Third-person verbs ("Develops…", "Leads…") count in lists. */
const COMPETENCE_START =
  /^(?:demonstrat(?:ed|es|ion)|demonstrable|expert|expertise|extensive|comprehensive|thorough|broad|in[- ]depth|progressive(?:ly)?|proven|substantial|significant|mastery|knowledge|experience[ds]?|ability|abilities|skills?|skilled|capacity|capability|familiarity|understanding|record|track record|leadership|executive|senior|advanced|specialized|specialised|professional|strong|recognized|possess(?:es|ion)?|working knowledge|direct|superior|successful|excellent|a\s+(?:demonstrated|proven|strong|thorough|record|broad|comprehensive)|an?\s+(?:understanding|ability|expert|in-depth|extensive)|(?:describe|explain|discuss|detail)\s+(?:your|how|an?|the|in)\b)\b/i;
const THIRD_PERSON_VERB = /^[A-Z][a-z]{2,}(?:es|s)\b(?!\s+(?:of|and|for|in|are|is|were|must|should|will)\b)/;

/** A lead-in that names TQs: the list after it is TQs. */
const TQ_MENTION = /\b[MP]?TQ(?:'?s|\(s\))?\b|technical qualifications?|technical competenc(?:y|ies)|\bMTCs?\b/i;
/** A lead-in to some other list: desirable qualifications, ECQs, documents. */
const OTHER_LIST = /\b(?:desir(?:ed|able)|preferred|specialized experience|executive core|ecqs?|leadership competenc|documents?|education|selective placement|screening|quality ranking)\b/i;

interface Unit {
  readonly lines: PostingLine[];
  /** The start of the unit's text: after an inline heading's colon, or the first line's start. */
  readonly start: number;
}

function unitText(unit: Unit, from = unit.start): string {
  return unit.lines
    .filter((l) => l.end > from)
    .map((l) => (l.start < from ? l.text.slice(from - l.start) : l.text))
    .join(' ');
}

function endsSentence(line: PostingLine): boolean {
  return /[.!?;:]["”’)]*$/.test(line.text.trimEnd());
}

/** Lines grouped into the paragraphs and items that a TQ can be: a line goes on a sentence the line before left open. */
function unitsOf(lines: readonly PostingLine[], firstStart: number): Unit[] {
  const units: { lines: PostingLine[]; start: number }[] = [];
  for (const line of lines) {
    const last = units[units.length - 1];
    const previous = last?.lines[last.lines.length - 1];
    const startsItem = line.marker !== undefined || line.atxLevel !== undefined || line.bold || startsWithLabel(line.text);
    const continues =
      last !== undefined && previous !== undefined && !line.blankBefore && !startsItem && (!endsSentence(previous) || /^[a-z(]/.test(line.text));
    if (continues) last.lines.push(line);
    else units.push({ lines: [line], start: units.length === 0 ? Math.max(firstStart, line.start) : line.start });
  }
  return units;
}

/** Whether the text opens with a TQ label ("MTQ 1:", "TQ-2"). */
export function startsWithLabel(text: string): boolean {
  LABEL.lastIndex = 0;
  const m = LABEL.exec(text);
  return m !== null && m.index === 0;
}

/** Reads like a qualification rather than an instruction or a lead-in. */
function readsLikeQualification(text: string, listed: boolean): boolean {
  const t = text.trim();
  if (t.length < 20 || INTRODUCTION.test(t)) return false;
  // A qualification may go on to say what to describe ("This should include your…").
  if (COMPETENCE_START.test(t)) return true;
  if (INSTRUCTION.test(t)) return false;
  return listed && (THIRD_PERSON_VERB.test(t) || /^[A-Z]/.test(t)) && !/:$/.test(t);
}

function labelOf(short: string | undefined, long: string | undefined, number: number, sectionHeading: string | undefined): string {
  if (short) {
    const s = short.toUpperCase();
    return `${s === 'PTC' ? 'PTQ' : s} ${number}`;
  }
  if (long) {
    if (/competency/i.test(long)) return `MTC ${number}`;
    if (/^mandatory/i.test(long)) return `MTQ ${number}`;
    if (/^professional/i.test(long)) return `PTQ ${number}`;
  }
  return sectionLabel(sectionHeading, number);
}

/** How a section names its TQs: "Mandatory Technical Qualifications" lists MTQs. */
function sectionLabel(sectionHeading: string | undefined, number: number): string {
  const h = sectionHeading ?? '';
  if (/\bMTCs?\b|competenc/i.test(h)) return `MTC ${number}`;
  if (/\bMTQs?\b|mandatory/i.test(h)) return `MTQ ${number}`;
  if (/\bPTQs?\b|professional/i.test(h)) return `PTQ ${number}`;
  return `TQ ${number}`;
}

/**
 * "(MTQ 1)" or "(TQ)" closing a TQ's text repeats the label. The match may start only where a
 * run of blanks starts (else every blank of a long run is a start that scans the rest), and
 * the blanks around the hyphen never meet.
 */
function withoutTrailingLabel(text: string): string {
  return text.replace(/(?<!\s)\s*\(\s*(?:[MP]?TQ|MTC)\s*(?:-\s*)?(?:\d{1,2}\s*)?\)\s*$/i, '');
}

export interface TqSection {
  readonly heading: string | undefined;
  readonly kind: string;
  /** Whether the section is a TQ section: its unlabelled items are TQs. */
  readonly listsTqs: boolean;
  readonly lines: readonly PostingLine[];
  /** Where its text starts (after an inline heading). */
  readonly bodyStart: number;
}

/**
 * `standalone`: where the last resort looks (standaloneQualifications), which may include
 * boilerplate sections a copy misplaced a TQ into.
 */
export function findTqs(sections: readonly TqSection[], standalone: readonly TqSection[] = sections): TqFound[] {
  const found: TqFound[] = [];
  const add = (label: string, number: number, body: string, span: Span): void => {
    const clean = withoutTrailingLabel(normaliseSpace(body)).replace(/^[-–—:.)\s]+/, '');
    if (clean.length < 15 || INSTRUCTION.test(clean.slice(0, 80)) && !COMPETENCE_START.test(clean)) return;
    const key = clean.toLowerCase().slice(0, 80);
    // A posting may list its TQs again under "How you will be evaluated".
    if (found.some((t) => t.label === label || t.text.toLowerCase().slice(0, 80) === key)) return;
    found.push({ label, number, text: clean, span });
  };

  for (const section of sections) {
    const units = unitsOf(section.lines, section.bodyStart);
    let listed = 0;
    // Whether unlabelled items here are TQs: in a TQ section, and after a line that
    // introduces them ("…related to the two TQs below:"), until the list ends.
    let listing = section.listsTqs;
    for (let u = 0; u < units.length; u++) {
      const unit = units[u]!;
      const first = unit.lines[0]!;
      const unitEnd = unit.lines[unit.lines.length - 1]!.end;
      const body = unitText(unit);
      const labels = labelsIn(body);
      if (labels.length > 0) {
        // Each label's text runs to the next label; a label alone, or with a short title,
        // takes the paragraphs under it up to the next label or heading.
        for (let k = 0; k < labels.length; k++) {
          const label = labels[k]!;
          const next = labels[k + 1];
          const textEnd = label.textStart + applicationTailStart(body.slice(label.textStart, next ? next.index : body.length));
          let tqText = body.slice(label.textStart, textEnd);
          let end = offsetIn(unit, textEnd);
          if (!next && tqText.trim().length < 70 && !/[.;]$/.test(tqText.trim())) {
            while (u + 1 < units.length && labelsIn(unitText(units[u + 1]!)).length === 0 && isBodyOf(units[u + 1]!)) {
              u++;
              tqText += ` ${unitText(units[u]!)}`;
              end = units[u]!.lines[units[u]!.lines.length - 1]!.end;
            }
          } else if (!next && /:\s*$/.test(tqText)) {
            ({ text: tqText, end, u } = withSubItems(units, u, tqText, end));
          }
          add(labelOf(label.short, label.long, label.number, section.heading), label.number, tqText, { start: offsetIn(unit, label.textStart), end });
        }
        continue;
      }
      const isItem = first.marker !== undefined;
      if (!listing || !readsLikeQualification(body, isItem)) {
        if (/:\s*$/.test(body)) {
          if (OTHER_LIST.test(body)) listing = false;
          else if (TQ_MENTION.test(body)) listing = true;
        } else if (!section.listsTqs) {
          listing = false;
        }
        continue;
      }
      let tqText = body;
      let end = unitEnd;
      if (/:\s*$/.test(tqText)) ({ text: tqText, end, u } = withSubItems(units, u, tqText, end));
      listed++;
      const number = first.marker === 'number' && first.listNumber !== undefined ? first.listNumber : listed;
      add(sectionLabel(section.heading, number), number, tqText, { start: Math.max(first.start, unit.start), end });
    }
  }
  if (found.length === 0) for (const tq of unheadedList(sections)) add(tq.label, tq.number, tq.text, tq.span);
  if (found.length === 0) for (const tq of standaloneQualifications(standalone)) add(tq.label, tq.number, tq.text, tq.span);
  return found.sort((a, b) => a.span.start - b.span.start);
}

/** How a TQ is worded when nothing else marks it: "Demonstrated knowledge of…", "Demonstrated experience in…". */
const TQ_WORDING = /^demonstrated\s+(?:knowledge|experience|ability|expertise|skill)s?\b/i;
/** More than this many such paragraphs is a list of something else (specialized experience, duties). */
const STANDALONE_MAX = 6;

/**
 * The last resort, when the announcement speaks of TQs but neither a label, a TQ section nor
 * a numbered list marks them (a job board's copy that moved the TQ away from its heading):
 * paragraphs of their own worded as TQs are ("Demonstrated knowledge of surface
 * transportation laws…"), outside duties, specialized experience and other lists.
 */
function standaloneQualifications(sections: readonly TqSection[]): TqFound[] {
  if (!sections.some((s) => (s.heading !== undefined && TQ_MENTION.test(s.heading)) || s.lines.some((l) => TQ_MENTION.test(l.text)))) return [];
  const out: TqFound[] = [];
  for (const section of sections) {
    if (section.heading && OTHER_LIST.test(section.heading)) continue;
    if (section.kind === 'duties' || section.kind === 'specialized' || section.kind === 'summary') continue;
    for (const unit of unitsOf(section.lines, section.bodyStart)) {
      const first = unit.lines[0]!;
      const body = unitText(unit).trim();
      if (first.marker !== undefined || !TQ_WORDING.test(body) || INTRODUCTION.test(body) || INSTRUCTION.test(body) || !/[.;]$/.test(body)) continue;
      out.push({ label: `TQ ${out.length + 1}`, number: out.length + 1, text: body, span: { start: Math.max(first.start, unit.start), end: unit.lines[unit.lines.length - 1]!.end } });
    }
  }
  return out.length <= STANDALONE_MAX ? out : [];
}

/** Shortest run of numbered qualifications read as TQs without a heading that names them. */
const UNHEADED_LIST_MIN = 2;

/**
 * When nothing names the TQs (the heading is an image, or a copy lost it), a numbered list
 * of two or more items that each read as a qualification ("1. Demonstrated ability in…") is
 * the TQ list, unless its section is about something else (duties, specialized experience,
 * desirable qualifications, ECQs).
 */
function unheadedList(sections: readonly TqSection[]): TqFound[] {
  for (const section of sections) {
    if (section.heading && OTHER_LIST.test(section.heading)) continue;
    if (section.kind === 'duties' || section.kind === 'specialized' || section.kind === 'summary') continue;
    const units = unitsOf(section.lines, section.bodyStart);
    let run: TqFound[] = [];
    const flush = (): TqFound[] | undefined => (run.length >= UNHEADED_LIST_MIN ? run : ((run = []), undefined));
    for (const unit of units) {
      const first = unit.lines[0]!;
      const body = unitText(unit);
      if (first.marker === 'number' && first.listNumber === run.length + 1 && COMPETENCE_START.test(body.trim()) && !INTRODUCTION.test(body)) {
        run.push({ label: `TQ ${first.listNumber}`, number: first.listNumber, text: body, span: { start: first.start, end: unit.lines[unit.lines.length - 1]!.end } });
        continue;
      }
      const done = flush();
      if (done) return done;
    }
    const done = flush();
    if (done) return done;
  }
  return [];
}

interface LabelAt {
  readonly index: number;
  readonly textStart: number;
  readonly short: string | undefined;
  readonly long: string | undefined;
  readonly number: number;
}

/**
 * The TQ labels in a unit's text. Inside a paragraph a label needs a separator after its
 * number ("MTQ 1:"), so "as described in TQ 2 and TQ 3" is not read as two TQs; and the
 * text after it must start like a sentence, not go on one.
 */
function labelsIn(body: string): LabelAt[] {
  const out: LabelAt[] = [];
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(body); m; m = LABEL.exec(body)) {
    const groups = m.groups!;
    const atStart = body.slice(0, m.index).trim() === '' || /[.:;]\s*$|^\s*[-–•]\s*$/.test(body.slice(Math.max(0, m.index - 3), m.index));
    const sep = groups['sep'];
    const after = body.slice(m.index + m[0].length);
    if (!atStart && (!sep || /\s/.test(sep))) continue;
    if (/^(?:and|or|through|to|thru|above|below|listed|as|in|of|are|is|must|will|should)\b/i.test(after) || /^[a-z]/.test(after.trimStart()) && !COMPETENCE_START.test(after)) continue;
    out.push({ index: m.index, textStart: m.index + m[0].length, short: groups['short'], long: groups['long'], number: Number(groups['n']) });
  }
  return out;
}

/** A paragraph under a labelled heading is its text unless it is a heading or an instruction. */
function isBodyOf(unit: Unit): boolean {
  const first = unit.lines[0]!;
  if (first.atxLevel !== undefined || first.bold) return false;
  const t = unitText(unit);
  return !INSTRUCTION.test(t) && !INTRODUCTION.test(t);
}

/** Sentences about the application rather than the job, which end a run of labelled TQs: "Only experience obtained by the closing date… will be considered!" */
const APPLICATION_SENTENCE = /\b(?:announcement|closing date|will (?:not )?be (?:considered|reviewed|accepted|evaluated)|you|your|applicants?|submit|upload|click|resume|questionnaire)\b/i;

/** Where the trailing sentences about the application start in a TQ's text (its length if none do). */
function applicationTailStart(raw: string): number {
  const starts = [0];
  for (const m of raw.matchAll(/[.!?]["”’)]*\s+(?=[A-Z])/g)) starts.push(m.index + m[0].length);
  let cut = raw.length;
  for (let i = starts.length - 1; i >= 1; i--) {
    if (!APPLICATION_SENTENCE.test(raw.slice(starts[i]!, cut))) break;
    cut = starts[i]!;
  }
  return cut === raw.length ? cut : raw.slice(0, cut).trimEnd().length;
}

/** The sub-items a TQ ending in a colon announces: the list items right after it. */
function withSubItems(units: readonly Unit[], u: number, text: string, end: number): { text: string; end: number; u: number } {
  const head = units[u]!.lines[0]!;
  while (u + 1 < units.length) {
    const next = units[u + 1]!;
    const line = next.lines[0]!;
    const sub = line.marker !== undefined && (line.indent > head.indent || line.marker !== head.marker || head.marker === undefined);
    if (!sub || startsWithLabel(line.text)) break;
    u++;
    text += ` ${unitText(next)}`;
    end = next.lines[next.lines.length - 1]!.end;
  }
  return { text, end, u };
}

/** The posting offset of an index into a unit's joined text. */
function offsetIn(unit: Unit, index: number): number {
  let at = 0;
  for (const line of unit.lines) {
    const from = line.start < unit.start ? unit.start - line.start : 0;
    const length = line.text.length - from;
    if (index <= at + length) return line.start + from + (index - at);
    at += length + 1;
  }
  return unit.lines[unit.lines.length - 1]!.end;
}
