import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { anchorOf, IgnoredFinding, parseIgnoreFile, serialiseIgnoreFile, withIgnoredFinding } from '../../server/src/core/ignores';
import { addIgnoredFinding, clearIgnoredFindings, loadIgnoreFile } from '../../server/src/node/ignoreFile';
import { loadConfigFor } from '../../server/src/node/projectConfig';
import { runCli } from '../../server/src/cli/main';
import { joinLines, lint } from '../helpers/fixtures';
import { tempDir } from '../helpers/tempDir';

const config = { rules: { 'ccar.missing-challenge': 'off', 'ccar.missing-context': 'off', 'ccar.missing-action': 'off', 'ccar.missing-result': 'off' } } as const;

const DRAFT = joinLines(
  '## ECQ 1: Driving Efficiency',
  '',
  'In 2023 the office took 147 days to issue awards, and 14 review steps slowed 410 staff.',
  '',
  'I was responsible for cutting the steps. Later I was responsible for the budget too.',
  '',
);

function weakPhrases(text: string, ignored: readonly IgnoredFinding[] = []): string[] {
  return lint(text, { config: { ...config, ignored } }).findings.filter((f) => f.ruleId === 'phrase.weak').map((f) => text.slice(f.span.start, f.span.end));
}

/** What the quick fix records for the first finding of `rule` in `text`. */
function ignoreFirst(text: string, rule: IgnoredFinding['rule']): IgnoredFinding {
  const finding = lint(text, { config }).findings.find((f) => f.ruleId === rule)!;
  return { rule, ...anchorOf(text, finding.span) };
}

suite('ignored findings (ecq-ignore.json): the engine', () => {
  test('an anchor is the words and their sentence, whitespace collapsed; not the line', () => {
    const text = 'First sentence here. I was  responsible\nfor it all. Last one.';
    const start = text.indexOf('was');
    assert.deepEqual(anchorOf(text, { start, end: text.indexOf('\nfor') }), { text: 'was responsible', context: 'I was responsible for it all.' });
    // A list item is its own context, even without a full stop.
    const list = '- Led a team of 12\n- Responsible for budgets\n- Cut costs';
    assert.equal(anchorOf(list, { start: list.indexOf('Responsible'), end: list.indexOf(' for') }).context, '- Responsible for budgets');
  });

  test('ignoring hides only that finding, and it stays hidden after an edit above it', () => {
    assert.deepEqual(weakPhrases(DRAFT), ['was responsible for', 'was responsible for']);
    const ignored = [ignoreFirst(DRAFT, 'phrase.weak')];
    assert.deepEqual(weakPhrases(DRAFT, ignored), ['was responsible for'], 'the second sentence still shows');
    const editedAbove = DRAFT.replace('In 2023 the office', 'Back in fiscal 2023, after a reorganization,\nthe office');
    assert.deepEqual(weakPhrases(editedAbove, ignored), ['was responsible for']);
    // Re-wrapping the sentence itself leaves it ignored too: whitespace does not count.
    assert.deepEqual(weakPhrases(DRAFT.replace('for cutting the steps', 'for cutting\nthe steps'), ignored), ['was responsible for']);
  });

  test('changing the sentence brings the finding back', () => {
    const ignored = [ignoreFirst(DRAFT, 'phrase.weak')];
    assert.deepEqual(weakPhrases(DRAFT.replace('cutting the steps', 'cutting the review steps'), ignored), ['was responsible for', 'was responsible for']);
  });

  test('the same words under another rule are not ignored', () => {
    const entry = ignoreFirst(DRAFT, 'phrase.weak');
    assert.deepEqual(weakPhrases(DRAFT, [{ ...entry, rule: 'voice.we' }]).length, 2);
  });

  test('the file: parsed leniently, serialised stably, no duplicates', () => {
    const entry: IgnoredFinding = { rule: 'phrase.weak', text: 'was responsible for', context: 'I was responsible for cutting the steps.', file: 'a.ecq.md' };
    const once = withIgnoredFinding([], entry);
    assert.equal(once.added, true);
    assert.equal(withIgnoredFinding(once.ignored, { ...entry, file: 'b.ecq.md' }).added, false);
    const text = serialiseIgnoreFile(once.ignored);
    assert.deepEqual(parseIgnoreFile(text), { ignored: [entry], problems: [] });
    const bad = parseIgnoreFile(JSON.stringify({ ignored: [{ rule: 'no.such-rule', text: 'x', context: 'x' }, { rule: 'phrase.weak', text: 1 }, entry] }));
    assert.deepEqual(bad.ignored, [entry]);
    assert.equal(bad.problems.length, 2);
    assert.match(parseIgnoreFile('{ not json').problems[0]!, /not valid JSON/);
    assert.match(parseIgnoreFile('[]').problems[0]!, /"ignored" list/);
  });
});

