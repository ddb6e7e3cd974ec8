import { Block } from '../parse/blocks';

/**
 * Where the questions, answers and the candidate's own questions are in an interview file
 * (issue 13). Pure reading of blocks: what each question asks about is `classify.ts`.
 *
 * - A **question** is a heading of level 2 or deeper (or a bold-only line, level 7) whose
 *   text starts with `Q`, `Q1`, `Question` or a number, or ends with `?`. A one-line
 *   paragraph that opens with a Q label and punctuation ("**Q1:** Why this job?") is a
 *   question too; in a plain-text file, each such line, and each line that ends with `?`,
 *   is a heading of its own (`isPlainTextQuestionLine`), so an answer may start on the
 *   next line.
 * - Its **answer** is every block under it until the next question or section heading: a
 *   heading that is not a question and is at the question's level or above, or any level-1
 *   heading. Deeper headings that are not questions ("### Challenge") stay in the answer.
 * - When the heading only labels the question ("## Question 1", "## Q2: Leading People")
 *   and the block under it is a quotation or a paragraph ending with `?`, that block is the
 *   question's wording and not part of the answer.
 * - A heading named like "Questions for the panel" or "My questions" holds the candidate's
 *   own questions, one list item each (or, without a list, one paragraph ending with `?`
 *   each); headings inside it are its questions too.
 */

export interface QuestionLayout {
  /** The heading (or plain-text paragraph) that asks the question. */
  readonly heading: Block;
  /** The question's wording, label ("Q3:") removed. */
  readonly text: string;
  /** The block that worded the question when the heading only labelled it. */
  readonly wording: Block | undefined;
  /** The answer's blocks, in order (headings inside it included). */
  readonly answer: readonly Block[];
  /**
   * The nearest heading above the question that is not a question, when it groups
   * questions ("## ECQ 4: Leading People"): a hint of what they ask about.
   */
  readonly group: Block | undefined;
}

export interface PanelSection {
  readonly heading: Block;
  /** One block per question for the panel. */
  readonly items: readonly Block[];
}

export interface InterviewLayout {
  readonly questions: readonly QuestionLayout[];
  readonly panel: readonly PanelSection[];
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t';
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);
const LABEL_PUNCTUATION = new Set(['-', '–', '—', '.', ':', ')']);

/**
 * The length of the label a question starts with ("Q", "Q1", "Q 1.", "Question 3:",
 * "3.", "3)", "3 –"), spaces after it included; -1 when it has none. A scan rather than a
 * regex: the label's optional parts are each followed by optional blanks, which as a regex
 * are adjacent unbounded runs (linearRegex.test.ts).
 */
export function questionLabelLength(text: string): number {
  let i = 0;
  while (isSpace(text[i])) i++;
  const skipSpaces = (): void => {
    while (isSpace(text[i])) i++;
  };
  const lower = text.slice(i, i + 8).toLowerCase();
  if (lower.startsWith('question') && !isLetter(text[i + 8])) i += 8;
  else if ((lower[0] === 'q') && !isLetter(text[i + 1])) i += 1;
  else if (isDigit(text[i])) {
    let digits = 0;
    while (isDigit(text[i]) && digits < 4) {
      i++;
      digits++;
    }
    if (digits > 3) return -1;
    const at = i;
    skipSpaces();
    // "3." and "3)" number a question; "3 –" too, but "30 days" is not a label.
    if (!LABEL_PUNCTUATION.has(text[i] ?? '') || (text[i] === '-' && i === at && isDigit(text[i + 1]))) return -1;
    i++;
    skipSpaces();
    return i;
  } else return -1;
  skipSpaces();
  if (text[i] === '#') {
    i++;
    skipSpaces();
  }
  let digits = 0;
  while (isDigit(text[i]) && digits < 3) {
    i++;
    digits++;
  }
  if (digits > 0 && isLetter(text[i]) && !isLetter(text[i + 1])) i++; // "Q2a"
  skipSpaces();
  if (LABEL_PUNCTUATION.has(text[i] ?? '')) {
    i++;
    skipSpaces();
  }
  return i;
}

