import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG } from '../../server/src/core/config';

/**
 * The defaults of every setting are written in three places a user reads: the extension
 * manifest (the Settings editor), the engine's DEFAULT_CONFIG (what runs), and the README.
 * DEFAULT_CONFIG is the source; these tests fail when either copy drifts from it.
 */

const root = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, { default?: unknown }> } };
};
const properties = manifest.contributes.configuration.properties;
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

/** The editor settings that are engine settings, with the engine's default for each. */
function engineDefaults(): Map<string, unknown> {
  const out = new Map<string, unknown>([
    ['ecq.ecqSet', DEFAULT_CONFIG.ecqSet],
    ['ecq.recencyYears', DEFAULT_CONFIG.recencyYears],
    ['ecq.rules', DEFAULT_CONFIG.rules],
  ]);
  for (const [key, value] of Object.entries(DEFAULT_CONFIG.limits)) out.set(`ecq.limits.${key}`, value);
  return out;
}

/** The README's settings table: setting → the default it shows, with "`ecq.limits.a`, `…b` | 1, 2" rows expanded. */
function readmeSettings(): Map<string, string> {
  const section = readme.slice(readme.indexOf('### Settings'));
  const table = section.slice(0, section.indexOf('\n\n', section.indexOf('|---')));
  const out = new Map<string, string>();
  for (const row of table.split('\n').filter((l) => l.startsWith('| `'))) {
    const [names, defaults] = row.split('|').slice(1, 3).map((c) => c.trim());
    const keys = [...names!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    const values = defaults!.split(',').map((v) => v.trim().replace(/^`|`$/g, ''));
    let prefix = '';
    keys.forEach((key, i) => {
      const full = key.startsWith('…') ? `${prefix}${key.slice(1)}` : key;
      if (!key.startsWith('…')) prefix = key.slice(0, key.lastIndexOf('.') + 1);
      out.set(full, values.length === keys.length ? values[i]! : values.join(', '));
    });
  }
  return out;
}

/** The README's example `ecq.config.json`, comments removed. */
function readmeConfigExample(): Record<string, unknown> {
  const start = readme.indexOf('```jsonc', readme.indexOf('## Project configuration'));
  const body = readme.slice(readme.indexOf('\n', start) + 1, readme.indexOf('```', start + 8));
  return JSON.parse(body.replace(/\/\/[^\n]*/g, '')) as Record<string, unknown>;
}

suite('settings: one set of defaults', () => {
  test('the manifest offers every engine setting, with the engine\'s default', () => {
    for (const [key, value] of engineDefaults()) {
      assert.ok(properties[key], `package.json does not contribute ${key}`);
      assert.deepEqual(properties[key]!.default, value, key);
    }
    const limits = Object.keys(properties).filter((k) => k.startsWith('ecq.limits.'));
    assert.deepEqual(limits.sort(), Object.keys(DEFAULT_CONFIG.limits).map((k) => `ecq.limits.${k}`).sort());
  });

  test('the README lists every contributed setting with its default', () => {
    const listed = readmeSettings();
    for (const [key, spec] of Object.entries(properties)) {
      assert.ok(listed.has(key), `README's settings table does not list ${key}`);
      const shown = listed.get(key)!;
      const expected = typeof spec.default === 'object' ? JSON.stringify(spec.default) : String(spec.default);
      assert.equal(shown, expected, key);
    }
    assert.deepEqual([...listed.keys()].filter((k) => !properties[k]), [], 'the README lists settings the manifest does not contribute');
  });

  test('the README\'s example project config shows the engine\'s defaults', () => {
    const example = readmeConfigExample();
    assert.deepEqual(example['limits'], DEFAULT_CONFIG.limits);
    assert.deepEqual(example['page'], { ...DEFAULT_CONFIG.page, headingSizes: [...DEFAULT_CONFIG.page.headingSizes] });
    assert.deepEqual(example['stories'], DEFAULT_CONFIG.stories);
    assert.deepEqual(example['interview'], DEFAULT_CONFIG.interview);
    assert.equal(example['recencyYears'], DEFAULT_CONFIG.recencyYears);
  });
});
