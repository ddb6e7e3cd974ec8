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

/** Per-sentence feature vectors, one Float64Array of FEATURE_COUNT each. */
export function featuresOf(sentences: readonly SequenceInput[]): Float64Array[] {
  return sentences.map((s, i) => {
    const out = new Float64Array(FEATURE_COUNT);
    sentenceFeatures(s.facts, i, sentences.length, out);
    return out;
  });
}

/** Viterbi over the four parts; returns state indices (0 challenge … 3 result). */
export function viterbi(features: readonly Float64Array[], paragraphs: readonly number[], weights: SequenceWeights): number[] {
  const n = features.length;
  if (n === 0) return [];
  const scores = new Float64Array(n * STATE_COUNT);
  const back = new Int8Array(n * STATE_COUNT);
  const e = new Float64Array(STATE_COUNT);
  const emit = (x: Float64Array): void => {
    e.fill(0);
    for (let f = 0; f < FEATURE_COUNT; f++) {
      const v = x[f]!;
      if (v === 0) continue;
      for (let s = 0; s < STATE_COUNT; s++) e[s] += v * weights.emission[f * STATE_COUNT + s]!;
    }
  };
  emit(features[0]!);
  for (let s = 0; s < STATE_COUNT; s++) scores[s] = e[s]!;
  for (let i = 1; i < n; i++) {
    emit(features[i]!);
    const newParagraph = paragraphs[i] !== paragraphs[i - 1];
    for (let to = 0; to < STATE_COUNT; to++) {
      let best = -Infinity;
      let from = 0;
      for (let prev = 0; prev < STATE_COUNT; prev++) {
        const t = prev * STATE_COUNT + to;
        const v = scores[(i - 1) * STATE_COUNT + prev]! + weights.transition[t]! + (newParagraph ? weights.paragraphTransition[t]! : 0);
        if (v > best) {
          best = v;
          from = prev;
        }
      }
      scores[i * STATE_COUNT + to] = best + e[to]!;
      back[i * STATE_COUNT + to] = from;
    }
  }
  let state = 0;
  for (let s = 1; s < STATE_COUNT; s++) if (scores[(n - 1) * STATE_COUNT + s]! > scores[(n - 1) * STATE_COUNT + state]!) state = s;
  const out = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = state;
    state = back[i * STATE_COUNT + state]!;
  }
  return out;
}

export const SEQUENCE_WEIGHTS: SequenceWeights = {
  emission: FEATURE_NAMES.flatMap((name) => [...(EMISSION[name] ?? [0, 0, 0, 0])]),
  transition: TRANSITION.flat(),
  paragraphTransition: PARAGRAPH_TRANSITION.flat(),
};

export function decodeParts(sentences: readonly SequenceInput[], weights: SequenceWeights = SEQUENCE_WEIGHTS): CcarPartKind[] {
  return viterbi(featuresOf(sentences), sentences.map((s) => s.paragraph), weights).map((s) => STATES[s]!);
}
