import { Span } from '../text/span';
import { CCAR_PARTS, CcarPartKind } from '../domain/headings';
import { SentenceFacts } from '../analysis/facts';

/**
 * How an example's prose is split into Challenge, Context, Action and Result.
 *
 * Labelled parts ("Challenge:", "**Result**", a "### Action" heading) are taken as
 * written. Unlabelled prose, which coaches recommend for final drafts, is inferred from
 * sentence features computed in facts.ts:
 *
 * - an action sentence has "I <verb>" in a main clause, or a "we"/"our team" action
 *   ("After the recovery I led…" counts; "the controls I put in place" does not);
 * - scene-setting "I was / became / inherited / could not" is not an action;
 * - cue phrases (ccar/cues.ts) count problem, goal, context and outcome language;
 * - a scope figure is a number with a scope noun ("640 employees", "$720 million");
 * - an outcome sentence has no action and carries an outcome cue or a quantity.
 *
 * The example is then cut into three phases, in reading order:
 *
 * 1. Setup: the sentences before the first action sentence. Each is Challenge when its
 *    problem and goal cues outnumber its context cues and scope figures, else Context.
 * 2. Result: trailing paragraphs, after the paragraph of the first action, in which
 *    outcome sentences outnumber action sentences at least two to one. When there are
 *    none, the sentences after the last action, if one of them is an outcome sentence;
 *    failing that, a closing paragraph with no action in it.
 * 3. Action: everything between.
 *
 * A part is reported present when there is evidence for it, wherever the phases put it:
 *
 * - Challenge: a setup sentence has a problem, strain or goal cue ("the backlog had grown",
 *   "the office took 312 days", "asked me to"); or the first sentence names a problem or
 *   the task ("In 2019 I led the replacement of…"); or, failing both, a setup sentence that
 *   is not first-person scene-setting reports an event or names neither a problem nor the
 *   scene. Cues inside later action sentences do not count: "I reviewed every failed test"
 *   is not a challenge, and "I was named Director" alone is context, not a challenge.
 * - Context: a setup or result-free sentence that is not an action has a context cue
 *   (stakeholders, oversight, budget, law, workforce) or sets the scene ("I was Director
 *   of…"), or any sentence before the results has a scope figure ("moved 14 support teams").
 *   A stakeholder named inside an action ("I chose the vendor") is not context.
 * - Action: any action sentence.
 * - Result: the result phase is not empty, or a sentence after the first action carries
 *   an outcome cue and a quantity ("which cut costs 20 percent").
 *
 * The evidence tests lean towards "present": telling a writer that a part they wrote is
 * missing costs more trust than staying silent about a thin one, so precision comes first.
 */

export interface SentenceRef {
  /** Absolute span in the document. */
  readonly span: Span;
  /** Index of the paragraph (block) within the example. */
  readonly paragraph: number;
  readonly facts: SentenceFacts;
}

export interface CcarPart {
  readonly kind: CcarPartKind;
  /** Sentences or labelled blocks that make up the part, in order. */
  readonly spans: readonly Span[];
  /** From the first span's start to the last span's end. */
  readonly span: Span;
  /** True when the part was inferred from unlabelled prose. */
  readonly inferred: boolean;
  /** The sentences of the part, for rules that read them (result.unquantified). */
  readonly sentences: readonly SentenceRef[];
}

export interface CcarAnalysis {
  readonly parts: readonly CcarPart[];
  /** Present means labelled or inferred; see the evidence tests above. */
  readonly present: Readonly<Record<CcarPartKind, boolean>>;
  /** Whether the example labels any part. */
  readonly labelled: boolean;
  /** Every sentence of the example in reading order, with the part it was labelled or inferred as. */
  readonly sentenceParts: readonly SentencePart[];
}

export interface SentencePart {
  readonly ref: SentenceRef;
  readonly part: CcarPartKind;
  readonly labelled: boolean;
}

export interface LabelledSegment {
  readonly kinds: readonly CcarPartKind[];
  readonly span: Span;
  readonly sentences: readonly SentenceRef[];
}

const isAction = (s: SentenceFacts): boolean => s.iAction || s.weAction;

const hasChallengeCue = (s: SentenceFacts): boolean => s.cues.problem + s.cues.strain + s.cues.goal + s.cues.task > 0;
/** In an action sentence, generic goal words are the writer's own doing ("I required…"). */
const statesChallengeInAction = (s: SentenceFacts): boolean => s.cues.problem + s.cues.task > 0;
const hasContextCue = (s: SentenceFacts): boolean => s.cues.context > 0 || s.scopeFigure || s.setup;

interface Phases {
  readonly labels: CcarPartKind[];
  readonly firstAction: number;
  readonly resultStart: number;
}

