import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { precision, recall } from '../helpers/evaluation';
import { evaluateFolder, SecondLabel, secondAnnotatorAgreement } from '../helpers/realEvaluation';
import { evaluatePostingSet } from '../helpers/postingEvaluation';
import { TODAY } from '../helpers/fixtures';

/**
 * The engine on text nobody on the team wrote (test/fixtures/real, test/fixtures/outside),
 * scored against sidecar expectations written blind (test/fixtures/real/ANNOTATION.md).
 * `npm run evaluate:real` prints the same figures with every miss.
 *
 * The bar is 0.9 for every rule. Where a rule is below it on a set, the floor is
 * the figure measured when the set was last scored (README of the set), so the suite fails
 * on any regression while the shortfall stays visible rather than hidden in a lowered bar.
 */
const root = path.resolve(__dirname, '../../../test/fixtures');

const BAR = 0.9;

interface SetBars {
  readonly folder: string;
  /** Floors below the bar, as measured: `rule: [precision, recall]`. */
  readonly below?: Readonly<Record<string, readonly [number, number]>>;
  /** Per-sentence CCAR accuracy against OPM's tags, when the set has tagged statements. */
  readonly ccarAccuracy?: number;
  /** Files whose stories are not all found, as measured; none unless said. */
  readonly storyMisses?: number;
}

const SETS: readonly SetBars[] = [
  {
    folder: 'real/opm',
    below: {
      'claim.philosophy': [1, 0.66],
      'claim.vague-quantifier': [0.94, 1],
      'phrase.weak': [1, 0.66],
      'plain.wordy': [0.85, 0.85],
      'result.unquantified': [1, 0.6],
      // 0.86 until "we have <participle>" counted as an action: "we have argued four pro bono
      // cases" (the firm's result) is then reported, which this set's annotator left alone
      // while the holdout's flagged "we have signed a record number of license agreements".
      'voice.we': [0.8, 0.91],
    },
    ccarAccuracy: 0.6,
  },
  { folder: 'real/narratives/dev' },
  {
    folder: 'outside/dev',
    below: { 'ccar.missing-context': [1, 0.5], 'claim.vague-quantifier': [1, 0.83], 'voice.passive': [1, 0.75] },
  },
  {
    // Scored blind once (outside/README.md); its misses were then fixed in general ways.
    folder: 'outside/holdout',
    // resume.weak-start: this annotator also flagged "My branch awarded…" and "Our office led…",
    // which three later blind annotators left to resume.first-person, as the engine now does.
    below: { 'ccar.missing-challenge': [1, 0.5], 'ccar.missing-context': [1, 0], 'claim.philosophy': [1, 0.83], 'resume.weak-start': [1, 0.75], 'voice.passive': [1, 0.77], 'voice.we': [1, 0.88] },
  },
  {
    // Eight more drafts written and annotated blind; first run and last in outside/holdout2/README.md.
    folder: 'outside/holdout2',
    below: { 'ccar.missing-result': [1, 0.5], 'resume.weak-start': [0.77, 1], 'voice.passive': [1, 0.87] },
    // The interview file's answer to a general question is an example to the engine, not a story to its annotator.
    storyMisses: 1,
  },
  {
    // Eight more drafts written and annotated blind; first run and last in outside/holdout3/README.md.
    folder: 'outside/holdout3',
    below: {
      'ccar.missing-challenge': [0.5, 1],
      'ccar.missing-result': [0.5, 0.5],
      'claim.vague-quantifier': [1, 0.87],
      'result.unquantified': [0.75, 0.75],
      'resume.weak-start': [0.88, 1],
      'voice.passive': [1, 0.8],
    },
    // The interview file's answer to a general question is an example to the engine, not a story to its annotator.
    storyMisses: 1,
  },
  {
    // Eight more drafts written and annotated blind; first run and last in outside/holdout4/README.md.
    folder: 'outside/holdout4',
    below: {
      'ccar.missing-challenge': [1, 0],
      'ccar.missing-context': [1, 0.5],
      'ccar.missing-result': [0.5, 1],
      'claim.vague-quantifier': [1, 0.85],
      'ecq.too-many-examples': [1, 0],
      'result.unquantified': [1, 0.8],
      'resume.weak-start': [0.87, 1],
      'voice.passive': [1, 0.83],
    },
    // The Marshals narrative's third story ("Finally, in 2014, …") is read with the second; the
    // interview file's answers to general questions are examples to the engine.
    storyMisses: 2,
  },
  {
    // Eight more drafts written and annotated blind; first run and last in outside/holdout5/README.md.
    folder: 'outside/holdout5',
    below: {
      'ccar.missing-challenge': [0, 1],
      'ccar.missing-context': [1, 0.6],
      'ccar.missing-result': [0.5, 1],
      'result.unquantified': [1, 0.8],
      'resume.weak-start': [0.85, 1],
      'voice.passive': [1, 0.7],
    },
    // The interview file's answer to a general question is an example to the engine, not a story to its annotator.
    storyMisses: 1,
  },
  {
    // Eight more drafts written and annotated blind; first run and last in outside/holdout6/README.md.
    folder: 'outside/holdout6',
    below: {
      'acronym.undefined': [0.87, 1],
      'ccar.missing-context': [1, 0],
      'claim.vague-quantifier': [0.8, 1],
      'resume.weak-start': [0.54, 0.85],
      'voice.passive': [1, 0.85],
    },
    // The interview file's answers to its two general questions are examples to the engine.
    storyMisses: 1,
  },
  {
    // Eight more drafts written and annotated blind; first run and last in outside/holdout7/README.md.
    folder: 'outside/holdout7',
    below: {
      'ccar.missing-context': [1, 0],
      'ccar.missing-result': [0.66, 1],
      'claim.vague-quantifier': [1, 0.87],
      'phrase.weak': [1, 0.83],
      'result.unquantified': [1, 0.75],
      'voice.passive': [0.92, 0.85],
    },
    // A story whose first paragraph is a bold date line: the engine starts it two paragraphs early.
    storyMisses: 1,
  },
  {
    // Eight more drafts written and annotated blind; first run and last in outside/holdout8/README.md.
    folder: 'outside/holdout8',
    below: {
      'ccar.missing-context': [1, 0],
      'voice.passive': [1, 0.83],
    },
    // The interview file's two general answers are examples to the engine.
    storyMisses: 1,
  },
  {
    // Eight more drafts written and annotated blind at the end of a session, scored once and not
    // tuned on: these floors are its first run (outside/holdout9/README.md).
    folder: 'outside/holdout9',
    below: {
      'acronym.undefined': [1, 0.87],
      'ccar.missing-action': [0, 0],
      'ccar.missing-challenge': [0, 0],
      'ccar.missing-context': [0.33, 0.5],
      'ccar.missing-result': [0, 1],
      'phrase.weak': [1, 0.85],
      'recency.stale': [0.66, 1],
      'result.unquantified': [0.8, 0.57],
      'voice.passive': [0.8, 0.8],
      'voice.we': [0.91, 1],
    },
    // Plain numbered lines for ECQ headings in Markdown (read as a list), "Q:"/"A:" lines in a
    // Markdown interview file (questions must be headings there), and "Summary:" lines.
    storyMisses: 3,
  },
  {
    // Ten more of OPM's tagged statements, annotated blind; first run in narratives/holdout/README.md.
    folder: 'real/narratives/holdout',
    below: {
      'claim.vague-quantifier': [0.9, 1],
      'phrase.weak': [1, 0.66],
      'plain.wordy': [0.77, 0.87],
      'result.unquantified': [1, 0.25],
      'voice.passive': [1, 0],
      'voice.we': [1, 0.88],
    },
    // 0.574 (120 of 209) at the first run; 119 of 209 since relative-clause passives stopped
    // counting as narration (two VA sentences now read as results) and "Recently," split a story.
    ccarAccuracy: 0.569,
  },
  {
    // Two real KSA answers (GS-5), annotated blind; first run in narratives/holdout3/README.md.
    // Below SES level: routine duties told in the present tense, which the CCAR inference reads
    // as a role ("I type letters every day") rather than an action.
    folder: 'real/narratives/holdout3',
    below: {
      'ccar.missing-action': [0, 1],
      'ccar.missing-challenge': [1, 0],
      'claim.philosophy': [1, 0],
      'claim.vague-quantifier': [1, 0.5],
    },
  },
];

