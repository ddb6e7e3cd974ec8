import { stemWord } from '../posting/termTokens';

/**
 * Words as the interview analysis compares them: lower-case, irregular past tenses put back
 * to their base ("led" → "lead", "met" → "meet"), then stemmed (Porter, as the posting
 * comparison does), so "resisted", "resistance" and "resisting" meet.
 */

/** Past tenses and participles a stemmer cannot bring back to the base a question uses. */
const IRREGULAR: Readonly<Record<string, string>> = {
  led: 'lead', met: 'meet', overcame: 'overcome', made: 'make', took: 'take', taken: 'take', built: 'build', brought: 'bring', chose: 'choose', chosen: 'choose',
  spent: 'spend', gave: 'give', given: 'give', told: 'tell', found: 'find', ran: 'run', won: 'win', taught: 'teach', thought: 'think', sought: 'seek', dealt: 'deal',
  kept: 'keep', began: 'begin', begun: 'begin', saw: 'see', seen: 'see', went: 'go', gone: 'go', did: 'do', done: 'do', had: 'have', knew: 'know', known: 'know',
  grew: 'grow', grown: 'grow', felt: 'feel', learnt: 'learn', understood: 'understand', held: 'hold', set: 'set', cut: 'cut', wrote: 'write', written: 'write', drove: 'drive',
  driven: 'drive', rose: 'rise', fell: 'fall', fallen: 'fall', sold: 'sell', paid: 'pay', sent: 'send', lost: 'lose', stood: 'stand', spoke: 'speak', spoken: 'speak',
  broke: 'break', broken: 'break', meant: 'mean', hired: 'hire', faced: 'face',
};

/** Words that carry no topic: function words, and the verbs and nouns every question uses to ask. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor of to in on at by for with from into onto about over under as than then that this these those there here it its itself they them their ' +
    'i me my mine myself we us our ours you your yours yourself he she his her him be is am are was were been being do does did done have has had having ' +
    'what how why when where who whom whose which while if so such very just also too not no yes can could would should will shall may might must ' +
    'one some any each every all both either neither other another more most much many few less least own same up out off again further once only ' +
    'please tell describe describing explain discuss share give provide talk walk example examples time times situation situations instance occasion ' +
    'specific specifically particular experience experiences kind sort way ways type thing things something anything someone specifically briefly ' +
    'like want wanted would could let lets get got go going come came make made take took use used say said ' +
    // Contractions ask as their parts do ("what didn't you know"); "stuff" and "make sure" name no topic.
    "didn't don't doesn't wasn't weren't isn't aren't haven't hasn't hadn't won't wouldn't couldn't shouldn't can't " +
    "i'd you'd i've you've i'm you're we're they're it's that's what's there's stuff sure"
  ).split(' '),
);

/**
 * Verbs a question uses to point at the story rather than at a topic ("how did you *handle*
 * it", "what did you *do*", "how you *recovered*"): a part made only of these is answered by
 * the story's actions.
 */
const WEAK_VERB_WORDS = ['recover', 'handle', 'deal', 'address', 'approach', 'meet', 'face', 'encounter', 'respond', 'react', 'manage', 'work', 'happen', 'end', 'turn', 'play', 'navigate', 'ensure', 'keep', 'know', 'do', 'accomplish'];

export interface Word {
  readonly lower: string;
  readonly stem: string;
}

/** Letters, digits, apostrophes and inner hyphens: "long-term", "don't". */
const WORD = /[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+){0,4}/g;

/** Stems by word: the stemmer is the analysis's largest cost, and answers repeat their words. */
const stems = new Map<string, string>();
/** Distinct words remembered; past it the memo starts again, so a pathological file cannot grow it without bound. */
const MAX_MEMO = 50_000;

/**
 * Where Porter's stems mislead: words whose stem another common word shares get one of their
 * own (a payroll "account" is no "accountability", a mine "operator" no "operations"), and forms of one word it splits get one
 * stem ("analysis" is "analysi" but "analyze" is "analyz", and a TQ asks for the one while a
 * panel asks about the other).
 */
const ANALYSIS = ['analysis', 'analyses', 'analyze', 'analyzes', 'analyzed', 'analyzing', 'analyse', 'analysed', 'analysing', 'analytic', 'analytical', 'analytics'];
const STEM_OVERRIDES: Readonly<Record<string, string>> = {
  accountable: 'accountab',
  accountability: 'accountab',
  accountabilities: 'accountab',
  ...Object.fromEntries(ANALYSIS.map((w) => [w, 'analy'])),
  // A mine "operator" or a plant "operator" is the regulated company, not operations.
  operator: 'operator',
  operators: 'operator',
  // A "senior executive" is a rank, not the execution Operational Mindset asks about: Porter
  // gives both "execut".
  executive: 'executive',
  executives: 'executive',
  // "Federal" is no "federalism" (the American System of Government), and a "scheduler" is a
  // person, not the schedule Operational Mindset asks about: Porter gives each pair one stem.
  federalism: 'federalism',
  scheduler: 'scheduler',
  schedulers: 'scheduler',
  // Porter makes "tied" "ti" but "tie" "tie": "how did you tie it to the mission?" is answered by "I tied".
  tie: 'tie',
  ties: 'tie',
  tied: 'tie',
  tying: 'tie',
};

