import { PhraseMatcher } from '../nlp/phraseMatcher';
import { Tokens } from '../nlp/tokens';

/**
 * Cue phrases for inferring CCAR parts in unlabelled prose, as data.
 *
 * Sources: OPM's Guide to SES Qualifications as summarised in ses-domain.md §2.1
 * (Challenge = a specific problem or goal; Context = the people, groups and environment;
 * Action = what *you* did; Result = specific outcomes) and the coach heuristics there
 * (scope figures, stakeholders, laws, deadlines; results with metrics).
 */

export type CueKind = 'problem' | 'strain' | 'goal' | 'task' | 'context' | 'outcome';

/** A comma-separated cue list; each item is a word pattern (see phraseMatcher.ts). */
function cues(list: string): string[] {
  return list.split(',').map((c) => c.trim().replace(/\s+/g, ' ')).filter(Boolean);
}

const PROBLEM = cues(`
  out of compliance, material weakness, poor performance, slower, too slow, stopped working, cut our budget,
  no one could, did not have, going around, nobody could, over budget, audit found, turned away, no one knew,
  budget cuts, low morale, budget cut, could not, unable to, had grown, took down, went down, no way to,
  at risk, problem, problems, challenge, challenges, crisis, crises, backlog, backlogs, stalled, stall,
  stalling, failed, failure, failures, failing, fail, risk, risks, risky, deficit, deficits, shortfall,
  shortfalls, shortage, shortages, delay, delays, delayed, behind, slow, attrition, turnover, outage,
  outages, vacancy, vacancies, complaint, complaints, violation, violations, violated, finding, findings,
  weakness, weaknesses, gap, gaps, declining, decline, lowest, conflict, conflicts, resisted, resistance,
  objected, objection, objections, protest, protests, threatened, threat, threats, jeopardy, jeopardized,
  overdue, expired, expire, expiring, lapse, lapsed, lacked, lacking, inefficient, inefficiency, duplicative,
  fragmented, wasteful, waste, errors, defect, defects, breach, breaches, incident, incidents, vulnerable,
  vulnerability, vulnerabilities, noncompliance, noncompliant, deteriorating, aging, obsolete, outdated,
  unsustainable, ballooned, crashed, collapse, collapsed, emergency, disaster, hurricane, pandemic, shutdown,
  lawsuit, litigation, high-risk, losing, rejected, disapproved, dispute, disputes, broken, stalemate,
  bottleneck, bottlenecks, struggled, struggling, overwhelmed, underperforming, mismanaged, unreliable,
  inaccurate, complex, complexity, urgent, urgency, pressure, scrutiny, criticized, criticism, below,
  had not, have not, has not, was not, were not, did not, lack, lacks, eligible to retire, trial and error,
  worst, poorly, too many, too few, not enough, insufficient, inadequate, mistakes, missed, missing, kept,
  improper, fraud, abuse, misconduct, overpayments, unpaid, disagreed, disagreement, disagreements, poor,
  court order, vacated, injunction, sued, ruled against, loss, losses, lose, lost, threatening, endangered,
  had no, has no, no formal, no written, no standard, no way, nobody, died, death, deaths, fatality, fatalities,
  killed, injured, injury, injuries, accident, accidents, casualties, unanswered, unresolved, unaddressed,
  unmet, piling up, piled up, went unanswered, incomplete, routinely late, chronically late, consistently late,
  were late, was late, without anyone addressing, no one addressed, nobody addressed
`);

/**
 * Words that signal a problem only when they set the scene ("the office took 312 days",
 * "costs had risen", "filled only 81 percent"). In an action sentence they mean nothing
 * of the kind ("I took command"), so infer.ts reads them in setup sentences only.
 */
const STRAIN = cues(`
  took, takes, taking, only, just, highest, higher, rising, rose, risen, grew, growing, grown, increased,
  increasing, slowed, slowing, spent, spending, cost, costs, costly, waiting, waited, wait, average of,
  nearly, almost, more than, less than, fewer than, dropped, fell, declined
`);

const GOAL = cues(`
  was selected to lead, was chosen to lead, was charged with, charged me with, executive order,
  tasked with, tasked to, charged with, asked to lead,
  the mission was, directed me to, tasked me with, by the end of, was asked to, committed to, asked me to,
  required to, in order to, expected to, was due to, set a goal, called for, my mandate, needed to,
  due to be, my charge, asked me, the task, need to, my task, had to, goal, goals, target, targets, mandate,
  mandated, mandates, must, required, deadline, deadlines, objective, objectives, wanted, ordered, directive,
  requirement, requirements, priority, priorities, promised
`);

/**
 * What the work set out to change, named as a task: "the replacement of", "to modernize".
 * Unlike bare goal words ("required", "target"), these still state the challenge when they
 * sit in an action sentence: "In 2019 I led the replacement of the ticketing system".
 */
