import { Block } from '../parse/blocks';
import { Span } from '../text/span';

/**
 * Scope without a size: "I managed a budget", "I supervised a large staff" (issue 13;
 * ses-domain.md §3.1: panels ask "how many people? what was the dollar amount?").
 *
 * A mention is a verb of leading ("led", "managed", "supervised", "oversaw", "directed",
 * "ran", "headed", "was responsible for"…) with "I" among the few words before it, then,
 * within `MAX_GAP` words and no punctuation that ends a clause, a scope noun (staff, team,
 * organization, workforce, budget, portfolio, program, and their near kin: employees,
 * personnel, division, directorate). It is sized when a number stands in the words from the
 * verb to the noun ("a 40-person staff", "14 programs") or just after it, with only words
 * that lead to a size between ("a budget of $4 million", "a staff that numbered 40"; not
 * "a team that had two senior analysts"), or anywhere in the answer next to a noun of the same kind ("The division
 * had 340 staff." before "I led the staff"); a program or an organization is also sized by
 * a count of people or a sum of money later in its sentence. Numbers are digits, dollar amounts and number
 * words ("twelve", "dozens" does not count: it is vague, and claim.vague-quantifier's).
 */

export interface ScopeMention {
  /** From the verb to the noun. */
  readonly span: Span;
  readonly verb: string;
  readonly noun: string;
  readonly sized: boolean;
}

const LEAD_VERBS = new Set([
  'led', 'lead', 'leads', 'leading', 'managed', 'manage', 'manages', 'managing', 'supervised', 'supervise', 'supervises', 'supervising', 'oversaw', 'oversee', 'oversees',
  'overseeing', 'overseen', 'directed', 'direct', 'directs', 'directing', 'ran', 'run', 'runs', 'running', 'headed', 'head', 'heads', 'heading', 'administered', 'administer',
  'commanded', 'command', 'built', 'build', 'controlled', 'control', 'owned', 'own', 'executed', 'execute',
]);
/** "responsible for", "in charge of", "had responsibility for": the last word stands for the verb. */
const LEAD_PHRASES: readonly (readonly string[])[] = [['responsible', 'for'], ['responsibility', 'for'], ['charge', 'of'], ['accountable', 'for']];

/** Scope nouns, by kind: a number beside any noun of the kind sizes them all. */
const SCOPE_NOUNS: Readonly<Record<string, 'people' | 'money' | 'programs' | 'organization'>> = {
  staff: 'people', staffs: 'people', team: 'people', teams: 'people', workforce: 'people', employees: 'people', personnel: 'people', people: 'people', workers: 'people',
  budget: 'money', budgets: 'money', portfolio: 'money', portfolios: 'money', funds: 'money', dollars: 'money',
  program: 'programs', programs: 'programs', programme: 'programs', programmes: 'programs', projects: 'programs',
  organization: 'organization', organizations: 'organization', organisation: 'organization', organisations: 'organization', division: 'organization', divisions: 'organization',
  directorate: 'organization', office: 'organization', offices: 'organization', department: 'organization', operation: 'organization', operations: 'organization',
  section: 'organization', sections: 'organization', branch: 'organization', branches: 'organization', unit: 'organization', units: 'organization',
};
/** Nouns that only count when the writer leads them: "the program" in passing is not scope. */
const STRONG_NOUNS = new Set(['staff', 'staffs', 'team', 'teams', 'workforce', 'employees', 'personnel', 'budget', 'budgets', 'portfolio', 'portfolios', 'program', 'programs', 'programme', 'programmes', 'organization', 'organizations', 'organisation', 'organisations', 'division', 'divisions', 'directorate', 'operation', 'operations', 'section', 'sections', 'branch', 'branches', 'unit', 'units']);
/** Extra nouns that are counted only as a sized neighbour's kind, not as mentions ("340 people" sizes "the staff"). */
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'dozen', 'half']);

const POSSESSIVES = new Set(['my', 'our', 'their', 'his', 'her', 'its', 'your']);

/** Words between the verb and the noun: "oversee [a large regional grants and operations] portfolio", "managed [the Corporation's trade development and customer service] staff". */
const MAX_GAP = 8;

const PREPOSITIONS = new Set(['behind', 'for', 'on', 'at', 'in', 'into', 'across', 'through', 'under', 'about', 'against', 'from', 'during', 'after', 'before', 'toward', 'towards', 'around', 'between', 'among', 'within', 'without', 'beyond', 'like']);

/** After "and": a verb, a pronoun or a subject starts another clause ("and supervised", "and I hired", "and the team…"). */
function startsNewClause(next: string | undefined): boolean {
  if (next === undefined) return true;
  return LEAD_VERBS.has(next) || next.endsWith('ed') || ['i', 'we', 'they', 'the', 'then', 'also', 'my', 'our'].includes(next);
}
/** Words after the noun where its size may stand: "a budget of $4.2 million". */
const SIZE_AFTER = 4;
/** Words between a scope noun and its size: "a staff of 40", "a budget that totaled $9 million", "a team of about 12". */
const SIZE_LEAD_INS = new Set(['of', 'with', 'worth', 'totaling', 'totalling', 'totaled', 'totalled', 'that', 'which', 'was', 'is', 'numbering', 'numbered', 'exceeding', 'over', 'about', 'nearly', 'roughly', 'approximately', 'around', 'some', 'more', 'than', 'almost', 'just', 'under', 'of', 'at', 'then']);
/** Words before "led" where "I" must be: "I personally led", "I have since managed". */
const SUBJECT_BEFORE = 3;

