import { isRuleId, RuleId, SeveritySetting } from './rules/types';
import { EcqSetSetting } from './parse/document';
import { PageSettings, USAJOBS_PAGE } from './resume/pageEstimate';
import type { IgnoredFinding } from './ignores';

/**
 * Analyzer settings. The project config file (`ecq.config.json`), the editor's settings
 * and the CLI's flags all end up here; `resolveConfig` validates a raw object and says
 * what was wrong with it, keeping the default for each bad value so a typo never stops
 * the analysis.
 */

export interface Limits {
  /** Characters per ECQ section, as the reader sees them. */
  readonly ecqCharacters: number;
  /** Characters per TQ section. */
  readonly tqCharacters: number;
  /** Pages for a whole ECQ package. */
  readonly packagePages: number;
  /** How many characters make a page when a package is measured in pages. */
  readonly charactersPerPage: number;
  /** Examples allowed in one ECQ. */
  readonly examplesPerEcq: number;
  /** Pages of a resume (the 2025 process: two). */
  readonly resumePages: number;
}

/** How interview stories are timed and counted (ses-domain.md §2.3 and §3). */
export interface StorySettings {
  /** Speaking pace, words per minute; a story bank's front matter `pace_wpm` overrides it. */
  readonly paceWpm: number;
  /** A story told aloud should take between these many minutes. */
  readonly minMinutes: number;
  readonly maxMinutes: number;
  /** Stories a bank should hold for each ECQ. */
  readonly perEcq: number;
}

/** How interview answers are timed and what an interview file should hold (issue 13; ses-domain.md §3.1). */
export interface InterviewSettings {
  /** Speaking pace, words per minute; an interview file's front matter `pace_wpm` overrides it. */
  readonly paceWpm: number;
  /** A spoken answer should take between these many minutes. */
  readonly minMinutes: number;
  readonly maxMinutes: number;
  /** Questions for the panel an interview file should hold. */
  readonly panelQuestions: number;
}

export interface Vocabulary {
  /** Accepted terms, lower-case. */
  readonly terms: ReadonlySet<string>;
  /** Accepted acronyms, upper-case as written, with their spelled-out form when given. */
  readonly acronyms: ReadonlyMap<string, string | undefined>;
}

export interface AnalyzerConfig {
  readonly ecqSet: EcqSetSetting;
  readonly limits: Limits;
  /** Stories older than this many years are stale. */
  readonly recencyYears: number;
  /** Per-rule severity, or `off`. Rules not named keep their default. */
  readonly rules: Readonly<Partial<Record<RuleId, SeveritySetting>>>;
  readonly vocabulary: Vocabulary;
  /** The vocabulary file, relative to the config file, as written in it. */
  readonly vocabularyPath: string | undefined;
  /** The job posting to compare drafts with, relative to the config file. */
  readonly postingPath: string | undefined;
  /** How a resume is printed, for its page estimate. */
  readonly page: PageSettings;
  readonly stories: StorySettings;
  readonly interview: InterviewSettings;
  /** Findings the writer ignored (the project's `ecq-ignore.json`, read by the adapters; see ignores.ts). */
  readonly ignored: readonly IgnoredFinding[];
}

export const EMPTY_VOCABULARY: Vocabulary = { terms: new Set(), acronyms: new Map() };

/**
 * Defaults from ses-domain.md §2.2: about 8,000 characters per ECQ, 10 pages per package,
 * at most 2 examples per ECQ, nothing older than 10 years. A page of a traditional ECQ
 * package (12-point font, 1-inch margins) holds about 4,000 characters, which is how the
 * 8,000-character cap and "about 2 pages per ECQ" agree.
 */
export const DEFAULT_CONFIG: AnalyzerConfig = {
  ecqSet: 'auto',
  limits: { ecqCharacters: 8000, tqCharacters: 8000, packagePages: 10, charactersPerPage: 4000, examplesPerEcq: 2, resumePages: 2 },
  recencyYears: 10,
  rules: {},
  vocabulary: EMPTY_VOCABULARY,
  vocabularyPath: undefined,
  postingPath: undefined,
  page: USAJOBS_PAGE,
  stories: { paceWpm: 140, minMinutes: 2, maxMinutes: 4, perEcq: 2 },
  // Coaches: answers of 2 to 4 minutes, and 3 to 5 questions of your own for the panel (ses-domain.md §3.1).
  interview: { paceWpm: 140, minMinutes: 2, maxMinutes: 4, panelQuestions: 3 },
  ignored: [],
};

export interface ConfigProblem {
  /** A JSON path such as `limits.ecqCharacters`. */
  readonly key: string;
  readonly message: string;
}

