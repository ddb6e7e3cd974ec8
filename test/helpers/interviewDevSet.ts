import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { EcqSetId } from '../../server/src/core/domain/ecqSets';
import { classifyQuestion } from '../../server/src/core/interview/classify';
import { splitQuestion } from '../../server/src/core/interview/parts';
import { analyzePosting, PostingAnalysis } from '../../server/src/core/posting/posting';
import { RuleId } from '../../server/src/core/rules/types';
import { TODAY } from './fixtures';

/**
 * Scores the interview analysis on an annotated set (issue 13): a questions file
 * (`questions.json`: set, text, category, ecq number or TQ label, number of parts) and
 * interview files with the findings expected on them (`expected.json`: file, rule, line).
 * `test/unit/interview.test.ts` holds floors on the dev set; `npm run evaluate:interview-dev`
 * prints the figures for any folder in this format.
 */

export interface AnnotatedQuestion {
  readonly set: EcqSetId;
  readonly text: string;
  readonly category: 'ecq' | 'tq' | 'general';
  readonly ecq?: number;
  readonly tq?: string;
  readonly parts: number;
}

export interface QuestionScores {
  /** Right of total, by group: "2025 ecq", "legacy ecq", "general", "tq". */
  readonly classification: Record<string, { right: number; total: number }>;
  readonly parts: { right: number; total: number; multipartRight: number; multipartTotal: number };
  readonly misses: string[];
}

export function scoreQuestions(questions: readonly AnnotatedQuestion[], posting: PostingAnalysis | undefined): QuestionScores {
  const classification: Record<string, { right: number; total: number }> = {};
  const parts = { right: 0, total: 0, multipartRight: 0, multipartTotal: 0 };
  const misses: string[] = [];
  for (const q of questions) {
    const c = classifyQuestion({ text: q.text, set: q.set, posting });
    const group = q.category === 'ecq' ? `${q.set} ecq` : q.category;
    const score = (classification[group] ??= { right: 0, total: 0 });
    score.total++;
    const right = c.category === q.category && (q.category !== 'ecq' || c.ecq?.number === q.ecq) && (q.category !== 'tq' || c.tq === q.tq);
    if (right) score.right++;
    else misses.push(`class: ${q.text} → ${c.category} ${c.ecq?.number ?? c.tq ?? ''} (expected ${q.category} ${q.ecq ?? q.tq ?? ''})`);
    const n = splitQuestion(q.text).length;
    parts.total++;
    if (n === q.parts) parts.right++;
    else misses.push(`parts: ${q.text} → ${n} (expected ${q.parts})`);
    if (q.parts > 1) {
      parts.multipartTotal++;
      if (n === q.parts) parts.multipartRight++;
    }
  }
  return { classification, parts, misses };
}

export interface RuleScore {
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
}

/** Findings by rule and line against `expected.json` in `folder`; `posting` is linked to every file when given. */
export function scoreRules(folder: string, posting?: PostingAnalysis): Map<RuleId, RuleScore> {
  const expected = JSON.parse(fs.readFileSync(path.join(folder, 'expected.json'), 'utf8')) as { scored: RuleId[]; findings: { file: string; rule: RuleId; line: number }[] };
  const results = new Map<RuleId, RuleScore>(expected.scored.map((r) => [r, { tp: 0, fp: 0, fn: 0, misses: [] }]));
  for (const file of [...new Set(expected.findings.map((f) => f.file))]) {
    const text = fs.readFileSync(path.join(folder, file), 'utf8');
    const result = analyze(text, { path: file, config: DEFAULT_CONFIG, today: TODAY, ...(posting ? { posting } : {}) });
    const actual = new Set(result.findings.filter((f) => expected.scored.includes(f.ruleId)).map((f) => `${f.ruleId}@${result.document.lines.positionAt(f.span.start).line + 1}`));
    const wanted = new Set(expected.findings.filter((f) => f.file === file).map((f) => `${f.rule}@${f.line}`));
    for (const [rule, r] of results) {
      for (const a of actual) {
        if (!a.startsWith(`${rule}@`)) continue;
        if (wanted.has(a)) r.tp++;
        else {
          r.fp++;
          r.misses.push(`unexpected ${file} ${a}`);
        }
      }
      for (const w of wanted) {
        if (w.startsWith(`${rule}@`) && !actual.has(w)) {
          r.fn++;
          r.misses.push(`missed ${file} ${w}`);
        }
      }
    }
  }
  return results;
}

export function readPosting(file: string): PostingAnalysis {
  return analyzePosting(fs.readFileSync(file, 'utf8'), { path: file });
}
