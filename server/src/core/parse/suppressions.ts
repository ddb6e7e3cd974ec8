import { LineIndex } from '../text/lineIndex';
import { Span } from '../text/span';
import { Block } from './blocks';

/**
 * Inline suppression comments, in the style of markdownlint and ESLint:
 *
 * | comment | turns rules off for |
 * |---|---|
 * | `<!-- ecq-disable-next-line ids -->` | the next non-blank line |
 * | `<!-- ecq-disable-line ids -->` | the comment's own line |
 * | `<!-- ecq-disable-next-paragraph ids -->` | the next block (paragraph, list item, heading) |
 * | `<!-- ecq-disable ids -->` … `<!-- ecq-enable ids -->` | everything between; to the end without an enable |
 * | `<!-- ecq-disable-file ids -->` | the whole file |
 *
 * `ids` is a list of rule ids separated by spaces or commas; a prefix without a dot
 * (`ccar`) stands for every rule in that family; no ids means every rule. A finding is
 * suppressed when its first line falls in the range. An enable ends the disables it
 * names; a bare enable, or any enable after a blanket disable, ends them whole.
 */

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable-next-paragraph' | 'disable' | 'enable' | 'disable-file';

export interface Directive {
  readonly kind: DirectiveKind;
  /** Empty: all rules. */
  readonly rules: readonly string[];
  /** The comment in the document. */
  readonly span: Span;
  /** Where each id sits, for reporting unknown ids. */
  readonly ruleSpans: readonly Span[];
}

export interface Suppression {
  readonly rules: readonly string[];
  /** Lines, 0-based, inclusive start, exclusive end. */
  readonly fromLine: number;
  readonly toLine: number;
}

const DIRECTIVE = /^\s*ecq-(disable-next-line|disable-line|disable-next-paragraph|disable-file|disable|enable)\b([^]*)$/;

export function readDirectives(blocks: readonly Block[]): Directive[] {
  const directives: Directive[] = [];
  for (const block of blocks) {
    for (const comment of block.comments) {
      const m = DIRECTIVE.exec(comment.body);
      if (!m) continue;
      const rulesText = m[2]!;
      const bodyOffset = comment.start + 4;
      const rules: string[] = [];
      const ruleSpans: Span[] = [];
      const idPattern = /[A-Za-z][\w.-]*/g;
      const prefixLength = m[0].length - rulesText.length;
      let id: RegExpExecArray | null;
      while ((id = idPattern.exec(rulesText)) !== null) {
        rules.push(id[0]);
        const start = bodyOffset + prefixLength + id.index;
        ruleSpans.push({ start, end: start + id[0].length });
      }
      directives.push({ kind: m[1] as DirectiveKind, rules, span: { start: comment.start, end: comment.end }, ruleSpans });
    }
  }
  return directives;
}

export function buildSuppressions(directives: readonly Directive[], blocks: readonly Block[], lines: LineIndex, text: string): Suppression[] {
  const out: Suppression[] = [];
  const open: { rules: readonly string[]; fromLine: number }[] = [];
  for (const d of directives) {
    const line = lines.positionAt(d.span.start).line;
    const endLine = lines.positionAt(d.span.end).line;
    switch (d.kind) {
      case 'disable-file':
        out.push({ rules: d.rules, fromLine: 0, toLine: Number.MAX_SAFE_INTEGER });
        break;
      case 'disable-line':
        out.push({ rules: d.rules, fromLine: line, toLine: line + 1 });
        break;
      case 'disable-next-line': {
        let target = endLine + 1;
        while (target < lines.lineCount && text.slice(lines.lineStart(target), lines.lineEnd(target)).trim() === '') target++;
        out.push({ rules: d.rules, fromLine: target, toLine: target + 1 });
        break;
      }
      case 'disable-next-paragraph': {
        const next = blocks.find((b) => b.startLine > endLine && b.kind !== 'html');
        if (next) out.push({ rules: d.rules, fromLine: next.startLine, toLine: next.endLine });
        break;
      }
      case 'disable':
        open.push({ rules: d.rules, fromLine: line });
        break;
      case 'enable': {
        // An enable ends the disables it names. A bare enable, or any enable after a
        // blanket disable, ends them whole: "all rules but one" is not worth a syntax.
        for (let i = open.length - 1; i >= 0; i--) {
          const o = open[i]!;
          const whole = d.rules.length === 0 || o.rules.length === 0;
          const ended = whole ? o.rules : o.rules.filter((r) => d.rules.includes(r));
          if (!whole && ended.length === 0) continue;
          out.push({ rules: ended, fromLine: o.fromLine, toLine: line + 1 });
          const remaining = whole ? [] : o.rules.filter((r) => !d.rules.includes(r));
          if (remaining.length > 0) open[i] = { rules: remaining, fromLine: o.fromLine };
          else open.splice(i, 1);
        }
        break;
      }
    }
  }
  for (const o of open) out.push({ rules: o.rules, fromLine: o.fromLine, toLine: Number.MAX_SAFE_INTEGER });
  return out;
}

/** Does `rules` (from a directive) cover `ruleId`? Empty means all; `ccar` means `ccar.*`. */
export function directiveCovers(rules: readonly string[], ruleId: string): boolean {
  if (rules.length === 0) return true;
  return rules.some((r) => r === ruleId || (!r.includes('.') && ruleId.startsWith(r + '.')));
}

export function isSuppressed(suppressions: readonly Suppression[], ruleId: string, line: number): boolean {
  return suppressions.some((s) => line >= s.fromLine && line < s.toLine && directiveCovers(s.rules, ruleId));
}
