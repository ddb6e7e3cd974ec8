import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG, parseVocabulary, resolveConfig } from '../../server/src/core/config';

suite('project config', () => {
  test('valid settings are applied', () => {
    const { config, problems } = resolveConfig({ ecqSet: '2025', limits: { ecqCharacters: 5000 }, recencyYears: 7, rules: { 'voice.passive': 'off', 'phrase.weak': 'error' }, vocabulary: 'words.txt' });
    assert.deepEqual(problems, []);
    assert.equal(config.ecqSet, '2025');
    assert.equal(config.limits.ecqCharacters, 5000);
    assert.equal(config.limits.packagePages, DEFAULT_CONFIG.limits.packagePages);
    assert.equal(config.recencyYears, 7);
    assert.equal(config.rules['voice.passive'], 'off');
    assert.equal(config.vocabularyPath, 'words.txt');
  });

  test('every wrong type is named and its default kept', () => {
    const { config, problems } = resolveConfig({ ecqSet: 2025, limits: { ecqCharacters: '8000', pages: 3 }, recencyYears: -1, rules: { 'phrase.weak': 'loud', 'no.such': 'off' }, vocabulary: 7, colour: 'red' });
    assert.deepEqual(
      problems.map((p) => p.key),
      ['colour', 'ecqSet', 'limits.ecqCharacters', 'limits.pages', 'recencyYears', 'rules.phrase.weak', 'rules.no.such', 'vocabulary'],
    );
    assert.match(problems.find((p) => p.key === 'ecqSet')!.message, /must be "2025", "legacy" or "auto", not number 2025/);
    assert.deepEqual(config, DEFAULT_CONFIG);
  });

  test('a config that is not an object', () => {
    const { config, problems } = resolveConfig([1, 2]);
    assert.equal(problems.length, 1);
    assert.equal(config, DEFAULT_CONFIG);
  });

  test('vocabulary: terms, acronyms with spelled-out forms, comments', () => {
    const { vocabulary, problems } = parseVocabulary('# accepted terms\nFedRAMP = Federal Risk and Authorization Management Program\nNAVFAC\nzero trust  # a term\n= orphan\n');
    assert.equal(vocabulary.acronyms.get('FedRAMP'), 'Federal Risk and Authorization Management Program');
    assert.equal(vocabulary.acronyms.has('NAVFAC'), true);
    assert.equal(vocabulary.terms.has('zero trust'), true);
    assert.deepEqual(problems, [{ line: 5, message: 'a line with "=" needs a term before it' }]);
  });
});

suite('project config: never crashes', () => {
  // JSON.parse as a config reader would: keys are own properties, "__proto__" included.
  const parsed = (json: string): unknown => JSON.parse(json);

  test('keys named like Object.prototype\'s are unknown settings, not a crash', () => {
    for (const json of ['{"page": {"constructor": 1}}', '{"page": {"toString": 1}}', '{"stories": {"valueOf": 2}}', '{"limits": {"valueOf": 1}}', '{"limits": {"hasOwnProperty": 3}}', '{"rules": {"hasOwnProperty": "off"}}', '{"toString": 1}']) {
      const { config, problems } = resolveConfig(parsed(json));
      assert.equal(problems.length, 1, json);
      assert.match(problems[0]!.message, /unknown/, json);
      assert.deepEqual(config.limits, DEFAULT_CONFIG.limits, json);
      assert.deepEqual(config.page, DEFAULT_CONFIG.page, json);
      assert.equal(Object.hasOwn(config.limits, 'valueOf'), false);
    }
  });

  test('a "__proto__" key, however the parser stored it, is reported and nothing of it is read', () => {
    const viaAssignment: Record<string, unknown> = {};
    // A parser that assigns keys one by one makes "__proto__" the prototype.
    viaAssignment['__proto__'] = { ecqSet: 'legacy', recencyYears: 3 };
    const { config, problems } = resolveConfig(viaAssignment);
    assert.equal(config.ecqSet, DEFAULT_CONFIG.ecqSet);
    assert.equal(config.recencyYears, DEFAULT_CONFIG.recencyYears);
    assert.match(problems[0]!.message, /__proto__/);
    const own = resolveConfig(parsed('{"__proto__": {"ecqSet": "legacy"}}'));
    assert.equal(own.config.ecqSet, DEFAULT_CONFIG.ecqSet);
    assert.equal(own.problems.length, 1);
  });

  test('a number too large for a double is named as such, not "null"', () => {
    const { problems } = resolveConfig(parsed('{"recencyYears": 1e400, "limits": {"ecqCharacters": 1e999}}'));
    assert.deepEqual(problems.map((p) => p.key), ['limits.ecqCharacters', 'recencyYears']);
    for (const p of problems) assert.match(p.message, /a number too large to use$/);
  });
});
