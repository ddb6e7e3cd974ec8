import { RegexLiteral } from './regexLiterals';

/**
 * Adversarial text for the engine's regular expressions, and the CPU time each pattern takes
 * on it. Backtracking blows up where a quantified part can match a long run in many ways
 * and the match then fails, so the inputs are long runs of the characters Markdown and the
 * patterns care about, each after the starts that anchored patterns need ("# Title", "ECQ 1",
 * a label…) and each ended by a character that makes the match fail.
 */

/** What a line may start with, so patterns anchored at a line (or the text) start get going. */
const PREFIXES = ['', 'kind: a', 'Title (a', '# Title', '## ECQ 1: Leading Change', 'ECQ 1', 'MTQ 1', 'TQ', 'Challenge:', '**Result', '- ', '1. ', '> ', '<!--', 'kind:', '---', '| a |', 'Example', '[', 'I ', 'a'];

/** What the runs are made of. */
const BODIES = [' ', '\t', '\n', ' \n', '\r\n', '#', '*', '**', '[', '_', '-', '=', '.', '(', '|', '`', 'a', 'A', '1', 'a ', '* ', '# ', '- ', '1.', 'A.', ', ', '**a', '_a', '\n\n#', 'Challenge: ', 'ECQ 1 ', 'Example 1 ', 'TQ 1 ', '**a ', '__a ', '*a ', '[a ', '[a](', '<!-- ', 'a\n', '1 '];

/** Ends a run with something most patterns cannot match, forcing them to backtrack. */
const END = '\u0001';

/** The run of `body` after `prefix`, `length` characters in all. */
function run(prefix: string, body: string, length: number): string {
  const repeats = Math.max(1, Math.floor((length - prefix.length - 1) / body.length));
  return `${prefix}${body.repeat(repeats)}${END}`;
}

export interface AdversarialInput {
  readonly name: string;
  readonly text: (length: number) => string;
}

/**
 * One input per prefix and body, each a single run: for patterns that only try the start of
 * the text (`^` without the m flag), which see nothing of a text but its start.
 */
export const SINGLE_RUNS: readonly AdversarialInput[] = PREFIXES.flatMap((prefix) => BODIES.map((body) => ({ name: `${JSON.stringify(prefix)} + ${JSON.stringify(body)}×n`, text: (length: number) => run(prefix, body, length) })));

/**
 * A few texts, each of every body after a group of prefixes, a run per line: for patterns
 * that search the whole text. Few texts keep the test fast (each costs a scan of the text);
 * runs as long as a few hundredths of the text still make a quadratic pattern take hundreds
 * of times longer at 16 times the size, far past the bound.
 */
const PREFIX_GROUPS = 4;
export const MIXED_RUNS: readonly AdversarialInput[] = Array.from({ length: PREFIX_GROUPS }, (_, g) => {
  const prefixes = PREFIXES.filter((_, k) => k % PREFIX_GROUPS === g);
  const segments = prefixes.flatMap((prefix) => BODIES.map((body) => ({ prefix, body })));
  return {
    name: `runs after ${prefixes.map((p) => JSON.stringify(p)).join(', ')}`,
    text: (length: number) => {
      const each = Math.floor(length / segments.length);
      return segments.map(({ prefix, body }) => `${run(prefix, body, each - 1)}\n`).join('');
    },
  };
});

/**
 * Texts that are one long run each, for patterns that search the whole text: the runs of the
 * mixed texts are short (a few hundred characters at 256 KB), so a pattern quadratic in a
 * run shows far more plainly here.
 */
const LONG_RUN_BODIES = [' ', '\t', '\n', ' \n', '#', '*', '[', '_', '-', 'a '];
export const LONG_RUNS: readonly AdversarialInput[] = LONG_RUN_BODIES.map((body) => ({ name: `"a" + ${JSON.stringify(body)}×n`, text: (length: number) => run('a', body, length) }));

/** Does the pattern only ever try the start of the text? */
export function anchoredAtStart(pattern: RegexLiteral): boolean {
  if (pattern.flags.includes('m')) return false;
  // ^ at the front of every top-level alternative.
  let depth = 0;
  let inClass = false;
  const alternatives: string[] = [''];
  for (let i = 0; i < pattern.source.length; i++) {
    const c = pattern.source[i]!;
    if (c === '\\') {
      alternatives[alternatives.length - 1] += c + (pattern.source[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      alternatives.push('');
      continue;
    }
    alternatives[alternatives.length - 1] += c;
  }
  return alternatives.every((a) => a.startsWith('^'));
}

/**
 * Applies the pattern as the engine does at worst: every match of a global pattern, else a
 * search. `test` rather than `exec`, so that building match arrays (and collecting them)
 * is not timed: that cost is linear but its collections made the times noisy.
 */
export function applyPattern(regex: RegExp, text: string): number {
  if (!regex.global && !regex.sticky) return regex.test(text) ? 1 : 0;
  regex.lastIndex = 0;
  let matches = 0;
  for (;;) {
    const from = regex.lastIndex;
    if (!regex.test(text)) return matches;
    matches++;
    // An empty match leaves lastIndex where it was: step over it as matchAll does.
    if (regex.lastIndex === from) regex.lastIndex++;
    if (regex.sticky && !regex.global) return matches;
  }
}

/** CPU time in milliseconds of `work`: user and system time of this process, which a busy machine slows less than the wall clock. */
export function cpuMs(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** The least CPU time of `runs` runs of the pattern on `text`: the run least disturbed by others. */
export function bestCpuMs(regex: RegExp, text: string, runs: number): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) best = Math.min(best, cpuMs(() => applyPattern(regex, text)));
  return best;
}

/** The inputs a pattern is timed on. */
export function inputsFor(pattern: RegexLiteral): readonly AdversarialInput[] {
  return anchoredAtStart(pattern) ? SINGLE_RUNS : [...MIXED_RUNS, ...LONG_RUNS];
}
