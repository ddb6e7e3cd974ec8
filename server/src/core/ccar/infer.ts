import { Span } from '../text/span';
import { CCAR_PARTS, CcarPartKind } from '../domain/headings';
import { SentenceFacts } from '../analysis/facts';
import { decodeParts } from './sequence';

/**
 * How an example's prose is split into Challenge, Context, Action and Result.
 *
 * Labelled parts ("Challenge:", "**Result**", a "### Action" heading, OPM's inline tags
 * "(Challenge)" read by ccar/tags.ts) are taken as written. Unlabelled prose, which coaches
 * recommend for final drafts, is inferred from sentence features computed in facts.ts:
 *
 * - an action sentence has "I <verb>" in a main clause, or a "we"/"our team" action
 *   ("After the recovery I led…" counts; "the controls I put in place" does not);
 * - scene-setting "I was / became / inherited / could not" is not an action;
 * - cue phrases (ccar/cues.ts) count problem, goal, context and outcome language;
 * - a scope figure is a number with a scope noun ("640 employees", "$720 million").
 *
 * Every sentence's part is decoded as a sequence (ccar/sequence.ts): each scores for each
 * part, changes of part cost what the loose CCAR order says, and Viterbi picks the best
 * reading. The result phase is the closing run of result sentences; with no action at all,
 * only the trailing sentences with outcome words.
 *
 * A part is reported present when there is evidence for it, wherever the decoding put it:
 *
 * - Challenge: a sentence before the first action has a problem, strain or goal cue ("the
 *   backlog had grown", "the office took 312 days", "asked me to"); or the first sentence
 *   names a problem or the task ("In 2019 I led the replacement of…"); or a sentence decoded
 *   as Challenge that is not an action has such a cue ("Earlier in my career, I introduced…
 *   At the time, the flights were shared…"); failing all, a sentence before the first action
 *   that is not first-person scene-setting reports an event or names neither a problem nor
 *   the scene. "I reviewed every failed test" is not a challenge, and "I was named Director"
 *   alone is context, not a challenge.
 * - Context: before the results, a sentence that is not an action has a context cue
 *   (stakeholders, oversight, budget, law, workforce), sets the scene ("I was Director
 *   of…", "when I was a screening manager at Atlanta, the equipment…") or has a scope
 *   figure; or an action sizes the organisation ("I led a team of 14 engineers") or is
 *   framed by the writer's role ("As Area Director in Tampa, I…"). A stakeholder named
 *   inside an action ("I chose the vendor") is not context.
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
  /** Where the story ends: before the closing asides (`isClosingAside`), if any. */
  readonly storyEnd: number;
}

/**
 * A closing sentence that steps out of the story: what the writer would do ("I would bring
 * the same discipline here") or the lesson they drew ("Looking back, I learned that…").
 */
const isClosingAside = (f: SentenceFacts): boolean => (f.hypothetical && !f.quantity) || f.opener === 'reflection';

function phases(sentences: readonly SentenceRef[]): Phases {
  // "…and raised its customer satisfaction scores. I would bring the same discipline here.":
  // a closing aside is no part of the story. The story is decoded without it, and it takes
  // the story's last part, so that the results before it still close the story, and a story
  // that ends on its actions still has no Result. An answer told all as what the writer
  // would do is left whole.
  let storyEnd = sentences.length;
  while (storyEnd > 0 && isClosingAside(sentences[storyEnd - 1]!.facts)) storyEnd--;
  // "What I would do differently is… I accepted the vendor's design because… Since then, I
  // require…": a closing paragraph that opens on the lesson is the lesson, whatever it tells.
  const lastParagraph = sentences.length > 0 ? sentences[sentences.length - 1]!.paragraph : -1;
  const lessonStart = sentences.findIndex((s) => s.paragraph === lastParagraph);
  if (lessonStart > 0 && lessonStart < storyEnd && sentences[lessonStart]!.facts.opener === 'reflection') storyEnd = lessonStart;
  if (storyEnd > 0 && storyEnd < sentences.length && sentences.slice(0, storyEnd).some((s) => isAction(s.facts) && !s.facts.hypothetical)) {
    const story = decodeParts(sentences.slice(0, storyEnd));
    return phasesOf(sentences, [...story, ...sentences.slice(storyEnd).map(() => story[story.length - 1]!)], storyEnd);
  }
  return phasesOf(sentences, decodeParts(sentences), sentences.length);
}

function phasesOf(sentences: readonly SentenceRef[], labels: CcarPartKind[], storyEnd: number): Phases {
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
  return { labels, firstAction, resultStart, storyEnd };
}

