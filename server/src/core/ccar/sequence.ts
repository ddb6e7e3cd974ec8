import { CcarPartKind } from '../domain/headings';
import { SentenceFacts } from '../analysis/facts';
import { EMISSION, PARAGRAPH_TRANSITION, TRANSITION } from './sequenceWeights';

/**
 * The part each sentence of an example tells, decoded as a sequence (a linear-chain model).
 *
 * Every sentence gets a score per part: the dot product of its features (`sentenceFeatures`,
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
  'organisationFigure',
  'outcome',
  'openerResult',
  'openerStory',
  'openerSummary',
  'eventOutsideAction',
  'passiveWithoutFigure',
  'first',
  'second',
  'last',
  'position',
  'noWriter',
  'taskOpening',
] as const;

export const FEATURE_COUNT = FEATURE_NAMES.length;
const STATE_COUNT = 4;

const cap = (n: number, max: number): number => (n < max ? n : max);

/** Fills `out` (length FEATURE_COUNT) with the features of sentence `index` of `count`. */
export function sentenceFeatures(f: SentenceFacts, index: number, count: number, out: Float64Array): void {
  const acts = f.iAction || f.weAction;
  let k = 0;
  out[k++] = f.iAction ? 1 : 0;
  out[k++] = f.weAction && !f.iAction ? 1 : 0;
  out[k++] = f.setup ? 1 : 0;
  out[k++] = f.role ? 1 : 0;
  out[k++] = f.perfect ? 1 : 0;
  out[k++] = f.pastPerfect ? 1 : 0;
  out[k++] = cap(f.cues.problem, 2);
  out[k++] = cap(f.cues.goal + f.cues.task, 2);
  out[k++] = acts ? 0 : cap(f.cues.strain, 2);
  out[k++] = cap(f.cues.context, 3);
  out[k++] = f.scopeFigure ? 1 : 0;
  out[k++] = f.organisationFigure ? 1 : 0;
  // With the writer acting, outcome words and figures mostly describe the action ("I closed
  // 11 stations"), so they count for less.
  out[k++] = (acts ? 0.3 : 1) * (cap(f.cues.outcome, 2) + (f.quantity ? 0.8 : 0) + (f.quantity && f.cues.outcome > 0 ? 1 : 0));
  out[k++] = f.opener === 'result' ? 1 : 0;
  out[k++] = f.opener === 'story' || f.opener === 'example' ? 1 : 0;
  out[k++] = f.opener === 'summary' ? 1 : 0;
  out[k++] = !acts && !f.setup && f.event ? 1 : 0;
  out[k++] = f.passives.length > 0 && !f.quantity ? 1 : 0;
  out[k++] = index === 0 ? 1 : 0;
  out[k++] = index === 1 ? 1 : 0;
  out[k++] = index === count - 1 && count > 2 ? 1 : 0;
  out[k++] = count > 1 ? index / (count - 1) : 0;
  out[k++] = !acts && !f.setup && !f.perfect && !f.role ? 1 : 0;
  // "As Chief, I led the reinvention of the security process": an opening that names the task.
  out[k++] = index === 0 && f.cues.task > 0 ? 1 : 0;
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

// Reused from one example to the next: decoding runs for every example on every keystroke,
// and fresh arrays per sentence were a measured share of a cold analysis.
const featureBuffer = new Float64Array(FEATURE_COUNT);
let scoreBuffer = new Float64Array(4 * 64);
let backBuffer = new Int8Array(4 * 64);
const emitted = new Float64Array(STATE_COUNT);

function emit(weights: SequenceWeights, x: Float64Array): void {
  emitted.fill(0);
  for (let f = 0; f < FEATURE_COUNT; f++) {
    const v = x[f]!;
    if (v === 0) continue;
    for (let s = 0; s < STATE_COUNT; s++) emitted[s] += v * weights.emission[f * STATE_COUNT + s]!;
  }
}

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
  const x = featureBuffer;
  sentenceFeatures(sentences[0]!.facts, 0, n, x);
  emit(weights, x);
  for (let s = 0; s < STATE_COUNT; s++) scores[s] = emitted[s]!;
  for (let i = 1; i < n; i++) {
    sentenceFeatures(sentences[i]!.facts, i, n, x);
    emit(weights, x);
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

