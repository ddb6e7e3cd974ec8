import { ALL_RULES } from '../../server/src/core/rules/registry';
import { expectFindings } from '../helpers/fixtures';

// Every rule carries its own bad and good examples; they are its first tests and its docs.
suite('rule examples', () => {
  for (const rule of ALL_RULES) {
    suite(rule.id, () => {
      rule.examples.bad.forEach((example, i) => {
        test(`bad example ${i + 1} is reported at its markers`, () => {
          expectFindings(rule.id, example.text, { kind: example.kind ?? 'ecq', ...(example.posting !== undefined ? { posting: example.posting } : {}) });
        });
      });
      rule.examples.good.forEach((example, i) => {
        test(`good example ${i + 1} is clean`, () => {
          expectFindings(rule.id, example.text, { kind: example.kind ?? 'ecq', ...(example.posting !== undefined ? { posting: example.posting } : {}) });
        });
      });
      test('has at least one bad and one good example', () => {
        if (rule.examples.bad.length === 0 || rule.examples.good.length === 0) throw new Error(`${rule.id} needs bad and good examples`);
      });
    });
  }
});
