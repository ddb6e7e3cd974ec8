/**
 * A structural check of a regular expression for the shapes that make a backtracking engine
 * slow: two unbounded runs that can match the same characters with nothing required between
 * them (`\s*#?\s*`, `.*.*`, `\s*(.*)`), and an unbounded repetition of something that can
 * split one run between two turns (`(a+)+`, `(\w+\s?)*`, `(a*)*`). When such a match fails,
 * the engine tries every way to share the run out: quadratic or worse in its length.
 *
 * It reads the pattern's own syntax (a small parser, enough for the engine's patterns) and
 * decides whether two single-character matchers overlap by testing them on a sample of
 * characters, so `[^\w\n]` against `\s` is judged by V8 itself.
 */

type Atom =
  | { readonly kind: 'char'; readonly source: string }
  | { readonly kind: 'group'; readonly alternatives: readonly Term[][]; readonly lookaround: boolean }
  | { readonly kind: 'assertion'; readonly wordBoundary: boolean }
  | { readonly kind: 'backreference' };

interface Term {
  readonly atom: Atom;
  readonly min: number;
  readonly max: number;
  /** Where the term starts in the source, for messages. */
  readonly at: number;
  readonly end: number;
}

export interface ShapeProblem {
  readonly kind: 'adjacent' | 'nested';
  /** The part of the pattern at fault. */
  readonly part: string;
}

/** Characters the overlap test tries: ASCII and Latin-1, and the others the engine's patterns name. */
const SAMPLE = [
  ...Array.from({ length: 256 }, (_, c) => String.fromCharCode(c)),
  ...'\u2013\u2014\u2022\u2019\u201c\u201d\u2026\u00b7\u25e6\u25aa\u2023\u25cf\u25cb\u25a0\u25a1\u2028\u2029\u3000\ufeff\u0e22\u0e17é',
];

class Parser {
  private i = 0;
  constructor(private readonly source: string) {}

  parse(): Term[][] {
    const alternatives = this.alternatives();
    if (this.i < this.source.length) throw new Error(`unexpected ")" at ${this.i} in /${this.source}/`);
    return alternatives;
  }

  private alternatives(): Term[][] {
    const out: Term[][] = [this.sequence()];
    while (this.source[this.i] === '|') {
      this.i++;
      out.push(this.sequence());
    }
    return out;
  }

  private sequence(): Term[] {
    const terms: Term[] = [];
    while (this.i < this.source.length && this.source[this.i] !== '|' && this.source[this.i] !== ')') {
      const at = this.i;
      const atom = this.atom();
      const [min, max] = this.quantifier();
      terms.push({ atom, min, max, at, end: this.i });
    }
    return terms;
  }

  private atom(): Atom {
    const s = this.source;
    const c = s[this.i]!;
    if (c === '(') {
      this.i++;
      let lookaround = false;
      if (s.startsWith('?:', this.i)) this.i += 2;
      else if (s.startsWith('?=', this.i) || s.startsWith('?!', this.i)) {
        this.i += 2;
        lookaround = true;
      } else if (s.startsWith('?<=', this.i) || s.startsWith('?<!', this.i)) {
        this.i += 3;
        lookaround = true;
      } else if (s.startsWith('?<', this.i)) this.i = s.indexOf('>', this.i) + 1;
      const alternatives = this.alternatives();
      if (s[this.i] !== ')') throw new Error(`unclosed group in /${s}/`);
      this.i++;
      return { kind: 'group', alternatives, lookaround };
    }
    if (c === '^' || c === '$') {
      this.i++;
      return { kind: 'assertion', wordBoundary: false };
    }
    if (c === '[') {
      const start = this.i;
      this.i++;
      if (s[this.i] === '^') this.i++;
      // In JavaScript a "]" right after "[" or "[^" closes the class: [] and [^] are classes.
      while (s[this.i] !== ']') {
        if (s[this.i] === '\\') this.i++;
        this.i++;
        if (this.i >= s.length) throw new Error(`unclosed class in /${s}/`);
      }
      this.i++;
      return { kind: 'char', source: s.slice(start, this.i) };
    }
    if (c === '\\') {
      const start = this.i;
      const next = s[this.i + 1]!;
      this.i += 2;
      if (next === 'b' || next === 'B') return { kind: 'assertion', wordBoundary: next === 'b' };
      if (/[1-9]/.test(next)) {
        while (/\d/.test(s[this.i] ?? '')) this.i++;
        return { kind: 'backreference' };
      }
      if (next === 'k' && s[this.i] === '<') {
        this.i = s.indexOf('>', this.i) + 1;
        return { kind: 'backreference' };
      }
      if (next === 'u' && s[this.i] === '{') this.i = s.indexOf('}', this.i) + 1;
      else if (next === 'u') this.i += 4;
      else if (next === 'x') this.i += 2;
      else if (next === 'c') this.i += 1;
      else if ((next === 'p' || next === 'P') && s[this.i] === '{') this.i = s.indexOf('}', this.i) + 1;
      return { kind: 'char', source: s.slice(start, this.i) };
    }
    this.i++;
    return { kind: 'char', source: c };
  }

