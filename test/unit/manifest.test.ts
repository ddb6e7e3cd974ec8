import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rulesSetting, snippets } from '../../scripts/manifest';
import { RULE_IDS } from '../../server/src/core/rules/types';
import { ECQ_SETS } from '../../server/src/core/domain/ecqSets';
import { CommandIds } from '../../client/src/commandIds';

const root = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  engines: { vscode: string };
  capabilities?: { untrustedWorkspaces?: { supported: unknown }; virtualWorkspaces?: { supported: unknown; description?: string } };
  main: string;
  contributes: {
    configuration: { properties: Record<string, { properties?: Record<string, unknown> }> };
    commands: { command: string; category: string }[];
    languages: { id: string; extensions: string[] }[];
    grammars: { path: string }[];
    snippets: { path: string }[];
    problemMatchers: { name: string; pattern: { regexp: string; file: number; line: number; column: number; severity: number; message: number; code: number } }[];
    menus: Record<string, { command: string; when?: string }[]>;
    configurationDefaults: Record<string, Record<string, unknown>>;
    walkthroughs?: { id: string; when?: string; steps: { id: string; description: string; media: { image?: string; altText?: string } }[] }[];
    viewsWelcome?: { view: string; contents: string }[];
    views: Record<string, { id: string }[]>;
  };
};

