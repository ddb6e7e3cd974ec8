import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { parseDocument } from '../../server/src/core/parse/document';
import { kindFromContent, kindFromFileName } from '../../server/src/core/parse/kind';
import { matchEcqHeading, matchTqHeading, resolveEcq, setOfHeading } from '../../server/src/core/domain/headings';
import { joinLines } from '../helpers/fixtures';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { MAX_BLOCK_CHARS, parseBlocks, pieces } from '../../server/src/core/parse/blocks';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { runToEnd } from '../../server/src/core/steps';

suite('document kinds', () => {
  test('from the file-name suffix, Markdown and text twins', () => {
    assert.equal(kindFromFileName('drafts/ellison-2025.ecq.md'), 'ecq');
    assert.equal(kindFromFileName('x.TQ.txt'), 'tq');
    assert.equal(kindFromFileName('a.resume.md'), 'resume');
    assert.equal(kindFromFileName('a.stories.txt'), 'stories');
    assert.equal(kindFromFileName('a.posting.md'), 'posting');
    assert.equal(kindFromFileName('notes.md'), undefined);
  });

  test('suffix wins over front matter, front matter over content', () => {
    const text = joinLines('---', 'kind: tq', '---', '', '## ECQ 1: Leading Change', '', 'I led.');
    assert.equal(parseDocument(text, { path: 'a.ecq.md' }).kind, 'ecq');
    assert.equal(parseDocument(text, { path: 'a.md' }).kind, 'tq');
    assert.equal(parseDocument(text, { path: 'a.md' }).kindSource, 'frontMatter');
    assert.equal(parseDocument('## ECQ 1: Leading Change\n\nI led.', { path: 'a.md' }).kindSource, 'content');
  });

  test('from content: postings, story banks, resumes, ECQs, TQs', () => {
    assert.equal(kindFromContent('# Job\n\nAnnouncement number: X\n\n## Duties\n\n## How to Apply\n'), 'posting');
    assert.equal(kindFromContent('# Interview story bank\n\n## Story 1: Cloud costs\n'), 'stories');
    assert.equal(kindFromContent('## PROFESSIONAL EXPERIENCE\n\n06/2022 – Present\n'), 'resume');
    assert.equal(kindFromContent('## ECQ 3: Results Driven\n'), 'ecq');
    assert.equal(kindFromContent('# MTQ 1: Cloud\n'), 'tq');
    assert.equal(kindFromContent('Just some notes.'), undefined);
  });

  test('an unknown kind falls back to ecq and says so', () => {
    const doc = parseDocument('Just some notes.');
    assert.equal(doc.kind, 'ecq');
    assert.equal(doc.kindSource, 'default');
  });
});

