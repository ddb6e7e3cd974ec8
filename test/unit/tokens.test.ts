import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenAt, tokenize, Tokens, WordMemo } from '../../server/src/core/nlp/tokens';
import { PhraseMatcher } from '../../server/src/core/nlp/phraseMatcher';

function words(tokens: Tokens): string[] {
  return Array.from({ length: tokens.length }, (_, i) => tokens.lower[i]!);
}

suite('tokens', () => {
  test('words, joiners and offsets', () => {
    const prose = 'I cut U.S. costs 4.3% at AT&T, re-engineered don’t-stop work.';
    const tokens = tokenize(prose);
    assert.deepEqual(words(tokens), ['i', 'cut', 'u.s', 'costs', '4.3', 'at', 'at&t', 're-engineered', "don't-stop", 'work']);
    const t = tokenAt(tokens, 2);
    assert.equal(prose.slice(t.start, t.end), 'U.S');
    assert.equal(t.caps, 2);
  });

  test('the same word has the same number in every block; words outside ASCII have none', () => {
    const a = tokenize('Budget budget BUDGET café');
    const ids = [a.id[0], a.id[1], a.id[2], a.id[3]];
    assert.equal(ids[0], ids[1]);
    assert.equal(ids[1], ids[2]);
    assert.equal(ids[3], -1);
    const b = tokenize('the budget');
    assert.equal(b.id[1], ids[0]);
  });

  test('a word memo computes once per distinct word', () => {
    const seen: string[] = [];
    const memo = new WordMemo((w) => {
      seen.push(w);
      return w.length;
    });
    const tokens = tokenize('memoised words repeat: memoised words repeat, naïve naïve');
    const values = Array.from({ length: tokens.length }, (_, i) => memo.get(tokens, i));
    assert.deepEqual(values, [8, 5, 6, 8, 5, 6, 5, 5]);
    // "naïve" is not interned, so it is computed at each use.
    assert.deepEqual(seen, ['memoised', 'words', 'repeat', 'naïve', 'naïve']);
  });

  test('memos stay right after the word tables are emptied and word numbers start again', () => {
    const memo = new WordMemo((w) => `<${w}>`);
    const matcher = new PhraseMatcher<string>().add('was responsible for', 'weak');
    // Far more distinct words than the tables keep, in blocks of 500, with known words between.
    for (let block = 0; block < 300; block++) {
      const filler = Array.from({ length: 500 }, (_, k) => `w${block}x${k}`).join(' ');
      const tokens = tokenize(`${filler} I was responsible for the budget`);
      for (let i = tokens.length - 6; i < tokens.length; i++) assert.equal(memo.get(tokens, i), `<${tokens.lower[i]}>`);
      const matches = matcher.match(tokens);
      assert.equal(matches.length, 1, `block ${block}`);
      assert.equal(matches[0]!.firstToken, 501);
    }
  });

  test('a memo agrees with its function on any text', () => {
    const memo = new WordMemo((w) => w.split('').reverse().join(''));
    fc.assert(
      fc.property(fc.array(fc.constantFrom('alpha', 'Beta', 'GAMMA', 'delta', 'é', 'x1', 'U.S.', ' ', '. ', '\n'), { maxLength: 40 }), (parts) => {
        const tokens = tokenize(parts.join(' '));
        for (let i = 0; i < tokens.length; i++) assert.equal(memo.get(tokens, i), tokens.lower[i]!.split('').reverse().join(''));
      }),
    );
  });
  test('runs of blanks: words, offsets and the visible length as if each run were one space', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('word', 'I', '4.3%', ',', ' ', '   ', '\t', '\n', '\r\n', ' \n  '), { maxLength: 30 }), (pieces) => {
        const prose = pieces.join('');
        const tokens = tokenize(prose);
        assert.equal(tokens.visibleLength, prose.replace(/[ \t\r\n]+/g, ' ').trim().length, JSON.stringify(prose));
        const expected = [...prose.matchAll(/[A-Za-z0-9]+(?:\.[0-9]+)?/g)].map((m) => [m.index, m.index + m[0].length]);
        assert.deepEqual(Array.from({ length: tokens.length }, (_, i) => [tokens.start[i], tokens.end[i]]), expected, JSON.stringify(prose));
      }),
      { numRuns: 2000 },
    );
  });
});

suite('phrase matcher', () => {
  test('"#" stands for any number after the first word, and only for a number', () => {
    const matcher = new PhraseMatcher<string>().add('throughout my # year|years? career', 'career');
    const found = (prose: string): string[] => matcher.match(tokenize(prose)).map((m) => prose.slice(m.start, m.end));
    assert.deepEqual(found('Throughout my 30 year career I led teams.'), ['Throughout my 30 year career']);
    assert.deepEqual(found('Throughout my 30-year career I led teams.'), ['Throughout my 30-year career']);
    assert.deepEqual(found('Throughout my long career I led teams.'), []);
    assert.deepEqual(found('Throughout my # career'), []);
  });
});