export function stemOf(lower: string): string {
  let stem = stems.get(lower);
  if (stem === undefined) {
    if (stems.size >= MAX_MEMO) stems.clear();
    stem = STEM_OVERRIDES[lower] ?? stemWord(IRREGULAR[lower] ?? lower);
    stems.set(lower, stem);
  }
  return stem;
}

/** Every word of a text with its stem, hyphenated words kept whole and also as their parts. */
export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const lower = m[0].includes('’') ? m[0].toLowerCase().replace(/’/g, "'") : m[0].toLowerCase();
    if (lower.includes('-')) {
      for (const part of lower.split('-')) if (part !== '') out.push({ lower: part, stem: stemOf(part) });
      continue;
    }
    out.push({ lower, stem: stemOf(lower) });
  }
  return out;
}

let weakVerbs: ReadonlySet<string> | undefined;
export function isWeakVerb(stem: string): boolean {
  weakVerbs ??= new Set(WEAK_VERB_WORDS.map(stemOf));
  return weakVerbs.has(stem);
}

/** The stems of a text's content words, in order. */
export function contentStems(text: string): string[] {
  return wordsOf(text)
    .filter((w) => !STOP_WORDS.has(w.lower) && !/^\d+$/.test(w.lower))
    .map((w) => w.stem);
}

/** The stems of every word of a text, in order (function words too, for phrase matching). */
export function allStems(text: string): string[] {
  return wordsOf(text).map((w) => w.stem);
}

/** A phrase (cue or key word) as stems; `^N` at its end is its weight. */
export interface StemPhrase {
  readonly text: string;
  readonly stems: readonly string[];
  readonly weight: number;
}

const phrases = new Map<string, StemPhrase>();

/** Phrases come from fixed tables and key-word lists: each is read once. */
export function stemPhrase(cue: string): StemPhrase {
  let phrase = phrases.get(cue);
  if (!phrase) {
    if (phrases.size >= MAX_MEMO) phrases.clear();
    phrase = readPhrase(cue);
    phrases.set(cue, phrase);
  }
  return phrase;
}

function readPhrase(cue: string): StemPhrase {
  const caret = cue.lastIndexOf('^');
  const text = caret > 0 ? cue.slice(0, caret) : cue;
  const weight = caret > 0 ? Number(cue.slice(caret + 1)) || 1 : 1;
  return { text, stems: allStems(text), weight };
}

/**
 * Stems indexed for phrase lookups: the positions of each stem, so that a phrase is found
 * by checking where its first stem occurs (linear in the occurrences, not the text).
 */
export class StemIndex {
  private readonly positions = new Map<string, number[]>();

  /** The text's words as themselves, lower-case: made on the first `hasWord`, which few indexes get. */
  private wordSet: ReadonlySet<string> | undefined;

  /** `words`: the text's words, for a match on the word itself rather than its stem. */
  constructor(
    readonly stems: readonly string[],
    private readonly words: readonly Word[] = [],
  ) {
    stems.forEach((s, i) => {
      const list = this.positions.get(s);
      if (list) list.push(i);
      else this.positions.set(s, [i]);
    });
  }

  static of(text: string): StemIndex {
    const words = wordsOf(text);
    return new StemIndex(
      words.map((w) => w.stem),
      words,
    );
  }

  has(stem: string): boolean {
    return this.positions.has(stem);
  }

  /** Is the word itself, lower-case, in the text? */
  hasWord(lower: string): boolean {
    return (this.wordSet ??= new Set(this.words.map((w) => w.lower))).has(lower);
  }

  /** Does the phrase occur, word after word? */
  hasPhrase(phrase: readonly string[]): boolean {
    if (phrase.length === 0) return false;
    const starts = this.positions.get(phrase[0]!);
    if (!starts) return false;
    if (phrase.length === 1) return true;
    return starts.some((at) => phrase.every((s, k) => this.stems[at + k] === s));
  }
}

/** The text without the given characters at its end (a scan: `/[.\s]+$/` is quadratic on runs that do not reach the end). */
export function trimEnd(text: string, characters: string): string {
  let end = text.length;
  while (end > 0 && characters.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}