interface Token {
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** A clause ends after this word (".", ";", ":", "!" or "?"). */
  readonly clauseEnd: boolean;
  /** A comma, or a clause end, follows this word. */
  readonly pause: boolean;
  readonly number: boolean;
}

const TOKEN = /\$?[A-Za-z0-9]+(?:[.,'’-][A-Za-z0-9]+){0,6}%?/g;

function tokens(prose: string): Token[] {
  const out: Token[] = [];
  for (const m of prose.matchAll(TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    let k = end;
    while (k < prose.length && (prose[k] === ' ' || prose[k] === ')' || prose[k] === '"')) k++;
    const lower = m[0].toLowerCase();
    const after = prose[k] ?? '';
    out.push({ lower, start, end, clauseEnd: /[.;:!?]/.test(after), pause: /[.;:!?,]/.test(after), number: /\d/.test(lower) || lower.startsWith('$') || NUMBER_WORDS.has(lower) || /^\d|-person$|-member$/.test(lower) });
  }
  return out;
}

export function findScopeMentions(blocks: readonly Block[]): ScopeMention[] {
  const all = blocks.map((b) => ({ block: b, tokens: tokens(b.prose) }));
  // Kinds of scope that a number sizes anywhere in the answer: "340 staff", "a staff of 340".
  const sizedKinds = new Set<string>();
  for (const { tokens: ts } of all) {
    ts.forEach((t, i) => {
      const kind = SCOPE_NOUNS[t.lower];
      if (kind && (numberBefore(ts, i) || numberAfter(ts, i))) sizedKinds.add(kind);
    });
  }
  const out: ScopeMention[] = [];
  for (const { block, tokens: ts } of all) {
    for (let i = 0; i < ts.length; i++) {
      let verbAt = -1;
      // "my own staff": after a possessive, "own" is no verb.
      if (LEAD_VERBS.has(ts[i]!.lower) && !(ts[i]!.lower === 'own' && POSSESSIVES.has(ts[i - 1]?.lower ?? ''))) verbAt = i;
      else if (LEAD_PHRASES.some(([a, b]) => ts[i]!.lower === a && ts[i + 1]?.lower === b)) verbAt = i;
      if (verbAt < 0 || !hasISubject(ts, verbAt)) continue;
      // "I also learned to run an operation at night": a skill gained, not a scope led.
      if (ts[verbAt - 1]?.lower === 'to' && SKILL_BEFORE_TO.has(ts[verbAt - 2]?.lower ?? '')) continue;
      const from = LEAD_PHRASES.some(([a]) => ts[i]!.lower === a) ? i + 2 : i + 1;
      // "I oversaw the relocation program's home construction work": with no scope noun of its
      // own after it, the object is the program's.
      let possessive = -1;
      let found = false;
      for (let j = from; j < Math.min(ts.length, from + MAX_GAP + 1); j++) {
        if (ts[j - 1]!.clauseEnd && j > from) break;
        const noun = ts[j]!.lower;
        const owner = /['’]s$/.test(noun) ? noun.slice(0, -2) : '';
        if (owner !== '' && STRONG_NOUNS.has(owner) && possessive < 0 && OVERSIGHT_VERBS.has(ts[verbAt]!.lower) && ts.slice(j + 1, j + 1 + MAX_GAP).some((t) => WORK_NOUNS.has(t.lower))) possessive = j;
        if (!STRONG_NOUNS.has(noun)) {
          // "I managed the budget and supervised…" ends the object; "a grants and operations portfolio" goes on.
          // "built a coalition behind the program": a preposition other than "of" leads to another thing.
          if (LEAD_VERBS.has(noun) || noun === 'to' || noun === 'with' || noun === 'by' || PREPOSITIONS.has(noun) || (noun === 'and' && startsNewClause(ts[j + 1]?.lower))) break;
          continue;
        }
        // "the team's", "program managers": the noun qualifies another. In "the field operations
        // budget" the scope is the budget: the last noun of the compound.
        const next = ts[j + 1]?.lower;
        if (next && STRONG_NOUNS.has(next) && !ts[j]!.pause) continue;
        if (next && (next === 'managers' || next === 'manager' || next === 'office' || next === 'analysts' || next === 'staff' && noun !== 'staff' || next === 'leads' || next === 'review')) break;
        // A program or an organisation is sized by the people or money the answer counts
        // anywhere: "…covers 17 institutions, 7,400 staff and $1.1 billion. I oversee the region's programs".
        const kind = SCOPE_NOUNS[noun]!;
        const sizedAround = (kind === 'programs' || kind === 'organization') && (sizedKinds.has('people') || sizedKinds.has('money'));
        let sized = sizedKinds.has(kind) || sizedAround || numberAfter(ts, j) || sizedBySentence(ts, j);
        for (let k = verbAt; !sized && k <= j; k++) if (ts[k]!.number) sized = true;
        out.push({ span: { start: block.span.start + ts[verbAt]!.start, end: block.span.start + ts[j]!.end }, verb: ts[verbAt]!.lower, noun, sized });
        found = true;
        break;
      }
      if (!found && possessive >= 0) {
        const noun = ts[possessive]!.lower.slice(0, -2);
        const kind = SCOPE_NOUNS[noun]!;
        let sized = sizedKinds.has(kind) || ((kind === 'programs' || kind === 'organization') && (sizedKinds.has('people') || sizedKinds.has('money')));
        for (let k = verbAt; !sized && k <= possessive; k++) if (ts[k]!.number) sized = true;
        out.push({ span: { start: block.span.start + ts[verbAt]!.start, end: block.span.start + ts[possessive]!.end - 2 }, verb: ts[verbAt]!.lower, noun, sized });
      }
    }
  }
  return out;
}

/**
 * Words before "to" that make the verb after it a skill or a wish, not a scope led: "learned
 * to run", "how to manage", "ready to lead the whole operation".
 */
const SKILL_BEFORE_TO = new Set(['learned', 'learn', 'learning', 'how', 'able', 'trying', 'tried', 'want', 'wanted', 'hope', 'hoped', 'ready', 'prepared', 'eager', 'like']);

/** What a possessive owner does that a writer may run: "the program's construction work"; not "the division's move". */
const WORK_NOUNS = new Set(['work', 'workload', 'operations', 'operation', 'activities', 'functions', 'business', 'portfolio', 'services', 'mission', 'missions', 'efforts', 'projects', 'caseload']);

/** Verbs of running a thing whose work a possessive names ("oversaw the program's work"); not "built the branch's model". */
const OVERSIGHT_VERBS = new Set(['oversaw', 'oversee', 'oversees', 'overseeing', 'overseen', 'managed', 'manage', 'manages', 'managing', 'supervised', 'supervise', 'supervises', 'directed', 'direct', 'directs', 'led', 'lead', 'leads', 'ran', 'run', 'runs', 'headed', 'head', 'heads', 'administered', 'administer']);

/**
 * A program or an organization is sized by its people or its money, and a budget by its
 * money, in the rest of the sentence that names it: "I managed the land management program
 * of a 410,000-acre park with 290 permanent staff and a $31 million budget".
 */
function sizedBySentence(ts: readonly Token[], j: number): boolean {
  const kind = SCOPE_NOUNS[ts[j]!.lower];
  if (kind !== 'programs' && kind !== 'organization' && kind !== 'money') return false;
  for (let k = j + 1; k < ts.length && !ts[k - 1]!.clauseEnd; k++) {
    // A sum of money sizes all three: "the budget request for the Office of Energy Efficiency, about $3.5 billion".
    if (ts[k]!.number && ts[k]!.lower.startsWith('$')) return true;
    // A count of people or money beside its noun sizes a program or an organisation only.
    const other = SCOPE_NOUNS[ts[k]!.lower];
    if (kind !== 'money' && (other === 'people' || other === 'money') && (numberBefore(ts, k) || numberAfter(ts, k))) return true;
  }
  return false;
}

/** Words before a noun where its number may stand: "340 career staff". */
const NUMBER_BEFORE = 2;

function numberBefore(ts: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - NUMBER_BEFORE); k--) {
    if (ts[k]!.pause) return false;
    if (ts[k]!.number) return true;
  }
  return false;
}

/** Words that may open a size clause after a comma: "the region's operating budget, which was $96 million". */
const SIZE_CLAUSE_OPENERS = new Set(['which', 'totaling', 'totalling', 'numbering', 'worth', 'then']);

/** After the noun, only words that lead to its size may come first: "a budget of $4 million", "a staff that numbered 40". */
function numberAfter(ts: readonly Token[], j: number): boolean {
  for (let k = j + 1; k <= Math.min(ts.length - 1, j + SIZE_AFTER); k++) {
    if (ts[k - 1]!.clauseEnd || (ts[k - 1]!.pause && !(k === j + 1 && SIZE_CLAUSE_OPENERS.has(ts[k]!.lower)))) return false;
    if (ts[k]!.number) return true;
    if (!SIZE_LEAD_INS.has(ts[k]!.lower)) return false;
  }
  return false;
}

/** Words before a verb joined by "and" where the shared "I" may be: "I managed a budget and supervised a staff". */
const SUBJECT_BEFORE_COORDINATED = 10;

function hasISubject(ts: readonly Token[], at: number): boolean {
  let reach = SUBJECT_BEFORE + 1;
  for (let k = at - 1; k >= 0 && k >= at - reach; k--) {
    if (ts[k]!.clauseEnd) return false;
    if (ts[k]!.lower === 'i' || ts[k]!.lower === "i've" || ts[k]!.lower === "i'd") return true;
    if (ts[k]!.lower === 'and' && k === at - 1) reach = SUBJECT_BEFORE_COORDINATED;
  }
  return false;
}
