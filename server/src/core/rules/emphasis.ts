import { Span } from '../text/span';
import { TextEdit } from './types';

/**
 * Quick fixes that delete or replace words inside Markdown emphasis (`**very**`, `*really*`,
 * `_actually_`, `in **order to** achieve`) must leave the emphasis well formed: a deletion
 * took the word and left `****`, and a replacement across a marker left `to**`. The markers
 * of a block are paired here, CommonMark-style, so an edit can keep or drop them in pairs.
 */

export interface DelimiterRun {
  readonly start: number;
  readonly end: number;
  /** The index of the run it pairs with, if any. */
  partner: number | undefined;
}

const WHITESPACE = /\s/;
const ALNUM = /[\p{L}\p{N}]/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

/**
 * The emphasis markers (runs of `*`, `_` or `~`) of `text` between `from` and `to` (a block),
 * paired opener with closer. Runs that are not emphasis (an escaped `\*`, snake_case, a list
 * bullet) are left out or stay unpaired.
 */
export function delimiterRuns(text: string, from: number, to: number): DelimiterRun[] {
  const runs: (DelimiterRun & { char: string; canOpen: boolean; canClose: boolean })[] = [];
  let i = from;
  while (i < to) {
    const c = text[i]!;
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c !== '*' && c !== '_' && c !== '~') {
      i++;
      continue;
    }
    let j = i;
    while (j < to && text[j] === c) j++;
    const before = i > from ? text[i - 1]! : '\n';
    const after = j < to ? text[j]! : '\n';
    // Left- and right-flanking as CommonMark defines them.
    const leftFlanking = !WHITESPACE.test(after) && (!PUNCTUATION.test(after) || WHITESPACE.test(before) || PUNCTUATION.test(before));
    const rightFlanking = !WHITESPACE.test(before) && (!PUNCTUATION.test(before) || WHITESPACE.test(after) || PUNCTUATION.test(after));
    // An underscore inside a word (snake_case) is neither.
    const intraword = c === '_' && ALNUM.test(before) && ALNUM.test(after);
    runs.push({ start: i, end: j, partner: undefined, char: c, canOpen: leftFlanking && !intraword, canClose: rightFlanking && !intraword });
    i = j;
  }
  const open: number[] = [];
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k]!;
    if (run.canClose) {
      // The nearest opener of the same marker and length.
      let o = open.length - 1;
      while (o >= 0 && !(runs[open[o]!]!.char === run.char && runs[open[o]!]!.end - runs[open[o]!]!.start === run.end - run.start)) o--;
      if (o >= 0) {
        const opener = open[o]!;
        runs[opener]!.partner = k;
        run.partner = opener;
        // Openers between them are inside this emphasis and can no longer close outside it.
        open.length = o;
        continue;
      }
    }
    if (run.canOpen) open.push(k);
  }
  return runs.map(({ start, end, partner }) => ({ start, end, partner }));
}

/**
 * For a deletion: when the words were all that a pair of markers emphasised (`**very**`),
 * the span grows to take the markers too, pair by pair (`**_very_**`).
 */
export function widenToEmphasis(runs: readonly DelimiterRun[], span: Span): Span {
  let { start, end } = span;
  for (;;) {
    const before = runs.findIndex((r) => r.end === start);
    const opener = runs[before];
    const closer = opener?.partner !== undefined ? runs[opener.partner] : undefined;
    if (!opener || !closer || closer.start !== end || opener.partner! < before) return { start, end };
    start = opener.start;
    end = closer.end;
  }
}

/**
 * The edit, changed so that no marker loses its partner: a pair inside the span goes with
 * the words; a marker whose partner is outside stays, at the edge of the new text (an opener
 * before it, a closer after it), unless the edit deletes everything the pair emphasised, in
 * which case both markers go.
 */
export function keepEmphasis(text: string, runs: readonly DelimiterRun[], edit: TextEdit): TextEdit {
  let { start, end } = edit.span;
  let prefix = '';
  let suffix = '';
  for (const run of runs) {
    if (run.start < edit.span.start || run.end > edit.span.end || run.partner === undefined) continue;
    const partner = runs[run.partner]!;
    if (partner.start >= edit.span.start && partner.end <= edit.span.end) continue;
    const marker = text.slice(run.start, run.end);
    if (partner.start >= edit.span.end) {
      // An opener whose closer is after the edit.
      if (edit.newText === '' && partner.start === end) end = partner.end;
      else prefix += marker;
    } else if (edit.newText === '' && partner.end === start) {
      // A closer whose opener is right before the edit: nothing is left between them.
      start = partner.start;
    } else {
      suffix += marker;
    }
  }
  if (prefix === '' && suffix === '' && start === edit.span.start && end === edit.span.end) return edit;
  return { span: { start, end }, newText: `${prefix}${edit.newText}${suffix}` };
}
