import { CcarPartKind } from '../domain/headings';
import { Span } from '../text/span';

/**
 * Inline part tags: "(Challenge)", "(Context)", "(Action)", "(Result)", also in square
 * brackets and in pairs ("(Challenge/Context)"). OPM's Guide to SES Qualifications marks
 * the parts of its sample ECQs this way, after the text they name, and coaches copy the
 * style. A tag names the text between the previous tag (or the start of the example) and
 * itself, so it labels what comes before it, unlike a "Challenge:" label at the start of a
 * paragraph, which labels what follows.
 */
export interface InlineTag {
  readonly parts: readonly CcarPartKind[];
  /** Offsets of the whole tag, brackets included. */
  readonly span: Span;
}

const PART_WORDS: Readonly<Record<string, CcarPartKind>> = {
  challenge: 'challenge',
  challenges: 'challenge',
  task: 'challenge',
  context: 'context',
  situation: 'context',
  action: 'action',
  actions: 'action',
  result: 'result',
  results: 'result',
};

// Each alternative is a fixed word, and the separators are bounded runs of spaces, so the
// pattern is linear whatever the input.
// Capitalised as OPM writes them ("(Challenge)", "[RESULT]"): "(actions and results)" in a
// sentence is a parenthesis, not a tag.
const WORD = '(?:Challenges?|Context|Situation|Task|Actions?|Results?|CHALLENGES?|CONTEXT|SITUATION|TASK|ACTIONS?|RESULTS?)';
const TAG = new RegExp(`[([][ \\t]{0,3}(${WORD})(?:[ \\t]{0,3}(?:\\/|,|&|and)[ \\t]{0,3}(${WORD}))?[ \\t]{0,3}[)\\]]`, 'g');

export function findInlineTags(prose: string): readonly InlineTag[] {
  // Most blocks have no bracket at all; skip the regex for them.
  if (prose.indexOf('(') < 0 && prose.indexOf('[') < 0) return NO_TAGS;
  let out: InlineTag[] | undefined;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(prose); m; m = TAG.exec(prose)) {
    const parts = [PART_WORDS[m[1]!.toLowerCase()]!];
    if (m[2]) parts.push(PART_WORDS[m[2].toLowerCase()]!);
    (out ??= []).push({ parts, span: { start: m.index, end: m.index + m[0].length } });
  }
  return out ?? NO_TAGS;
}

const NO_TAGS: readonly InlineTag[] = [];

/**
 * The text with its inline tags removed, and where each tag stood in the result. The
 * evaluation uses it to infer parts on OPM's statements without the answers in them.
 */
export function stripInlineTags(text: string): { text: string; tags: { parts: readonly CcarPartKind[]; at: number }[] } {
  const tags: { parts: readonly CcarPartKind[]; at: number }[] = [];
  let out = '';
  let last = 0;
  for (const tag of findInlineTags(text)) {
    let cut = tag.span.start;
    // Take the spaces before the tag with it, so "jobs. (Challenge) I was" reads "jobs. I was".
    while (cut > last && (text[cut - 1] === ' ' || text[cut - 1] === '\t')) cut--;
    out += text.slice(last, cut);
    tags.push({ parts: tag.parts, at: out.length });
    last = tag.span.end;
  }
  out += text.slice(last);
  return { text: out, tags };
}
