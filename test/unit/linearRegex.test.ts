import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { regexLiteralsIn, regexLiteralsInSource, RegexLiteral } from '../helpers/regexLiterals';
import { regexShapeProblems } from '../helpers/regexShape';
import { AdversarialInput, anchoredAtStart, bestCpuMs, inputsFor } from '../helpers/regexTiming';
import { runtimeRegexes } from '../helpers/runtimeRegexes';

/**
 * Every regular expression in the engine runs in linear time (issue 12). A regex is one
 * uninterruptible step: a quadratic one froze the language server for seconds on 64 KB,
 * whatever the slicing of the analysis. Two checks: the time of every literal on adversarial
 * text at two sizes, and a structural lint that rejects the shapes that backtrack.
 */

const coreFolder = path.resolve(__dirname, '../../../server/src/core');
const literals = regexLiteralsIn(coreFolder);
/** Each distinct pattern once, with where it first occurs. */
const distinct = [...new Map(literals.map((l) => [l.literal, l])).values()];

suite('regex literals: the lexer that finds them', () => {
  test('finds literals and only literals: not divisions, strings, comments or templates', () => {
    const source = [
      'const a = /x+y/g; const half = total / 2 / 3;',
      "const s = '/not a regex/'; // /nor this/",
      '/* /nor this/ */ const t = `/${"nor"}/ ${/inside+/.test(x) ? 1 : 0}`;',
      'if (/^\\s*$/.test(line)) return /[/\\]]/i;',
      'const r = (n) / 2; const q = arr[0] / 4;',
    ].join('\n');
    const found = regexLiteralsInSource(source, 'sample.ts').map((l) => l.literal);
    assert.deepEqual(found, ['/x+y/g', '/inside+/', '/^\\s*$/', '/[/\\]]/i']);
  });

  test('the engine has hundreds of them, each compiled once to prove it was cut out whole', () => {
    // A lexer that lost track would find few, or throw on an invalid cut.
    assert.ok(distinct.length > 250, `${distinct.length} patterns`);
  });
});

/** The sizes the issue names. */
const SMALL = 16 * 1024;
const LARGE = 256 * 1024;
/** 16 times the text: linear work takes about 16 times as long, quadratic work 256 times. */
const MAX_RATIO = 20;
/**
 * A 16 KB time under this counts as this much. Below it the clock measures noise
 * (scheduling, a collection, the regex tier-up) more than the pattern, and a pattern that
 * matches at every character pays a per-match cost that grows a little faster than the
 * text once it no longer fits in the cache (up to 26 times for 16 times the text, measured
 * on /[^A-Za-z]/g). A pattern quadratic in a run still fails by far on the long runs: the old
 * heading closer took 395 ms at 16 KB there.
 */
const NOISE_FLOOR_MS = 1;
/** A 16 KB time above this is checked at 64 KB first, so a quadratic pattern fails in seconds rather than minutes. */
const PRECHECK_ABOVE_MS = 2;
const RUNS = 3;

/** The patterns whose 256 KB time is more than 20 times their 16 KB time, on any adversarial input. */
function nonLinear(all: readonly RegexLiteral[]): string[] {
  const failures: string[] = [];
  const check = (pattern: RegexLiteral, input: AdversarialInput, small: string, large: () => string): void => {
    const regex = new RegExp(pattern.source, pattern.flags);
    const smallMs = bestCpuMs(regex, small, RUNS);
    const allowed = MAX_RATIO * Math.max(smallMs, NOISE_FLOOR_MS);
    const report = (size: string, ms: number): void => {
      failures.push(`${pattern.file}:${pattern.line} ${pattern.literal} on ${input.name}: ${smallMs.toFixed(2)} ms at 16 KB, ${ms.toFixed(1)} ms at ${size}`);
    };
    if (smallMs > PRECHECK_ABOVE_MS) {
      const middle = bestCpuMs(regex, input.text(4 * SMALL), 1);
      if (middle > allowed) return report('64 KB', middle);
    }
    // One run first; only a time over the bound is measured again, least of three.
    let largeMs = bestCpuMs(regex, large(), 1);
    if (largeMs > allowed) largeMs = Math.min(largeMs, bestCpuMs(regex, large(), RUNS));
    if (largeMs > allowed) report('256 KB', largeMs);
  };
  // Patterns anchored at the start of the text see only its start; the others search it all.
  const anchored = all.filter(anchoredAtStart);
  const searching = all.filter((p) => !anchoredAtStart(p));
  for (const [inputs, patterns] of [
    [anchored.length > 0 ? inputsFor(anchored[0]!) : [], anchored],
    [searching.length > 0 ? inputsFor(searching[0]!) : [], searching],
  ] as const) {
    for (const input of inputs) {
      const small = input.text(SMALL);
      let largeText: string | undefined;
      const large = (): string => (largeText ??= input.text(LARGE));
      for (const pattern of patterns) check(pattern, input, small, large);
    }
  }
  return failures;
}

