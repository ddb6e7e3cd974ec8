import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { lint } from '../helpers/fixtures';
import { Fix, unattendedFix } from '../../server/src/core/rules/types';
/** One edit of a fix: the span it replaces and the text it puts there. */
type TextEditSpan = Fix['edits'][number];

/**
 * Quick fixes never damage a draft's Markdown (issue 12): applying any offered fix, or a
 * fix-all, leaves markdown-it's block structure as it was, apart from the paragraph a
 * skeleton adds. Run on the sample drafts and on generated Markdown that puts the phrases
 * rules fix inside emphasis, lists, tables, quotations and CRLF line endings.
 */

const md = new MarkdownIt('default', { html: true });

/** Block tokens (type and nesting), HTML blocks aside (a suppression comment is one). */
function structure(text: string): string[] {
  return md
    .parse(text, {})
    .filter((t) => t.type !== 'inline' && t.type !== 'html_block')
    .map((t) => `${t.type}@${t.level}`);
}

/**
 * Whether `after` differs from `before` only by whole top-level blocks, in one place: a
 * skeleton adds a heading and a paragraph; "Remove this position's bullets" removes a list.
 * Nothing outside the edit may change, nor may a block be split or merged.
 */
function changesWholeTopLevelBlocksOnly(before: readonly string[], after: readonly string[]): boolean {
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p++;
  let q = 0;
  while (q < before.length - p && q < after.length - p && before[before.length - 1 - q] === after[after.length - 1 - q]) q++;
  return wholeTopLevelBlocks(before.slice(p, before.length - q)) && wholeTopLevelBlocks(after.slice(p, after.length - q));
}

/** Tokens that make up complete top-level blocks: each opened at level 0 and closed there. */
function wholeTopLevelBlocks(tokens: readonly string[]): boolean {
  let open = 0;
  for (const t of tokens) {
    const topLevel = t.endsWith('@0');
    if (!topLevel && open === 0) return false;
    if (topLevel && /_open@/.test(t)) open++;
    else if (topLevel && /_close@/.test(t)) open--;
  }
  return open === 0;
}

function apply(text: string, edits: readonly TextEditSpan[]): string {
  return [...edits].sort((a, b) => b.span.start - a.span.start).reduce((acc, e) => acc.slice(0, e.span.start) + e.newText + acc.slice(e.span.end), text);
}

/** Every offered fix, and the fix-all of unattended fixes, as edit lists. */
function fixesOf(text: string, file: string): { title: string; edits: readonly TextEditSpan[] }[] {
  const findings = lint(text, { path: file }).findings;
  const out: { title: string; edits: readonly TextEditSpan[] }[] = findings.flatMap((f) => f.fixes.map((x: Fix) => ({ title: `${f.ruleId}: ${x.title}`, edits: x.edits })));
  const all: TextEditSpan[] = [];
  let lastEnd = -1;
  for (const f of findings) {
    const fix = unattendedFix(f);
    if (!fix || fix.edits.some((e) => e.span.start < lastEnd)) continue;
    all.push(...fix.edits);
    lastEnd = Math.max(...fix.edits.map((e) => e.span.end));
  }
  if (all.length > 0) out.push({ title: 'fix all', edits: all });
  return out;
}

/** Fixes applied so far, so a run that offered none cannot pass unnoticed. */
let applied = 0;

function damaged(text: string, file: string): string[] {
  const before = structure(text);
  const same = (after: readonly string[]): boolean => after.length === before.length && after.every((t, i) => t === before[i]);
  return fixesOf(text, file)
    .filter((fix) => {
      applied++;
      const after = structure(apply(text, fix.edits));
      return !same(after) && !changesWholeTopLevelBlocksOnly(before, after);
    })
    .map((fix) => `${fix.title} → ${JSON.stringify(apply(text, fix.edits).slice(Math.max(0, fix.edits[0]!.span.start - 30), fix.edits[0]!.span.start + 40))}`);
}

const root = path.resolve(__dirname, '../../..');
const SAMPLES = ['samples', 'samples/va-application', 'test/fixtures/corpus/drafts', 'test/fixtures/corpus/resume']
  .flatMap((dir) => fs.readdirSync(path.join(root, dir)).filter((f) => /\.(?:ecq|tq|resume|stories)\.(?:md|txt)$/.test(f)).map((f) => path.join(dir, f)));

suite('quick fixes keep the block structure', () => {
  test('every fix and fix-all on the sample drafts', () => {
    assert.ok(SAMPLES.length >= 8);
    const broken = SAMPLES.flatMap((file) => damaged(fs.readFileSync(path.join(root, file), 'utf8'), file).map((d) => `${file}: ${d}`));
    assert.deepEqual(broken, []);
  });

  test('every fix and fix-all on generated Markdown (fast-check)', function () {
    // 10,000 documents, as the bar asks; the run's time is printed by mocha, not asserted.
    this.timeout(300_000);
    const word = fc.constantFrom('very', 'really', 'actually', 'in order to', 'utilize', 'We', 'we', 'was responsible for', 'numerous', 'prior to', 'Helped', 'the OMB', 'significantly', 'in 2019', '4,000 claims', 'I led', 'the team');
    const emphasised = fc.tuple(fc.constantFrom('', '**', '*', '_', '__', '`'), word).map(([mark, w]) => `${mark}${w}${mark}`);
    const sentence = fc.array(emphasised, { minLength: 2, maxLength: 8 }).map((ws) => `${ws.join(' ')}.`);
    const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((ss) => ss.join(' '));
    const block = fc.oneof(
      paragraph,
      fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((ps) => ps.map((p) => `- ${p}`).join('\n')),
      fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((ps) => ps.map((p, i) => `${i + 1}. ${p}`).join('\n')),
      paragraph.map((p) => `> ${p}`),
      fc.tuple(paragraph, paragraph).map(([a, b]) => `${a}\n${b}`),
      paragraph.map((p) => `| Year | What |\n|---|---|\n| 2023 | ${p.replace(/\|/g, '')} |`),
      fc.constantFrom('### Challenge', '**Action:**', 'Result:'),
    );
    const doc = fc.tuple(fc.constantFrom('## ECQ 1: Leading Change', '# Business Acumen', '## ECQ 2: Driving Efficiency'), fc.array(block, { minLength: 1, maxLength: 6 }), fc.boolean()).map(([heading, blocks, crlf]) => {
      const text = `${heading}\n\n${blocks.join('\n\n')}\n`;
      return crlf ? text.replace(/\n/g, '\r\n') : text;
    });
    const start = applied;
    fc.assert(
      fc.property(doc, (text) => {
        assert.deepEqual(damaged(text, 'generated.ecq.md'), []);
      }),
      { numRuns: 10_000 },
    );
    console.log(`      10,000 generated documents, ${applied - start} fixes and fix-alls applied`);
    assert.ok(applied - start > 10_000, 'the generated documents offer fixes');
  });
});
