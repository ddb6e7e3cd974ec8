/**
 * Word lists the rules share. Lower-case; looked up by exact token.
 *
 * These stand in for a part-of-speech tagger. A tagger (wink-nlp, compromise) would cost
 * megabytes and about 1 MB/s, far too slow for analysis on every keystroke; the rules only
 * need to know whether a word after "I", "we" or "was" is a verb, which these lists and
 * the -ed ending answer well enough for narrative prose written in the past tense.
 */

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/** Irregular past-tense forms that narratives use for actions. */
export const IRREGULAR_PAST = set(`
  led built made took set ran put cut won met held brought wrote drove chose began found gave kept sent
  spent sold told taught thought sought bought fought caught got did went saw knew grew drew threw became
  came overcame rose fell stood understood withdrew oversaw undertook struck spoke broke froze hid rode
  shook wore paid laid said meant dealt felt left lost heard lent bent shut hit let quit split spread beat
  bid cast cost forecast hurt read rid shed sat fed fled sped slid lit sank rang sang swam shrank drank
  spun hung stuck swung dug strove woke wove forgave foresaw withheld upheld misled reset rebuilt rewrote
  used
  redrew overtook overrode underwent outgrew sped stood upheld wrote took forwent
`);

/** Irregular past participles, for passive voice ("was built", "were led"). */
export const IRREGULAR_PARTICIPLES = set(`
  built made done given taken written held led set run sent brought put cut won begun chosen driven known
  shown seen found kept paid spent sold told taught thought sought bought fought caught gotten got gone
  grown drawn thrown flown overseen undertaken spoken broken frozen hidden ridden shaken worn torn borne
  sworn laid said meant dealt felt left lost heard lent bent shut hit let quit split spread beaten bid cast
  forecast hurt read rid shed sat fed bred fled lit sunk rung sung spun hung stuck swung dug striven woken
  woven forgiven foreseen withheld upheld misled reset rebuilt rewritten redrawn overtaken overridden
  withdrawn struck eaten stolen chosen undergone
`);

/**
 * Base forms of verbs that name executive actions. Used for present-tense actions
 * ("we build", "I lead") and for bullets that must start with a strong verb.
 */
export const ACTION_VERB_BASES = set(`
  lead direct manage oversee build create develop establish implement launch negotiate design plan set
  drive run deliver coordinate organize improve reduce increase cut save streamline consolidate modernize
  migrate transform restructure reorganize hire recruit train mentor coach resolve decide approve secure
  brief present testify chair convene facilitate champion advocate partner collaborate align review
  analyze analyse assess evaluate identify define draft write publish issue enforce monitor track measure
  report communicate engage persuade influence win award execute complete close retire replace automate
  deploy integrate standardize simplify eliminate prioritize allocate budget fund invest procure acquire
  contract recompete terminate restore recover protect defend audit certify overhaul pilot test prototype
  scale expand grow institute introduce adopt require mandate delegate empower hold assign task map
  redesign rebuild revamp transition move shift merge split stand found start open stop cancel halt
  renegotiate reconcile deobligate obligate propose recommend persuade convince rally unite inspire
  motivate recognize reward discipline remove reassign counsel confront mediate negotiate broker
  champion sponsor steward govern regulate comply investigate inspect verify validate reconfigure
  upgrade replace consolidate decommission shut cut trim reallocate redirect repurpose
`);

/**
 * Verbs that, after "I", set the scene rather than report an action:
 * "I was", "I became", "I inherited", "I joined".
 */
export const SETUP_VERBS = set(`
  was were am be been became become had has have joined inherited arrived served learned learnt
  discovered realized realised noticed saw knew faced received got came transferred reported lived
  grew felt thought believed wanted needed hoped expected assumed found lacked disagreed worried feared
  struggled doubted
`);

/** Words that may sit between a subject and its verb without changing who acts. */
export const INTERVENING_ADVERBS = set(`
  also then personally immediately quickly first later next directly jointly successfully subsequently
  eventually ultimately finally still even soon just now together initially promptly again further
  formally informally quietly publicly openly swiftly rapidly carefully deliberately repeatedly
  regularly routinely consistently collectively individually partly largely mainly primarily really actually
`);

/** Participles that read as adjectives after "was": "was interested", "were located". */
export const ADJECTIVAL_PARTICIPLES = set(`
  concerned interested pleased satisfied excited worried tired surprised disappointed frustrated
  dedicated committed experienced skilled qualified based located situated supposed used entitled
  exhausted related unrelated advanced detailed balanced sophisticated complicated married retired
  aligned prepared determined convinced motivated engaged focused positioned equipped scheduled
  expected due accustomed acquainted aware involved responsible tasked required obliged allowed
  permitted unable able limited unsupported understaffed outdated dated automated centralized
  decentralized distributed fragmented siloed rated ranked considered regarded deemed known
  justified warranted unwarranted unjustified unfounded
`);

/** Words ending in -ed that are not verbs. */
export const ED_NON_VERBS = set(`
  need needs speed seed hundred red bed shed bred fed led embed exceed proceed succeed indeed creed
  breed greed weed deed feed heed steed freed shred naked wicked sacred kindred rugged ragged
  aged beloved wretched crooked dogged jagged
`);

/** Modal verbs: "we will fix", "we could not". */
export const MODALS = set(`will would could can should must might may shall`);

/** Forms of "to be" that open a passive: "was implemented". */
export const BE_FORMS = set(`am is are was were be been being`);

/** Small counts spelled out, two to ten: "the two chiefs", "three measures we agreed on". */
export const SMALL_NUMBER_WORDS = set(`two three four five six seven eight nine ten`);

/**
 * Spelled-out numbers and multipliers that count as a quantity in a result. "one" is left
 * out: "one of the" and "no one" say nothing about size; quantity.ts counts "one year".
 */
export const NUMBER_WORDS = set(`
  two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds
  thousand thousands million millions billion billions trillion dozen dozens half halved double doubled
  triple tripled quadrupled twice thrice percent zero none
`);

/** Units of time; with a number they make a duration ("in 19 hours", "six weeks"). */
export const DURATION_UNITS = set(`
  second seconds minute minutes hour hours day days week weeks month months quarter quarters year years
  decade decades
`);

export const MONTH_NAMES = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

/** Is `word` (lower-case) a verb form that can carry an action after a subject? */
export function isActionVerbForm(word: string): boolean {
  if (IRREGULAR_PAST.has(word) || ACTION_VERB_BASES.has(word)) return true;
  // "reran", "rebuilt", "rewrote": an irregular past done again.
  if (word.length > 4 && word.startsWith('re') && IRREGULAR_PAST.has(word.slice(2))) return true;
  if (word.length > 4 && word.endsWith('ed') && !ED_NON_VERBS.has(word)) return true;
  // Present tense third person of a known action verb: "leads", "builds".
  if (word.endsWith('s') && ACTION_VERB_BASES.has(word.slice(0, -1))) return true;
  return false;
}

export function isPastParticiple(word: string): boolean {
  if (IRREGULAR_PARTICIPLES.has(word)) return true;
  return word.length > 4 && word.endsWith('ed') && !ED_NON_VERBS.has(word);
}
