import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderAll } from '../../scripts/docs';
import { RULE_IDS, docsPath } from '../../server/src/core/rules/types';

const repoRoot = path.resolve(__dirname, '../../..');

suite('rule docs', () => {
  test('every rule has a docs page, and the pages match the registry (run `npm run generate`)', () => {
    for (const [name, text] of renderAll()) {
      const file = path.join(repoRoot, 'docs/rules', name);
      assert.ok(fs.existsSync(file), `missing ${file}`);
      assert.equal(fs.readFileSync(file, 'utf8'), text, `${name} is out of date: run npm run generate`);
    }
    for (const id of RULE_IDS) assert.ok(fs.existsSync(path.join(repoRoot, docsPath(id))), id);
  });

  test('the README lists every rule', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    for (const id of RULE_IDS) assert.ok(readme.includes(`[\`${id}\`](docs/rules/${id}.md)`), id);
  });
});