const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];
const TOP_LEVEL_KEYS = new Set(['$schema', 'ecqSet', 'limits', 'recencyYears', 'rules', 'vocabulary', 'posting', 'page', 'stories', 'interview']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A key's own value: a config never reaches Object.prototype ("constructor", "toString"). */
function own(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/**
 * A JSON parser that assigns keys one by one turns a "__proto__" key into the object's
 * prototype, where no own-key check sees it. Such objects are reported, not read.
 */
function hasForeignPrototype(value: Record<string, unknown>): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype !== Object.prototype && prototype !== null;
}

/** Longest value quoted back in a message: a config is not the place for a paragraph. */
const MAX_DESCRIBED = 60;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string "${value.length > MAX_DESCRIBED ? `${value.slice(0, MAX_DESCRIBED)}…` : value}"`;
  // JSON.parse reads 1e400 as Infinity, which JSON.stringify would print as "null".
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a number too large to use';
  if (isObject(value)) return 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/**
 * Validates a raw config object (parsed JSON) on top of `base`. Never throws: every bad
 * key is reported and its default kept.
 */
export function resolveConfig(raw: unknown, base: AnalyzerConfig = DEFAULT_CONFIG): { config: AnalyzerConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  if (raw === undefined || raw === null) return { config: base, problems };
  if (!isObject(raw)) {
    problems.push({ key: '', message: `the config must be a JSON object, but it is ${describe(raw)}` });
    return { config: base, problems };
  }
  const foreign = [raw, ...Object.values(raw).filter(isObject)].some(hasForeignPrototype);
  if (foreign) {
    problems.push({ key: '__proto__', message: 'a key named "__proto__" is not a setting; the config is ignored' });
    return { config: base, problems };
  }
  for (const key of Object.keys(raw)) {
    if (!TOP_LEVEL_KEYS.has(key)) problems.push({ key, message: `unknown setting "${key}" (known: ${[...TOP_LEVEL_KEYS].filter((k) => k !== '$schema').join(', ')})` });
  }

  let ecqSet = base.ecqSet;
  if (own(raw, 'ecqSet') !== undefined) {
    const v = own(raw, 'ecqSet');
    if (v === '2025' || v === 'legacy' || v === 'auto') ecqSet = v;
    else problems.push({ key: 'ecqSet', message: `must be "2025", "legacy" or "auto", not ${describe(v)}` });
  }

  const limits: Record<keyof Limits, number> = { ...base.limits };
  if (own(raw, 'limits') !== undefined) {
    const l = own(raw, 'limits');
    if (!isObject(l)) {
      problems.push({ key: 'limits', message: `must be an object, not ${describe(l)}` });
    } else {
      for (const [key, value] of Object.entries(l)) {
        if (!Object.hasOwn(limits, key)) {
          problems.push({ key: `limits.${key}`, message: `unknown limit (known: ${Object.keys(limits).join(', ')})` });
        } else if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || !Number.isInteger(value)) {
          problems.push({ key: `limits.${key}`, message: `must be a positive whole number, not ${describe(value)}` });
        } else {
          limits[key as keyof Limits] = value;
        }
      }
    }
  }

  let recencyYears = base.recencyYears;
  if (own(raw, 'recencyYears') !== undefined) {
    const v = own(raw, 'recencyYears');
    if (typeof v === 'number' && Number.isInteger(v) && v > 0 && v <= 100) recencyYears = v;
    else problems.push({ key: 'recencyYears', message: `must be a whole number of years from 1 to 100, not ${describe(v)}` });
  }

  const rules: Partial<Record<RuleId, SeveritySetting>> = { ...base.rules };
  if (own(raw, 'rules') !== undefined) {
    const r = own(raw, 'rules');
    if (!isObject(r)) {
      problems.push({ key: 'rules', message: `must be an object of rule id → severity, not ${describe(r)}` });
    } else {
      for (const [id, value] of Object.entries(r)) {
        if (!isRuleId(id)) {
          problems.push({ key: `rules.${id}`, message: `unknown rule id "${id}"; run "ecq rules" for the list` });
        } else if (typeof value !== 'string' || !(SEVERITY_SETTINGS as readonly string[]).includes(value)) {
          problems.push({ key: `rules.${id}`, message: `must be one of ${SEVERITY_SETTINGS.map((s) => `"${s}"`).join(', ')}, not ${describe(value)}` });
        } else {
          rules[id] = value as SeveritySetting;
        }
      }
    }
  }

  const pathSetting = (key: 'vocabulary' | 'posting', current: string | undefined): string | undefined => {
    const v = own(raw, key);
    if (v === undefined) return current;
    if (typeof v === 'string' && v.trim() !== '') return v;
    problems.push({ key, message: `must be a file path (a non-empty string), not ${describe(v)}` });
    return current;
  };

  const page = numberGroup(raw, 'page', base.page, problems, PAGE_RANGES) as unknown as PageSettings;
  const stories = numberGroup(raw, 'stories', base.stories, problems, STORY_RANGES) as unknown as StorySettings;
  if (stories.minMinutes >= stories.maxMinutes) {
    problems.push({ key: 'stories', message: `minMinutes (${stories.minMinutes}) must be less than maxMinutes (${stories.maxMinutes})` });
  }
  const interview = numberGroup(raw, 'interview', base.interview, problems, INTERVIEW_RANGES) as unknown as InterviewSettings;
  if (interview.minMinutes >= interview.maxMinutes) {
    problems.push({ key: 'interview', message: `minMinutes (${interview.minMinutes}) must be less than maxMinutes (${interview.maxMinutes})` });
  }

  return {
    config: {
      ecqSet,
      limits,
      recencyYears,
      rules,
      vocabulary: base.vocabulary,
      vocabularyPath: pathSetting('vocabulary', base.vocabularyPath),
      postingPath: pathSetting('posting', base.postingPath),
      page,
      stories: stories.minMinutes < stories.maxMinutes ? stories : base.stories,
      interview: interview.minMinutes < interview.maxMinutes ? interview : base.interview,
      ignored: base.ignored,
    },
    problems,
  };
}

type Range = readonly [min: number, max: number];

/** Sensible bounds, so a typo (a margin of 5 inches, a pace of 1,400) is caught, not obeyed. */
const PAGE_RANGES: Readonly<Record<keyof PageSettings, Range>> = {
  pageWidth: [3, 20],
  pageHeight: [3, 20],
  margin: [0, 2],
  bodySize: [6, 20],
  lineHeight: [0.8, 3],
  paragraphAfter: [0, 30],
  headingSizes: [6, 40],
  headingBefore: [0, 40],
  headingAfter: [0, 40],
  bulletIndent: [0, 2],
};

/** The validator's bounds, also read by the config's JSON schema (scripts/configSchema.ts). */
export const STORY_RANGES: Readonly<Record<keyof StorySettings, Range>> = {
  paceWpm: [60, 250],
  minMinutes: [0.5, 30],
  maxMinutes: [0.5, 30],
  perEcq: [1, 10],
};

export const INTERVIEW_RANGES: Readonly<Record<keyof InterviewSettings, Range>> = {
  paceWpm: [60, 250],
  minMinutes: [0.5, 30],
  maxMinutes: [0.5, 30],
  panelQuestions: [0, 10],
};

/**
 * Validates an object of numbers (`page`, `stories`): each key known, each value a number
 * in its range (or, for `headingSizes`, an array of three). Bad values keep their default.
 */
function numberGroup<T extends object>(raw: Record<string, unknown>, key: string, base: T, problems: ConfigProblem[], ranges: Readonly<Record<string, Range>>): T {
  const value = own(raw, key);
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  if (value === undefined) return base;
  if (!isObject(value)) {
    problems.push({ key, message: `must be an object, not ${describe(value)}` });
    return base;
  }
  const inRange = (v: unknown, [min, max]: Range): v is number => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
  for (const [name, v] of Object.entries(value)) {
    // Own keys only: "constructor" or "toString" must not find Object.prototype's.
    const range = Object.hasOwn(ranges, name) ? ranges[name] : undefined;
    if (!range) {
      problems.push({ key: `${key}.${name}`, message: `unknown setting (known: ${Object.keys(ranges).join(', ')})` });
    } else if (Array.isArray((base as Record<string, unknown>)[name])) {
      if (Array.isArray(v) && v.length === 3 && v.every((x) => inRange(x, range))) out[name] = v;
      else problems.push({ key: `${key}.${name}`, message: `must be an array of three numbers from ${range[0]} to ${range[1]}, not ${describe(v)}` });
    } else if (inRange(v, range)) {
      out[name] = v;
    } else {
      problems.push({ key: `${key}.${name}`, message: `must be a number from ${range[0]} to ${range[1]}, not ${describe(v)}` });
    }
  }
  return out as T;
}

/**
 * Reads a vocabulary file: one accepted term or acronym per line; `#` starts a comment;
 * `ACRONYM = Spelled-out form` also gives the spelled-out form, which quick fixes use.
 */
export function parseVocabulary(text: string): { vocabulary: Vocabulary; problems: { line: number; message: string }[] } {
  const terms = new Set<string>();
  const acronyms = new Map<string, string | undefined>();
  const problems: { line: number; message: string }[] = [];
  text.split(/\r?\n/).forEach((rawLine, i) => {
    // [^]* rather than .*: a line with a lone line separator made every " #" before it rescan to it.
    const line = rawLine.replace(/(^|\s)#[^]*$/, '').trim();
    if (line === '') return;
    const eq = line.indexOf('=');
    const term = (eq >= 0 ? line.slice(0, eq) : line).trim();
    const expansion = eq >= 0 ? line.slice(eq + 1).trim() : undefined;
    if (term === '') {
      problems.push({ line: i + 1, message: 'a line with "=" needs a term before it' });
      return;
    }
    const letters = term.replace(/[^A-Za-z]/g, '');
    const upper = letters.replace(/[^A-Z]/g, '').length;
    if (upper >= 2 && upper >= letters.length - upper && !term.includes(' ')) acronyms.set(term.replace(/\./g, ''), expansion || undefined);
    else terms.add(term.toLowerCase());
  });
  return { vocabulary: { terms, acronyms }, problems };
}

/** The severity a rule runs at, or `off`. */
export function severityOf(config: AnalyzerConfig, id: RuleId, defaultSeverity: SeveritySetting): SeveritySetting {
  return config.rules[id] ?? defaultSeverity;
}
