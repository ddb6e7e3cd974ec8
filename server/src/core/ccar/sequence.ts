import { CcarPartKind } from '../domain/headings';
import { SentenceFacts } from '../analysis/facts';
import { EMISSION, PARAGRAPH_TRANSITION, TRANSITION } from './sequenceWeights';

/**
 * The part each sentence of an example tells, decoded as a sequence (a linear-chain model).
 *
 * Every sentence gets a score per part: the dot product of its features (`emission`,
 * from facts.ts: who acts, cue counts, figures, how it opens, where it sits) with that part's
 * weights. A change of part between neighbours adds the transition weight, and Viterbi picks
 * the labelling with the best total. The transitions encode the loose CCAR order that OPM's
 * sample statements and coaches' drafts follow: setup (Challenge and Context, interleaved)
 * before actions, results last, context that may return between actions, and rarely a
 * return to the challenge once results are told.
 *
 * The weights are data, set by hand with one reason each (`sequenceWeights.ts`). A
 * perceptron trained on OPM's five tagged statements fitted them (0.76) but scored 0.54
 * with each statement held out, below the hand-set weights' 0.62 at the time: five
 * statements are too few to learn from, so the weights stay readable and reasoned.
 */
export const STATES: readonly CcarPartKind[] = ['challenge', 'context', 'action', 'result'];

export const FEATURE_NAMES = [
  'iAction',
  'weAction',
  'setup',
  'role',
  'perfect',
  'pastPerfect',
  'problem',
  'goalOrTask',
  'strainOutsideAction',
  'context',
  'scopeFigure',
  'outcome',
  'openerResult',
  'openerStory',
  'openerSummary',
  'eventOutsideAction',
  'passiveWithoutFigure',
  'first',
  'last',
  'taskOpening',
] as const;

const F = Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, i])) as Record<(typeof FEATURE_NAMES)[number], number>;
const STATE_COUNT = 4;

const cap = (n: number, max: number): number => (n < max ? n : max);

/** Adds `value` times the feature's row of weights to the four part scores. */
function add(out: Float64Array, weights: readonly number[], feature: number, value: number): void {
  const row = feature * STATE_COUNT;
  out[0] += value * weights[row]!;
  out[1] += value * weights[row + 1]!;
  out[2] += value * weights[row + 2]!;
  out[3] += value * weights[row + 3]!;
}

/**
 * The four part scores of sentence `index` of `count`: the weights of each feature the
 * sentence has, times the feature's value (1 for a yes-or-no feature, a capped count for cues).
 */
export function emission(f: SentenceFacts, index: number, count: number, weights: SequenceWeights, out: Float64Array): void {
  const w = weights.emission;
  out.fill(0);
  const acts = f.iAction || f.weAction;
  if (f.iAction) add(out, w, F.iAction, 1);
  else if (f.weAction) add(out, w, F.weAction, 1);
  if (f.setup) add(out, w, F.setup, 1);
  if (f.role) add(out, w, F.role, 1);
  if (f.perfect) add(out, w, F.perfect, 1);
  if (f.pastPerfect) add(out, w, F.pastPerfect, 1);
  const cues = f.cues;
  if (cues.problem > 0) add(out, w, F.problem, cap(cues.problem, 2));
  if (cues.goal + cues.task > 0) add(out, w, F.goalOrTask, cap(cues.goal + cues.task, 2));
  if (!acts && cues.strain > 0) add(out, w, F.strainOutsideAction, cap(cues.strain, 2));
  if (cues.context > 0) add(out, w, F.context, cap(cues.context, 3));
  if (f.scopeFigure) add(out, w, F.scopeFigure, 1);
  // With the writer acting, outcome words and figures mostly describe the action ("I closed
  // 11 stations"), so they count for less.
  const outcome = cap(cues.outcome, 2) + (f.quantity ? 0.8 : 0) + (f.quantity && cues.outcome > 0 ? 1 : 0);
  if (outcome > 0) add(out, w, F.outcome, (acts ? 0.3 : 1) * outcome);
  if (f.opener === 'result') add(out, w, F.openerResult, 1);
  else if (f.opener === 'story' || f.opener === 'example') add(out, w, F.openerStory, 1);
  else if (f.opener === 'summary') add(out, w, F.openerSummary, 1);
  if (!acts && !f.setup && f.event) add(out, w, F.eventOutsideAction, 1);
  if (f.passives.length > 0 && !f.quantity) add(out, w, F.passiveWithoutFigure, 1);
  if (index === 0) {
    add(out, w, F.first, 1);
    // "As Chief, I led the reinvention of the security process": an opening that names the task.
    if (cues.task > 0) add(out, w, F.taskOpening, 1);
  }
  if (index === count - 1 && count > 2) add(out, w, F.last, 1);
}

export interface SequenceWeights {
  /** emission[feature * 4 + state] */
  readonly emission: readonly number[];
  /** transition[previous * 4 + state] */
  readonly transition: readonly number[];
  /** Added to the transition where a new paragraph begins: parts tend to change there. */
  readonly paragraphTransition: readonly number[];
}

export interface SequenceInput {
  readonly facts: SentenceFacts;
  /** Paragraph index within the example. */
  readonly paragraph: number;
}

// Reused from one example to the next: decoding runs for every example on every keystroke.
let scoreBuffer = new Float64Array(STATE_COUNT * 64);
let backBuffer = new Int8Array(STATE_COUNT * 64);
const emitted = new Float64Array(STATE_COUNT);

/** Viterbi over the four parts: the part of each sentence, in order. */
export function decodeParts(sentences: readonly SequenceInput[], weights: SequenceWeights = SEQUENCE_WEIGHTS): CcarPartKind[] {
  const n = sentences.length;
  if (n === 0) return [];
  if (scoreBuffer.length < n * STATE_COUNT) {
    scoreBuffer = new Float64Array(n * STATE_COUNT * 2);
    backBuffer = new Int8Array(n * STATE_COUNT * 2);
  }
  const scores = scoreBuffer;
  const back = backBuffer;
  emission(sentences[0]!.facts, 0, n, weights, emitted);
  for (let s = 0; s < STATE_COUNT; s++) scores[s] = emitted[s]!;
  for (let i = 1; i < n; i++) {
    emission(sentences[i]!.facts, i, n, weights, emitted);
    const paragraph = sentences[i]!.paragraph !== sentences[i - 1]!.paragraph;
    for (let to = 0; to < STATE_COUNT; to++) {
      let best = -Infinity;
      let from = 0;
      for (let prev = 0; prev < STATE_COUNT; prev++) {
        const t = prev * STATE_COUNT + to;
        const v = scores[(i - 1) * STATE_COUNT + prev]! + weights.transition[t]! + (paragraph ? weights.paragraphTransition[t]! : 0);
        if (v > best) {
          best = v;
          from = prev;
        }
      }
      scores[i * STATE_COUNT + to] = best + emitted[to]!;
      back[i * STATE_COUNT + to] = from;
    }
  }
  let state = 0;
  for (let s = 1; s < STATE_COUNT; s++) if (scores[(n - 1) * STATE_COUNT + s]! > scores[(n - 1) * STATE_COUNT + state]!) state = s;
  const out = new Array<CcarPartKind>(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = STATES[state]!;
    state = back[i * STATE_COUNT + state]!;
  }
  return out;
}

export const SEQUENCE_WEIGHTS: SequenceWeights = {
  emission: FEATURE_NAMES.flatMap((name) => [...(EMISSION[name] ?? [0, 0, 0, 0])]),
  transition: TRANSITION.flat(),
  paragraphTransition: PARAGRAPH_TRANSITION.flat(),
};

