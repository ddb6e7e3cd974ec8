import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import fc from 'fast-check';
import { regexLiteralsIn } from '../helpers/regexLiterals';
import { atxClosingStart } from '../../server/src/core/parse/inlineMask';
import { boldMask } from '../../server/src/core/resume/resume';
import { withoutTrailingTag } from '../../server/src/core/rules/checks/resume';
import { kindFromContent } from '../../server/src/core/parse/kind';
import { matchEcqHeading, matchExampleLabel, matchTqHeading } from '../../server/src/core/domain/headings';

/**
 * The quadratic patterns of issue 12 were rewritten to run in linear time. Each rewrite must
 * mean what the old pattern meant: here both are run on generated text made of the pieces
 * that matter to them, and must agree. The new pattern is looked up in the source, so a later
 * change to it is tested too.
 */

const literals = regexLiteralsIn(path.resolve(__dirname, '../../../server/src/core'));

/** The pattern as it now stands in `file`; fails if it is not there. */
function current(file: string, literal: string): RegExp {
  const found = literals.find((l) => l.file === file && l.literal === literal);
  assert.ok(found, `${literal} is no longer in ${file}`);
  return new RegExp(found.source, found.flags);
}

/** Text of the given pieces: runs of blanks and marks where the old patterns backtracked. */
function textOf(pieces: readonly string[], maxLength = 24): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...pieces), { maxLength }).map((p) => p.join(''));
}

const RUNS = { numRuns: 3000 };

function sameExec(oldPattern: RegExp, newPattern: RegExp, pieces: readonly string[]): void {
  fc.assert(
    fc.property(textOf(pieces), (text) => {
      oldPattern.lastIndex = 0;
      newPattern.lastIndex = 0;
      const a = oldPattern.exec(text);
      const b = newPattern.exec(text);
      assert.deepEqual(b && { index: b.index, groups: [...b] }, a && { index: a.index, groups: [...a] }, JSON.stringify(text));
    }),
    RUNS,
  );
}

function sameReplace(oldPattern: RegExp, replaceNew: (text: string) => string, pieces: readonly string[]): void {
  fc.assert(
    fc.property(textOf(pieces), (text) => {
      assert.equal(replaceNew(text), text.replace(oldPattern, ''), JSON.stringify(text));
    }),
    RUNS,
  );
}

const BLANKS = [' ', '  ', '\t'];

