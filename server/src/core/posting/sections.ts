import { BOILERPLATE_HEADINGS, PAGE_FURNITURE } from './lexicon';
import { normaliseSpace, PostingLine } from './lines';
import { startsWithLabel } from './tqs';

/**
 * Where an announcement's sections start, whatever the typography: a Markdown heading, a
 * bold line, a line in capitals, or a section's usual name on a line of its own ("Technical
 * Qualifications", "B. Mandatory Technical Qualifications (MTQ):") or opening a paragraph
 * ("Minimum Qualifications: The Senior Executive Service…").
 */

export type PostingSectionKind = 'preamble' | 'summary' | 'duties' | 'qualifications' | 'tqs' | 'ecqs' | 'specialized' | 'boilerplate' | 'other';

export interface HeadingLine {
  readonly line: PostingLine;
  readonly kind: PostingSectionKind;
  /** The heading's words, markers and outline numbers ("2.", "B.") dropped. */
  readonly heading: string;
  /** Where the section's own text starts: the next line, or after the colon of a heading that opens a paragraph. */
  readonly bodyStart: number;
  /** Whether the section's usual name was recognised (not just a line that looks like a heading). */
  readonly named: boolean;
}

/** The names of TQ sections, as agencies write them. */
const TQ_SECTION =
  /^(?:(?:mandatory|professional|required|position[- ]specific|executive)\s+(?:and\s+)?)*(?:technical|professional)\s+(?:qualifications?|competenc(?:y|ies)|requirements?)\b|^(?:mandatory\s*\/\s*)?technical qualifications?\b|^(?:mandatory|professional)\s+qualifications?\b|^[mp]?tq\(?s\)?(?=$|[\s:(])|^mtcs?(?=$|[\s:(])/i;
const ECQ_SECTION = /^(?:the\s+)?(?:five\s+)?(?:executive core qualifications?|ecqs?|leadership competencies)(?=$|[\s:(])/i;

/** Section names, first word first. The order matters only where one name starts another. */
const NAMED_SECTIONS: readonly { readonly kind: PostingSectionKind; readonly name: RegExp }[] = [
  { kind: 'tqs', name: TQ_SECTION },
  { kind: 'ecqs', name: ECQ_SECTION },
  { kind: 'specialized', name: /^specialized experience\b/i },
  { kind: 'duties', name: /^(?:major |key |typical )?(?:duties|responsibilities)\b|^what you(?:'ll| will) do\b|^position description\b|^about (?:the|this) (?:position|job|role)\b|^the role\b|^job description\b/i },
  { kind: 'summary', name: /^(?:position |job )?summary\b|^about the agency\b|^who we are\b/i },
  { kind: 'qualifications', name: /^(?:minimum |basic |general |executive |leadership |desir(?:ed|able) |preferred |additional )?(?:qualifications?|requirements)\b/i },
];

/** Outline numbering before a heading's words: "1.", "B.", "IV.", "Part 2:". */
const OUTLINE_NUMBER = /^(?:(?:part|section)\s+)?(?:\d{1,2}|[A-H]|[IVX]{1,4})[.):]\s+/i;

export function sectionKindOf(heading: string): PostingSectionKind {
  const h = normaliseSpace(heading.replace(/[*_#]/g, ' ')).replace(OUTLINE_NUMBER, '');
  for (const { kind, name } of NAMED_SECTIONS) if (name.test(h)) return kind;
  if (BOILERPLATE_HEADINGS.some((r) => r.test(h))) return 'boilerplate';
  return 'other';
}

function isNamed(h: string): boolean {
  return NAMED_SECTIONS.some(({ name }) => name.test(h)) || BOILERPLATE_HEADINGS.some((r) => r.test(h));
}

/** Longest line that can be a heading: a section name with its parenthesis. */
const MAX_HEADING = 100;

/**
 * The heading a line is, if it is one. A section name counts only when the rest of the line
 * adds at most a parenthesis and a colon: "Technical qualifications (TQ's) are experience…"
 * is a sentence, not a heading.
 */
export function headingOf(line: PostingLine): HeadingLine | undefined {
  const raw = normaliseSpace(line.text);
  if (raw === '' || PAGE_FURNITURE.some((r) => r.test(raw))) return undefined;
  const words = raw.replace(OUTLINE_NUMBER, '');
  // "### MTQ 2" or "**TQ-1: Acquisition Leadership**" opens a TQ, which the TQ reader takes with the text under it.
  if (startsWithLabel(words)) return undefined;
  const make = (heading: string, bodyStart: number, named: boolean): HeadingLine => ({
    line,
    kind: sectionKindOf(heading),
    // (?<!\s): a match starts only where the blanks start, not at each blank of a long run.
    heading: heading.replace(/(?<!\s)\s*:$/, ''),
    bodyStart,
    named,
  });
  const named = isNamed(words);
  if (line.atxLevel !== undefined || line.bold) return make(words, line.end, named);
  if (raw.length > MAX_HEADING) return inlineHeading(line, words);
  if (/[.;,!?]$/.test(raw) && !/\b(?:etc|no)\.$/i.test(raw)) return inlineHeading(line, words);
  const letters = raw.replace(/[^A-Za-z]/g, '');
  // A line in capitals is a heading when it is words, not a code ("FHWA.SES-2024-0011").
  const capitals = letters.length >= 4 && letters === letters.toUpperCase() && letters.length >= raw.replace(/\s/g, '').length * 0.75;
  // Blanks before the colon are in [^:]* already; a second run of them only after a "(…)".
  if (named && /^[^:]*(?:\([^)]{0,60}\)\s*)?:?$/.test(words) && words.split(/\s+/).length <= 12) return make(words, line.end, true);
  if (capitals) return make(words, line.end, named);
  return inlineHeading(line, words);
}

/**
 * "Technical Qualifications: The required technical qualifications are the following:" or
 * "Minimum Qualifications:The Senior Executive Service…": a section name and a colon opening
 * a paragraph. Only the sections whose text matters to the reader are split this way.
 */
function inlineHeading(line: PostingLine, words: string): HeadingLine | undefined {
  const colon = words.indexOf(':');
  if (colon < 0 || colon > 70) return undefined;
  const name = words.slice(0, colon).trim();
  const kind = sectionKindOf(name);
  // Boilerplate counts too when its name is in capitals ("BACKGROUND INVESTIGATION: A background…"),
  // as a name in ordinary case before a colon is as often a sentence's own lead-in.
  const capitalised = name === name.toUpperCase() && /[A-Z]{3}/.test(name);
  if (kind !== 'tqs' && kind !== 'ecqs' && kind !== 'qualifications' && kind !== 'duties' && kind !== 'specialized' && !(kind === 'boilerplate' && capitalised)) return undefined;
  if (!/^[^:]*(?:\([^)]{0,60}\))?$/.test(name) || name.split(/\s+/).length > 8) return undefined;
  const colonAt = line.text.indexOf(':');
  const after = line.text.slice(colonAt + 1);
  const lead = after.length - after.trimStart().length;
  return { line, kind, heading: name, bodyStart: line.start + colonAt + 1 + lead, named: true };
}