suite('ECQ headings', () => {
  test('match both sets, tolerant of numbering, case and wording', () => {
    for (const [heading, name] of [
      ['ECQ 1: Leading Change', 'Leading Change'],
      ['1. LEADING CHANGE', 'Leading Change'],
      ['ECQ #3 – Results-Driven', 'Results Driven'],
      ['ECQ 5 - Building Coalitions', 'Building Coalitions'],
      ['Business Acumen', 'Business Acumen'],
      ['ECQ 1: Commitment to the Rule of Law and the Principles of the American Founding', 'Commitment to the Rule of Law and the Principles of the American Founding'],
      ['ECQ 1 – Rule of Law', 'Commitment to the Rule of Law and the Principles of the American Founding'],
      ['Driving efficiency', 'Driving Efficiency'],
      ['ECQ 3: Merit and Competence', 'Merit and Competence'],
      ['5. Achieving Results', 'Achieving Results'],
    ]) {
      const m = matchEcqHeading(heading!);
      assert.ok(m, heading);
      assert.equal(resolveEcq(m, undefined)?.name, name, heading);
    }
  });

  test('"Leading People" belongs to both sets and resolves by the document set', () => {
    const m = matchEcqHeading('ECQ 2: Leading People')!;
    assert.equal(m.candidates.length, 2);
    assert.equal(resolveEcq(m, 'legacy')?.id, 'legacy.leading-people');
    assert.equal(resolveEcq(m, '2025')?.id, '2025.leading-people');
  });

  test('the number written with a name in both sets says which set it is', () => {
    assert.equal(setOfHeading(matchEcqHeading('ECQ 2: Leading People')!), 'legacy');
    assert.equal(setOfHeading(matchEcqHeading('ECQ 4 - Leading People')!), '2025');
    assert.equal(setOfHeading(matchEcqHeading('Leading People')!), undefined);
    assert.equal(setOfHeading(matchEcqHeading('ECQ 3: Leading People')!), undefined, 'a number neither set gives it');
    assert.equal(resolveEcq(matchEcqHeading('ECQ 2: Leading People')!, undefined)?.id, 'legacy.leading-people');
    // A file that holds only that narrative is read in its set, so a folder package of one-ECQ files is whole.
    assert.equal(parseDocument('# ECQ 2: Leading People\n\nI led 40 people.\n').ecqSet, 'legacy');
    assert.equal(parseDocument('# ECQ 4: Leading People\n\nI led 40 people.\n').ecqSet, '2025');
  });

  test('a bare number resolves once the set is known', () => {
    const m = matchEcqHeading('ECQ 4')!;
    assert.equal(resolveEcq(m, '2025')?.name, 'Leading People');
    assert.equal(resolveEcq(m, 'legacy')?.name, 'Business Acumen');
  });

  test('prose that mentions an ECQ name is not a heading', () => {
    assert.equal(matchEcqHeading('Leading people through the 2019 reorganization of the western region field offices and call centers'), undefined);
    assert.equal(matchEcqHeading('Executive Core Qualifications: Jordan A. Ellison'), undefined);
  });

  test('TQ headings', () => {
    assert.equal(matchTqHeading('MTQ 1: Modernization of legacy systems')?.label, 'MTQ 1');
    assert.equal(matchTqHeading('TQ 2 – Vendor management')?.label, 'TQ 2');
    assert.equal(matchTqHeading('Technical Qualification 3: Budget')?.label, 'TQ 3');
    assert.equal(matchTqHeading('PTQ 2. Policy')?.label, 'PTQ 2');
    assert.equal(matchTqHeading('Leading Change'), undefined);
  });
});