/**
 * The part each sentence tells, decoded as a sequence. Every sentence gets a score per
 * part from its own features (`emission`), a change of part between neighbours costs what
 * `TRANSITION` says, and Viterbi picks the labelling with the best total. The costs encode
 * the loose CCAR order that OPM's sample statements and coaches' drafts follow: setup
 * (Challenge and Context, interleaved) before actions, results last, context that may return
 * between actions, and no return to the challenge once results are told.
 */
const STATES: readonly CcarPartKind[] = ['challenge', 'context', 'action', 'result'];
const C = 0;
const X = 1;
const A = 2;
const R = 3;

/** Cost of moving from the row's part to the column's part between two sentences. */
const TRANSITION: readonly (readonly number[])[] = [
  //  C    X    A    R
  [0, 0.5, 0.5, 2.5], // from Challenge
  [0.5, 0, 0.5, 2.5], // from Context
  [2.5, 1.2, 0, 0.8], // from Action: background may return; a new challenge rarely does
  [3, 2, 1.5, 0], // from Result
];

/** A change of part is cheaper where a new paragraph begins. */
const PARAGRAPH_DISCOUNT = 0.4;
/** Writers usually give results a paragraph of their own; turning to them mid-paragraph costs more. */
const RESULT_IN_PARAGRAPH = 0.7;

const cap = (n: number, max: number): number => (n < max ? n : max);

/** How well each part fits one sentence, on its own and by its place in the example. */
function emission(f: SentenceFacts, index: number, count: number, out: Float64Array): void {
  let c = 0;
  let x = 0;
  let a = 0;
  let r = 0;
  const acts = isAction(f);
  if (f.iAction) {
    a += 3;
    c -= 1;
    x -= 1;
  } else if (f.weAction) {
    // "We" sentences are the team's work, often background or outcome in OPM's statements.
    a += 1.2;
  }
  if (f.setup) {
    x += 1.5;
    c += 0.5;
  }
  if (f.role) x += 1;
  if (f.perfect) {
    // A career summary frames the story; OPM counts the framing with the Challenge.
    x += 0.5;
    c += 1.5;
  }
  if (f.pastPerfect) {
    x += 1;
    c += 0.5;
  }
  c += 1.2 * cap(f.cues.problem, 2) + 1 * cap(f.cues.goal + f.cues.task, 2);
  if (!acts) c += 0.5 * cap(f.cues.strain, 2);
  x += 0.6 * cap(f.cues.context, 3) + (f.scopeFigure ? 1 : 0);
  // With the writer acting, outcome words and figures mostly describe the action ("I closed
  // 11 stations"), so they count for less.
  r += (acts ? 0.3 : 1) * (cap(f.cues.outcome, 2) + (f.quantity ? 0.8 : 0) + (f.quantity && f.cues.outcome > 0 ? 1 : 0));
  switch (f.opener) {
    case 'result':
      r += 2.5;
      break;
    case 'example':
    case 'story':
      c += 1.5;
      r -= 1;
      break;
    case 'summary':
      x += 0.5;
      c += 1.5;
      r -= 1;
      break;
  }
  // "The plan was updated with my findings": a passive with no figure narrates work done,
  // rather than reporting what it achieved.
  if (f.passives.length > 0 && !f.quantity) r -= 0.6;
  if (!acts && !f.setup && f.event) {
    // Something happened that the writer did not do: background, or what came of it.
    r += 0.4;
    x += 0.3;
  }
  if (index === 0) {
    c += 1.5;
    x += 0.5;
    a -= 1;
    r -= 3;
  }
  if (index === count - 1 && count > 2) r += 0.5;
  out[C] = c;
  out[X] = x;
  out[A] = a;
  out[R] = r;
}

function decode(sentences: readonly SentenceRef[]): CcarPartKind[] {
  const n = sentences.length;
  if (n === 0) return [];
  const scores = new Float64Array(n * 4);
  const back = new Int8Array(n * 4);
  const e = new Float64Array(4);
  emission(sentences[0]!.facts, 0, n, e);
  for (let s = 0; s < 4; s++) scores[s] = e[s]!;
  for (let i = 1; i < n; i++) {
    emission(sentences[i]!.facts, i, n, e);
    const discount = sentences[i]!.paragraph !== sentences[i - 1]!.paragraph ? PARAGRAPH_DISCOUNT : 0;
    for (let to = 0; to < 4; to++) {
      let best = -Infinity;
      let from = 0;
      for (let prev = 0; prev < 4; prev++) {
        const cost = TRANSITION[prev]![to]! + (discount === 0 && prev === A && to === R ? RESULT_IN_PARAGRAPH : 0);
        const v = scores[(i - 1) * 4 + prev]! - (cost > 0 ? cost - discount : 0);
        if (v > best) {
          best = v;
          from = prev;
        }
      }
      scores[i * 4 + to] = best + e[to]!;
      back[i * 4 + to] = from;
    }
  }
  let state = 0;
  for (let s = 1; s < 4; s++) if (scores[(n - 1) * 4 + s]! > scores[(n - 1) * 4 + state]!) state = s;
  const labels = new Array<CcarPartKind>(n);
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = STATES[state]!;
    state = back[i * 4 + state]!;
  }
  return labels;
}

