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