suite('document structure', () => {
  const pkg = joinLines(
    '# Executive Core Qualifications',
    '',
    'An opening summary.',
    '',
    '## ECQ 1: Leading Change',
    '',
    'In 2023 the office was slow. I fixed it. Time fell 40 percent.',
    '',
    '## ECQ 2: Leading People',
    '',
    '### Example 1',
    '',
    'First example text.',
    '',
    '### Example 2',
    '',
    'Second example text.',
  );

  test('sections, set, preamble and examples', () => {
    const doc = parseDocument(pkg);
    assert.equal(doc.ecqSet, 'legacy');
    assert.equal(doc.sections.length, 2);
    assert.equal(doc.sections[0]!.ecq?.name, 'Leading Change');
    assert.equal(doc.sections[1]!.ecq?.id, 'legacy.leading-people');
    assert.deepEqual(doc.sections.map((s) => s.examples.length), [1, 2]);
    assert.equal(doc.preamble.map((b) => b.prose.trim()).join('|'), 'Executive Core Qualifications|An opening summary.');
  });

  test('every span is exact', () => {
    const doc = parseDocument(pkg);
    const s = doc.sections[1]!;
    assert.equal(pkg.slice(s.heading!.span.start, s.heading!.span.end), '## ECQ 2: Leading People');
    const ex = s.examples[1]!;
    assert.equal(pkg.slice(ex.span.start, ex.span.end), '### Example 2\n\nSecond example text.');
    assert.equal(pkg.slice(s.span.start, s.span.end), pkg.slice(pkg.indexOf('## ECQ 2')));
  });

  test('examples split by "Example N" labels, bold pseudo-headings and horizontal rules', () => {
    const labelled = parseDocument(joinLines('## ECQ 4: Leading People', '', '**Example 1**', '', 'One.', '', 'Example 2:', '', 'Two.'));
    assert.equal(labelled.sections[0]!.examples.length, 2);
    const ruled = parseDocument(joinLines('## ECQ 4: Leading People', '', 'One.', '', '---', '', 'Two.', '', '***', '', 'Three.'));
    assert.equal(ruled.sections[0]!.examples.length, 3);
  });

  test('a section without example markers is one example; an intro before example headings is not an example', () => {
    const single = parseDocument(joinLines('## ECQ 4: Leading People', '', 'Para one.', '', 'Para two.'));
    assert.equal(single.sections[0]!.examples.length, 1);
    assert.equal(single.sections[0]!.examples[0]!.blocks.length, 2);
    const intro = parseDocument(joinLines('## ECQ 4: Leading People', '', 'A summary.', '', '### Example 1', '', 'One.'));
    assert.equal(intro.sections[0]!.intro.length, 1);
    assert.equal(intro.sections[0]!.examples.length, 1);
  });

  test('CCAR label headings do not start examples', () => {
    const doc = parseDocument(joinLines('## ECQ 1: Leading Change', '', '### Challenge', '', 'A problem.', '', '### Action', '', 'I acted.', '', '### Result', '', 'It fell 4 percent.'));
    assert.equal(doc.sections[0]!.examples.length, 1);
    assert.deepEqual(doc.sections[0]!.examples[0]!.ccar.parts.filter((p) => !p.inferred).map((p) => p.kind), ['challenge', 'action', 'result']);
  });

  test('a non-ECQ heading of the same level ends a section', () => {
    const doc = parseDocument(joinLines('## ECQ 1: Leading Change', '', 'Text.', '', '## References', '', 'Not part of it.'));
    assert.equal(doc.sections[0]!.blocks.length, 1);
  });

  test('front matter is not text, and positions after it stay true', () => {
    const text = joinLines('---', 'kind: ecq', 'applicant: "J. Doe"', '---', '', '## ECQ 1: Leading Change', '', 'Text.');
    const doc = parseDocument(text);
    assert.equal(doc.frontMatter?.values['applicant'], 'J. Doe');
    assert.equal(doc.blocks[0]!.prose.trim(), 'ECQ 1: Leading Change');
    assert.equal(text.slice(doc.blocks[0]!.span.start, doc.blocks[0]!.span.end), '## ECQ 1: Leading Change');
  });

  test('plain text: title lines are headings, also when prose follows on the next line', () => {
    const text = joinLines('JANE DOE', '', 'ECQ 1: LEADING CHANGE', 'Challenge: The office was slow.', '', 'Action: I fixed it.', '', 'ECQ 2: LEADING PEOPLE', '', '• I hired 40 engineers.', '• I cut attrition.');
    const doc = parseDocument(text, { path: 'a.ecq.txt' });
    assert.equal(doc.format, 'plaintext');
    assert.deepEqual(doc.sections.map((s) => s.ecq?.name), ['Leading Change', 'Leading People']);
    assert.equal(doc.sections[1]!.examples[0]!.blocks.length, 2);
    assert.equal(doc.sections[1]!.examples[0]!.blocks[0]!.prose.trim(), 'I hired 40 engineers.');
  });

  test('TQ documents: one section per TQ heading, or the whole file', () => {
    const two = parseDocument(joinLines('# TQs', '', '## TQ 1: Cloud', '', 'Text.', '', '## TQ 2: Budget', '', 'Text.'), { kind: 'tq' });
    assert.deepEqual(two.sections.map((s) => s.tq?.label), ['TQ 1', 'TQ 2']);
    const whole = parseDocument(joinLines('# My TQ narrative', '', 'I did things.'), { kind: 'tq' });
    assert.equal(whole.sections.length, 1);
    assert.equal(whole.sections[0]!.kind, 'document');
  });

  test('block quotes are not part of examples', () => {
    const doc = parseDocument(joinLines('# MTQ 1: Cloud', '', '> The TQ as the posting words it.', '', 'My narrative.'), { kind: 'tq' });
    assert.equal(doc.sections[0]!.examples[0]!.blocks.length, 1);
  });

  test('an ECQ set in the config overrides detection', () => {
    assert.equal(parseDocument('## ECQ 1: Leading Change\n\nText.', { ecqSet: '2025' }).ecqSet, '2025');
  });

  test('a one-ECQ file takes its ECQ from its name when it has no heading', () => {
    const doc = parseDocument('I led the change.', { path: 'drafts/leading-change.ecq.md' });
    assert.equal(doc.sections[0]!.ecq?.name, 'Leading Change');
  });

  test('inline markup is masked in prose without moving offsets', () => {
    const text = 'I **led** the [cloud move](https://x.gov/a_b) and `code` <!-- note --> too.';
    const doc = parseDocument(text);
    const b = doc.blocks[0]!;
    assert.equal(b.prose.length, text.length);
    assert.equal(b.prose.replace(/\s+/g, ' ').trim(), 'I led the cloud move and too.');
  });
});

