import * as assert from 'node:assert/strict';
import { joinLines, lint } from '../helpers/fixtures';

// Snippets without headings are one example each; CCAR completeness is not what these test.
const config = { rules: { 'ccar.missing-challenge': 'off', 'ccar.missing-context': 'off', 'ccar.missing-action': 'off', 'ccar.missing-result': 'off' } } as const;

function rules(text: string): string[] {
  return lint(text, { config }).findings.map((f) => `${f.ruleId}@${text.slice(0, f.span.start).split('\n').length}`);
}

suite('suppression comments', () => {
  test('disable-next-line, for one rule, skipping blank lines', () => {
    const text = joinLines('<!-- ecq-disable-next-line phrase.weak -->', '', 'I helped. We did it.', 'I helped.');
    assert.deepEqual(rules(text), ['voice.we@3', 'phrase.weak@4']);
  });
  test('disable-line, on the same line', () => {
    assert.deepEqual(rules('I helped. <!-- ecq-disable-line phrase.weak -->\nI helped.'), ['phrase.weak@2']);
  });
  test('disable-next-paragraph covers a whole block', () => {
    const text = joinLines('<!-- ecq-disable-next-paragraph phrase.weak -->', 'I helped.', 'I helped again.', '', 'I helped.');
    assert.deepEqual(rules(text), ['phrase.weak@5']);
  });
  test('disable … enable ranges; a family prefix; no ids means all rules', () => {
    const text = joinLines('<!-- ecq-disable phrase -->', 'I helped.', '<!-- ecq-enable phrase -->', 'I helped.', '<!-- ecq-disable -->', 'We built numerous things.');
    assert.deepEqual(rules(text), ['phrase.weak@4']);
  });
  test('an enable ends only the rules it names', () => {
    const text = joinLines('<!-- ecq-disable phrase.weak voice.we -->', 'We helped.', '<!-- ecq-enable voice.we -->', 'We helped.');
    assert.deepEqual(rules(text), ['voice.we@4']);
  });
  test('disable-file, anywhere in the file', () => {
    assert.deepEqual(rules('I helped.\n\n<!-- ecq-disable-file phrase.weak -->\n\nI helped.'), []);
  });
  test('an unknown id is reported where it is written', () => {
    const text = '<!-- ecq-disable-next-line phrase.weakk, ccar -->\nI helped.';
    const f = lint(text, { config }).findings;
    assert.deepEqual(f.map((x) => x.ruleId), ['suppression.unknown-rule', 'phrase.weak']);
    assert.equal(text.slice(f[0]!.span.start, f[0]!.span.end), 'phrase.weakk');
  });
  test('comments work in plain text too', () => {
    const f = lint('<!-- ecq-disable-next-line phrase.weak -->\nI helped.', { path: 'a.ecq.txt', config }).findings;
    assert.deepEqual(f, []);
  });
});