  private quantifier(): [number, number] {
    const s = this.source;
    let range: [number, number] = [1, 1];
    const c = s[this.i];
    if (c === '*') range = [0, Infinity];
    else if (c === '+') range = [1, Infinity];
    else if (c === '?') range = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (!m) return range;
      const min = Number(m[1]);
      range = [min, m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])];
      this.i += m[0].length - 1;
    } else return range;
    this.i++;
    if (s[this.i] === '?') this.i++;
    return range;
  }
}

/** Checks one pattern; no problems means neither shape occurs. */
export function regexShapeProblems(source: string, flags: string): ShapeProblem[] {
  const tree = new Parser(source).parse();
  const charFlags = flags.replace(/[gymd]/g, '');
  const memo = new Map<string, boolean[]>();
  const members = (matcher: string): boolean[] => {
    let known = memo.get(matcher);
    if (!known) {
      const re = new RegExp(`^${matcher}$`, charFlags);
      known = SAMPLE.map((ch) => re.test(ch));
      memo.set(matcher, known);
    }
    return known;
  };
  const overlap = (a: readonly string[], b: readonly string[]): boolean => a.some((x) => b.some((y) => members(x).some((m, k) => m && members(y)[k])));

  const nullable = (term: Term): boolean => term.min === 0 || atomNullable(term.atom);
  const atomNullable = (atom: Atom): boolean =>
    atom.kind === 'assertion' || atom.kind === 'backreference' || (atom.kind === 'group' && (atom.lookaround || atom.alternatives.some((alt) => alt.every(nullable))));

  /** The single-character matchers of unbounded runs a term can start with before it must match anything else. */
  const leadingRuns = (term: Term): string[] => {
    const own = term.atom.kind === 'char' && term.max === Infinity ? [term.atom.source] : [];
    if (term.atom.kind !== 'group' || term.atom.lookaround) return own;
    return [...own, ...term.atom.alternatives.flatMap((alt) => runsFrom(alt))];
  };
  const trailingRuns = (term: Term): string[] => {
    const own = term.atom.kind === 'char' && term.max === Infinity ? [term.atom.source] : [];
    if (term.atom.kind !== 'group' || term.atom.lookaround) return own;
    return [...own, ...term.atom.alternatives.flatMap((alt) => runsFrom([...alt].reverse(), true))];
  };
  /** Runs reachable from the start of a sequence (or its end, reversed) across nullable terms. */
  const runsFrom = (terms: readonly Term[], backwards = false): string[] => {
    const out: string[] = [];
    for (const t of terms) {
      out.push(...(backwards ? trailingRuns(t) : leadingRuns(t)));
      if (!nullable(t)) break;
    }
    return out;
  };

  /** All word characters, or none: then \b cannot hold inside a run of them. */
  const wordUniform = (matchers: readonly string[]): boolean => {
    const word = members('\\w');
    const inRun = matchers.flatMap((m) => SAMPLE.map((_, k) => k).filter((k) => members(m)[k]));
    return inRun.every((k) => word[k]) || inRun.every((k) => !word[k]);
  };

  const problems: ShapeProblem[] = [];
  const checkSequence = (terms: readonly Term[]): void => {
    for (let a = 0; a < terms.length; a++) {
      const ending = trailingRuns(terms[a]!);
      if (ending.length > 0) {
        for (let b = a + 1; b < terms.length; b++) {
          const starting = leadingRuns(terms[b]!);
          if (overlap(ending, starting)) {
            problems.push({ kind: 'adjacent', part: source.slice(terms[a]!.at, terms[b]!.end) });
            break;
          }
          if (!nullable(terms[b]!)) break;
          // A \b between two runs of only non-word (or only word) characters holds only at the
          // ends of the combined run, so it keeps them apart like a required character.
          const between = terms[b]!.atom;
          if (between.kind === 'assertion' && between.wordBoundary) {
            const after = terms.slice(b + 1).flatMap((t) => leadingRuns(t));
            if (wordUniform([...ending, ...after])) break;
          }
        }
      }
      const atom = terms[a]!.atom;
      if (atom.kind !== 'group') continue;
      if (terms[a]!.max === Infinity && !atom.lookaround) {
        // One turn's closing run next to the next turn's opening run, or a turn that can be empty.
        const opening = atom.alternatives.flatMap((alt) => runsFrom(alt));
        const closing = atom.alternatives.flatMap((alt) => runsFrom([...alt].reverse(), true));
        if (atomNullable(atom) || overlap(closing, opening)) problems.push({ kind: 'nested', part: source.slice(terms[a]!.at, terms[a]!.end) });
      }
      for (const alt of atom.alternatives) checkSequence(alt);
    }
  };
  for (const alt of tree) checkSequence(alt);
  return problems;
}