for (const set of SETS) {
  suite(`real text: ${set.folder}`, () => {
    const result = evaluateFolder(path.join(root, set.folder), TODAY);

    test('every rule holds its bar', () => {
      // An empty or missing folder would hold every bar with nothing to score.
      assert.ok(result.files > 0 && result.scores.size > 0, `no annotated files in ${set.folder}`);
      const failing: string[] = [];
      for (const [rule, s] of result.scores) {
        const [p, r] = set.below?.[rule] ?? [BAR, BAR];
        if (precision(s) < p - 1e-9 || recall(s) < r - 1e-9) {
          failing.push(`${rule}: P=${precision(s).toFixed(2)} (floor ${p}) R=${recall(s).toFixed(2)} (floor ${r}); FP ${s.falsePositives.join('; ')} FN ${s.falseNegatives.join('; ')}`);
        }
      }
      assert.deepEqual(failing, []);
    });

    test(set.storyMisses ? `every story is found, each within a paragraph (at most ${set.storyMisses} file off, as measured)` : 'every story is found, each within a paragraph of where it begins and ends', () => {
      const wrong = result.stories.filter((s) => s.right !== s.expected || s.found !== s.expected).map((s) => `${s.file}: ${s.right} of ${s.expected} right, ${s.found} found; ${s.misses.join('; ')}`);
      assert.ok(wrong.length <= (set.storyMisses ?? 0), wrong.join('\n'));
    });

    if (set.ccarAccuracy !== undefined) {
      test(`per-sentence CCAR accuracy against OPM's tags is at least ${set.ccarAccuracy}`, () => {
        assert.ok(result.ccar.total > 0);
        const accuracy = result.ccar.correct / result.ccar.total;
        assert.ok(accuracy >= set.ccarAccuracy!, `accuracy ${accuracy.toFixed(3)} (${result.ccar.correct} of ${result.ccar.total})`);
      });

      test('no CCAR part is reported missing where OPM tagged it', () => {
        const missing = [...result.scores].filter(([rule, s]) => rule.startsWith('ccar.missing-') && s.fp > 0);
        assert.deepEqual(missing.map(([rule, s]) => `${rule}: ${s.falsePositives.join('; ')}`), []);
      });
    }
  });
}

