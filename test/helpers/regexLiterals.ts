import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Every regular-expression literal in a folder of TypeScript, found by a small lexer: the
 * compiler in use (TypeScript 7) has no JavaScript API to parse with. The lexer skips
 * comments, strings and template literals and tells a regex from a division by the token
 * before the slash, as JavaScript's grammar does. Each literal is compiled to prove it was cut
 * out whole; a lexer mistake fails the tests that use it instead of hiding a pattern.
 */

export interface RegexLiteral {
  /** Relative to the scanned folder. */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  readonly source: string;
  readonly flags: string;
  /** As written, `/source/flags`. */
  readonly literal: string;
}

/** Keywords after which a slash starts a regex, not a division. */
const REGEX_AFTER_KEYWORD = new Set(['return', 'typeof', 'case', 'of', 'in', 'instanceof', 'new', 'delete', 'void', 'throw', 'yield', 'await', 'else', 'do']);

export function regexLiteralsIn(folder: string): RegexLiteral[] {
  const out: RegexLiteral[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(...regexLiteralsInSource(fs.readFileSync(full, 'utf8'), path.relative(folder, full)));
    }
  };
  walk(folder);
  return out;
}

export function regexLiteralsInSource(text: string, file: string): RegexLiteral[] {
  const out: RegexLiteral[] = [];
  let i = 0;
  let line = 1;
  /** The last significant token: an identifier or keyword, a number, or one punctuator. */
  let previous = '';
  /** Open template literals: the brace depth at which each `${` began. */
  const templates: number[] = [];
  let braces = 0;

  const regexMayStart = (): boolean => {
    if (previous === '') return true;
    if (/^[A-Za-z_$][\w$]*$/.test(previous)) return REGEX_AFTER_KEYWORD.has(previous);
    if (/^[\d.]/.test(previous)) return false;
    return previous !== ')' && previous !== ']' && previous !== '}';
  };

  const skipString = (quote: string): void => {
    i++;
    while (i < text.length && text[i] !== quote) {
      if (text[i] === '\\') i++;
      else if (text[i] === '\n') line++;
      i++;
    }
    i++;
  };

  /** From inside a template literal to its end or to a `${`. */
  const skipTemplate = (): void => {
    while (i < text.length) {
      const c = text[i]!;
      if (c === '\\') {
        i += 2;
        continue;
      }
      if (c === '\n') line++;
      if (c === '`') {
        i++;
        previous = '`';
        return;
      }
      if (c === '$' && text[i + 1] === '{') {
        i += 2;
        templates.push(braces);
        braces++;
        previous = '{';
        return;
      }
      i++;
    }
  };

  while (i < text.length) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      for (let k = i; k < stop; k++) if (text[k] === '\n') line++;
      i = stop;
      continue;
    }
    if (c === '"' || c === "'") {
      skipString(c);
      previous = 'string';
      continue;
    }
    if (c === '`') {
      i++;
      skipTemplate();
      continue;
    }
    if (c === '{') {
      braces++;
      previous = '{';
      i++;
      continue;
    }
    if (c === '}') {
      braces--;
      i++;
      if (templates.length > 0 && templates[templates.length - 1] === braces) {
        templates.pop();
        skipTemplate();
      } else {
        previous = '}';
      }
      continue;
    }
    if (c === '/' && regexMayStart()) {
      const start = i;
      let inClass = false;
      i++;
      while (i < text.length) {
        const d = text[i]!;
        if (d === '\\') i++;
        else if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) break;
        else if (d === '\n') throw new Error(`${file}:${line}: unterminated regex literal`);
        i++;
      }
      const source = text.slice(start + 1, i);
      i++;
      const flagsStart = i;
      while (i < text.length && /[a-z]/.test(text[i]!)) i++;
      const flags = text.slice(flagsStart, i);
      try {
        new RegExp(source, flags);
      } catch (e) {
        throw new Error(`${file}:${line}: the lexer cut out an invalid regex /${source}/${flags}: ${String(e)}`);
      }
      out.push({ file, line, source, flags, literal: `/${source}/${flags}` });
      previous = 'regex';
      continue;
    }
    const word = /^(?:[A-Za-z_$][\w$]*|\d[\w.]*)/.exec(text.slice(i, i + 200));
    if (word) {
      previous = word[0];
      i += word[0].length;
      continue;
    }
    // `=>` counts as one token: a regex may follow an arrow.
    previous = c === '=' && text[i + 1] === '>' ? '=>' : c;
    i += c === '=' && text[i + 1] === '>' ? 2 : 1;
  }
  return out;
}