suite('regex literals: linear time on adversarial text', () => {
  test('every pattern: the 256 KB time is at most 20 times the 16 KB time', function () {
    this.timeout(300_000);
    assert.deepEqual(nonLinear(distinct), []);
  });
});

/**
 * The patterns the engine builds with `new RegExp` from word lists and pieces of other
 * patterns, recorded as a child process loads the engine and analyses every fixture
 * (runtimeRegexes.ts): the same two checks as the literals get.
 */
suite('built regexes: linear time and shape', () => {
  const literalSet = new Set(distinct.map((l) => l.literal));
  let built: RegexLiteral[] = [];
  suiteSetup(function () {
    this.timeout(120_000);
    built = runtimeRegexes().filter((r) => !literalSet.has(r.literal));
  });

  test('the recorder sees the built patterns: the competency cues, the CCAR tags, the resume date ranges, the posting titles', () => {
    const files = new Set(built.map((b) => b.file));
    for (const file of ['server/src/core/evidence/competencies.ts', 'server/src/core/ccar/tags.ts', 'server/src/core/resume/resume.ts', 'server/src/core/posting/header.ts']) assert.ok(files.has(file), `${file}: ${[...files].join(', ')}`);
    assert.ok(built.length > 300, `${built.length} patterns`);
  });

  test('every built pattern: the 256 KB time is at most 20 times the 16 KB time', function () {
    this.timeout(600_000);
    assert.deepEqual(nonLinear(built), []);
  });

  test('no built pattern has adjacent or nested unbounded runs', () => {
    const problems = built.flatMap((b) => regexShapeProblems(b.source, b.flags).map((p) => `${b.file} ${b.literal.slice(0, 120)}: ${p.kind} runs in ${p.part}`));
    assert.deepEqual(problems, []);
  });
});

/**
 * Patterns the lint below flags that are proven linear anyway, each with the proof. Keep it
 * short: a rewrite that keeps runs apart is almost always possible. Entries name the file and
 * the literal exactly; an entry that no longer matches a literal fails the test.
 */
const SHAPE_ALLOWED: readonly { file: string; literal: string; why: string }[] = [];

suite('regex literals: no adjacent or nested unbounded runs', () => {
  test('the lint catches the shapes that backtrack, and passes their linear rewrites', () => {
    const flagged = (source: string): string[] => regexShapeProblems(source, '').map((p) => p.kind);
    for (const bad of ['(a+)+', '(a*)*', '(\\w+\\s?)*', '\\s*\\s*', '.*.*', '\\s*#?\\s*', '\\s*(.*)$', '[ \\t]*(.*?)[ \\t]*$', '\\W*\\s+']) {
      assert.notDeepEqual(flagged(bad), [], bad);
    }
    for (const good of ['\\s*(?:#\\s*)?\\d', '\\s*(\\S.*|)$', '(?:[-*_=][ \\t]*){3,}', '(?<![ \\t])[ \\t]+#+[ \\t]*$', '\\s*\\b\\s*x', '[^\\w\\n]*duties[^\\w\\n]*$', 'a+b+', '\\s*[:|]\\s*$']) {
      assert.deepEqual(flagged(good), [], good);
    }
  });

  test('no pattern under server/src/core has them, beyond the allow-list', () => {
    const problems: string[] = [];
    for (const l of literals) {
      if (SHAPE_ALLOWED.some((a) => a.file === l.file && a.literal === l.literal)) continue;
      for (const p of regexShapeProblems(l.source, l.flags)) problems.push(`${l.file}:${l.line} ${l.literal}: ${p.kind} runs in ${p.part}`);
    }
    assert.deepEqual(problems, []);
    for (const a of SHAPE_ALLOWED) assert.ok(literals.some((l) => l.file === a.file && l.literal === a.literal), `stale allow-list entry ${a.file} ${a.literal}`);
  });
});