suite('ignored findings: the file beside the config, and ecq lint', () => {
  const run = (args: string[], cwd: string) => {
    let out = '';
    const code = runCli(args, { out: (t) => (out += t), err: () => undefined, cwd, now: () => new Date(Date.UTC(2026, 10, 22)) });
    return { code, out };
  };

  test('written, read back into the config, and cleared', () => {
    const t = tempDir({ 'ecq.config.json': '{}', 'a.ecq.md': DRAFT });
    try {
      const entry = { ...ignoreFirst(DRAFT, 'phrase.weak'), file: 'a.ecq.md' };
      assert.deepEqual(addIgnoredFinding(t.dir, entry), { ok: true, changed: true });
      assert.deepEqual(addIgnoredFinding(t.dir, entry), { ok: true, changed: false });
      assert.deepEqual(loadIgnoreFile(t.dir).ignored, [entry]);
      assert.deepEqual(loadConfigFor(t.file('a.ecq.md')).config.ignored, [entry]);
      assert.deepEqual(clearIgnoredFindings(t.dir), { ok: true, changed: true });
      assert.deepEqual(loadConfigFor(t.file('a.ecq.md')).config.ignored, []);
      assert.equal(fs.readFileSync(t.file('a.ecq.md'), 'utf8'), DRAFT, 'the draft is never touched');
    } finally {
      t.dispose();
    }
  });

  test('a file that cannot be read back is not overwritten; a link leading outside is refused', function () {
    const t = tempDir({ 'ecq.config.json': '{}', 'ecq-ignore.json': '{ hand-edited, broken' });
    const outside = tempDir();
    try {
      const entry = ignoreFirst(DRAFT, 'phrase.weak');
      const refused = addIgnoredFinding(t.dir, entry);
      assert.equal(refused.ok, false);
      assert.equal(fs.readFileSync(t.file('ecq-ignore.json'), 'utf8'), '{ hand-edited, broken');
      assert.match(loadConfigFor(t.file('a.ecq.md')).messages.map((m) => m.message).join(), /ignore file is not valid JSON/);
      fs.rmSync(t.file('ecq-ignore.json'));
      if (process.platform === 'win32') this.skip();
      fs.symlinkSync(path.join(outside.dir, 'ecq-ignore.json'), t.file('ecq-ignore.json'));
      assert.equal(addIgnoredFinding(t.dir, entry).ok, false);
      assert.deepEqual(fs.readdirSync(outside.dir), []);
    } finally {
      t.dispose();
      outside.dispose();
    }
  });

  test('ecq lint honours the project\'s ecq-ignore.json, also after an edit above the finding', () => {
    const entry = { ...ignoreFirst(DRAFT, 'phrase.weak'), file: 'a.ecq.md' };
    const edited = DRAFT.replace('## ECQ 1: Driving Efficiency\n', '## ECQ 1: Driving Efficiency\n\nA new opening paragraph about the awards office and its 410 staff.\n');
    const t = tempDir({ 'ecq.config.json': '{}', 'a.ecq.md': edited, 'ecq-ignore.json': serialiseIgnoreFile([entry]) });
    try {
      const r = run(['lint', '--format', 'json', 'a.ecq.md'], t.dir);
      const weak = (JSON.parse(r.out) as { files: { findings: { rule: string }[] }[] }).files[0]!.findings.filter((f) => f.rule === 'phrase.weak');
      assert.equal(weak.length, 1, r.out);
      fs.rmSync(t.file('ecq-ignore.json'));
      const again = JSON.parse(run(['lint', '--format', 'json', 'a.ecq.md'], t.dir).out) as { files: { findings: { rule: string }[] }[] };
      assert.equal(again.files[0]!.findings.filter((f) => f.rule === 'phrase.weak').length, 2);
    } finally {
      t.dispose();
    }
  });
});