suite('parse: depth', () => {
  test('lists nested past markdown-it\'s nesting limit are still read, every line a block', () => {
    let text = '## ECQ 1: Leading Change\n\n';
    for (let i = 0; i < 60; i++) text += `${' '.repeat(i * 2)}- I utilize item ${i}\n`;
    const result = analyze(text, { path: 'deep.ecq.md', today: { year: 2026, month: 12, day: 7 } });
    const lines = new Set(result.findings.filter((f) => f.ruleId === 'plain.wordy').map((f) => result.document.lines.positionAt(f.span.start).line));
    assert.equal(lines.size, 60);
  });
});

suite('parse: a long document is parsed in pieces', () => {
  const pieces = [
    '# Heading', '## ECQ 2: Driving Efficiency', 'Setext title\n============', 'A paragraph line.', 'A paragraph\nthat wraps.',
    '- a bullet', '- a bullet\n- another', '1. first\n2. second', '- loose item\n\n- next loose item', '  indented continuation',
    '> a quotation\n> goes on', '```\n# not a heading\n\nstill code\n```', '~~~~\ncode\n~~~~', '<!-- a comment\n\n# inside it\n-->',
    '<pre>\n# raw\n\n</pre>', '    indented code', '| a | b |\n|---|---|\n| 1 | 2 |', '***', '<div>\nhtml\n</div>',
    '<span>inline</span> text', '[ref]: https://example.gov', '- item\n\n  continued', '> > nested\n> back', '<?php x ?>', '<!-- one line -->', '<![CDATA[\n\n]]>', '* star\n+ plus',
  ];
  test('pieces give the blocks the whole text gives (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 40 }), fc.array(fc.constantFrom('\n', '\n\n', '\n\n\n', '\n'.repeat(12), '\n'.repeat(30), '\n \t\n  \r\n\n', '\r\r\n', '\r \n', '\r'), { minLength: 40, maxLength: 40 }), fc.integer({ min: 8, max: 400 }), (parts, gaps, chunk) => {
        const text = parts.map((p, i) => p + gaps[i]!).join('');
        const lines = new LineIndex(text);
        const shape = (blocks: readonly { kind: string; startLine: number; endLine: number; level: number }[]) => blocks.map((b) => `${b.kind}${b.level}:${b.startLine}-${b.endLine}`);
        assert.deepEqual(shape(parseBlocks(text, 'markdown', lines, undefined, undefined, chunk)), shape(parseBlocks(text, 'markdown', lines, undefined, undefined, Infinity)));
      }),
      { numRuns: 5000 },
    );
  });
});

