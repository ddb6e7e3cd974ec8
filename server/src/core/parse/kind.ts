export const DOCUMENT_KINDS = ['ecq', 'tq', 'resume', 'stories', 'posting', 'interview', 'remarks'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export type KindSource = 'option' | 'filename' | 'frontMatter' | 'content' | 'default';

export function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(value);
}

const SUFFIX = /\.(ecq|tq|resume|stories|posting|interview|remarks)\.(?:md|markdown|txt|text)$/i;

/** `ellison-2025.ecq.md` → `ecq`. */
export function kindFromFileName(path: string): DocumentKind | undefined {
  const m = SUFFIX.exec(path);
  return m ? (m[1]!.toLowerCase() as DocumentKind) : undefined;
}

export function isPlainTextPath(path: string): boolean {
  return /\.(?:txt|text)$/i.test(path);
}

/** Files the tools look at when given a folder: Markdown and plain text. */
export function isDraftCandidatePath(path: string): boolean {
  return /\.(?:md|markdown|txt|text)$/i.test(path);
}

/**
 * How much of a text kind sniffing reads: a posting's headings and a draft's first ECQ or TQ
 * come within the first few pages, and this is asked of every file in a folder, so the cost
 * must not grow with the file.
 */
const KIND_SNIFF_CHARS = 20_000;

/**
 * Guesses the kind from the text when neither the file name nor front matter says.
 * Postings are checked first because they quote ECQ names; story banks before ECQ
 * narratives because stories are tagged with ECQs. Line patterns use `[^\w\n]` rather
 * than `\W`, which also matches line breaks: from every line start it ran on through all
 * the blank lines after it (2.9 s on 20,000 blank lines).
 */
export function kindFromContent(text: string): DocumentKind | undefined {
  const head = text.slice(0, KIND_SNIFF_CHARS);
  const postingSignals = [
    /announcement number/i,
    /how to apply/i,
    /open (?:&|and) closing dates/i,
    /^[^\w\n]*duties[^\w\n]*$/im,
    /^[^\w\n]*(?:qualifications|requirements)[^\w\n]*$/im,
    /\busajobs\b/i,
    /conditions of employment/i,
    /equal (?:employment )?opportunity/i,
    /pay scale (?:&|and) grade/i,
  ].filter((re) => re.test(head)).length;
  if (postingSignals >= 3) return 'posting';
  if (/story bank|^#{1,6}[ \t]*story[ \t]+\d+/im.test(head)) return 'stories';
  if (looksLikeInterview(head)) return 'interview';
  const dateRanges = head.match(/\b(?:0?[1-9]|1[0-2])\/(?:19|20)\d\d\s*[-–—]\s*(?:(?:0?[1-9]|1[0-2])\/(?:19|20)\d\d|present)/gi)?.length ?? 0;
  if (dateRanges >= 2 || (/^[^\w\n]*(?:professional |work )?experience[^\w\n]*$/im.test(head) && dateRanges >= 1)) return 'resume';
  if (/^[^\w\n]*(?:ecq\s*(?:#\s*)?\d|(?:\d[.)]\s*)?(?:leading change|leading people|results driven|business acumen|building coalitions|driving efficiency|merit and competence|achieving results|commitment to the rule of law))/im.test(head)) return 'ecq';
  if (/^[^\w\n]*(?:(?:m|p)?tq\s*(?:#\s*)?\d|(?:mandatory |professional )?technical qualification)/im.test(head)) return 'tq';
  return undefined;
}

/** Headings that end with "?" before an interview file is recognised by its content. */
const INTERVIEW_QUESTION_HEADINGS = 3;

/**
 * An interview file without its name or front matter: a level-1 title that says "interview", or
 * three headings that end with "?". Checked before ECQ narratives because interview files
 * group their questions under ECQ headings. A hand scan over lines: a regex for "a heading
 * line ending with ?" needs a run before the "?".
 */
function looksLikeInterview(head: string): boolean {
  if (/^#[ \t][^\n]{0,80}\binterview\b/im.test(head)) return true;
  let questions = 0;
  let start = 0;
  while (start < head.length) {
    let end = head.indexOf('\n', start);
    if (end < 0) end = head.length;
    if (head[start] === '#') {
      let last = end - 1;
      while (last > start && (head[last] === ' ' || head[last] === '\t' || head[last] === '\r' || head[last] === '*')) last--;
      if (head[last] === '?' && ++questions >= INTERVIEW_QUESTION_HEADINGS) return true;
    }
    start = end + 1;
  }
  return false;
}