function phases(sentences: readonly SentenceRef[]): Phases {
  const labels = decode(sentences);
  const firstAction = sentences.findIndex((s) => isAction(s.facts));
  // The result phase: from the first sentence of the final run of results.
  let resultStart = labels.length;
  if (firstAction >= 0) {
    while (resultStart > 0 && labels[resultStart - 1] === 'result') resultStart--;
  } else {
    // No action at all: only trailing sentences with outcome words are results, so the
    // sentences before them still count as setup evidence.
    while (resultStart > 1 && !isAction(sentences[resultStart - 1]!.facts) && sentences[resultStart - 1]!.facts.cues.outcome > 0) resultStart--;
  }
  return { labels, firstAction, resultStart };
}

/** For each part, the index of the first sentence that evidences it, or -1. */
function evidence(sentences: readonly SentenceRef[], p: Phases): Record<CcarPartKind, number> {
  const setupEnd = p.firstAction >= 0 ? p.firstAction : p.resultStart;
  const facts = sentences.map((s) => s.facts);
  const resultFallback = p.firstAction >= 0 ? facts.findIndex((f, i) => i > p.firstAction && f.cues.outcome > 0 && f.quantity) : -1;
  // The decoded labels add what the position tests miss: a challenge told after an opening
  // action ("Earlier in my career, I introduced… At the time, the flights were shared…").
  let challenge = facts.findIndex((f, i) => (i < setupEnd && hasChallengeCue(f)) || (i === 0 && statesChallengeInAction(f)) || (p.labels[i] === 'challenge' && !isAction(f) && hasChallengeCue(f)));
  if (challenge < 0) {
    // Before the writer acts, a sentence that reports an event ("the office received a court
    // order that vacated…") or names neither a problem nor the scene ("Our travel card
    // program kept producing improper payments.") states the challenge in words the cue
    // lists do not know. Scene-setting in the first person ("I was named Director") does not.
    challenge = facts.findIndex((f, i) => i < setupEnd && !f.setup && (f.event || (!hasChallengeCue(f) && !hasContextCue(f))));
  }
  return {
    challenge,
    // A figure inside the writer's own action measures the action ("I reviewed 200 returned
    // requests"), unless it sizes the organisation ("I led a team of 14 engineers").
    context: facts.findIndex((f, i) => i < p.resultStart && (isAction(f) ? f.organisationFigure : hasContextCue(f) || f.scopeFigure)),
    action: p.firstAction,
    result: p.resultStart < sentences.length ? p.resultStart : resultFallback,
  };
}

function partFrom(kind: CcarPartKind, refs: readonly SentenceRef[], inferred: boolean, spans?: readonly Span[]): CcarPart {
  const partSpans = spans ?? refs.map((r) => r.span);
  return {
    kind,
    spans: partSpans,
    span: { start: partSpans[0]!.start, end: partSpans[partSpans.length - 1]!.end },
    inferred,
    sentences: refs,
  };
}

/**
 * Infers the parts of one example from its labelled segments and its unlabelled
 * sentences (those before the first label, or all of them when nothing is labelled).
 */
export function analyseCcar(unlabelled: readonly SentenceRef[], labelled: readonly LabelledSegment[]): CcarAnalysis {
  const p = phases(unlabelled);
  const inferredPresent = evidence(unlabelled, p);
  const parts: CcarPart[] = [];
  const present = { challenge: false, context: false, action: false, result: false };
  for (const kind of CCAR_PARTS) {
    const segments = labelled.filter((s) => s.kinds.includes(kind));
    if (segments.length > 0) {
      present[kind] = true;
      parts.push(partFrom(kind, segments.flatMap((s) => s.sentences), false, segments.map((s) => s.span)));
      continue;
    }
    const evidenceAt = inferredPresent[kind];
    if (evidenceAt >= 0) {
      present[kind] = true;
      const refs = unlabelled.filter((_, i) => p.labels[i] === kind);
      // Evidence can sit in a sentence the phases gave to another part ("In 2019 I led the
      // replacement of…" is an action that also states the goal); the outline then points at it.
      parts.push(partFrom(kind, refs.length > 0 ? refs : [unlabelled[evidenceAt]!], true));
    }
  }
  parts.sort((a, b) => a.span.start - b.span.start);
  const sentenceParts: SentencePart[] = unlabelled.map((ref, i) => ({ ref, part: p.labels[i]!, labelled: false }));
  for (const segment of labelled) for (const ref of segment.sentences) sentenceParts.push({ ref, part: segment.kinds[0]!, labelled: true });
  sentenceParts.sort((a, b) => a.ref.span.start - b.ref.span.start);
  return { parts, present, labelled: labelled.length > 0, sentenceParts };
}
