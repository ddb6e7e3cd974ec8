export const DOCUMENT_KINDS = ['ecq', 'tq', 'resume', 'stories', 'posting'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export type KindSource = 'option' | 'filename' | 'frontMatter' | 'content' | 'default';

export function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(value);
}

const SUFFIX = /\.(ecq|tq|resume|stories|posting)\.(?:md|markdown|txt|text)$/i;

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
 * Guesses the kind from the text when neither the file name nor front matter says.
 * Postings are checked first because they quote ECQ names; story banks before ECQ
 * narratives because stories are tagged with ECQs.
 */
export function kindFromContent(text: string): DocumentKind | undefined {
  const head = text.slice(0, 20000);
  const postingSignals = [
    /announcement number/i,
    /how to apply/i,
    /open (?:&|and) closing dates/i,
    /^\W*duties\W*$/im,
    /^\W*(?:qualifications|requirements)\W*$/im,
    /\busajobs\b/i,
    /conditions of employment/i,
    /equal (?:employment )?opportunity/i,
    /pay scale (?:&|and) grade/i,
  ].filter((re) => re.test(head)).length;
  if (postingSignals >= 3) return 'posting';
  if (/story bank|^#{1,6}\s*story\s+\d+/im.test(head)) return 'stories';
  const dateRanges = head.match(/\b(?:0?[1-9]|1[0-2])\/(?:19|20)\d\d\s*[-–—]\s*(?:(?:0?[1-9]|1[0-2])\/(?:19|20)\d\d|present)/gi)?.length ?? 0;
  if (dateRanges >= 2 || (/^\W*(?:professional |work )?experience\W*$/im.test(head) && dateRanges >= 1)) return 'resume';
  if (/^\W*(?:ecq\s*#?\s*\d|(?:\d[.)]\s*)?(?:leading change|leading people|results driven|business acumen|building coalitions|driving efficiency|merit and competence|achieving results|commitment to the rule of law))/im.test(head)) return 'ecq';
  if (/^\W*(?:(?:m|p)?tq\s*#?\s*\d|(?:mandatory |professional )?technical qualification)/im.test(head)) return 'tq';
  return undefined;
}
