import { Hover, MarkupKind, Position } from 'vscode-languageserver';
import { getRule } from '../../core/rules/registry';
import { docsPath } from '../../core/rules/types';
import { formatDuration, storyBankOf } from '../../core/stories/stories';
import type { Span } from '../../core/text/span';
import { Analysis, FileAnalysis } from '../analysisStore';
import { toRange } from '../convert';
import { ServerContext } from './context';
import { ecqMarkdown } from './ecqMarkdown';
import { interviewHover } from './interview';

function hover(analysis: Analysis, position: Position, docsRoot: string): Hover | null {
  const doc = analysis.result.document;
  const offset = doc.lines.offsetAt(position);
  const here = analysis.findings.filter((f) => f.span.start <= offset && offset <= f.span.end);
  const story = doc.kind === 'stories' ? storyAt(analysis, offset) : undefined;
  const question = interviewHover(analysis, offset);
  if (here.length > 0) {
    const parts = here.map((f) => {
      const rule = getRule(f.ruleId);
      return `**${rule.title}** \`${rule.id}\`\n\n${f.message}\n\n*Why it matters.* ${rule.why}\n\n*How to fix it.* ${rule.howToFix}\n\n[Rule documentation](${docsRoot}/${docsPath(rule.id)})`;
    });
    if (story) parts.push(story.markdown);
    if (question) parts.push(question.markdown);
    const first = here[0]!;
    return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: toRange(doc.lines, first.span) };
  }
  if (story) return { contents: { kind: MarkupKind.Markdown, value: story.markdown }, range: toRange(doc.lines, story.span) };
  if (question) return { contents: { kind: MarkupKind.Markdown, value: question.markdown }, range: question.range };
  const section = doc.sections.find((s) => s.heading && s.ecq && s.heading.span.start <= offset && offset <= s.heading.span.end);
  if (section?.ecq && section.heading) {
    return { contents: { kind: MarkupKind.Markdown, value: ecqMarkdown(section.ecq) }, range: toRange(doc.lines, section.heading.span) };
  }
  return null;
}

/** A story's spoken time, ECQs, competencies and CCAR parts, when the offset is on its heading. */
function storyAt(analysis: FileAnalysis, offset: number): { markdown: string; span: Span } | undefined {
  const doc = analysis.result.document;
  const { config } = analysis;
  const bank = storyBankOf(doc, config, analysis.posting);
  const story = bank.stories.find((s) => s.heading.span.start <= offset && offset <= s.heading.span.end);
  if (!story) return undefined;
  const { minMinutes, maxMinutes } = config.stories;
  const minutes = story.seconds / 60;
  const verdict = minutes < minMinutes ? 'too short' : minutes > maxMinutes ? 'too long' : 'within';
  const parts = (['challenge', 'context', 'action', 'result'] as const).map((p) => `${p[0]!.toUpperCase()}${p.slice(1)} ${story.ccar.present[p] ? '✓' : '✗'}`).join(' · ');
  const lines = [
    `**${story.title}**`,
    `Spoken time: about **${formatDuration(story.seconds)}** (${story.words} words at ${bank.paceWpm} words a minute${bank.paceSource === 'frontMatter' ? ', the pace in front matter' : ''}): ${verdict} the ${minMinutes}–${maxMinutes} minutes of an interview answer.`,
    `ECQs: ${story.ecqs.map((e) => e.name).join('; ') || 'none'}${story.ecqs.length > 0 ? (story.ecqsTagged ? ' (tagged)' : ' (from its words; tag it with an "ECQs:" line)') : ''}`,
    `Competencies: ${story.competencies.join(', ') || 'none found'}`,
    `CCAR: ${parts}`,
  ];
  return { markdown: lines.join('\n\n'), span: story.heading.span };
}

/** What a finding means and how to fix it, a story's spoken time and parts, an ECQ heading's definition. */
export function registerHover(ctx: ServerContext): void {
  ctx.connection.onHover((params) =>
    ctx.guarded('hover', null, async () => {
      const document = ctx.documents.get(params.textDocument.uri);
      if (!document) return null;
      const analysis = await ctx.shownAnalysisOf(document, 'hover');
      return analysis ? ctx.busy('hover', () => hover(analysis, params.position, ctx.docsRoot)) : null;
    }),
  );
}
