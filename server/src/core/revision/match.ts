import { AnchoredFinding, overlap } from './anchors';

/**
 * Matching the findings of two versions of a package: which are still open (the same
 * problem on the same words), which were fixed (only in the old version) and which are new
 * (only in the new one).
 *
 * Line numbers are never compared: an edit above a finding moves every line below it. A
 * finding is matched by its rule and the words it is on, in passes from the surest to the
 * loosest, each pairing only what the passes before left unpaired:
 *
 * 1. **Same words, same sentence**: the rule, the ECQ, the finding's own text and its whole
 *    sentence are the same. This covers edits elsewhere, moved paragraphs and sections, and
 *    a package split into files or merged into one.
 * 2. **Same words, reworded sentence**: the rule, the ECQ and the finding's own text are the
 *    same, and the sentence with its neighbours shares at least half of its content words
 *    (`REWORDED_MIN`). "I was responsible for getting approval" rewritten as "I was
 *    responsible for winning approval" still has the problem the board would see.
 * 3. **Other words, same sentence**: the rule and the ECQ are the same and the sentence
 *    itself shares `REPHRASED_MIN` of its content words: "helped draft" became "assisted
 *    with drafting", the same weak phrase in other words.
 * 4. **Moved to another ECQ**: the rule, the finding's text and its sentence are the same,
 *    in another ECQ section: the writer moved the paragraph, and the problem went with it.
 *
 * Within a pass, the pairs that agree best are taken first, and between equal ones the pair
 * whose places in their sections are closest (the same word twice in one paragraph).
 * Sentences are compared by their content words (the Dice coefficient), not their function
 * words, which any two sentences of a narrative share.
 */

/** Pass 2: at least half of the content words of a sentence and its neighbours in common. */
export const REWORDED_MIN = 0.5;
/**
 * Pass 3: with the finding's own words changed, more of the sentence must stay: at 0.6, a
 * sentence with one phrase replaced matches, one with a new subject and object does not.
 */
export const REPHRASED_MIN = 0.6;

export interface FindingMatch {
  readonly open: readonly { readonly before: AnchoredFinding; readonly after: AnchoredFinding }[];
  readonly fixed: readonly AnchoredFinding[];
  readonly added: readonly AnchoredFinding[];
}

interface Candidate {
  readonly before: number;
  readonly after: number;
  readonly score: number;
}

/**
 * Pairs the findings of two versions. Candidates are only formed between findings of the same
 * rule (and, but for pass 4, the same ECQ), so the work is the sum over rules of the product of
 * their counts: tens by tens in a real package.
 */
export function matchFindings(before: readonly AnchoredFinding[], after: readonly AnchoredFinding[]): FindingMatch {
  const pairedBefore = new Set<number>();
  const pairedAfter = new Set<number>();
  const open: { before: AnchoredFinding; after: AnchoredFinding }[] = [];

  const bucket = (list: readonly AnchoredFinding[], key: (f: AnchoredFinding) => string): Map<string, number[]> => {
    const out = new Map<string, number[]>();
    list.forEach((f, i) => {
      const k = key(f);
      const bucketed = out.get(k);
      if (bucketed) bucketed.push(i);
      else out.set(k, [i]);
    });
    return out;
  };

  const pass = (key: (f: AnchoredFinding) => string, score: (a: AnchoredFinding, b: AnchoredFinding) => number | undefined): void => {
    const afterBuckets = bucket(after, key);
    const candidates: Candidate[] = [];
    for (const [k, beforeIndexes] of bucket(before, key)) {
      const afterIndexes = afterBuckets.get(k);
      if (!afterIndexes) continue;
      for (const i of beforeIndexes) {
        if (pairedBefore.has(i)) continue;
        for (const j of afterIndexes) {
          if (pairedAfter.has(j)) continue;
          const s = score(before[i]!, after[j]!);
          // Closer places win ties: a tenth of the score at most, so it never beats a better sentence match.
          if (s !== undefined) candidates.push({ before: i, after: j, score: s - 0.1 * Math.abs(before[i]!.position - after[j]!.position) });
        }
      }
    }
    candidates.sort((a, b) => b.score - a.score || a.before - b.before || a.after - b.after);
    for (const c of candidates) {
      if (pairedBefore.has(c.before) || pairedAfter.has(c.after)) continue;
      pairedBefore.add(c.before);
      pairedAfter.add(c.after);
      open.push({ before: before[c.before]!, after: after[c.after]! });
    }
  };

  const inGroup = (f: AnchoredFinding): string => `${f.finding.ruleId}\0${f.group.key}`;
  pass(inGroup, (a, b) => (a.quote === b.quote && a.sentence === b.sentence ? 1 : undefined));
  pass(inGroup, (a, b) => {
    if (a.quote !== b.quote) return undefined;
    const s = overlap(a.windowWords, b.windowWords);
    return s >= REWORDED_MIN ? s : undefined;
  });
  pass(inGroup, (a, b) => {
    const s = overlap(a.sentenceWords, b.sentenceWords);
    return s >= REPHRASED_MIN ? s : undefined;
  });
  pass(
    (f) => `${f.finding.ruleId}\0${f.quote}\0${f.sentence}`,
    () => 1,
  );

  return {
    open: open.sort((a, b) => order(a.after, b.after)),
    fixed: before.filter((_, i) => !pairedBefore.has(i)),
    added: after.filter((_, i) => !pairedAfter.has(i)),
  };
}

function order(a: AnchoredFinding, b: AnchoredFinding): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.finding.span.start - b.finding.span.start;
}