suite('linear regex rewrites mean what the old patterns meant', () => {
  test('the heading closer (inlineMask.ts), now a scan from the line end', () => {
    fc.assert(
      fc.property(textOf([...BLANKS, '#', '##', 'x', 'Title']), (line) => {
        assert.equal(atxClosingStart(line), /[ \t]+#+[ \t]*$/.exec(line)?.index ?? -1, JSON.stringify(line));
      }),
      RUNS,
    );
  });

  test('the ECQ heading patterns (headings.ts)', () => {
    const pieces = [...BLANKS, '\n', 'ECQ', 'ecq', '#', '1', '3', '12', '-', '–', ':', '.', ')', 'x', 'Leading Change'];
    sameExec(/^\s*ecq\s*#?\s*(\d)\s*[-–—:.)]*\s*$/i, current('domain/headings.ts', '/^\\s*ecq\\s*(?:#\\s*)?(\\d)\\s*(?:[-–—:.)]+\\s*)?$/i'), pieces);
    sameExec(
      /^\s*(?:ecq\s*#?\s*(\d)|(\d)\s*[.):]|#\s*(\d))\s*[-–—:.)]*\s*/i,
      current('domain/headings.ts', '/^\\s*(?:ecq\\s*(?:#\\s*)?(\\d)|(\\d)\\s*[.):]|#\\s*(\\d))\\s*(?:[-–—:.)]+\\s*)?/i'),
      pieces,
    );
  });

  test('the TQ heading and example label patterns (headings.ts)', () => {
    const pieces = [...BLANKS, '\n', 'TQ', 'MTQ', 'mandatory', 'technical', ' qualification', 'Example', 'story', '#', '1', '12', 'iv', '-', ':', ')', 'x', 'Title'];
    sameExec(
      /^\s*(?:(M|P)?TQ|(?:mandatory|professional)?\s*technical\s+qualifications?|(?:mandatory|professional)\s+technical\s+competenc(?:y|ies))\s*#?\s*(\d+)\b\s*[-–—:.)]?\s*(.*)$/i,
      current('domain/headings.ts', '/^\\s*(?:(M|P)?TQ|(?:(?:mandatory|professional)\\s*)?technical\\s+qualifications?|(?:mandatory|professional)\\s+technical\\s+competenc(?:y|ies))\\s*(?:#\\s*)?(\\d+)\\b\\s*(?:[-–—:.)]\\s*)?(\\S.*|)$/i'),
      pieces,
    );
    sameExec(
      /^\s*(?:example|story|accomplishment)\s*#?\s*(\d+|one|two|three|four|five|[ivx]+)?\b\s*[-–—:.)]?\s*(.*)$|^\s*(?:first|second|third|fourth)\s+(?:example|story)\b/i,
      current('domain/headings.ts', '/^\\s*(?:example|story|accomplishment)\\s*(?:#\\s*)?(\\d+|one|two|three|four|five|[ivx]+)?\\b\\s*(?:[-–—:.)]\\s*)?(\\S.*|)$|^\\s*(?:first|second|third|fourth)\\s+(?:example|story)\\b/i'),
      pieces,
    );
  });

  test('the headings still read as before', () => {
    assert.equal(matchEcqHeading('ECQ 2: Driving Efficiency')?.number, 2);
    assert.equal(matchEcqHeading('ECQ #3')?.number, 3);
    assert.deepEqual(matchTqHeading('MTQ 1 – Legacy modernization'), { label: 'MTQ 1', number: 1, title: 'Legacy modernization' });
    assert.deepEqual(matchTqHeading('Technical Qualification #2:   Cloud'), { label: 'TQ 2', number: 2, title: 'Cloud' });
    assert.deepEqual(matchExampleLabel('Example 2: The audit'), { title: 'The audit' });
  });

  test('the posting TQ label and its trailing repeat (tqs.ts)', () => {
    const pieces = [...BLANKS, 'TQ', 'MTQ', 'technical qualification', 's', '#', 'no.', 'number', '-', '–', '1', '2', '12', '123', ':', ')', '(', 'x'];
    const oldLabel =
      /(?<![\w-])(?:(?<short>[MP]?TQ|MTC|PTC)|(?<long>(?:(?:mandatory|professional)\s+)?technical\s+(?:qualification|competency|requirement)))s?\s*(?:#|no\.?|number)?\s*[-–]?\s*(?<n>\d{1,2})(?![\d,]|\.\d)\s*(?<sep>[-–—:.)]|\s)?/gi;
    const newLabel = current(
      'posting/tqs.ts',
      '/(?<![\\w-])(?:(?<short>[MP]?TQ|MTC|PTC)|(?<long>(?:(?:mandatory|professional)\\s+)?technical\\s+(?:qualification|competency|requirement)))s?\\s*(?:(?:#|no\\.?|number)\\s*)?(?:[-–]\\s*)?(?<n>\\d{1,2})(?![\\d,]|\\.\\d)\\s*(?<sep>[-–—:.)]|\\s)?/gi',
    );
    fc.assert(
      fc.property(textOf(pieces, 12), (text) => {
        const all = (re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, ...m]);
        assert.deepEqual(all(newLabel), all(oldLabel), JSON.stringify(text));
      }),
      { numRuns: 1000 },
    );
    const trailing = current('posting/tqs.ts', '/(?<!\\s)\\s*\\(\\s*(?:[MP]?TQ|MTC)\\s*(?:-\\s*)?(?:\\d{1,2}\\s*)?\\)\\s*$/i');
    sameReplace(/\s*\(\s*(?:[MP]?TQ|MTC)\s*-?\s*\d{0,2}\s*\)\s*$/i, (t) => t.replace(trailing, ''), [...BLANKS, '(', ')', 'TQ', 'MTQ', '-', '1', '12', 'x']);
  });

  test('the front-matter comment strip and key: value (frontMatter.ts)', () => {
    const strip = current('parse/frontMatter.ts', '/(?<!\\s)\\s+#[^]*$/');
    sameReplace(/\s+#.*$/, (t) => t.replace(strip, ''), [...BLANKS, '#', 'a', 'ecq']);
    const keyValue = current('parse/frontMatter.ts', '/^([A-Za-z_][\\w-]*)[ \\t]*:[ \\t]*([^ \\t].*|)$/');
    fc.assert(
      fc.property(textOf([...BLANKS, 'kind', ':', 'a', 'ecq', '#', '-']), (line) => {
        const a = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/.exec(line);
        const b = keyValue.exec(line);
        assert.deepEqual(b && [b[1], b[2]!.replace(/(?<![ \t])[ \t]+$/, '')], a && [a[1], a[2]], JSON.stringify(line));
      }),
      RUNS,
    );
  });

  test('the other trailing strips (sections, header, coverage, vocabulary)', () => {
    sameReplace(/\s*:$/, (t) => t.replace(current('posting/sections.ts', '/(?<!\\s)\\s*:$/'), ''), [...BLANKS, ':', 'a']);
    sameReplace(/\s*[:|]\s*$/, (t) => t.replace(current('posting/header.ts', '/(?<!\\s)\\s*[:|]\\s*$/'), ''), [...BLANKS, ':', '|', 'a']);
    sameReplace(/\s*\d+$/, (t) => t.replace(current('posting/coverage.ts', '/(?<!\\s)\\s*(?<!\\d)\\d+$/'), ''), [...BLANKS, '1', '12', 'TQ', 'a']);
    sameReplace(/(^|\s)#.*$/, (t) => t.replace(current('config.ts', '/(^|\\s)#[^]*$/'), ''), [...BLANKS, '#', 'a', 'FOO', '=']);
  });

  test('kind sniffing: each line pattern answers as before', () => {
    const pairs: [RegExp, string][] = [
      [/^\W*duties\W*$/im, '/^[^\\w\\n]*duties[^\\w\\n]*$/im'],
      [/^\W*(?:qualifications|requirements)\W*$/im, '/^[^\\w\\n]*(?:qualifications|requirements)[^\\w\\n]*$/im'],
      [/^\W*(?:professional |work )?experience\W*$/im, '/^[^\\w\\n]*(?:professional |work )?experience[^\\w\\n]*$/im'],
    ];
    for (const [oldPattern, literal] of pairs) {
      const newPattern = current('parse/kind.ts', literal);
      fc.assert(
        fc.property(textOf([...BLANKS, '\n', '\r\n', '#', '*', '-', 'Duties', 'duties', 'Requirements', 'Work Experience', 'experience', 'x', ':']), (text) => {
          assert.equal(newPattern.test(text), oldPattern.test(text), JSON.stringify(text));
        }),
        RUNS,
      );
    }
  });

  test('kind sniffing reads a bounded head: 20,000 blank lines, then an ECQ, is not an ECQ by content', () => {
    assert.equal(kindFromContent('\n'.repeat(20_000) + '## ECQ 1: Leading Change\n'), undefined);
    assert.equal(kindFromContent('\n\n\n## ECQ 1: Leading Change\n'), 'ecq');
  });

  test('the resume bold mask marks what the old pattern marked', () => {
    const oldMask = (source: string): boolean[] | undefined => {
      let mask: boolean[] | undefined;
      for (const m of source.matchAll(/(\*\*|__)(?=\S)([\s\S]+?)(?<=\S)\1/g)) {
        mask ??= new Array<boolean>(source.length).fill(false);
        for (let i = m.index + 2; i < m.index + 2 + m[2]!.length; i++) mask[i] = true;
      }
      return mask;
    };
    fc.assert(
      fc.property(textOf(['**', '__', '*', '_', ' ', '\n', 'a', 'Led', '***'], 30), (text) => {
        assert.deepEqual(boldMask(text, text), oldMask(text), JSON.stringify(text));
      }),
      RUNS,
    );
  });

  test('resume.unquantified: the closing tag is cut as the old pattern cut it', () => {
    fc.assert(
      fc.property(textOf([...BLANKS, '\n', '[', ']', '[ECQ 2]', 'Led', 'x']), (text) => {
        assert.equal(withoutTrailingTag(text), text.replace(/\s*\[[^\]]*\]\s*$/, ''), JSON.stringify(text));
      }),
      RUNS,
    );
  });
});
