import { analyze } from '../analyze';
import { FactsCache } from '../analysis/facts';
import { SCOPE_NOUNS } from '../ccar/cues';
import { AnalyzerConfig } from '../config';
import { EcqSetId } from '../domain/ecqSets';
import { quantityFlags } from '../nlp/quantity';
import { tokenize } from '../nlp/tokens';
import type { PostingAnalysis } from '../posting/posting';
import { CalendarDate } from '../rules/context';
import { Interview, InterviewQuestion, interviewOf } from './interview';
import { Finding } from '../rules/types';

/**
 * A practised answer (the Practice Interview view, issue 13), read as the one question and
 * answer of an interview file, so that it gets exactly what an answer in a file gets: the
 * classification, the parts, the key words, the CCAR parts, the spoken time and the findings;
 * and the figures it gives, which the view lists.
 */
export interface PracticeAnalysis {
  readonly interview: Interview;
  /** The question, with its answer; undefined only for a question the reader cannot take. */
  readonly question: InterviewQuestion | undefined;
  /** The figures of scope and result the answer gives ("40 staff", "$12 million", "36%"). */
  readonly figures: readonly string[];
  readonly findings: readonly Finding[];
}

export function analysePracticeAnswer(question: string, answer: string, set: EcqSetId, config: AnalyzerConfig, posting: PostingAnalysis | undefined, today: CalendarDate): PracticeAnalysis {
  // A heading cannot hold a line break; the question's own lines are joined.
  const heading = question.replace(/\s+/g, ' ').trim();
  const text = `---\nkind: interview\necqSet: ${set}\n---\n\n## ${/\?\s*$/.test(heading) ? heading : `Q1. ${heading}`}\n\n${answer.trim()}\n`;
  const result = analyze(text, { path: 'practice.interview.md', kind: 'interview', config, today, cache: new FactsCache(), ...(posting ? { posting } : {}) });
  const interview = interviewOf(result.document, config, posting);
  const q = interview.questions[0];
  const sized = q?.answer?.scope.filter((s) => s.sized).map((s) => text.slice(s.span.start, s.span.end)) ?? [];
  const figures = q?.answer ? [...new Set([...sized, ...q.answer.blocks.flatMap((b) => figuresIn(b.prose))])].slice(0, MAX_FIGURES) : [];
  return { interview, question: q, figures, findings: result.findings };
}

/** The view lists a handful; an answer of two to four minutes rarely gives more. */
const MAX_FIGURES = 12;

/** A word that may be a plural noun: a guess good enough to end a figure ("41 migrations"), never to start one. */
const isPluralLike = (word: string): boolean => word.length > 3 && word.endsWith('s') && !word.endsWith('ss');

/** Words that go with a number to make the figure a panel hears: "$12 million", "36 percent". */
const MAGNITUDES = new Set(['percent', 'million', 'billion', 'thousand', 'hundred']);

/**
 * The figures of a piece of prose, as the engine's quantity flags mark them (a year, a date,
 * "GS-15" or "Section 508" is none): the number with its "$" and "%", a magnitude, and the
 * noun it counts ("40 staff") or the total it is of ("39 of 41").
 */
export function figuresIn(prose: string): string[] {
  const tokens = tokenize(prose);
  const flags = quantityFlags(tokens, prose, (word) => SCOPE_NOUNS.has(word) || isPluralLike(word));
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!flags[i]) continue;
    let start = tokens.start[i]!;
    if (prose[start - 1] === '$') start--;
    let last = i;
    if (MAGNITUDES.has(tokens.lower[last + 1] ?? '')) last++;
    const countsNoun = (k: number): boolean => {
      const word = tokens.lower[k];
      return word !== undefined && (SCOPE_NOUNS.has(word) || isPluralLike(word)) && /^\s$/.test(prose.slice(tokens.end[k - 1]!, tokens.start[k]!));
    };
    if (tokens.lower[last + 1] === 'of' && flags[last + 2]) last += 2;
    else if (countsNoun(last + 1)) {
      last++;
      // "two division chiefs": the noun it counts may be a compound of two.
      if (isPluralLike(tokens.lower[last + 1] ?? '') && countsNoun(last + 1)) last++;
    }
    let end = tokens.end[last]!;
    if (prose[end] === '%') end++;
    out.push(prose.slice(start, end));
    i = last;
  }
  return out;
}