/** Headings for the candidate's own questions. Bounded runs only: see linearRegex.test.ts. */
const PANEL_HEADING =
  /^[ \t]*(?:(?:my|our|candidate'?s?|your)[ \t]+(?:own[ \t]+)?questions|questions[ \t]+(?:i[ \t]+(?:will|would|plan[ \t]+to|want[ \t]+to)[ \t]+ask|to[ \t]+ask|for[ \t]+(?:the[ \t]+)?(?:panel|board|interviewers?|hiring[ \t]+(?:manager|official)|selecting[ \t]+official|them|you|the[ \t]+agency))|(?:panel|reverse)[ \t]+questions|questions[ \t]+(?:from[ \t]+me|back))\b/i;

/** A heading worded as a request: "Describe a conflict between two of your subordinates…", "Tell us about a time…". */
const REQUEST_HEADING = /^(?:please[ \t]+)?(?:describe|explain|discuss|tell[ \t]+(?:us|me)|walk[ \t]+(?:us|me)[ \t]+through|give[ \t]+(?:us|me)|share[ \t]+(?:with[ \t]+us|an?|one|your)|talk[ \t]+(?:to[ \t]+us[ \t]+)?about)\b/i;

/** Is this heading text a question's (before any check for the panel)? */
export function isQuestionText(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  // A scene and then the ask ("Farm loan borrowers have complained… Tell us about a time you
  // fixed…", "Developing others. Example, please."), once a plain-text line's number is masked.
  return t.endsWith('?') || questionLabelLength(t) >= 0 || REQUEST_HEADING.test(t) || ASKS_YOU.test(t);
}

export function isPanelHeadingText(text: string): boolean {
  return PANEL_HEADING.test(text.trim());
}

/** The question without its label: "Q3: Why this job?" → "Why this job?". */
export function stripQuestionLabel(text: string): string {
  const t = text.trim();
  const label = questionLabelLength(t);
  return (label >= 0 ? t.slice(label) : t).trim();
}

/** Words in a text, roughly: enough to tell a label from a question. */
function wordCount(text: string): number {
  return text.split(/[^A-Za-z0-9']+/).filter((w) => w !== '').length;
}

/** A heading only labels its question when what is left after the label is this short ("Leading People"). */
const LABEL_ONLY_WORDS = 4;
/** A question worded in the block under its heading is no longer than this. */
const MAX_WORDING_CHARS = 600;

/** A question label and punctuation: "Q1:", "**Question 2.**". */
const LABELLED_PUNCTUATED = /^[ \t]{0,8}(?:question|q)[ \t]?#?\d{0,3}[a-z]?[ \t]?[.:)–—-]/i;
/** A numbered label and a capital or a parenthesis, with no punctuation: "Q5 Tell us about yourself.", "Q1 (Leading Change) Describe…". */
const LABELLED_NUMBERED = /^[ \t]{0,8}(?:Q|Question[ \t]?)\d{1,3}[ \t]{1,3}[A-Z(]/;
/**
 * Whether a paragraph opens with a question label: with punctuation after it, or a number and
 * a capital. The punctuation or the capital keeps "Q4 revenue rose" out.
 */
const opensWithLabel = (text: string): boolean => LABELLED_PUNCTUATED.test(text) || LABELLED_NUMBERED.test(text);
/** In plain text, a numbered line that asks: "1. Describe a conflict…", "2) How do you…"; not "1. Reviewed the contracts". */
const NUMBERED_ASK = /^[ \t]{0,8}\d{1,2}[.)][ \t]{1,4}(?:describe|tell|walk|give|explain|share|discuss|talk|please|how|what|why|when|which|who|where|can|could|would|did|do|have)\b/i;
/** A numbered line ("1. ", "2) ") … */
const NUMBERED = /^[ \t]{0,8}\d{1,2}[.)][ \t]/;
/**
 * … that puts a question to the candidate after a scene ("1. Borrowers have complained for
 * years… Tell us about a time you fixed…", "4. Developing others. Example, please."). An
 * answer's numbered steps tell; they do not ask "you".
 */
const ASKS_YOU = /\b(?:tell[ \t]+(?:us|me)|describe|walk[ \t]+(?:us|me)[ \t]+through|give[ \t]+(?:us|me)|(?:how|what|who|why|where|when)[ \t]+(?:do|did|would|will|have|could|can)[ \t]+you|example,?[ \t]+please)\b/i;

/** The longest line of plain text read as a question on its own, from its ending "?" alone. */
const MAX_QUESTION_LINE = 300;
/**
 * ... and from a question label ("Q2.", "Question 3:"): a chair's spoken scenario runs longer
 * ("So, budgets—everybody's getting squeezed, right…"), and may end in a request rather than a
 * "?" ("…Tell us how you would approach it."); the label says what it is. The same bound as a
 * question worded under its heading.
 */
const MAX_LABELLED_QUESTION_LINE = 600;

/**
 * A line of a plain-text interview that is a question or a panel heading: one that opens
 * with a Q label and punctuation ("Q1: …", "Question 2. …"), a line ending with "?" that
 * starts with a capital, or "Questions for the panel". It becomes a heading of its own, so
 * the answer on the lines after it is not part of the question.
 */
export function isPlainTextQuestionLine(line: string): boolean {
  const text = line.trim();
  if (text === '' || text.length > MAX_LABELLED_QUESTION_LINE) return false;
  if (NUMBERED.test(text) && ASKS_YOU.test(text)) return true;
  if (text.length > MAX_QUESTION_LINE) return opensWithLabel(text);
  return opensWithLabel(text) || NUMBERED_ASK.test(text) || (text.endsWith('?') && /^[A-Z]/.test(text)) || isPanelHeadingText(text);
}

function isHeadingLike(block: Block, plainText: boolean): boolean {
  if (block.kind === 'heading') return true;
  if (block.kind !== 'paragraph') return false;
  const text = block.prose.trim();
  if (text.length > MAX_WORDING_CHARS) return false;
  const oneLine = !text.includes('\n');
  // In Markdown, a one-line labelled paragraph ("**Q1:** Why this job?") is a question too.
  if (!plainText) return oneLine && opensWithLabel(text);
  // Plain text keeps "Q1: …?" lines as paragraphs; a one-line question is a question too.
  return opensWithLabel(text) || (oneLine && NUMBERED_ASK.test(text)) || (oneLine && text.endsWith('?')) || isPanelHeadingText(text);
}

/** Bold-only lines and plain-text title lines: below every Markdown heading. */
const PSEUDO_LEVEL = 7;

function levelOf(block: Block): number {
  return block.kind === 'heading' ? block.level : PSEUDO_LEVEL;
}

export function readInterviewLayout(blocks: readonly Block[], plainText: boolean): InterviewLayout {
  const questions: { heading: Block; text: string; wording: Block | undefined; answer: Block[]; group: Block | undefined }[] = [];
  const panel: { heading: Block; items: Block[] }[] = [];
  let current: (typeof questions)[number] | undefined;
  let currentPanel: (typeof panel)[number] | undefined;
  let group: Block | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const headingLike = isHeadingLike(block, plainText);
    const text = headingLike ? block.prose.trim() : '';
    if (currentPanel) {
      // Inside the panel section, each list item, question paragraph or deeper heading is one
      // of the candidate's questions; a heading at its level or above ends it, as does a
      // labelled interview question. A question line of plain text (a pseudo-heading ending
      // with "?") is an item, not the end.
      const level = levelOf(block);
      const panelLevel = levelOf(currentPanel.heading);
      const labelled = questionLabelLength(text) >= 0 && (opensWithLabel(text) || (block.kind === 'heading' && level <= 6));
      const item = headingLike
        ? !labelled && !isPanelHeadingText(text) && ((text.endsWith('?') && level === PSEUDO_LEVEL) || (block.kind === 'heading' && level > panelLevel && level <= 6))
        : block.kind === 'listItem' || (block.kind === 'paragraph' && block.prose.trim().endsWith('?'));
      if (item) {
        currentPanel.items.push(block);
        continue;
      }
      if (!headingLike) continue;
      currentPanel = undefined;
    }
    if (headingLike && isPanelHeadingText(text)) {
      current = undefined;
      currentPanel = { heading: block, items: [] };
      panel.push(currentPanel);
      continue;
    }
    const level = levelOf(block);
    if (headingLike && level >= 2 && isQuestionText(text)) {
      current = { heading: block, text: stripQuestionLabel(text), wording: undefined, answer: [], group };
      questions.push(current);
      const next = blocks[i + 1];
      if (wordCount(current.text) <= LABEL_ONLY_WORDS && !current.text.endsWith('?') && next && (next.kind === 'quote' || next.kind === 'paragraph') && next.prose.trim().endsWith('?') && next.prose.trim().length <= MAX_WORDING_CHARS) {
        current.wording = next;
        current.text = stripQuestionLabel(next.prose.replace(/\s+/g, ' ').trim());
        i++;
      }
      continue;
    }
    if (block.kind === 'heading') {
      const endsAnswer = !current || block.level <= levelOf(current.heading) || block.level === 1;
      if (endsAnswer) {
        current = undefined;
        group = block;
        continue;
      }
    }
    if (current) current.answer.push(block);
  }
  return { questions, panel };
}
