/**
 * The verbs a resume bullet may start with, and the openers it should not.
 *
 * Sources (ses-domain.md §5): seswriters' resume tips (Led, Directed, Developed, Oversaw),
 * resume-place (Convened, Facilitated; "was responsible for", "helped", "supported",
 * "was tasked to" as weak), solutionsfortheworkplace (Improved, Enhanced, Saved, Created)
 * and the FSIS guide's action-verb appendix; the rest are the executive verbs those lists
 * point to. Bullets use implied first person: "Led", not "I led" (§2.2).
 */

/** Base forms. Irregular past tenses are in `IRREGULAR_PAST`. */
export const STRONG_VERBS: readonly string[] = [
  'accelerate', 'achieve', 'acquire', 'administer', 'advise', 'align', 'allocate', 'analyze', 'anticipate', 'architect', 'assess', 'audit', 'automate', 'award',
  'balance', 'boost', 'brief', 'broker', 'build',
  'centralize', 'champion', 'chair', 'close', 'coach', 'command', 'commission', 'consolidate', 'contain', 'convene', 'convert', 'coordinate', 'counsel', 'create', 'cut',
  'decide', 'decrease', 'defend', 'define', 'deliver', 'deploy', 'design', 'develop', 'devise', 'diagnose', 'digitize', 'direct', 'double', 'draft', 'drive',
  'eliminate', 'enable', 'enact', 'enforce', 'engineer', 'enhance', 'ensure', 'establish', 'evaluate', 'execute', 'expand', 'expedite',
  'facilitate', 'field', 'finalize', 'forecast', 'forge', 'formulate', 'found',
  'generate', 'govern', 'guide',
  'halt', 'halve', 'head', 'hire',
  'identify', 'implement', 'improve', 'increase', 'initiate', 'innovate', 'inspect', 'install', 'institute', 'integrate', 'introduce', 'invent', 'investigate',
  'launch', 'lead', 'leverage', 'lower',
  'manage', 'maximize', 'mediate', 'mentor', 'merge', 'migrate', 'minimize', 'mobilize', 'modernize', 'monitor', 'motivate', 'move',
  'negotiate',
  'obtain', 'open', 'optimize', 'orchestrate', 'organize', 'outperform', 'overhaul', 'oversee',
  'partner', 'persuade', 'pilot', 'pioneer', 'plan', 'prepare', 'present', 'prevent', 'prioritize', 'produce', 'program', 'promote', 'propose', 'protect', 'publish',
  'raise', 'rebuild', 'recapture', 'recommend', 'reconcile', 'recover', 'recruit', 'redesign', 'reduce', 'reengineer', 'refocus', 'reform', 'reorganize', 'replace', 'represent', 'rescue', 'reshape', 'resolve', 'restore', 'restructure', 'retire', 'retrain', 'revamp', 'reverse', 'revise', 'revitalize', 'run',
  'safeguard', 'save', 'secure', 'select', 'set', 'shape', 'shorten', 'simplify', 'slash', 'solve', 'spearhead', 'stabilize', 'standardize', 'start', 'steer', 'stop', 'streamline', 'strengthen', 'structure', 'supervise',
  'take', 'target', 'teach', 'terminate', 'testify', 'train', 'transform', 'transition', 'triple', 'turn',
  'unify', 'upgrade',
  'validate',
  'win', 'write',
];

export const IRREGULAR_PAST: Readonly<Record<string, string>> = {
  build: 'built', cut: 'cut', drive: 'drove', forecast: 'forecast', lead: 'led', oversee: 'oversaw', rebuild: 'rebuilt', run: 'ran', set: 'set', take: 'took', teach: 'taught', win: 'won', write: 'wrote',
};

/** Verbs that double their last consonant: plan → planned, planning. */
const DOUBLES = new Set(['plan', 'stop', 'program', 'cut', 'set', 'run', 'win', 'commit', 'control', 'permit', 'refer', 'transfer']);

export function pastOf(base: string): string {
  const irregular = IRREGULAR_PAST[base];
  if (irregular) return irregular;
  if (base.endsWith('e')) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  if (DOUBLES.has(base)) return `${base}${base[base.length - 1]}ed`;
  return `${base}ed`;
}

