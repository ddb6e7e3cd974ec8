import type { AnalyzerConfig } from '../config';
import { EcqSetId } from '../domain/ecqSets';
import { Block } from '../parse/blocks';
import { DocumentModel, Example, isProse, Section } from '../parse/document';
import type { PostingAnalysis } from '../posting/posting';
import { Span } from '../text/span';
import { paceOf } from '../stories/stories';
import { Classification, classifyQuestion, languageOf, QuestionCategory, setFromWording } from './classify';
import { InterviewLayout, PanelSection, readInterviewLayout } from './layout';
import { judgePart, QuestionPart, splitQuestion } from './parts';
import { findScopeMentions, ScopeMention } from './scope';
import { StemIndex, stemPhrase } from './words';

/**
 * An interview file read as questions and answers (issue 13): the engine's one entry point
 * for the rules, the command line (`ecq interview`) and the editor (code lens, hover,
 * practice view). Everything here is plain data; an adapter converts spans at its edge.
 *
 * The ECQ set is the one the front matter names (`ecqSet:`), else the linked posting's,
 * else the project config's, else the one the questions' own wording names, else 2025.
 * The pace is the front matter's `pace_wpm`, else the config's `interview.paceWpm`.
 */

export interface KeyWordUse {
  readonly word: string;
  readonly used: boolean;
}

export interface PartAnalysis {
  readonly text: string;
  /** False also for every part of a question with no answer yet. */
  readonly answered: boolean;
  /** The words of the part that decided, and what the answer used for them. */
  readonly focus: readonly string[];
  readonly found: readonly string[];
}

export interface AnswerAnalysis {
  readonly span: Span;
  readonly blocks: readonly Block[];
  readonly words: number;
  readonly seconds: number;
  /** Rounded to hundredths. */
  readonly minutes: number;
  readonly keyWordsUsed: readonly string[];
  /**
   * The words of the question's ECQ the answer uses: its own key words and those of every one
   * of its competencies, not only the competencies the question probes (for a TQ, the TQ's
   * key words). A panel hears an answer in the ECQ's language when it uses any of them;
   * `answer.keywords-missing` fires only when it uses fewer than two.
   */
  readonly languageUsed: readonly string[];
  /** The answer as a CCAR example (the same object the rules read). */
  readonly example: Example;
  readonly scope: readonly ScopeMention[];
  /** The answer's words as stems, for phrase lookups. */
  readonly index: StemIndex;
}

export interface InterviewQuestion {
  /** 0-based position among the file's questions. */
  readonly index: number;
  /** The question heading (or plain-text question paragraph). */
  readonly heading: Block;
  /** 1-based line of the heading. */
  readonly line: number;
  readonly text: string;
  readonly section: Section;
  readonly category: QuestionCategory;
  readonly classification: Classification;
  readonly keyWords: readonly KeyWordUse[];
  readonly parts: readonly PartAnalysis[];
  /** Undefined while the question is still to prepare. */
  readonly answer: AnswerAnalysis | undefined;
}

export interface Interview {
  readonly set: EcqSetId;
  readonly setSource: 'frontMatter' | 'posting' | 'config' | 'wording' | 'default';
  readonly paceWpm: number;
  readonly paceSource: 'frontMatter' | 'config';
  readonly questions: readonly InterviewQuestion[];
  readonly panel: readonly PanelSection[];
  /** Questions for the panel, across the file's panel sections. */
  readonly panelQuestions: number;
  /** The front matter's `posting:`, as written, for the host to resolve. */
  readonly postingLink: string | undefined;
}

/** The front matter's `posting:` link, as written. */
export function postingLinkOf(doc: DocumentModel): string | undefined {
  const link = doc.frontMatter?.values['posting']?.trim();
  return link ? link : undefined;
}

export function interviewSetOf(doc: DocumentModel, config: AnalyzerConfig, posting: PostingAnalysis | undefined, layout?: InterviewLayout): { set: EcqSetId; source: Interview['setSource'] } {
  const declared = (doc.frontMatter?.values['ecqset'] ?? doc.frontMatter?.values['ecq_set'])?.toLowerCase();
  if (declared === '2025' || declared === 'legacy') return { set: declared, source: 'frontMatter' };
  if (posting && posting.ecqSet !== 'none') return { set: posting.ecqSet, source: 'posting' };
  if (config.ecqSet !== 'auto') return { set: config.ecqSet, source: 'config' };
  const l = layout ?? readInterviewLayout(doc.blocks, doc.format === 'plaintext');
  // The questions, the headings that group them, and the writer's notes above the first
  // question ("The announcement still lists the old five ECQs (Leading Change / …)").
  const firstQuestion = l.questions[0]?.heading.span.start ?? doc.text.length;
  const notes = doc.blocks.filter((b) => b.span.end <= firstQuestion && b.kind !== 'code').map((b) => b.prose);
  const fromWording = setFromWording([...notes, ...l.questions.flatMap((q) => [q.text, ...(q.group ? [q.group.prose] : [])])]);
  if (fromWording) return { set: fromWording, source: 'wording' };
  return { set: '2025', source: 'default' };
}

export function interviewPaceOf(doc: DocumentModel, config: AnalyzerConfig): { paceWpm: number; source: 'frontMatter' | 'config' } {
  return paceOf(doc, config.interview);
}