const TASK = cues(`
  the implementation of, the reorganization of, the transformation of, the modernization of,
  the consolidation of, the establishment of, the replacement of, the integration of, the turnaround of,
  the transition of, the migration of, the overhaul of, the recovery of, the creation of, the redesign of,
  the closure of, the reinvention of, the development of, the rebuilding of, the reform of, the restructuring of,
  the expansion of, the standup of, to consolidate, the launch of, to reorganize, to modernize, to implement, to transform,
  to eliminate, the move of, to stand up, to replace, to migrate, to improve, to restore, to recover,
  to resolve, to reduce, to close, to build, to cut, to fix, to prevent, to protect, to keep, to stop,
  to contain, to secure, to avoid, to address, to save
`);

/**
 * Who was involved and the environment: stakeholders, oversight, money, law, workforce.
 * Scope figures ("640 employees", "$720 million") are found in code, since they combine a
 * quantity with a noun.
 */
const CONTEXT = cues(`
  continuing resolution, members of congress, across the country, inspector general, senior leadership,
  local governments, multiple agencies, deputy secretary, at the same time, small businesses,
  state and local, private sector, field offices, hiring freeze, annual budget, as director, reported to,
  white house, reports to, as deputy, as acting, as chief, as head, congress, congressional,
  senate, secretary, administrator, commissioner, union, unions, omb, gao, oig, vendor, vendors,
  contractor, contractors, industry, states, tribes, tribal, political, leadership,
  stakeholder, stakeholders, customers, partners, agencies, counties, while, budget, budgets, funding,
  appropriations, lease, leases, law, laws, statute, statutory, regulation, regulations, policy, policies,
  morale, culture, oversight, portfolio, workforce, employees, staff, personnel, contract, contracts,
  legislation, legislative, attorneys, counsel, auditors, regulators, community, communities, veterans,
  taxpayers, farmers, businesses, citizens, applicants, beneficiaries, patients, partners,
  nationwide, agency-wide, government-wide, department-wide, enterprise-wide, national, nationally,
  headquarters, regional, international, foreign, allies, coalition, interagency, markets, federal reserve,
  economy, economic, investors, media, press, newspaper, reporters, public, commission, commissions,
  council, managers, supervisors, engineers, specialists, analysts, officers, forecasters, examiners,
  scientists, inspectors, clinicians, attorneys, contractors
`);

/** Outcome language: what changed. With "I" as the acting subject these read as actions. */
const OUTCOME = cues(`
  for the first time, ahead of schedule, were eliminated, model practice, was eliminated, over the next,
  best practice, resulting in, under budget, were reduced, as a result, resulted in, the results,
  the outcome, on schedule, was reduced, the result, in the end, since then, by the end, dropped to,
  went down, went from, no longer, on time, went up, rose to, fell to, led to, ultimately, today, now,
  within, fell, dropped, declined, decreased, rose, increased, grew, improved, reduced, saved, achieved, met the, met its, met our, met all, met every, met each, met or, met and,
  exceeded, surpassed, completed, finished, delivered, eliminated, avoided, earned, won, received, adopted,
  cited, recognized, praised, withdrew, absorbed, returned, restored, resolved, closed, ended, doubled,
  tripled, halved, shortened, accelerated, expanded, enabled, allowed, became, stopped, passed, approved,
  awarded, award, awards, commended, credited, generated, recovered, retained, filled, hired, graduated,
  certified, cleared, zero, without a, without any, without an, without additional, without new, without extra, without losing, without cutting, without layoffs, without overtime, without a single, lowered, raised, boosted, cut, outcome, outcomes, impact, success,
  successful, successfully, reduction, reductions, increase, savings, improvement, improvements, remediated, removed,
  fixed, corrected, went live, launched, published, signed, fallen, risen, reached, by the end of,
  later, afterward, afterwards, by then, the following year, the next year, within a year,
  smoothly, went well, under control, appreciated, grateful, thanked, welcomed, well received, applauded,
  lauded, embraced, pleased, satisfied, positive feedback, positive coverage, positive press,
  got better, better than before, stronger than before, gone away, went away, stayed,
  worked well, a model for, as a model, less than a, far less than, more than doubled
`);

export const cueMatcher = new PhraseMatcher<CueKind>();
for (const [kind, list] of [
  ['problem', PROBLEM],
  ['strain', STRAIN],
  ['goal', GOAL],
  ['task', TASK],
  ['context', CONTEXT],
  ['outcome', OUTCOME],
] as const) {
  for (const cue of list) cueMatcher.add(cue, kind);
}

/**
 * Nouns that, after a number, describe the scope of the work: "640 Federal employees",
 * "29 agencies", "1.1 million farmers". A number followed by one of these within three
 * words is a scope figure, which is Context evidence.
 */
