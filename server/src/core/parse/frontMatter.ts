import { Span } from '../text/span';

export interface FrontMatter {
  readonly span: Span;
  /** Top-level `key: value` pairs, keys lower-cased. */
  readonly values: Readonly<Record<string, string>>;
}

// Front matter is only looked for at the very start, and only in the first 64 KB, so a
// file that opens with "---" and never closes it costs one bounded scan.
const MAX_FRONT_MATTER = 64 * 1024;
// The value starts at a non-blank and its trailing blanks are cut in code: with `(.*?)[ \t]*$`
// every character of a run of blanks inside a value rescanned the rest of the run (quadratic).
const KEY_VALUE = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*([^ \t].*|)$/;

/**
 * Reads YAML-style front matter. Drafts use it for a handful of flat keys (`kind`,
 * `applicant`, `posting`, `ecqSet`, `pace_wpm`), so this reads top-level `key: value`
 * lines and strips quotes; nested structures are skipped rather than misread. A full YAML
 * parser would add ~100 KB to the bundle for keys nobody nests.
 */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const opening = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!opening) return undefined;
  const head = text.slice(0, MAX_FRONT_MATTER);
  const closing = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/g;
  closing.lastIndex = opening[0].length - 1;
  const m = closing.exec(head);
  if (!m) return undefined;
  const body = head.slice(opening[0].length, m.index);
  const values: Record<string, string> = {};
  for (const line of body.split(/\r?\n/)) {
    const kv = KEY_VALUE.exec(line);
    if (!kv) continue;
    values[kv[1]!.toLowerCase()] = kv[2]!.replace(/(?<![ \t])[ \t]+$/, '').replace(/^(['"])(.*)\1$/, '$2').replace(/(?<!\s)\s+#[^]*$/, '');
  }
  return { span: { start: 0, end: m.index + m[0].length }, values };
}
