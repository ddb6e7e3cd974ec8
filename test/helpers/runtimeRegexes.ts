import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { RegexLiteral } from './regexLiterals';

/**
 * The regular expressions the engine builds at run time (`new RegExp(…)` from word lists and
 * pieces of other patterns), which no lexer of literals can see. Run as a child process: it
 * wraps the global RegExp constructor before the engine is loaded, loads every module of the
 * core, analyses drafts of every kind and postings of every format, and prints each distinct
 * pattern built, with the place that built it, as JSON. Literals do not go through the
 * global constructor, so only built patterns are recorded.
 */

const repo = path.resolve(__dirname, '../../..');
const compiledCore = path.join(repo, 'out/server/src/core');

interface Recorded {
  source: string;
  flags: string;
  site: string;
}

function record(): Recorded[] {
  const seen = new Map<string, Recorded>();
  const Native = RegExp;
  const note = (args: unknown[]): void => {
    const [pattern, flags] = args;
    const source = pattern instanceof Native ? pattern.source : String(pattern);
    const f = typeof flags === 'string' ? flags : pattern instanceof Native ? pattern.flags : '';
    const key = `/${source}/${f}`;
    if (seen.has(key)) return;
    // The frame that called the constructor: the engine's own code, or a library's.
    const caller = (new Error().stack ?? '').split('\n').slice(1).find((l) => !l.includes('runtimeRegexes')) ?? '';
    const engine = /out[\\/](server[\\/]src[\\/]core[\\/][^:]+)\.js:/.exec(caller);
    const library = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(caller);
    seen.set(key, { source, flags: f, site: engine ? `${engine[1]!.replace(/\\/g, '/')}.ts` : library ? `node_modules/${library[1]}` : 'unknown' });
  };
  globalThis.RegExp = new Proxy(Native, {
    construct(target, args, newTarget) {
      note(args);
      return Reflect.construct(target, args, newTarget);
    },
    apply(target, thisArg, args) {
      note(args);
      return Reflect.apply(target, thisArg, args);
    },
  });

  const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.js') ? [path.join(dir, e.name)] : []));
  for (const file of walk(compiledCore)) require(file);

  const { analyze } = require(path.join(compiledCore, 'analyze.js')) as typeof import('../../server/src/core/analyze');
  const { analyzePosting } = require(path.join(compiledCore, 'posting/posting.js')) as typeof import('../../server/src/core/posting/posting');
  const today = { year: 2026, month: 12, day: 7 };
  const fixtures = path.join(repo, 'test/fixtures');
  const files = walk2(fixtures).filter((f) => /\.(?:md|txt|html?)$/i.test(f) && fs.statSync(f).size < 512 * 1024);
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    if (/posting/i.test(file)) analyzePosting(text, { path: file });
    else analyze(text, { path: file, today });
  }
  return [...seen.values()];
}

function walk2(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk2(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/**
 * The patterns the engine builds at run time, in the shape of the literal test's patterns
 * (line 0: a built pattern has no line of its own). Those a library builds are left out: the
 * engine's tests cannot change them.
 */
export function runtimeRegexes(): RegexLiteral[] {
  const run = spawnSync(process.execPath, [__filename], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`recording the built regexes failed: ${run.stderr}`);
  const recorded = JSON.parse(run.stdout) as Recorded[];
  return recorded.filter((r) => r.site.startsWith('server/')).map((r) => ({ file: r.site, line: 0, source: r.source, flags: r.flags, literal: `/${r.source}/${r.flags}` }));
}

if (require.main === module) process.stdout.write(JSON.stringify(record()));