const cache = new WeakMap<DocumentModel, { config: AnalyzerConfig; posting: PostingAnalysis | undefined; interview: Interview }>();

/** The interview a document holds, read against its config and linked posting (memoised per document). */
export function interviewOf(doc: DocumentModel, config: AnalyzerConfig, posting?: PostingAnalysis): Interview {
  const known = cache.get(doc);
  if (known && known.config === config && known.posting === posting) return known.interview;
  const interview = readInterview(doc, config, posting);
  cache.set(doc, { config, posting, interview });
  return interview;
}

function readInterview(doc: DocumentModel, config: AnalyzerConfig, posting: PostingAnalysis | undefined): Interview {
  const layout = readInterviewLayout(doc.blocks, doc.format === 'plaintext');
  const { set, source } = interviewSetOf(doc, config, posting, layout);
  const pace = interviewPaceOf(doc, config);
  const sections = new Map(doc.sections.filter((s) => s.kind === 'question' && s.heading).map((s) => [s.heading!.index, s]));
  const questions: InterviewQuestion[] = [];
  layout.questions.forEach((q) => {
    const section = sections.get(q.heading.index);
    if (!section) return;
    const classification = classifyQuestion({ text: q.text, group: q.group?.prose, set, posting });
    const example = section.examples[0];
    const answer = example ? analyseAnswer(doc, example, classification, pace.paceWpm) : undefined;
    const index = answer?.index;
    const splitParts: QuestionPart[] = splitQuestion(q.text);
    const parts = splitParts.map((part, i) => {
      if (!answer || !index) return { text: part.text, answered: false, focus: [], found: [] };
      const verdict = judgePart(part, i, splitParts, { index, words: answer.words, hasAction: example!.ccar.present.action, hasResult: example!.ccar.present.result, hasFigure: example!.ccar.sentenceParts.some((sp) => sp.ref.facts.quantity), general: classification.basis === 'general' });
      return { text: part.text, answered: verdict.answered, focus: verdict.focus, found: verdict.found };
    });
    const used = new Set(answer?.keyWordsUsed ?? []);
    questions.push({
      index: questions.length,
      heading: q.heading,
      line: doc.lines.positionAt(q.heading.span.start).line + 1,
      text: q.text,
      section,
      category: classification.category,
      classification,
      keyWords: classification.keyWords.map((word) => ({ word, used: used.has(word) })),
      parts,
      answer,
    });
  });
  const panelQuestions = layout.panel.reduce((n, p) => n + p.items.length, 0);
  return { set, setSource: source, paceWpm: pace.paceWpm, paceSource: pace.source, questions, panel: layout.panel, panelQuestions, postingLink: postingLinkOf(doc) };
}

function analyseAnswer(doc: DocumentModel, example: Example, classification: Classification, paceWpm: number): AnswerAnalysis {
  const spoken = example.blocks.filter((b) => isProse(b) && b.kind !== 'heading');
  const words = spoken.reduce((sum, b) => sum + (doc.facts.get(b.index)?.wordCount ?? 0), 0);
  const seconds = (words / paceWpm) * 60;
  const index = StemIndex.of(spoken.map((b) => b.prose).join('\n'));
  const keyWordsUsed = classification.keyWords.filter((w) => index.hasPhrase(stemPhrase(w).stems));
  const languageUsed = languageOf(classification).filter((w) => index.hasPhrase(stemPhrase(w).stems));
  return {
    span: example.span,
    blocks: spoken,
    words,
    seconds,
    minutes: Math.round((seconds / 60) * 100) / 100,
    keyWordsUsed,
    languageUsed,
    example,
    scope: findScopeMentions(spoken),
    index,
  };
}

/**
 * The sections of an interview whose questions are general ("Why do you want this
 * position?"): their answers are not CCAR stories, so the CCAR and result rules leave them.
 */
export function generalQuestionSections(doc: DocumentModel, config: AnalyzerConfig, posting: PostingAnalysis | undefined): ReadonlySet<Section> {
  if (doc.kind !== 'interview') return new Set();
  // Only questions the general phrases name ("why do you want…"); a behavioural question no cue maps ("Describe a time…") still asks for a story.
  return new Set(interviewOf(doc, config, posting).questions.filter((q) => q.classification.basis === 'general').map((q) => q.section));
}

/** The question whose heading or answer holds `offset` (a hover's position), if any. */
export function questionAt(interview: Interview, offset: number): InterviewQuestion | undefined {
  // Questions are in order: the last that starts at or before the offset, if its section reaches it.
  let low = 0;
  let high = interview.questions.length - 1;
  let found: InterviewQuestion | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const q = interview.questions[mid]!;
    if (q.section.span.start <= offset) {
      found = q;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found && offset <= found.section.span.end ? found : undefined;
}

/** "Leading People (ECQ 4)", "MTQ 2", "a general question": what a question asks about, for messages. */
export function describeClassification(c: Classification): string {
  if (c.category === 'ecq' && c.ecq) return `ECQ ${c.ecq.number}, ${c.ecq.name}${c.competencies.length > 0 ? ` (${c.competencies.join(', ')})` : ''}`;
  if (c.category === 'tq' && c.tq) return c.tq;
  return 'a general question';
}