suite('extension manifest', () => {
  test('per-rule settings list exactly the registry (run `npm run generate`)', () => {
    assert.deepEqual(manifest.contributes.configuration.properties['ecq.rules'], rulesSetting());
    assert.deepEqual(Object.keys(manifest.contributes.configuration.properties['ecq.rules']!.properties!), [...RULE_IDS]);
  });

  test('snippets are generated from the ECQ data: a skeleton for each ECQ of both sets', () => {
    const committed = JSON.parse(fs.readFileSync(path.join(root, 'snippets/ecq.code-snippets'), 'utf8')) as Record<string, unknown>;
    assert.deepEqual(committed, snippets());
    const ecqSnippets = Object.keys(committed).filter((k) => k.startsWith('ECQ '));
    assert.equal(ecqSnippets.length, ECQ_SETS['2025'].ecqs.length + ECQ_SETS.legacy.ecqs.length);
    for (const name of ['CCAR example', 'Technical qualification', 'Resume accomplishment bullet', 'Interview story']) assert.ok(committed[name], name);
  });

  test('engines.vscode accepts VS Code 1.100, which the offline test editor bundles', () => {
    assert.match(manifest.engines.vscode, /^\^1\.(\d+)\.0$/);
    assert.ok(Number(/^\^1\.(\d+)/.exec(manifest.engines.vscode)![1]) <= 100);
  });

  test('every command is contributed under the ECQ category, and every contributed file exists', () => {
    const contributed = manifest.contributes.commands.map((c) => c.command).sort();
    assert.deepEqual(contributed, Object.values(CommandIds).sort());
    assert.ok(manifest.contributes.commands.every((c) => c.category === 'ECQ'));
    for (const f of [...manifest.contributes.grammars.map((g) => g.path), ...manifest.contributes.snippets.map((s) => s.path), 'language-configuration.json', 'resources/ecq.svg']) {
      assert.ok(fs.existsSync(path.join(root, f)), f);
    }
  });

  test('the draft languages claim the draft file names', () => {
    const extensions = manifest.contributes.languages.flatMap((l) => l.extensions);
    for (const kind of ['ecq', 'tq', 'resume', 'stories', 'posting', 'interview']) {
      assert.ok(extensions.includes(`.${kind}.md`) && extensions.includes(`.${kind}.txt`), kind);
    }
  });

  test('runs in Restricted Mode, and says what a virtual workspace lacks', () => {
    // Nothing a workspace supplies runs as code, so an untrusted folder loses nothing; the
    // real-editor check is test/e2e/suite/restricted.
    assert.deepEqual(manifest.capabilities?.untrustedWorkspaces, { supported: true });
    assert.equal(manifest.capabilities?.virtualWorkspaces?.supported, 'limited');
    for (const needsDisk of ['ecq.config.json', 'vocabulary', 'job posting', 'Lint Workspace']) assert.match(manifest.capabilities.virtualWorkspaces.description ?? '', new RegExp(needsDisk));
  });

  test('the $ecq problem matcher reads `ecq lint` text output', () => {
    const matcher = manifest.contributes.problemMatchers.find((m) => m.name === 'ecq')!;
    const { regexp, file, line, column, severity, message, code } = matcher.pattern;
    const output = 'drafts/my app.ecq.md:8:121 hint Wordy: "utilized" → "used". [plain.wordy]';
    const m = new RegExp(regexp).exec(output)!;
    assert.deepEqual([m[file], m[line], m[column], m[severity], m[message], m[code]], ['drafts/my app.ecq.md', '8', '121', 'hint', 'Wordy: "utilized" → "used".', 'plain.wordy']);
    assert.equal(new RegExp(regexp).exec('3 findings (1 error, 2 warnings) in 1 file'), null, 'the summary line is not a problem');
  });

  test('the explorer offers Set Job Posting on posting files only', () => {
    const entry = manifest.contributes.menus['explorer/context']!.find((e) => e.command === 'ecq.setPosting')!;
    const pattern = /=~ \/(.+)\/$/.exec(entry.when!)![1]!;
    for (const name of ['job.posting.md', 'gao.posting.txt', 'x.posting.html']) assert.match(name, new RegExp(pattern), name);
    for (const name of ['job.md', 'a.ecq.md', 'posting.md']) assert.doesNotMatch(name, new RegExp(pattern), name);
  });

  test('drafts suggest snippets as you type and leave typographic dashes and quotes unboxed', () => {
    for (const language of manifest.contributes.languages.filter((l) => l.id.startsWith('ecq-')).map((l) => `[${l.id}]`)) {
      const defaults = manifest.contributes.configurationDefaults[language]!;
      assert.ok(defaults, language);
      // Prose is "other" in the draft grammars, and strings inside Markdown links.
      assert.deepEqual(defaults['editor.quickSuggestions'], { other: 'on', comments: 'off', strings: 'on' });
      assert.equal(defaults['editor.unicodeHighlight.ambiguousCharacters'], false);
      const allowed = defaults['editor.unicodeHighlight.allowedCharacters'] as Record<string, boolean>;
      for (const c of ['–', '—', '‘', '’', '“', '”']) assert.equal(allowed[c], true, c);
    }
  });

  test('the walkthrough: five steps, each with a shipped picture; every button names a contributed command or a built-in one', () => {
    const [walkthrough] = manifest.contributes.walkthroughs ?? [];
    assert.ok(walkthrough, 'contributes.walkthroughs');
    // Without a "when" it shows, and opens, on first install.
    assert.equal(walkthrough.when, undefined);
    assert.equal(`ecq-writer.ecq-writer#${walkthrough.id}`, 'ecq-writer.ecq-writer#gettingStarted', 'the id ecq.openWalkthrough opens');
    const ours = new Set(manifest.contributes.commands.map((c) => c.command));
    const views = new Set(Object.values(manifest.contributes.views).flat().map((v) => `${v.id}.focus`));
    const builtIn = new Set(['workbench.view.extension.ecq', 'workbench.actions.view.problems']);
    const shipped = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8');
    for (const step of walkthrough.steps) {
      assert.ok(step.media.image && step.media.altText, step.id);
      assert.ok(fs.existsSync(path.join(root, step.media.image)), step.media.image);
      assert.ok(step.media.image.startsWith('docs/') && step.media.image.endsWith('.png') && shipped.includes('!docs/*.png'), `${step.media.image} ships in the package`);
      for (const [, command] of step.description.matchAll(/\(command:([\w.-]+)\)/g)) {
        assert.ok(ours.has(command!) || views.has(command!) || builtIn.has(command!), `${step.id}: ${command}`);
      }
    }
    assert.ok(ours.has(CommandIds.openWalkthrough));
  });

  test('every view has welcome content for when it is empty', () => {
    const welcomed = new Set((manifest.contributes.viewsWelcome ?? []).map((w) => w.view));
    for (const view of Object.values(manifest.contributes.views).flat()) assert.ok(welcomed.has(view.id), view.id);
  });
});