suite('real announcements: the posting reader', () => {
  // Floors are the figures measured when each set was added (test/fixtures/postings/real/README.md):
  // a change may raise them, never lower them.
  const floors: Record<string, { tqP: number; tqR: number; ecq: number; picks: number; titles: number; agencies: number }> = {
    shared: { tqP: 1, tqR: 1, ecq: 1, picks: 0.9, titles: 1, agencies: 1 },
    dev: { tqP: 1, tqR: 1, ecq: 5 / 7, picks: 0.7, titles: 6 / 7, agencies: 6 / 7 },
    'tq-excerpts': { tqP: 1, tqR: 1, ecq: 1, picks: 0, titles: 1, agencies: 1 },
    holdout: { tqP: 1, tqR: 1, ecq: 1, picks: 0.8, titles: 1, agencies: 0 },
    // First run (blind): TQs 1/1, ECQ 13/13, titles 6/9, agencies 6/10, picks 0.74, 2 boilerplate terms.
    holdout2: { tqP: 1, tqR: 1, ecq: 1, picks: 0.75, titles: 1, agencies: 0.9 },
  };
  for (const [set, floor] of Object.entries(floors)) {
    test(`${set}: TQs word for word, ECQ set, key terms, no boilerplate`, () => {
      const s = evaluatePostingSet(path.resolve(__dirname, '../../../test/fixtures/postings/real', set));
      assert.ok(s.files > 0);
      const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
      assert.ok(ratio(s.tqTp, s.tqTp + s.tqFp) >= floor.tqP, `TQ precision ${s.tqTp}/${s.tqTp + s.tqFp}\n${s.misses.join('\n')}`);
      assert.ok(ratio(s.tqTp, s.tqTp + s.tqFn) >= floor.tqR, `TQ recall ${s.tqTp}/${s.tqTp + s.tqFn}\n${s.misses.join('\n')}`);
      assert.ok(s.ecqRight / s.files >= floor.ecq - 1e-9, `ECQ set ${s.ecqRight}/${s.files}`);
      assert.ok(ratio(s.picksFound, s.picksTotal) >= floor.picks, `picks ${s.picksFound}/${s.picksTotal}`);
      assert.ok(ratio(s.titleRight, s.titleExpected) >= floor.titles - 1e-9, `titles ${s.titleRight}/${s.titleExpected}\n${s.misses.join('\n')}`);
      assert.ok(ratio(s.agencyRight, s.agencyExpected) >= floor.agencies - 1e-9, `agencies ${s.agencyRight}/${s.agencyExpected}\n${s.misses.join('\n')}`);
      assert.deepEqual(s.boilerplate, []);
    });
  }
});

suite('a second annotator on OPM\'s tagged statements', () => {
  // The figures measured when the blind labels were added (test/fixtures/real/second-annotator):
  // a careful reader agrees with OPM's tags on about 0.7 of sentences, so OPM's own tags set a
  // ceiling well under 1 for any per-sentence figure. The tool's floors are its figures then.
  const labels = JSON.parse(fs.readFileSync(path.join(root, 'real/second-annotator/labels.json'), 'utf8')) as Record<string, SecondLabel[]>;
  const FOLDERS = [
    { folder: 'real/opm', annotatorWithOpm: 0.70, toolWithAnnotator: 0.62, setupToolWithAnnotator: 0.74 },
    { folder: 'real/narratives/holdout', annotatorWithOpm: 0.68, toolWithAnnotator: 0.56, setupToolWithAnnotator: 0.75 },
  ];
  for (const set of FOLDERS) {
    test(`${set.folder}: the annotator's agreement with OPM is as recorded, and the tool's with the annotator holds its floor`, () => {
      const dir = path.join(root, set.folder);
      const a = secondAnnotatorAgreement(labels, dir, TODAY);
      assert.ok(a.files >= 5);
      const share = (n: number) => Math.round((n / a.sentences) * 100) / 100;
      assert.equal(share(a.annotatorWithOpm), set.annotatorWithOpm);
      assert.ok(share(a.toolWithAnnotator) >= set.toolWithAnnotator, `tool with annotator ${share(a.toolWithAnnotator)}`);
      assert.ok(share(a.setup.toolWithAnnotator) >= set.setupToolWithAnnotator, `setup: tool with annotator ${share(a.setup.toolWithAnnotator)}`);
    });
  }
});