/** For each part, the index of the first sentence that evidences it, or -1. */
function evidence(sentences: readonly SentenceRef[], p: Phases): Record<CcarPartKind, number> {
  const n = sentences.length;
  const setupEnd = p.firstAction >= 0 ? p.firstAction : p.resultStart;
  const facts = (i: number): SentenceFacts => sentences[i]!.facts;
  let resultFallback = -1;
  if (p.firstAction >= 0) {
    for (let i = p.firstAction + 1; i < n && resultFallback < 0; i++) if (facts(i).cues.outcome > 0 && facts(i).measure) resultFallback = i;
    // A figure the work turned up ("it found 212 records with bad data") is no ending when
    // the story goes on to a closing paragraph of actions alone ("I opened online renewals
    // on March 1… and held a daily check-in"): the writer never says how it turned out.
    if (resultFallback >= 0 && endsInActionsAlone(sentences, sentences[resultFallback]!.paragraph)) resultFallback = -1;
    // Nor is a figure inside the writer's own action ("I set a target of 50 inspections,
    // files complete within 30 days") when the story closes on more actions: the plan, or an
    // interim step, not how it turned out.
    if (resultFallback >= 0 && isAction(facts(resultFallback)) && closesOnActions(sentences.slice(0, p.storyEnd), resultFallback)) resultFallback = -1;
  }
  // "I promoted his deputy… The region's performance improved significantly, morale got much
  // better…": after the writer's last action, an outcome told without a figure is still the
  // Result (result.unquantified asks for its figure), whatever the decoding called it.
  if (resultFallback < 0 && p.resultStart >= n && p.firstAction >= 0) {
    let lastAction = -1;
    for (let i = 0; i < p.storyEnd; i++) if (isAction(facts(i))) lastAction = i;
    for (let i = lastAction + 1; i < p.storyEnd && resultFallback < 0; i++) if (facts(i).cues.outcome > 0 && !facts(i).hypothetical) resultFallback = i;
  }
  // The decoded labels add what the position tests miss: a challenge told after an opening
  // action ("Earlier in my career, I introduced… At the time, the flights were shared…").
  let challenge = -1;
  for (let i = 0; i < n && challenge < 0; i++) {
    const f = facts(i);
    if ((i < setupEnd && hasChallengeCue(f)) || (i === 0 && statesChallengeInAction(f)) || (p.labels[i] === 'challenge' && !isAction(f) && hasChallengeCue(f))) challenge = i;
  }
  // Before the writer acts, a sentence that reports an event ("the office received a court
  // order that vacated…") or names neither a problem nor the scene ("Our travel card
  // program kept producing improper payments.") states the challenge in words the cue
  // lists do not know. Scene-setting in the first person ("I was named Director") does not.
  for (let i = 0; i < setupEnd && challenge < 0; i++) {
    const f = facts(i);
    if (!f.setup && (f.event || (!hasChallengeCue(f) && !hasContextCue(f)))) challenge = i;
  }
  // A figure inside the writer's own action measures the action ("I reviewed 200 returned
  // requests"), unless it sizes the organisation ("I led a team of 14 engineers"); a role
  // that frames the action ("As Area Director in Tampa, I…") is context too.
  let context = -1;
  for (let i = 0; i < p.resultStart && i < n && context < 0; i++) {
    const f = facts(i);
    if (isAction(f) ? f.organisationFigure || f.roleFrame : hasContextCue(f) || f.scopeFigure || f.sceneClause) context = i;
  }
  return { challenge, context, action: p.firstAction, result: p.resultStart < n ? p.resultStart : resultFallback };
}

/** Sentences of actions alone that, closing a story, say it ends without its outcome: one could be a last step told after the result. */
const CLOSING_ACTIONS = 2;

/** Whether the story's last CLOSING_ACTIONS sentences, all after `after`, are the writer's actions with no outcome in them. */
function closesOnActions(sentences: readonly SentenceRef[], after: number): boolean {
  const from = sentences.length - CLOSING_ACTIONS;
  return from > after && sentences.slice(from).every((s) => isAction(s.facts) && s.facts.cues.outcome === 0);
}

/** Whether the example's last paragraph, after `after`, holds actions and nothing that reports an outcome. */
function endsInActionsAlone(sentences: readonly SentenceRef[], after: number): boolean {
  const last = sentences[sentences.length - 1]!.paragraph;
  if (last <= after) return false;
  const closing = sentences.filter((s) => s.paragraph === last);
  return closing.every((s) => isAction(s.facts) && s.facts.cues.outcome === 0);
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
      // The Result is the closing run of results: an interim outcome told among the actions
      // ("tribes receive notice within 15 days" as a term of the protocol) does not stand in
      // for the story's ending.
      const closing = kind === 'result' && p.resultStart < unlabelled.length;
      const refs = unlabelled.filter((_, i) => p.labels[i] === kind && (!closing || i >= p.resultStart));
      // Evidence can sit in a sentence the phases gave to another part ("In 2019 I led the
      // replacement of…" is an action that also states the goal); the outline then points at it.
      parts.push(partFrom(kind, refs.length > 0 ? refs : [unlabelled[evidenceAt]!], true));
    }
  }
  parts.sort((a, b) => a.span.start - b.span.start);
  return new Analysis(parts, present, unlabelled, p.labels, labelled);
}

/** The analysis, with the per-sentence list made only when asked for: most analyses never read it. */
class Analysis implements CcarAnalysis {
  private sentences: SentencePart[] | undefined;
  constructor(
    readonly parts: readonly CcarPart[],
    readonly present: Readonly<Record<CcarPartKind, boolean>>,
    private readonly unlabelled: readonly SentenceRef[],
    private readonly labels: readonly CcarPartKind[],
    private readonly segments: readonly LabelledSegment[],
  ) {}

  get labelled(): boolean {
    return this.segments.length > 0;
  }

  get sentenceParts(): readonly SentencePart[] {
    if (this.sentences) return this.sentences;
    const out: SentencePart[] = this.unlabelled.map((ref, i) => ({ ref, part: this.labels[i]!, labelled: false }));
    if (this.segments.length > 0) {
      for (const segment of this.segments) for (const ref of segment.sentences) out.push({ ref, part: segment.kinds[0]!, labelled: true });
      out.sort((a, b) => a.ref.span.start - b.ref.span.start);
    }
    return (this.sentences = out);
  }
}
