import { CodeLens, Range } from 'vscode-languageserver';
import { PracticeAnalysisRequest, PracticeAnalysisResult, PracticeQuestion, PracticeSetRequest, PracticeSetResult } from '@ecq-writer/protocol';
import { DEFAULT_CONFIG } from '../../core/config';
import { EcqSetId } from '../../core/domain/ecqSets';
import { practiceQuestions } from '../../core/interview/bank';
import { analysePracticeAnswer, PracticeAnalysis } from '../../core/interview/practice';
import { Interview, InterviewQuestion, interviewOf, questionAt } from '../../core/interview/interview';
import type { PostingAnalysis } from '../../core/posting/posting';
import { FileAnalysis } from '../analysisStore';
import { toRange } from '../convert';
import { ServerContext } from './context';

/**
 * Interview files in the editor (issue 13): a lens above each question saying what it asks
 * about, a hover with its key words and parts, and the two requests of the practice view.
 * Each reads the engine's `interviewOf` (core/interview/interview.ts) and converts.
 */

/** What a question asks about, in a few words: "ECQ 4: Leading People", "MTQ 2", "a general question". */
function aboutOf(q: InterviewQuestion): string {
  const c = q.classification;
  if (c.category === 'ecq' && c.ecq) return `ECQ ${c.ecq.number}: ${c.ecq.name}`;
  if (c.category === 'tq') return `${c.tq ?? 'a TQ'} of the posting`;
  return 'a general question';
}

function lensTitle(q: InterviewQuestion): string {
  const bits = [aboutOf(q)];
  if (q.classification.competencies.length > 0) bits[0] += ` (${q.classification.competencies.slice(0, 2).join(', ')})`;
  if (!q.answer) return `${bits[0]} · still to prepare`;
  if (q.keyWords.length > 0) bits.push(`key words ${q.keyWords.filter((k) => k.used).length} of ${q.keyWords.length}`);
  if (q.parts.length > 1) bits.push(`parts ${q.parts.filter((p) => p.answered).length} of ${q.parts.length} answered`);
  bits.push(`${q.answer.minutes.toFixed(1)} min spoken`);
  return bits.join(' · ');
}

/** One lens per question, on its heading; clicking one opens the practice view. */
export function interviewLenses(analysis: FileAnalysis): CodeLens[] {
  const doc = analysis.result.document;
  if (doc.kind !== 'interview') return [];
  const interview = interviewOf(doc, analysis.config, analysis.posting);
  return interview.questions.map((q) => {
    const line = doc.lines.positionAt(q.heading.span.start).line;
    const range: Range = { start: { line, character: 0 }, end: { line, character: 0 } };
    return { range, command: { title: lensTitle(q), command: 'ecq.practiceInterview' } };
  });
}

/** The hover of a question heading: what it asks about, its key words and parts, the answer's spoken time. */
export function interviewHover(analysis: FileAnalysis, offset: number): { markdown: string; range: Range } | undefined {
  const doc = analysis.result.document;
  if (doc.kind !== 'interview') return undefined;
  const interview = interviewOf(doc, analysis.config, analysis.posting);
  const q = questionAt(interview, offset);
  if (!q || offset < q.heading.span.start || offset > q.heading.span.end) return undefined;
  const c = q.classification;
  const lines = [`**This question asks about ${aboutOf(q)}**`];
  if (c.category === 'tq' && c.postingTq) lines.push(`> ${c.postingTq.text}`);
  if (c.competencies.length > 0) lines.push(`Competencies: ${c.competencies.join(', ')}`);
  if (q.keyWords.length > 0) lines.push(`**Key words** (${q.keyWords.filter((k) => k.used).length} of ${q.keyWords.length} used): ${q.keyWords.map((k) => `${k.used ? '✓' : '✗'} ${k.word}`).join(' · ')}`);
  lines.push(`**Parts**\n\n${q.parts.map((p) => `- ${p.answered ? '✓' : '✗'} ${p.text}`).join('\n')}`);
  if (q.answer) {
    const band = `${analysis.config.interview.minMinutes}–${analysis.config.interview.maxMinutes}`;
    lines.push(`**Answer**: ${q.answer.words} words, about ${q.answer.minutes.toFixed(1)} minutes at ${interview.paceWpm} words a minute (aim for ${band}).`);
  } else {
    lines.push('*No answer yet: a question still to prepare.*');
  }
  if (c.evidence.length > 0) lines.push(`*Classified from:* ${c.evidence.slice(0, 6).join(', ')}`);
  return { markdown: lines.join('\n\n'), range: toRange(doc.lines, q.heading.span) };
}

/** How many questions a practice set built from the bank holds: one round of the five ECQs and a few TQs. */
const PRACTICE_SET_SIZE = 8;

