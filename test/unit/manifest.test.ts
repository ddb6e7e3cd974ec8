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
    for (const kind of ['ecq', 'tq', 'resume', 'stories', 'posting']) {
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
});
