import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { lint } from '../helpers/fixtures';

/** A skeleton is a paragraph of its own: never inside a list, where it would split the list in two (issue 12). */

const md = new MarkdownIt('default', { html: true });

/**
 * The block structure (token types and nesting), with the skeleton's own paragraph left out:
 * a top-level paragraph whose text opens with "[". What remains must be the original's.
 */
function structureWithoutSkeleton(text: string): string[] {
  const tokens = md.parse(text, {});
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'paragraph_open' && t.level === 0 && tokens[i + 1]?.content.startsWith('[')) {
      i += 2;
      continue;
    }
    out.push(`${t.type}@${t.level}${t.type === 'inline' ? `:${t.content}` : ''}`);
  }
  return out;
}

function applySkeleton(text: string, rule: string): string {
  const finding = lint(text, { path: 'a.ecq.md' }).findings.find((f) => f.ruleId === rule);
  assert.ok(finding, rule);
  const fix = finding.fixes.find((f) => f.insertsPlaceholder);
  assert.ok(fix, `${rule} offers a skeleton`);
  return [...fix.edits].sort((a, b) => b.span.start - a.span.start).reduce((acc, e) => acc.slice(0, e.span.start) + e.newText + acc.slice(e.span.end), text);
}

suite('CCAR skeletons keep lists whole', () => {
  test('a Result skeleton after actions told as a list goes after the whole list', () => {
    const text = '## ECQ 1: Leading Change\n\nIn 2023 the claims office had a backlog of 4,000 cases, and the union opposed any change to 60 staff schedules.\n\n- I reorganized intake into two teams.\n- I renegotiated the schedules with the union.\n- I moved 40 forms online.\n';
    const fixed = applySkeleton(text, 'ccar.missing-result');
    assert.deepEqual(structureWithoutSkeleton(fixed), structureWithoutSkeleton(text));
    assert.match(fixed, /- I moved 40 forms online\.\n\n\[Result: /);
  });

  test('an Action skeleton before a Result that begins inside a list goes before the whole list', () => {
    const text = '## ECQ 1: Leading Change\n\nIn 2023 the claims office had a backlog of 4,000 cases, and the union opposed any change to 60 staff schedules.\n\n- The office served 2 million veterans a year.\n- The backlog fell from 4,000 to 900 cases.\n- Waits fell from 300 to 90 days.\n';
    const fixed = applySkeleton(text, 'ccar.missing-action');
    assert.deepEqual(structureWithoutSkeleton(fixed), structureWithoutSkeleton(text));
  });
});