/** The questions of an interview file, else a practice set from the bank and the posting's TQs. */
function practiceSet(interview: Interview | undefined, set: EcqSetId, posting: PostingAnalysis | undefined, count: number): PracticeSetResult {
  if (interview && interview.questions.length > 0) return { ecqSet: interview.set, questions: interview.questions.map((q): PracticeQuestion => ({ text: q.text, source: 'file' })) };
  const questions = practiceQuestions({ set, count, posting }).map((q): PracticeQuestion => ({ text: q.text, source: q.tq ? 'posting' : 'bank' }));
  return { ecqSet: set, questions };
}

/** The engine's reading of a practised answer, as the practice view's protocol gives it. */
function practiceResult(practice: PracticeAnalysis): PracticeAnalysisResult {
  const q = practice.question;
  const present = q?.answer?.example.ccar.present;
  return {
    category: q?.classification.category ?? 'general',
    ecq: q?.classification.ecq ? { number: q.classification.ecq.number, name: q.classification.ecq.name } : null,
    tq: q?.classification.tq ?? null,
    competencies: q?.classification.competencies ?? [],
    keyWords: q?.keyWords.map((k) => k.word) ?? [],
    keyWordsUsed: q?.keyWords.filter((k) => k.used).map((k) => k.word) ?? [],
    parts: q?.parts.map((p) => ({ text: p.text, answered: p.answered })) ?? [],
    ccar: { challenge: present?.challenge ?? false, context: present?.context ?? false, action: present?.action ?? false, result: present?.result ?? false },
    figures: practice.figures,
    words: q?.answer?.words ?? 0,
    minutes: q?.answer?.minutes ?? 0,
    paceWpm: practice.interview.paceWpm,
    findings: practice.findings.filter((f) => f.severity !== 'hint').map((f) => ({ rule: f.ruleId, message: f.message })),
  };
}

export function registerInterview(ctx: ServerContext): void {
  ctx.connection.onRequest(PracticeSetRequest, (params) =>
    ctx.guarded<PracticeSetResult>('practiceSet', { questions: [] }, async () => {
      const anchor = ctx.requestAnchor(params.uri);
      if (!anchor) return { questions: [], error: 'open a draft or a workspace folder first' };
      const resolved = await ctx.settings.get(anchor);
      const document = params.uri ? ctx.documents.get(params.uri) : undefined;
      const analysis = document ? await ctx.analysisOf(document, 'practiceSet') : undefined;
      const posting = analysis?.posting ?? ctx.linkedPosting(resolved)?.posting;
      const interview = analysis && analysis.result.document.kind === 'interview' ? interviewOf(analysis.result.document, analysis.config, analysis.posting) : undefined;
      const set: EcqSetId = interview?.set ?? (resolved.config.ecqSet !== 'auto' ? resolved.config.ecqSet : posting && posting.ecqSet !== 'none' ? posting.ecqSet : '2025');
      return ctx.busy('practiceSet', () => practiceSet(interview, set, posting, Math.max(1, Math.min(params.count ?? PRACTICE_SET_SIZE, 50))));
    }),
  );

  ctx.connection.onRequest(PracticeAnalysisRequest, (params) =>
    ctx.guarded<PracticeAnalysisResult>('practiceAnalysis', NO_ANALYSIS, async () => {
      const anchor = ctx.requestAnchor(params.uri);
      const resolved = anchor ? await ctx.settings.get(anchor) : undefined;
      const document = params.uri ? ctx.documents.get(params.uri) : undefined;
      const posting = document && resolved ? ctx.documentPosting(document.uri, document.getText(), resolved)?.posting : resolved ? ctx.linkedPosting(resolved)?.posting : undefined;
      const config = resolved?.config ?? DEFAULT_CONFIG;
      const set: EcqSetId = params.ecqSet ?? (config.ecqSet !== 'auto' ? config.ecqSet : '2025');
      // An answer is a few hundred words; a pasted page is cut, as no panel hears more.
      const answer = params.answer.slice(0, MAX_ANSWER_CHARS);
      return ctx.busy('practiceAnalysis', () => practiceResult(analysePracticeAnswer(params.question.slice(0, MAX_QUESTION_CHARS), answer, set, config, posting, ctx.today())));
    }),
  );
}

/** The answer to a failed request: nothing found, which the page shows as such. */
const NO_ANALYSIS: PracticeAnalysisResult = { category: 'general', ecq: null, tq: null, competencies: [], keyWords: [], keyWordsUsed: [], parts: [], ccar: { challenge: false, context: false, action: false, result: false }, figures: [], words: 0, minutes: 0, paceWpm: DEFAULT_CONFIG.interview.paceWpm, findings: [] };

/** Ten minutes of speech at a fast pace is about 2,000 words; far past any answer. */
const MAX_ANSWER_CHARS = 20_000;
const MAX_QUESTION_CHARS = 2_000;
