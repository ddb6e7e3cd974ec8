import * as assert from 'node:assert/strict';
import { ALL_RULES } from '../../server/src/core/rules/registry';
import { Finding, RuleExample } from '../../server/src/core/rules/types';
import { expectFindings } from '../helpers/fixtures';

/** The example's text with each finding's preferred fix applied; the fixes of one example must not overlap. */
function withPreferredFixes(text: string, findings: readonly Finding[]): string {
  const edits = findings.flatMap((f) => f.fixes.find((x) => x.preferred)?.edits ?? []).sort((a, b) => a.span.start - b.span.start);
  edits.forEach((e, i) => assert.ok(i === 0 || e.span.start >= edits[i - 1]!.span.end, `overlapping fixes at ${e.span.start}`));
  let out = text;
  for (const e of [...edits].reverse()) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

/** A bracketed prompt for the writer to replace, such as "[Result: Give the outcome with figures…]". */
const PLACEHOLDER = /\[[A-Z][^\]\n]*\]/;

const optionsOf = (example: RuleExample) => ({ kind: example.kind ?? 'ecq', ...(example.posting !== undefined ? { posting: example.posting } : {}) });

// Every rule carries its own bad and good examples; they are its first tests and its docs.
suite('rule examples', () => {
  for (const rule of ALL_RULES) {
    suite(rule.id, () => {
      rule.examples.bad.forEach((example, i) => {
        test(`bad example ${i + 1} is reported at its markers`, () => {
          expectFindings(rule.id, example.text, optionsOf(example));
        });
        test(`bad example ${i + 1} states its text after the preferred fix, exactly when there is one`, () => {
          const result = expectFindings(rule.id, example.text, optionsOf(example));
          const findings = result.findings.filter((f) => f.ruleId === rule.id);
          if (!findings.some((f) => f.fixes.some((x) => x.preferred))) {
            assert.equal(example.fixed, undefined, 'states a fixed text, but no finding has a preferred fix');
            return;
          }
          assert.notEqual(example.fixed, undefined, `has a preferred fix; state the text after it as "fixed":\n${withPreferredFixes(result.document.text, findings)}`);
          assert.equal(withPreferredFixes(result.document.text, findings), example.fixed);
        });
        test(`bad example ${i + 1}: a fix that inserts a placeholder says so, and only such a fix`, () => {
          const result = expectFindings(rule.id, example.text, optionsOf(example));
          for (const fix of result.findings.filter((f) => f.ruleId === rule.id).flatMap((f) => f.fixes)) {
            const inserts = fix.edits.some((e) => PLACEHOLDER.test(e.newText));
            assert.equal(fix.insertsPlaceholder === true, inserts, `${fix.title}: ${fix.edits.map((e) => e.newText).join(' | ')}`);
          }
        });
      });
      rule.examples.good.forEach((example, i) => {
        test(`good example ${i + 1} is clean`, () => {
          expectFindings(rule.id, example.text, optionsOf(example));
          assert.equal(example.fixed, undefined, 'a clean example has nothing to fix');
        });
      });
      test('has at least one bad and one good example', () => {
        if (rule.examples.bad.length === 0 || rule.examples.good.length === 0) throw new Error(`${rule.id} needs bad and good examples`);
      });
    });
  }
});