export const SCOPE_NOUNS = new Set(`
  employees employee staff people personnel contractors contractor offices office sites site agencies agency
  programs program applications application systems system users user customers customer veterans
  beneficiaries stakeholders states countries facilities facility locations branches branch divisions
  division teams team members regions region hospitals schools counties projects project contracts contract
  vendors partners million billion thousand trillion professionals specialists engineers analysts managers
  supervisors officers adjudicators clinicians employees scientists inspectors agents workers
  servicemembers soldiers sailors airmen marines farmers ranchers borrowers taxpayers claims cases
  installations bases centers medical clinics labs laboratories data files records accounts servers
  workloads stores ports airports warehouses miles acres households businesses students patients
  applicants families communities tribes cities
`.split(/\s+/).filter(Boolean));

/**
 * How a sentence opens, when its first words place it in a story:
 * - `story`: a new story begins ("In another instance", "Earlier in my career", "Most
 *   recently", "Before joining the Federal Government"); story boundaries start here;
 * - `example`: the story proper begins after a summary ("For example", "In one case");
 * - `summary`: a career-long claim that frames what follows ("Throughout my career",
 *   "During my 22 years");
 * - `result`: the outcome is being told ("As a result", "Ultimately", "Since then");
 * - `reflection`: the lesson the writer drew ("Looking back, I learned…", "In hindsight"),
 *   which closes an answer but is no part of the story.
 */
export type OpenerKind = 'story' | 'example' | 'summary' | 'result' | 'reflection';

const OPENERS: readonly (readonly [OpenerKind, string])[] = [
  ...cues(`
    in another instance, in another case, in another example, in another situation, another example,
    my second example, my next example, my other example, my second story, my third example, my final example,
    a second instance, my second, earlier, years earlier, some years ago, several years ago, in an earlier assignment,
    another instance, a second example, a third example, in a second example, in a third example,
    in a second instance, in a second case, in my second example, in my next example, as a second example,
    for a second example, for my second example, earlier in my career, later in my career, early in my career,
    most recently, more recently, recently, previously, prior to joining, prior to my, before joining, before coming to,
    before my current, in my previous, in my prior, in a previous, in a prior, in my former, while serving as,
    when i served as, when i was, during my tenure as, during my assignment, in my current, in my role as,
    as the former, also as, similarly, in addition to my regular, in addition to my other, in addition to my current,
    in addition to my primary, in addition to these duties, outside of work, outside my job, as a volunteer
  `).map((c) => ['story', c] as const),
  ...cues(`for example, for instance, in one case, in one instance, one example, as an example, an example of, to illustrate, specifically`).map((c) => ['example', c] as const),
  ...cues(`throughout my career, during my career, over my career, in my career, over the course of my career, during my, over the past, over the last, for the past, for over, for more than`).map((c) => ['summary', c] as const),
  ...cues(`
    as a result, as a consequence, consequently, ultimately, in the end, since then, since that time, today,
    the result, the results, the outcome, overall, because of my, thanks to, owing to, due to my, in recognition,
    my efforts, these efforts, this effort, by the end, at the end, in less than, in just
  `).map((c) => ['result', c] as const),
  ...cues(`
    looking back, in hindsight, in retrospect, the lesson, the biggest lesson, the main lesson, the key lesson,
    one lesson, my lesson, what i learned, what i took away, the takeaway, my takeaway, if i did it again,
    if i were to do it again, if i had to do it again, if i could do it again, next time,
    what i would do differently, what i'd do differently, what i would change, what i'd change
  `).map((c) => ['reflection', c] as const),
];

const openerMatcher = new PhraseMatcher<OpenerKind>();
for (const [kind, cue] of OPENERS) openerMatcher.add(cue, kind);

/** The opener kind of the sentence whose tokens run from `first` to `end`, if any. */
export function openerOf(tokens: Tokens, first: number, end: number): OpenerKind | undefined {
  return openerMatcher.longestAt(tokens, first, end);
}

/**
 * Scope nouns that describe the organisation and its people rather than the work: a
 * figure with one of these ("a team of 14 engineers", "the division's 120 engineers") is
 * Context even inside an action sentence, where "200 returned requests" is not.
 */
export const ORGANISATION_NOUNS = new Set(`
  employees employee staff people personnel contractors offices agencies teams members professionals
  specialists engineers analysts managers supervisors officers adjudicators clinicians scientists
  inspectors agents workers servicemembers soldiers sailors airmen marines divisions branches regions
  facilities sites locations centers hospitals installations bases states counties tribes partners
  stakeholders vendors employees attorneys auditors examiners forecasters technicians nurses physicians
  volunteers dispatchers operators investigators economists statisticians executives leaders directors
  participants applicants trainees students interns processors representatives mentors fellows
`.split(/\s+/).filter(Boolean));