suite('parse: megabyte blocks are read in pieces (issue 12: no step over 50 ms)', () => {
  test('pieces: cut at a line end, else after a sentence, else at a space, else at the size; never inside a surrogate pair', () => {
    const cuts = (text: string, size: number) => [...pieces(text, 0, text.length, size)].map((p) => text.slice(p.start, p.end));
    assert.deepEqual(cuts('aaaa bbbb\ncccc dddd', 12), ['aaaa bbbb', 'cccc dddd']);
    assert.deepEqual(cuts('aaaa bbbb\r\ncccc dddd', 12), ['aaaa bbbb', 'cccc dddd']);
    assert.deepEqual(cuts('Aaa bb. Ccc dd ee ff', 12), ['Aaa bb. ', 'Ccc dd ee ff']);
    assert.deepEqual(cuts('x'.repeat(10), 4), ['xxxx', 'xxxx', 'xx']);
    assert.deepEqual(cuts(`xxx${'😀'.repeat(2)}`, 4), ['xxx', '😀😀']);
    assert.deepEqual(cuts('short', 12), ['short']);
  });

  test('a paragraph longer than MAX_BLOCK_CHARS becomes blocks of at most that size, in order, covering its text', () => {
    const text = `## ECQ 2: Driving Efficiency\n\n${'I cut the review time by 40 percent. '.repeat(2000)}\n\nI led it.\n`;
    const doc = parseDocument(text);
    const prose = doc.blocks.filter((b) => b.kind === 'paragraph');
    assert.ok(prose.length > 4, `${prose.length} blocks`);
    for (const b of prose) assert.ok(b.span.end - b.span.start <= MAX_BLOCK_CHARS);
    for (let i = 1; i < prose.length; i++) assert.ok(prose[i]!.span.start >= prose[i - 1]!.span.end);
    assert.equal(prose.slice(0, -1).map((b) => text.slice(b.span.start, b.span.end)).join(''), text.slice(prose[0]!.span.start, prose[prose.length - 2]!.span.end));
    assert.equal(doc.blocks.map((b) => b.index).join(), doc.blocks.map((_, i) => i).join());
  });

  test('a list with no blank line is parsed in pieces that give the blocks of the whole; a long table keeps every row', () => {
    const list = '- We utilize the plan in order to help.\n'.repeat(8000);
    const lines = new LineIndex(list);
    const shape = (blocks: readonly { kind: string; startLine: number; endLine: number }[]) => blocks.map((b) => `${b.kind}:${b.startLine}-${b.endLine}`).join();
    assert.equal(shape(parseBlocks(list, 'markdown', lines)), shape(parseBlocks(list, 'markdown', lines, undefined, undefined, Infinity)));

    const table = `| a | b |\n|---|---|\n${'| We utilize | 12 |\n'.repeat(10_000)}`;
    const rows = new LineIndex(table);
    const blocks = parseBlocks(table, 'markdown', rows);
    assert.ok(blocks.length > 1, 'cut into pieces');
    assert.ok(blocks.every((b) => b.kind === 'paragraph'));
    const covered = blocks.reduce((n, b) => n + b.endLine - b.startLine, 0);
    assert.equal(covered, rows.lineCount - 1);
  });
});

suite('parse: the shortcut for a long thematic-break line agrees with markdown-it', () => {
  test('on generated lines over 16 KB of marks, blanks and other characters', () => {
    const md = new MarkdownIt();
    const piece = fc.constantFrom('*', '-', '_', ' ', '\t', '**', '- ', '* ', 'x');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.constantFrom('', ' ', '  ', '    '), (unit, indent) => {
        const line = indent + unit.join('').repeat(Math.ceil(17_000 / unit.join('').length));
        const itSays = md.parse(`${line}\n`, {}).some((t) => t.type === 'hr');
        const weSay = parseBlocks(`${line}\n`, 'markdown', new LineIndex(`${line}\n`)).some((b) => b.kind === 'rule');
        assert.equal(weSay, itSays, JSON.stringify(line.slice(0, 40)));
      }),
      { numRuns: 300 },
    );
  });
});

suite('parse: the line index built in steps', () => {
  test('gives the index built at once, whatever the piece size, CR LF across a cut included', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', '\n', '\r', '\r\n', 'bb', ' '), { maxLength: 120 }), fc.integer({ min: 1, max: 7 }), (parts, piece) => {
        const text = parts.join('');
        const whole = new LineIndex(text);
        const stepped = runToEnd(LineIndex.inSteps(text, piece));
        assert.equal(stepped.lineCount, whole.lineCount, JSON.stringify(text));
        for (let offset = 0; offset <= text.length; offset++) assert.deepEqual(stepped.positionAt(offset), whole.positionAt(offset), `${JSON.stringify(text)} at ${offset}, pieces of ${piece}`);
      }),
      { numRuns: 1000 },
    );
  });
});