export function gerundOf(base: string): string {
  if (base.endsWith('ie')) return `${base.slice(0, -2)}ying`;
  if (base.endsWith('ee')) return `${base}ing`;
  if (base.endsWith('e')) return `${base.slice(0, -1)}ing`;
  if (DOUBLES.has(base)) return `${base}${base[base.length - 1]}ing`;
  return `${base}ing`;
}

/** Present tense, third person ("Directs") and the bare form ("Direct") both start current-job bullets. */
export function presentOf(base: string): string {
  if (/(?:s|sh|ch|x|z)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/** Every form of a strong verb, lower case → its base. */
export const STRONG_FORMS: ReadonlyMap<string, string> = new Map(
  STRONG_VERBS.flatMap((base) => [base, pastOf(base), gerundOf(base), presentOf(base)].map((form) => [form, base] as const)),
);

/** Gerunds of strong verbs → base ("supervising" → "supervise"), for "Responsible for supervising…". */
export const GERUND_BASE: ReadonlyMap<string, string> = new Map(STRONG_VERBS.map((base) => [gerundOf(base), base]));

/**
 * Openers that are not actions. `then` says what follows: a gerund or noun phrase
 * ("Responsible for supervising…"), or a verb ("Helped reduce…").
 */
export interface WeakOpener {
  readonly pattern: RegExp;
  /** Verbs to offer instead when what follows is not a verb the fix can keep. */
  readonly instead: readonly string[];
  readonly why: string;
}

export const WEAK_OPENERS: readonly WeakOpener[] = [
  { pattern: /^(?:was |were |am |is )?(?:primarily |directly |solely )?responsible for\b/i, instead: ['lead', 'direct', 'manage', 'oversee'], why: '"Responsible for" names a duty, not what you did' },
  { pattern: /^duties (?:included|include|were|are)\b:?/i, instead: ['lead', 'direct', 'manage'], why: '"Duties included" lists a job description, not an accomplishment' },
  { pattern: /^(?:in charge of|charged with|tasked with|was tasked (?:with|to))\b/i, instead: ['lead', 'direct', 'manage'], why: 'being tasked says what you were given, not what you did' },
  { pattern: /^(?:helped|helping|helps|help)(?: to)?\b/i, instead: ['lead', 'drive', 'deliver'], why: '"Helped" hides your part: say what you did' },
  { pattern: /^(?:assisted|assisting|assists|assist)(?: (?:in|with))?\b/i, instead: ['lead', 'coordinate', 'deliver'], why: '"Assisted" hides your part: say what you did' },
  { pattern: /^(?:supported|supporting|supports|support)\b/i, instead: ['lead', 'direct', 'deliver'], why: '"Supported" hides your part: say what you did' },
  { pattern: /^(?:participated|participating|participates|participate) in\b/i, instead: ['lead', 'direct', 'drive'], why: 'taking part is not an accomplishment' },
  { pattern: /^(?:involved in|worked (?:on|with)|working (?:on|with)|work (?:on|with))\b/i, instead: ['lead', 'direct', 'deliver'], why: '"Worked on" says you were there, not what you did' },
  { pattern: /^(?:handled|handling|handles|handle)\b/i, instead: ['manage', 'resolve', 'direct'], why: '"Handled" is vague: say what you did and what changed' },
  { pattern: /^(?:instrumental|key|integral|critical|vital) (?:in|to)\b/i, instead: ['lead', 'drive', 'deliver'], why: '"Instrumental in" says you mattered, not what you did' },
  { pattern: /^(?:contributed|contributing|contributes|contribute) to\b/i, instead: ['lead', 'drive', 'deliver'], why: '"Contributed to" hides your part: say what you did' },
  { pattern: /^(?:successfully|effectively|efficiently|actively|proactively|significantly)\b/i, instead: [], why: 'an adverb before the verb is filler: start with the verb' },
];

/** Starts that are not verbs at all: articles, prepositions, self-descriptions. */
export const NON_VERB_START = /^(?:the|a|an|as|in|for|with|through|over|during|on|my|our|key|member|team|excellent|strong|proven|results-oriented|dedicated|experienced)\b/i;
