import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { ECQ_SETS } from '../../server/src/core/domain/ecqSets';
import { practiceInterview, practiceQuestions, QUESTION_BANK } from '../../server/src/core/interview/bank';
import { classifyQuestion, languageOf } from '../../server/src/core/interview/classify';
import { interviewOf, questionAt } from '../../server/src/core/interview/interview';
import { isPanelHeadingText, isPlainTextQuestionLine, isQuestionText, questionLabelLength, stripQuestionLabel } from '../../server/src/core/interview/layout';
import { AnswerFacts, judgePart, splitQuestion } from '../../server/src/core/interview/parts';
import { analysePracticeAnswer, figuresIn } from '../../server/src/core/interview/practice';
import { findScopeMentions } from '../../server/src/core/interview/scope';
import { StemIndex, stemOf } from '../../server/src/core/interview/words';
import { parseDocument } from '../../server/src/core/parse/document';
import { kindFromContent, kindFromFileName } from '../../server/src/core/parse/kind';
import { analyzePosting, PostingAnalysis } from '../../server/src/core/posting/posting';
import { RuleId } from '../../server/src/core/rules/types';
import { lint, TODAY } from '../helpers/fixtures';
import { AnnotatedQuestion, scoreQuestions, scoreRules } from '../helpers/interviewDevSet';

const fixtures = path.resolve(__dirname, '../../../test/fixtures/interview');
const read = (name: string): string => fs.readFileSync(path.join(fixtures, name), 'utf8');
const posting: PostingAnalysis = analyzePosting(read('va-infrastructure-modernization.posting.md'), { path: 'va.posting.md' });

const dev = JSON.parse(read('dev/questions.json')) as { questions: AnnotatedQuestion[] };

suite('interview: the kind', () => {
  test('by file name, front matter and content', () => {
    assert.equal(kindFromFileName('ellison.interview.md'), 'interview');
    assert.equal(kindFromFileName('notes/panel.interview.txt'), 'interview');
    assert.equal(parseDocument('---\nkind: interview\n---\n\n## Q1. Why this job?\n').kind, 'interview');
    assert.equal(kindFromContent('# Interview preparation\n\n## Q1. Tell us about yourself.\n'), 'interview');
    assert.equal(kindFromContent('# Prep\n\n## Why this job?\n\n## What is your weakness?\n\n## Where in five years?\n'), 'interview');
    // An ECQ narrative with one rhetorical heading stays an ECQ narrative.
    assert.equal(kindFromContent('## ECQ 1: Leading Change\n\n### Why change?\n\nIn 2023 I led…\n'), 'ecq');
  });
});

suite('interview: questions and answers', () => {
  test('question headings: Q, Q1, Question, a number, or a question mark; not "Quality"', () => {
    for (const yes of ['Q1. Why?', 'Q: Tell us about yourself', 'Q 3 – Leading People', 'Question 2: Describe a time…', 'Question', '3. Describe a setback', '12) Budget', 'Why this position?', 'Q2a. Follow-up']) assert.ok(isQuestionText(yes), yes);
    for (const no of ['Quality assurance', 'Questions for the panel', 'Notes', '30 days later', 'Closing statement', '2023 budget']) assert.ok(!isQuestionText(no) || isPanelHeadingText(no), no);
    assert.equal(stripQuestionLabel('Q3: Why this job?'), 'Why this job?');
    assert.equal(stripQuestionLabel('Question 12 – Describe a time'), 'Describe a time');
    assert.equal(questionLabelLength('Quality'), -1);
  });

  test('panel headings', () => {
    for (const yes of ['Questions for the panel', 'My questions', 'Questions to ask', 'Questions I will ask', 'Questions for the interviewers', 'My own questions']) assert.ok(isPanelHeadingText(yes), yes);
    for (const no of ['Q1. What are my questions about the budget?', 'Leading People questions']) assert.ok(!isPanelHeadingText(no), no);
  });

  test('answers run to the next question or section heading; deeper headings stay; a labelling heading takes its question from the block under it', () => {
    const text = [
      '---', 'kind: interview', '---', '', '# Prep', '', '## ECQ 4: Leading People', '', '### Question 1', '', '> How have you developed the next generation of leaders?', '',
      'I mentored six deputies.', '', '#### Result', '', 'Three now lead branches.', '', '### Q2. Why this job?', '', '## Closing statement', '', 'Thank you.', '', '## Questions for the panel', '', '- One?', '- Two?', '',
    ].join('\n');
    const doc = analyze(text, { today: TODAY }).document;
    const interview = interviewOf(doc, DEFAULT_CONFIG);
    assert.deepEqual(interview.questions.map((q) => q.text), ['How have you developed the next generation of leaders?', 'Why this job?']);
    const [first, second] = interview.questions;
    assert.equal(first!.line, 9);
    assert.equal(first!.classification.ecq?.name, 'Leading People');
    assert.equal(first!.answer?.words, 8, 'the label heading is not spoken');
    assert.equal(second!.answer, undefined, 'the closing statement is a section, not the answer');
    assert.equal(questionAt(interview, text.indexOf('I mentored')), first);
    assert.equal(questionAt(interview, text.indexOf('Q2.')), second);
    assert.equal(questionAt(interview, text.indexOf('Thank you')), undefined);
    assert.equal(interview.panelQuestions, 2);
  });

  test('Markdown: a one-line paragraph opening with a Q label and punctuation is a question; "Q4 revenue rose" is not', () => {
    const text = '---\nkind: interview\n---\n\n# Prep\n\n**Q1:** Why do you want this job?\n\nBecause it matters.\n\n**Question 2.** Tell us about a conflict you resolved.\n\nQ4 revenue rose by 10 percent after I mediated.\n';
    const interview = interviewOf(analyze(text, { today: TODAY }).document, DEFAULT_CONFIG);
    assert.deepEqual(interview.questions.map((q) => [q.text, q.answer?.words]), [['Why do you want this job?', 3], ['Tell us about a conflict you resolved.', 9]]);
  });

  test('plain text: "Q1:" lines and lines ending with "?" are questions, their answers on the lines after', () => {
    const text = 'Interview notes\n\nQ1: Why do you want this position?\nBecause it is the work I prepared for.\n\nHow do you build consensus among state and local partners?\n\nI convened the four state directors monthly.\n\nQuestions for the panel\n\nWhat are your priorities?\nHow is success measured?\n- Who would I report to?\n\nClosing statement\n\nThank you.\n';
    const doc = analyze(text, { path: 'notes.interview.txt', today: TODAY }).document;
    const interview = interviewOf(doc, DEFAULT_CONFIG);
    assert.deepEqual(interview.questions.map((q) => [q.text, q.answer?.words]), [['Why do you want this position?', 8], ['How do you build consensus among state and local partners?', 7]]);
    assert.equal(interview.panelQuestions, 3);
  });

  test('the ECQ set: front matter, then the posting, then the config, then the wording, then 2025', () => {
    const body = '## Q1. Give an example of a coalition you built (Building Coalitions).\n\nI built one.\n';
    const set = (text: string, config = DEFAULT_CONFIG, p?: PostingAnalysis): string => {
      const doc = analyze(text, { path: 'a.interview.md', config, today: TODAY }).document;
      const i = interviewOf(doc, config, p);
      return `${i.set}/${i.setSource}`;
    };
    assert.equal(set(`---\necqSet: 2025\n---\n\n${body}`, DEFAULT_CONFIG, posting), '2025/frontMatter');
    assert.equal(set(body, { ...DEFAULT_CONFIG, ecqSet: 'legacy' }, posting), '2025/posting');
    assert.equal(set('## Q1. Why?\n\nBecause.\n', { ...DEFAULT_CONFIG, ecqSet: 'legacy' }), 'legacy/config');
    assert.equal(set(body), 'legacy/wording');
    assert.equal(set('## Q1. Why?\n\nBecause.\n'), '2025/default');
  });
});

suite('interview: classification on the dev set (written first, not blind)', () => {
  const scores = scoreQuestions(dev.questions, posting);
  const misses = scores.misses.filter((m) => m.startsWith('class:')).join('\n');
  // Floors: the bar is 90% per ECQ set on questions nobody tuned against; the dev set
  // was tuned against, so it is held higher.
  for (const set of ['2025', 'legacy'] as const) {
    test(`ECQ questions of the ${set} set: at least 95% right`, () => {
      const c = scores.classification[`${set} ecq`]!;
      assert.ok(c.right / c.total >= 0.95, misses);
    });
  }
  test('general questions are not forced onto an ECQ; TQ questions find their TQ', () => {
    for (const group of ['general', 'tq']) assert.equal(scores.classification[group]!.right, scores.classification[group]!.total, misses);
  });

  test('competencies and key words come with the ECQ', () => {
    const c = classifyQuestion({ text: 'How have you developed the next generation of leaders in your organization?', set: '2025' });
    assert.equal(c.ecq?.number, 4);
    assert.deepEqual(c.competencies, ['Developing Others']);
    // The ECQ's own terms, the probed competency's name first; what a candidate says for them counts too.
    assert.deepEqual(c.keyWords.slice(0, 2), ['developing', 'inspires'], c.keyWords.join());
    assert.ok(languageOf(c).includes('mentored'), languageOf(c).join());
    const tq = classifyQuestion({ text: 'How have you implemented a zero trust architecture and continuous monitoring?', set: '2025', posting });
    assert.equal(tq.tq, 'MTQ 2');
    assert.ok(tq.keyWords.includes('zero trust architecture'), tq.keyWords.join());
  });

  test('cues that share a stem with a common word are phrases: "developed the people" is Developing Others, "competing priorities" is no competence', () => {
    // Porter makes "developments" and "developed" one stem, and "competence" and "competing".
    const people = classifyQuestion({ text: 'Describe how you have developed the people who work for you.', set: 'legacy' });
    assert.equal(people.ecq?.name, 'Leading People');
    const priorities = classifyQuestion({ text: 'Tell us about a time when you had to manage multiple competing priorities. How did you organize your work?', set: '2025' });
    assert.equal(priorities.ecq?.name, 'Achieving Results');
    assert.equal(classifyQuestion({ text: 'Tell us about a time when you had to manage multiple competing priorities.', set: 'legacy' }).ecq?.name, 'Results Driven');
  });

  test('a TQ\'s key phrase in a question names the TQ, though the question shares few other words with it', () => {
    const nps = analyzePosting(['# Superintendent', '', '## Technical Qualifications', '', '1. Experience in managing a complex land management program that extends to an entire organization, including public land management, strategic planning and law enforcement.', '2. Experience establishing and managing partnerships directly related to land management operations.', ''].join('\n'), { path: 'nps.posting.md' });
    const c = classifyQuestion({ text: 'Describe your experience managing a complex land management program. What were the largest operational risks, and how did you manage them?', set: '2025', posting: nps });
    assert.equal(c.category, 'tq');
    assert.equal(c.tq, 'TQ 1');
    // A phrase of generic words alone ("project management") is no TQ's.
    assert.notEqual(classifyQuestion({ text: 'How do you keep a portfolio of projects on schedule?', set: '2025', posting: nps }).category, 'tq');
  });

  test('a question about a weakness is a general question: its answer tells no CCAR story', () => {
    assert.equal(classifyQuestion({ text: 'What is one weakness you are still working on?', set: '2025' }).category, 'general');
  });

  test('the first sentence sets the topic; a follow-up\'s cues count for half', () => {
    // "Why did you decide that way?" asks how, not what: the American public is the topic.
    const c = classifyQuestion({ text: 'Give an example of putting the interests of the American public ahead of the convenience of your own office. Why did you decide that way?', set: '2025' });
    assert.equal(c.ecq?.number, 1);
    assert.equal(classifyQuestion({ text: 'Why did you decide that way? Give an example of putting the interests of the American public ahead of your own office.', set: '2025' }).ecq?.number, 4);
  });

  test('a framing sentence before the first ask counts as a follow-up; "expected" is no expectation, "career executive" no career development', () => {
    assert.equal(classifyQuestion({ text: 'Our budget is expected to be flat for years. Tell us about a time you had to do more with less money. What did you cut, and how did you decide?', set: '2025' }).ecq?.number, 2);
    assert.equal(classifyQuestion({ text: 'What does it mean for a career executive to serve the American people rather than one office?', set: '2025' }).ecq?.number, 1);
  });

  test('named outright: "TQ 2", an ECQ number, a grouping heading', () => {
    assert.equal(classifyQuestion({ text: 'MTQ 3: Tell us about your portfolio.', set: '2025', posting }).tq, 'MTQ 3');
    assert.equal(classifyQuestion({ text: 'Tell us about a time you succeeded.', group: 'ECQ 1: Leading Change', set: 'legacy' }).ecq?.name, 'Leading Change');
    assert.equal(classifyQuestion({ text: 'Tell us about a time you succeeded. (ECQ 2)', set: '2025' }).ecq?.name, 'Driving Efficiency');
  });
});

suite('interview: parts', () => {
  test('the issue\'s example has three parts', () => {
    assert.deepEqual(
      splitQuestion('Describe a time you led a major change. What resistance did you meet, and how did you overcome it?').map((p) => p.text),
      ['Describe a time you led a major change', 'What resistance did you meet', 'how did you overcome it'],
    );
  });

  test('lists stay one part; requests that ask nothing are no part; abbreviations do not end a sentence', () => {
    assert.equal(splitQuestion('How have you recruited, developed and retained a skilled workforce?').length, 1);
    assert.equal(splitQuestion('Tell us about a conflict you resolved. Please be specific.').length, 1);
    assert.equal(splitQuestion('How has the U.S. Constitution shaped a decision you made?').length, 1);
    assert.equal(splitQuestion('Walk us through your career and why you are ready for the SES.').length, 2);
    assert.deepEqual(splitQuestion('Describe (1) the challenge you faced, (2) the actions you took and (3) the result.').map((p) => p.text), ['Describe (1) the challenge you faced', 'the actions you took', 'the result']);
  });

  test('framing is no part: a statement, a lead-in before a comma, a clarifying "whether"; a label before a dash is skipped', () => {
    const texts = (q: string) => splitQuestion(q).map((p) => p.text);
    assert.deepEqual(texts('Our budget will be flat for years. Tell us about a time you did more with less money. What did you cut?'), ['Tell us about a time you did more with less money', 'What did you cut']);
    assert.deepEqual(texts('In your own words, what does it mean to serve the American people?'), ['what does it mean to serve the American people']);
    assert.deepEqual(texts('How do you make sure your office serves its customers, whether that is the public or other offices, and not just checking boxes?'), ['How do you make sure your office serves its customers, whether that is the public or other offices, and not just checking boxes']);
    assert.deepEqual(texts('What was at stake, whose interests did you weigh, and how did you decide?'), ['What was at stake', 'whose interests did you weigh', 'how did you decide']);
    assert.equal(texts('Results Driven - Describe a tough decision. What did you decide?').length, 2);
    assert.deepEqual(texts('I would like to hear about your first year.'), ['I would like to hear about your first year']);
  });

  test('dev set: the right number of parts for at least 90% of multipart questions, and one part for every other', () => {
    const { parts, misses } = scoreQuestions(dev.questions, posting);
    assert.ok(parts.multipartRight / parts.multipartTotal >= 0.9, misses.join('\n'));
    assert.equal(parts.total - parts.right, parts.multipartTotal - parts.multipartRight, misses.join('\n'));
  });

  test('answered parts: a grade of what is asked ("the largest risks") need not be repeated', () => {
    const text = '---\nkind: interview\necqSet: 2025\n---\n\n## Q1. Describe a complex program you managed. What were the largest operational risks, and how did you manage them?\n\nI ran a review of the program with my nine division chiefs, and three risks stood out: wildfire, flooding and an aging water system. I updated the fire plan and secured $2 million for fuels reduction. The 2022 fire was held to 340 acres.\n';
    const q = interviewOf(analyze(text, { today: TODAY }).document, DEFAULT_CONFIG).questions[0]!;
    assert.deepEqual(q.parts.map((p) => p.answered), [true, true, true]);
  });

  test('answered parts: a "how" that repeats the first part asks for the actions; "at stake" is answered by what was at risk; "objectives" is no objection', () => {
    const parts = (question: string, answer: string) => interviewOf(analyze(`---\nkind: interview\necqSet: 2025\n---\n\n## Q1. ${question}\n\n${answer}\n`, { today: TODAY }).document, DEFAULT_CONFIG).questions[0]!.parts.map((p) => p.answered);
    assert.deepEqual(parts('What is the hardest technical problem you have solved, and how did you go about solving it?', 'The hardest problem was a pay error that hit 212 employees. I built a worksheet that recomputed every pay period, and I checked it against 40 cases the provider recomputed. All 40 matched, and every employee was paid right by June.'), [true, true]);
    assert.deepEqual(parts('Tell us about a decision you made quickly. What was at stake?', 'In 2021 a storm closed 11 offices and I had to make a decision quickly. The outage put 37,000 appointments at risk. I moved them to phone service within four hours, and 96 percent were kept.'), [true, true]);
    assert.deepEqual(parts('Tell us about a time you changed your organization. How did you deal with the people who resisted it?', 'In 2022 I changed how my organization worked: I set three long-term objectives for the region and moved 140 positions to phone duty. Hold times fell from 31 minutes to 9.'), [true, false]);
  });

  test('answered parts: synonyms count, the skipped part does not', () => {
    const text = '---\nkind: interview\necqSet: 2025\n---\n\n## Q1. Describe a time you led a major change. What resistance did you meet, and how did you overcome it? What did you learn?\n\nIn 2023 I led a major change: the move of 240 staff to a digital case system. Several supervisors pushed back on the deadline. I won them over by piloting it in their branch first. The office went live in eleven months.\n';
    const q = interviewOf(analyze(text, { today: TODAY }).document, DEFAULT_CONFIG).questions[0]!;
    assert.deepEqual(q.parts.map((p) => [p.text, p.answered]), [
      ['Describe a time you led a major change', true],
      ['What resistance did you meet', true],
      ['how did you overcome it', true],
      ['What did you learn', false],
    ]);
  });
});

suite('interview: the rules on the dev files', () => {
  const results = scoreRules(path.join(fixtures, 'dev'));
  for (const rule of ['answer.part-unanswered', 'answer.scope-unquantified', 'answer.length', 'interview.panel-questions', 'claim.philosophy', 'result.unquantified'] as RuleId[]) {
    test(`${rule}: every expected finding and no other`, () => {
      const r = results.get(rule)!;
      assert.deepEqual(r.misses, []);
    });
  }
  // Known misses, kept visible rather than hidden: voice.we reads "I changed how we measured
  // success" as a "we" action (the rule's, not the interview's), the CCAR inference finds no
  // Result in a two-sentence answer, and a philosophy answer that says "decision" once is
  // short of key words. Floors hold them where they are.
  test('voice.we, ccar.missing-result, answer.keywords-missing: recall 1, precision at least 0.6', () => {
    for (const rule of ['voice.we', 'ccar.missing-result', 'answer.keywords-missing'] as RuleId[]) {
      const r = results.get(rule)!;
      assert.equal(r.fn, 0, `${rule}: ${r.misses.join('; ')}`);
      assert.ok(r.tp / (r.tp + r.fp) >= 0.6, `${rule}: ${r.misses.join('; ')}`);
    }
  });
});

suite('interview: rules stay within their scope', () => {
  test('ECQ-narrative rules do not run on interview files; answers to general questions are no CCAR story', () => {
    const text = '---\nkind: interview\n---\n\n# Interview\n\n## Q1. Why do you want this position?\n\nIt is the job I have prepared for.\n\n## Questions for the panel\n\n- One?\n- Two?\n- Three?\n';
    const ids = new Set(lint(text, { path: 'a.interview.md' }).findings.map((f) => f.ruleId));
    for (const id of ['ecq.missing', 'length.over-limit', 'ecq.too-many-examples', 'acronym.undefined', 'plain.wordy', 'ccar.missing-challenge', 'ccar.missing-result', 'result.unquantified', 'posting.tq-uncovered'] as RuleId[]) {
      assert.ok(!ids.has(id), id);
    }
  });

  test('the CCAR, voice and recency rules read each answer as one example', () => {
    const text = '---\nkind: interview\necqSet: 2025\n---\n\n## Q1. Describe a time you restored a failed system.\n\nIn 2012 we restored the system.\n';
    const ids = lint(text, { path: 'a.interview.md' }).findings.map((f) => f.ruleId);
    for (const id of ['voice.we', 'recency.stale'] as RuleId[]) assert.ok(ids.includes(id), `${id} in ${ids.join()}`);
    assert.ok(ids.some((id) => id.startsWith('ccar.missing-')), ids.join());
  });

  test('answers to general questions may state beliefs; answers to behavioural ones may not', () => {
    const text = '---\nkind: interview\n---\n\n## Q1. What is your leadership philosophy?\n\nI believe that people do their best work when they know what is expected.\n\n## Q2. Tell us about a conflict you resolved.\n\nI believe in listening.\n';
    const r = lint(text, { path: 'a.interview.md' });
    assert.deepEqual(r.findings.filter((f) => f.ruleId === 'claim.philosophy').map((f) => text.slice(f.span.start, f.span.end)), ['I believe']);
    assert.ok(r.findings.find((f) => f.ruleId === 'claim.philosophy')!.span.start > text.indexOf('Q2.'));
  });

  test('a level-1 ECQ heading groups the questions under it', () => {
    const text = '---\nkind: interview\necqSet: legacy\n---\n\n# ECQ 5: Building Coalitions\n\n## Q1. Tell us about a time you succeeded.\n\nI did.\n';
    assert.equal(interviewOf(analyze(text, { today: TODAY }).document, DEFAULT_CONFIG).questions[0]!.classification.ecq?.name, 'Building Coalitions');
  });

  test('a question with no answer is still to prepare: no answer finding', () => {
    const text = '---\nkind: interview\n---\n\n## Q1. Describe a time you cut costs. How did you measure the savings?\n\n## Questions for the panel\n\n- One?\n- Two?\n- Three?\n';
    assert.deepEqual(lint(text, { path: 'a.interview.md' }).findings.map((f) => f.ruleId), []);
  });

  test('scope: the size may stand before the noun, after it, or elsewhere in the answer', () => {
    const flagged = (answer: string): string[] => {
      const text = `---\nkind: interview\n---\n\n## Q1. Tell us about your budget.\n\n${answer}\n`;
      const r = lint(text, { path: 'a.interview.md' });
      return r.findings.filter((f) => f.ruleId === 'answer.scope-unquantified').map((f) => text.slice(f.span.start, f.span.end));
    };
    assert.deepEqual(flagged('I managed a budget and supervised a large staff.'), ['managed a budget', 'supervised a large staff']);
    assert.deepEqual(flagged('I managed a $40 million budget and a staff of 62.'), []);
    assert.deepEqual(flagged('The division had 340 employees. I led the staff through the move.'), []);
    assert.deepEqual(flagged('I managed a team that had two senior analysts.'), ['managed a team']);
    assert.deepEqual(flagged('The team managed the budget for me.'), []);
    // A program or an organization is sized by its people or money later in its sentence.
    assert.deepEqual(flagged('I managed the land management program of a 410,000-acre park with 290 permanent staff and a $31 million budget.'), []);
    assert.deepEqual(flagged('I managed the land management program. It was hard.'), ['managed the land management program']);
  });

  test('answer.length uses the front matter pace and the configured range', () => {
    const words = Array.from({ length: 250 }, () => 'word').join(' ');
    const text = (pace: string): string => `---\nkind: interview\n${pace}---\n\n## Q1. Why this job?\n\n${words}.\n`;
    assert.ok(lint(text(''), { path: 'a.interview.md' }).findings.some((f) => f.ruleId === 'answer.length'), '250 words at 140 is under 2 minutes');
    assert.ok(!lint(text('pace_wpm: 120\n'), { path: 'a.interview.md' }).findings.some((f) => f.ruleId === 'answer.length'), '250 words at 120 is over 2 minutes');
    assert.ok(!lint(text(''), { path: 'a.interview.md', config: { interview: { ...DEFAULT_CONFIG.interview, minMinutes: 1 } } }).findings.some((f) => f.ruleId === 'answer.length'));
  });
});

suite('interview: the practice bank', () => {
  test('at least five questions per ECQ in both sets, each classified as its ECQ', () => {
    for (const set of ['2025', 'legacy'] as const) {
      for (const ecq of ECQ_SETS[set].ecqs) {
        const questions = QUESTION_BANK[set][ecq.number] ?? [];
        assert.ok(questions.length >= 5, `${set} ${ecq.name}`);
        for (const q of questions) assert.equal(classifyQuestion({ text: q, set }).ecq?.number, ecq.number, q);
      }
    }
  });

  test('a practice file: one question per ECQ in turn, the TQs among them, and it reads back as an interview', () => {
    const picked = practiceQuestions({ set: '2025', count: 8, posting });
    assert.deepEqual(picked.map((q) => q.ecq ?? q.tq), [1, 2, 3, 4, 5, 'MTQ 1', 1, 2]);
    const text = practiceInterview({ set: '2025', count: 8, posting, postingLink: 'va.posting.md' });
    const doc = analyze(text, { path: 'practice.interview.md', today: TODAY }).document;
    const interview = interviewOf(doc, DEFAULT_CONFIG, posting);
    assert.equal(interview.questions.length, 8);
    assert.equal(interview.questions[5]!.classification.tq, 'MTQ 1');
    assert.equal(interview.postingLink, 'va.posting.md');
    assert.ok(interview.questions.every((q) => q.answer === undefined));
  });
});

suite('interview: bad input', () => {
  test('an empty file, a file of headings only, 500 questions', () => {
    assert.equal(interviewOf(analyze('', { path: 'a.interview.md', today: TODAY }).document, DEFAULT_CONFIG).questions.length, 0);
    assert.equal(interviewOf(analyze('## Q1.\n\n## Q2.\n', { path: 'a.interview.md', today: TODAY }).document, DEFAULT_CONFIG).questions.length, 2);
    const many = Array.from({ length: 500 }, (_, i) => `## Q${i + 1}. Describe a time you cut costs. How did you measure it?\n\nIn 2024 I cut costs by $${i + 1} million across 12 offices, measured monthly.\n`).join('\n');
    const result = analyze(`---\nkind: interview\n---\n\n${many}`, { path: 'a.interview.md', today: TODAY });
    assert.equal(interviewOf(result.document, DEFAULT_CONFIG).questions.length, 500);
  });
});

/** What a question is classified as, in a word: "ECQ 4", "TQ 1", "general". */
function askedAbout(text: string, set: 'legacy' | '2025', withPosting?: PostingAnalysis): string {
  const c = classifyQuestion({ text, set, posting: withPosting });
  return c.category === 'ecq' ? `ECQ ${c.ecq!.number}` : c.category === 'tq' ? c.tq! : c.category;
}

const partsOf = (question: string): string[] => splitQuestion(question).map((p) => p.text);

/** Whether each part of a question is answered by `answer`: a story of 80 words with an Action, a Result and a figure, unless `facts` says otherwise. */
function answeredParts(question: string, answer: string, facts: Partial<Omit<AnswerFacts, 'index'>> = {}): boolean[] {
  const parts = splitQuestion(question);
  const all: AnswerFacts = { index: StemIndex.of(answer), words: 80, hasAction: true, hasResult: true, hasFigure: true, ...facts };
  return parts.map((p, i) => judgePart(p, i, parts, all).answered);
}

suite('interview: general fixes from the fourth blind set (holdout4)', () => {

  test('a scene an ECQ marks strongly outweighs a general phrase; the phrase alone stays general', () => {
    assert.equal(askedAbout('A reorganization has just merged two divisions with very different cultures, and one of them has filed a union grievance over the new reporting lines. How would you approach your first ninety days?', '2025'), 'ECQ 4');
    assert.equal(askedAbout('What would you do in your first ninety days?', '2025'), 'general');
  });

  test('stems that mislead: a payroll account is no accountability, "analysis" is "analyze", the pronoun "it" is no IT', () => {
    assert.notEqual(stemOf('accountability'), stemOf('account'));
    assert.equal(stemOf('accountable'), stemOf('accountability'));
    assert.equal(stemOf('analysis'), stemOf('analyze'));
    assert.equal(askedAbout('What would you do if you learned in August that your office would end the year with an eleven-million-dollar shortfall in its payroll account?', 'legacy'), 'ECQ 4');
    assert.equal(askedAbout('A Hill staffer calls you directly, unhappy about how your office handled a constituent\'s case, and hints that the Member may raise it at a hearing. How would you handle the call?', 'legacy'), 'ECQ 5');
    assert.equal(askedAbout('How do you translate the Secretary\'s priorities into something a field office supervisor can act on Monday morning?', '2025'), 'ECQ 5');
  });

  test('a long question shares a smaller part of its words with its TQ: one of the TQ\'s key terms makes up for it', () => {
    const nih = analyzePosting('Technical Qualifications\nTQ 1: Ability to provide executive leadership and lead enterprise-wide legislative policy development, analysis, liaison, and outreach, including managing a legislative policy organization, establishing strategic plans and policies, evaluating programs, developing budgets, and building diverse, high-performing teams.\n', { path: 'nih.posting.txt' });
    assert.equal(askedAbout('Legislative affairs here touches every institute. Tell us about a time you ran a policy shop that had to analyze pending bills and brief leadership. How big was the team, how did you set its priorities, and how did you put together its budget?', '2025', nih), 'TQ 1');
    assert.notEqual(askedAbout('Tell us about a time you cut a budget.', '2025', nih), 'TQ 1');
  });

  test('TQ matching knows a panel\'s words for a posting\'s: bargaining is negotiation, a union a labor organization', () => {
    const gao = analyzePosting('Technical Qualifications\nTQ-1 Develops labor relations negotiation strategy based on an understanding of legal, mission, policy, and procedures.\nTQ-2 Ensures effective management of human resources and office operations including workload, staffing, performance, training and development.\n', { path: 'gao.posting.md' });
    assert.equal(askedAbout('Describe how you developed a strategy for bargaining with a union. What legal and mission factors shaped it?', 'legacy', gao), 'TQ 1');
  });

  test('the notes above the first question say which ECQ set a file uses', () => {
    const text = 'SES INTERVIEW PREP\nAnnouncement still lists the old five ECQs (Leading Change / Leading People / Results Driven / Business Acumen / Building Coalitions).\n\nQ1: (Leading People) Describe a conflict between two of your senior managers. How did you resolve it?\n\nI met both managers.\n';
    const interview = interviewOf(analyze(text, { path: 'brandt.interview.txt', today: TODAY }).document, DEFAULT_CONFIG);
    assert.equal(interview.set, 'legacy');
    assert.equal(interview.questions[0]!.classification.ecq?.id, 'legacy.leading-people');
  });

  test('parts: "who and where" is one ask; "Think of…" frames; an item after a label asks; "explain what you did" is a part', () => {
    assert.equal(partsOf('Describe a time you had to staff up quickly, or cut back, to match a new budget. How did you decide who and where?').length, 2);
    assert.deepEqual(partsOf('Think of a system outage or cyber incident on your watch. What went wrong, what did you do in the first 24 hours, and what did you change afterwards?'), ['What went wrong', 'what did you do in the first 24 hours', 'what did you change afterwards']);
    assert.equal(partsOf("We'd like to hear about your creativity and innovation: a) What is a program or process you started from scratch? b) What convention did you have to challenge to get it approved? c) Where does it stand today?").length, 3);
    assert.equal(partsOf('Give an example of an employee you developed who went on to a larger role, and explain what you did specifically to get them there.').length, 2);
    assert.equal(partsOf('How and why did you decide?').length, 1 + 1, '"why did you decide" asks again');
  });

  test('scope: ", which was $96 million" sizes the budget; "the field operations budget" is a budget; "the litigation support operation" is scope', () => {
    const scopeFindings = (answer: string): number =>
      lint(`---\nkind: interview\n---\n\n## Q1. Tell us about the largest budget you have managed.\n\n${answer}\n`, { path: 'a.interview.md' }).findings.filter((f) => f.ruleId === 'answer.scope-unquantified').length;
    assert.equal(scopeFindings("The largest budget I have managed is the region's operating budget, which was $96 million in fiscal year 2023."), 0);
    assert.equal(scopeFindings('I managed the field operations budget through that period and cut travel first.'), 1);
    assert.equal(scopeFindings('I run the litigation support operation for a large regional enforcement office, with attorneys across several states.'), 1);
  });

  test('answered parts: "What steps did you take" is answered by the actions; "personally" need not be repeated', () => {
    const text = [
      '---', 'kind: interview', '---', '',
      '## Q1. Tell us about a time you had to deal with a supervisor who was not performing. What steps did you take, and how did it end?', '',
      'In 2021 one of my four branch chiefs, a senior analyst promoted into supervision, was 46 responses behind on congressional correspondence, and two of his six analysts had asked to leave. I sat down with him in the first week and went through the overdue list. I wrote down three expectations and put them into a 90-day improvement plan. Within four months the branch cleared all 46 overdue responses and turnaround dropped from 31 days to 12.', '',
      '## Q2. Describe a technical problem that had defeated others. What did you personally bring to solving it?', '',
      'For years about 1 in 12 disability exams came back from the contractor missing a required test, which added 40 to 60 days to each claim, and three improvement teams had blamed the contractor. What I brought was my background as a claims examiner: I read 200 of the failed exams myself and found that 9 templates caused 70 percent of the failures. I rewrote the 9 templates, and incomplete exams fell from 1 in 12 to 1 in 40 within a year.', '',
    ].join('\n');
    assert.deepEqual(lint(text, { path: 'a.interview.md' }).findings.filter((f) => f.ruleId === 'answer.part-unanswered').map((f) => f.message), []);
  });

  test('a figure the work turned up is no Result when the story ends on actions alone', () => {
    const answer = (ending: string): RuleId[] =>
      lint(
        [
          '---', 'kind: interview', 'ecqSet: legacy', '---', '',
          '## Q1. Give me an example where you took a calculated risk to improve a service.', '',
          'Every spring the region issues about 2,800 permits, and renewals were on paper at 9 field offices, with ranchers driving four hours each way.', '',
          'I had my IT lead run our 2,800 permit records through the new module; it found 212 records with bad data, which my staff corrected over two weeks. I kept every counter open with paper forms as a fallback.', '',
          ending, '',
        ].join('\n'),
        { path: 'a.interview.md' },
      ).findings.map((f) => f.ruleId);
    assert.ok(answer('I opened online renewals on March 1 with a help line staffed by 4 permit specialists, and I held a daily check-in with the IT lead through the month.').includes('ccar.missing-result'));
    assert.ok(!answer('By April, 1,900 of the 2,800 renewals came in online, and complaints to the delegation fell from 60 to 4.').includes('ccar.missing-result'));
  });
});

suite('interview: a practised answer', () => {
  test('figures as the engine\'s quantity facts mark them, with their unit or noun; years and codes are none', () => {
    assert.deepEqual(figuresIn('In 2023 I coached the 60 engineers weekly, finished 39 of 41 migrations, cut hosting costs by 36% and saved $12 million for the GS-15 staff under Section 508.'), ['60 engineers', '39 of 41', '36%', '$12 million']);
    assert.deepEqual(figuresIn('Turnaround fell 40 percent.'), ['40 percent']);
  });

  test('read as an interview file\'s one question and answer', () => {
    const result = analysePracticeAnswer(
      'Tell us about a time you led people through a major change. What resistance did you meet, and how did you overcome it?',
      'In 2023 our cloud migration had stalled and two division chiefs resisted the move. I met each chief and set shared milestones with them. I coached the 60 engineers weekly. We finished 39 of 41 migrations and cut hosting costs by 36%.',
      '2025', DEFAULT_CONFIG, undefined, TODAY,
    );
    assert.equal(result.question?.classification.ecq?.number, 4);
    assert.equal(result.question?.parts.length, 3);
    assert.deepEqual(result.figures, ['two division chiefs', '60 engineers', '39 of 41', '36%']);
    assert.ok(result.findings.some((f) => f.ruleId === 'answer.length'));
  });
});

suite('interview: general fixes from the fifth blind set (holdout5)', () => {
  test('classification: people and money is Managing Resources; a plan at risk is agility; a new direction is vision; a poor performer is Human Capital Management before 2025', () => {
    const cases: [string, 'legacy' | '2025', string][] = [
      ["How do you decide where to put your people and money when you've got more priorities than resources?", '2025', 'ECQ 2'],
      ['Halfway through a major system deployment, your lead engineer resigns and the vendor warns that the go-live date is at risk. What do you do in the first two weeks?', '2025', 'ECQ 3'],
      ['Tell us about a time you set a new direction for an organization that was comfortable with the way things were. How did you get people to buy in?', 'legacy', 'ECQ 1'],
      ['How have you dealt with a poor performer whose problems previous supervisors had ignored?', 'legacy', 'ECQ 4'],
      ['How have you dealt with a poor performer whose problems previous supervisors had ignored?', '2025', 'ECQ 4'],
      ['Tell us about a time you needed cooperation from another agency that had no particular reason to help you.', 'legacy', 'ECQ 5'],
      ['Explain to us, the way you would to a new employee, how the separation of powers shapes the day-to-day work of an agency like ours, and give us an example from your own career where it mattered.', '2025', 'ECQ 1'],
    ];
    for (const [question, set, expected] of cases) assert.equal(askedAbout(question, set), expected, question);
  });

  test('parts: an aside before the request\'s object, a relative "where", a spoken lead-in, a colon, an aside before the question\'s verb, a second story, a yes-or-no question', () => {
    assert.equal(partsOf('Explain to us, the way you would to a new employee, how the separation of powers shapes the day-to-day work of an agency like ours, and give us an example from your own career where it mattered.').length, 2);
    assert.equal(partsOf('Give us an example of a problem nobody on your team could crack, where your own expertise made the difference. How did you work out the answer, and how did you know it was right?').length, 3);
    assert.equal(partsOf("Our budget will be flat next year. Walk us through how you would decide what to cut, what to protect, and where you'd look for savings.").length, 3);
    assert.equal(partsOf("So give me a time when things were running behind and you had to get a big deliverable out the door on schedule. What'd you do, and did you make it?").length, 3);
    assert.equal(partsOf('Describe the most complex land management program you have run: how big was it, and how did you pull resource protection, visitor services and law enforcement into one operation?').length, 3);
    assert.equal(partsOf('What trends outside your agency, in Congress, industry or technology, do you think will most affect this organization over the next five years, and how would you prepare for them?').length, 2);
    assert.equal(partsOf("Tell me about the largest budget you've managed and a time you had to cut it in the middle of the year. How did you decide what to reduce?").length, 3);
  });

  test('answered parts: "what you did to turn it around" by the actions, "How big was it?" by a figure; not "what you did when execution went off plan"', () => {
    const unanswered = (question: string, answer: string): string[] =>
      lint(`---\nkind: interview\n---\n\n## Q1. ${question}\n\n${answer}\n`, { path: 'a.interview.md' }).findings.filter((f) => f.ruleId === 'answer.part-unanswered').map((f) => /"([^"]+)"/.exec(f.message)![1]!);
    const story = 'In 2020 only 61 percent of supervisors completed appraisals on time, against a target of 95 percent, across 1,100 supervisors and 9,400 employees, and the Inspector General had cited the bureau. I moved the appraisal into the electronic system, cut the signatures from four to two and set up a weekly report of overdue appraisals for each division head. The next cycle on-time completion rose from 61 to 96 percent.';
    assert.deepEqual(unanswered('Describe a program where results were falling short, how you figured out why, and what you did to turn it around.', story).filter((p) => /turn it around/.test(p)), []);
    assert.deepEqual(unanswered('Describe the most complex program you have run. How big was it?', story), []);
    assert.deepEqual(unanswered('Tell us about the largest budget you have managed. What did you do when execution went off plan?', story), ['What did you do when execution went off plan']);
  });

  test('a closing word on what the writer would do is no part of the story: the results before it close it', () => {
    const ids = (ending: string): RuleId[] =>
      lint(
        [
          '---', 'kind: interview', '---', '',
          '## Q1. Tell us about a time you had to absorb a budget cut.', '',
          'In 2023 my regional office lost its contract funding for training while the disaster workload grew. I asked each division to rank its activities, cut duplicate training contracts and unused leased space, and pooled administrative support across divisions.', '',
          `The result was that the region absorbed the increase in disasters without adding staff and finished the year within budget.${ending}`, '',
        ].join('\n'),
        { path: 'a.interview.md' },
      ).findings.map((f) => f.ruleId);
    assert.ok(!ids(' I would bring the same discipline here.').includes('ccar.missing-result'));
    assert.ok(ids(' I would bring the same discipline here.').includes('result.unquantified'));
  });

  test('scope: "oversee a large regional grants and operations portfolio" is scope; "managed the budget and supervised…" ends at "and"', () => {
    const scopeNouns = (prose: string): string[] => findScopeMentions([{ span: { start: 0, end: prose.length }, prose } as never]).map((m) => m.noun);
    assert.deepEqual(scopeNouns('I oversee a large regional grants and operations portfolio with a big staff spread across several states.'), ['portfolio']);
    assert.deepEqual(scopeNouns('I managed the move and supervised 40 staff.'), ['staff'], '"and supervised" starts another clause: "staff" is not what "managed" took');
  });
});

suite('interview: general fixes from the sixth blind set (holdout6)', () => {
  test('classification: what to cut, a calibration error, performance targets, report language, no authority', () => {
    const cases: [string, 'legacy' | '2025', string][] = [
      ["Our budget will be flat next year while caseloads keep growing. Walk us through how you'd decide what to cut and what to protect.", '2025', 'ECQ 2'],
      ['Suppose the lab results behind a major safety recommendation turn out to have a calibration error, a week before the board votes. What would you do in the first 48 hours?', '2025', 'ECQ 3'],
      ['What would you do if, halfway through the fiscal year, your division was behind on three of its five performance targets?', '2025', 'ECQ 5'],
      ['What would you do if a key appropriations staffer was hostile to your program and was drafting report language to cut it?', 'legacy', 'ECQ 5'],
      ['How do you go about getting cooperation from people you have no authority over? Give an example.', 'legacy', 'ECQ 5'],
    ];
    for (const [question, set, expected] of cases) assert.equal(askedAbout(question, set), expected, question);
  });

  test('parts: "Give an example." asks for the story when nothing before it did; "and the measurable result" ends a list of asks; "and where…" asks again', () => {
    assert.equal(partsOf('How do you go about getting cooperation from people you have no authority over? Give an example.').length, 2);
    assert.equal(partsOf('Executive judgment often means making a personnel call with incomplete information. Give us an example. What did you weigh, and looking back, would you decide differently?').length, 3);
    assert.equal(partsOf('Tell us about a time you led a reorganization. Give an example.').length, 1, 'the story was asked for already');
    assert.equal(partsOf('Describe a problem in your organization that others had given up on, how you analyzed it, and the measurable result.').length, 3);
    assert.equal(partsOf('Tell us about someone you developed into a leader, what you did specifically, and where that person is now.').length, 3);
  });

  test('scope: a preposition leads away from the object; a program is sized by the people or money counted anywhere in the answer', () => {
    const scope = (prose: string): { noun: string; sized: boolean }[] => findScopeMentions([{ span: { start: 0, end: prose.length }, prose } as never]).map((m) => ({ noun: m.noun, sized: m.sized }));
    assert.deepEqual(scope('I also built a coalition behind the program.'), []);
    assert.deepEqual(scope("The region covers 17 institutions, 7,400 staff and a budget of $1.1 billion. I oversee the region's correctional programs."), [{ noun: 'programs', sized: true }]);
    assert.deepEqual(scope('I oversaw programs, education and reentry for a staff of about 120.'), [{ noun: 'programs', sized: true }]);
  });
});

suite('interview: general fixes from the seventh blind set (holdout7)', () => {
  test('plain text: "Q5 Tell us…" and "Q1 (Leading Change) Describe…" are questions; "Q4 revenue rose" is not', () => {
    const text = 'Panel prep\n\nQ1 (Leading Change) Describe a time you sold a new vision to a tired workforce.\n\nI worked thirty shifts on the dock first.\n\nQ5 Tell us a little about yourself.\n\nI started as an officer.\n\nQ4 revenue rose for the port.\n';
    const interview = interviewOf(analyze(text, { path: 'prep.interview.txt', today: TODAY }).document, DEFAULT_CONFIG);
    assert.deepEqual(interview.questions.map((q) => q.text), ['(Leading Change) Describe a time you sold a new vision to a tired workforce.', 'Tell us a little about yourself.']);
  });

  test('a story asked for by its subject is behavioural: any cue decides', () => {
    assert.equal(askedAbout('Tell us about a change initiative of yours that stalled. (1) Why did it stall? (2) What did you do to restart it?', 'legacy'), 'ECQ 1');
    assert.equal(askedAbout('Describe someone you developed who went on to outperform you. What did you do for them?', 'legacy'), 'ECQ 2');
    assert.equal(askedAbout('Tell us about yourself.', 'legacy'), 'general');
  });

  test('a one-word competency is named by the word itself: "accountable for an IT system" is Technology Management', () => {
    assert.equal(askedAbout('Describe an IT system you were accountable for that was failing. What did you do, and how did you protect the data in the meantime?', 'legacy'), 'ECQ 4');
    assert.equal(askedAbout('Tell us about a time you restored accountability in an office that had stopped meeting deadlines.', 'legacy'), 'ECQ 3');
  });

  test('cues: successors, an operating budget and what not to cut; a mine "operator" is no operations', () => {
    assert.equal(askedAbout('How do you develop your successors? Give us one specific person you brought along.', '2025'), 'ECQ 4');
    assert.equal(askedAbout("We have been told to cut eight percent from next year's operating budget without reducing service at our forecast offices. How would you decide what not to cut?", '2025'), 'ECQ 2');
    assert.notEqual(stemOf('operator'), stemOf('operational'));
  });
});

suite('interview: parts and answered parts, from the seventh blind set (holdout7)', () => {
  test('a dash between blanks sets off asks; a dash around an aside does not', () => {
    assert.deepEqual(partsOf('Tell us about a time you held a senior manager accountable for poor performance - what you did, and what happened afterward to the team.'), ['Tell us about a time you held a senior manager accountable for poor performance', 'what you did', 'what happened afterward to the team']);
    assert.equal(partsOf('Describe a situation in which a mandate - a court order or an oversight request - shaped how you ran a program.').length, 1);
  });

  test('after a colon, a list whose last item asks is a list of asks; an item that names the request is the request', () => {
    assert.deepEqual(partsOf('Describe the most difficult problem you solved: the problem, the options you weighed, and what you chose.'), ['Describe the most difficult problem you solved: the problem', 'the options you weighed', 'what you chose']);
    assert.equal(partsOf('Describe your office: its budget, staff and stakeholders.').length, 1);
  });

  test('"(a) What was the situation?" after "Describe a situation…" asks for the same story', () => {
    assert.deepEqual(partsOf('Describe a situation in which Congress shaped a program. (a) What was the situation? (b) How did you respond?'), ['Describe a situation in which Congress shaped a program', 'How did you respond']);
    assert.equal(partsOf('Describe a situation in which Congress shaped a program. (a) What was the issue? (b) How did you respond?').length, 3);
  });

  test('answered: an idiom asks for one thing; "defense" answers "defend"; "how was it resolved" asks for the Result', () => {
    const verdicts = (question: string, answer: string, hasResult = false) => answeredParts(question, answer, { words: answer.split(/\s+/).length, hasResult, hasFigure: /\d/.test(answer) });
    assert.deepEqual(verdicts('Tell me about a time you used automation. What did it cost to put in place, and what did it save?', 'I had the team build a search tool. It cost about $310,000 and four months, and search time fell 60 percent, a saving of 4,000 hours.'), [true, true, true]);
    assert.deepEqual(verdicts('Tell me about your largest budget. How did you defend it when it was challenged?', 'The defense of the $142 million budget came in 2024 when headquarters proposed a cut. I built a four-page case.'), [true, true]);
    assert.deepEqual(verdicts('Tell us about a time you were pressured to exceed your authority. What did you do, and how was it resolved?', 'The request went beyond our authority. I asked counsel for an opinion and briefed the front office, which chose a lawful alternative.', true), [true, true, true]);
  });
});

suite('interview: general fixes from the eighth blind set (holdout8)', () => {
  test('a competency named in a framing sentence, or set aside by "but", does not decide', () => {
    assert.equal(askedAbout('Accountability matters a great deal to this panel. Tell us about a time you made your office comply with a federal court\'s order that you thought was wrong.', '2025'), 'ECQ 1');
    assert.equal(askedAbout('Innovation is great, but this one\'s about judgment. Describe a decision about people where the obvious answer was wrong.', '2025'), 'ECQ 4');
    assert.equal(askedAbout('Leading change is part of this, but mostly I want to know about allies: tell us how you got another agency to give up something it wanted.', 'legacy'), 'ECQ 5');
    assert.equal(askedAbout('Tell us about a time you showed Accountability when a deadline slipped.', '2025'), 'ECQ 4');
  });

  test('"Who\'s someone you developed…?" asks for a story; cues for taking sides, different backgrounds, a missed target, the world outside the agency', () => {
    assert.equal(askedAbout("Who's someone you developed who now outranks you, or could?", '2025'), 'ECQ 4');
    assert.equal(askedAbout('Two of your section chiefs haven\'t spoken civilly in months, and their staffs have taken sides. What do you do?', 'legacy'), 'ECQ 2');
    assert.equal(askedAbout('Tell me about a time you drew on the different backgrounds and experience of your staff to solve a mission problem.', 'legacy'), 'ECQ 2');
    assert.equal(askedAbout('What would you do if, halfway through the year, you realized the loan program was going to miss its processing target by a mile?', '2025'), 'ECQ 5');
    assert.equal(askedAbout('How do you keep track of what\'s happening outside the agency, and give us one instance where it changed what you did.', 'legacy'), 'ECQ 1');
  });

  test('parts: a question mark asks ("Anything you\'d change?", "And then?"); a colon before numbered items joins the first; "didn\'t." ends a sentence', () => {
    assert.deepEqual(partsOf("Describe the worst professional setback you've had. Anything you'd change?"), ["Describe the worst professional setback you've had", "Anything you'd change"]);
    assert.equal(partsOf('Describe a setback. How did you recover from it? And then? What did you carry forward?').length, 4);
    assert.equal(partsOf('Walk us through a staffing plan you built: (1) how you decided which positions to fill, (2) which to leave vacant, and (3) how you explained it.').length, 3);
    assert.equal(partsOf("Describe a time you read the politics correctly when others didn't. What did you see, and what did you do with it?").length, 3);
  });

  test('answered: how others reacted is answered by their "reaction"; "tie" by "tied"; legal constraints by the statute; scope: "my own staff" is no verb', () => {
    const verdict = (question: string, answer: string) => answeredParts(question, answer);
    assert.deepEqual(verdict('Tell us about a time you held a manager accountable. How did the rest of the team react?', 'I held the division chief accountable. The team\'s reaction was wary at first.'), [true, true]);
    assert.deepEqual(verdict('Tell us how you developed a negotiation strategy. What legal constraints shaped it, and how did you tie it to the mission?', 'I developed the strategy by mapping its boundaries with counsel, article by article against the statute, and tied every proposal to the audit work.'), [true, true, true]);
    const text = '---\nkind: interview\n---\n\n## Q1. Tell us about a privacy review you sped up.\n\nI put my own staff on the assessment and assigned two privacy analysts full time. The review was signed in nine days instead of fourteen.\n';
    assert.deepEqual(lint(text, { path: 'a.interview.md' }).findings.filter((f) => f.ruleId === 'answer.scope-unquantified'), []);
  });
});

suite('interview: general fixes from the ninth blind set (holdout9)', () => {
  test('plain text: numbered lines that ask are questions; a heading worded as a request is a question', () => {
    const text = 'Practice answers\n\n1. Describe a conflict between two of your subordinates and how you resolved it.\n\nI met with each director separately.\n\n2) Tell us about a partnership you built with another agency.\n\nI called the state director.\n\n1. Reviewed the contracts first.\n';
    const interview = interviewOf(analyze(text, { path: 'practice.interview.txt', today: TODAY }).document, DEFAULT_CONFIG);
    assert.deepEqual(interview.questions.map((q) => q.text.slice(0, 24)), ['Describe a conflict betw', 'Tell us about a partners']);
  });

  test('a general phrase must be one: "utility relocation" does not ask whether you would relocate', () => {
    assert.notEqual(askedAbout('A state department of transportation tells you that a bridge will miss its construction season because a utility relocation was not coordinated. The governor\'s office wants an exception. What would you weigh, and what would you decide?', 'legacy'), 'general');
    assert.equal(askedAbout('Are you willing to relocate?', '2025'), 'general');
  });

  test('cues: a continuing resolution, what to stop doing when absorbing a cut; TQ words: build and keep for establish and maintain, a passback for the budget', () => {
    assert.equal(askedAbout('Tell us how you managed through a long continuing resolution.', 'legacy'), 'ECQ 4');
    assert.equal(askedAbout("So, budgets are tight everywhere, and what I'd like to hear is, when you've had to absorb a cut, how did you decide what to stop doing?", '2025'), 'ECQ 2');
    const doj = analyzePosting(fs.readFileSync(path.join(fixtures, 'holdout9/postings/doj-olc-senior-counsel-2025.posting.md'), 'utf8'), { path: 'doj.posting.md' });
    assert.equal(askedAbout("OLC often has to tell agencies things they don't want to hear. How do you build and keep working relationships with agency general counsels when you're regularly the one saying no?", '2025', doj), 'MTQ 3');
  });

  test('parts: a clause of time before the ask frames it; "pick" asks; "Give us a specific example" asks for the story', () => {
    assert.deepEqual(partsOf("When you've had to absorb a cut, how did you decide what to stop doing, and who did you bring into that decision?"), ['how did you decide what to stop doing', 'who did you bring into that decision']);
    assert.equal(partsOf('When did you last cut a program, and why?').length, 2);
    assert.equal(partsOf('The announcement asks for experience in several areas. Pick the one you know best and walk us through the hardest question you have had to answer in it.').length, 2);
    assert.equal(partsOf('How have you tied budget requests to performance objectives? Give us a specific example.').length, 2);
  });

  test('scope: a budget sized by a sum later in its sentence; a section is scope; answered: "rebuilt" answers how you recovered', () => {
    const scope = (answer: string) => lint(`---\nkind: interview\n---\n\n## Q1. Tell us about a budget you defended.\n\n${answer}\n`, { path: 'a.interview.md' }).findings.filter((f) => f.ruleId === 'answer.scope-unquantified').length;
    assert.equal(scope('I was responsible for assembling the budget request for the Office of Energy Efficiency, about $3.5 billion across 11 offices.'), 0);
    assert.equal(scope('When I supervised the plate-making section, I asked Dana to lead a working group on rework, which fell by half.'), 1);
    assert.deepEqual(answeredParts('Describe the biggest setback in your career and how you recovered from it.', 'My biggest setback was a press that failed its acceptance test twice. I owned the mistake, brought in an engineer and rebuilt the foundation.'), [true, true]);
  });
});

suite('interview: parts from the tenth blind set (holdout10)', () => {
  test('a request in the speaker\'s voice asks when it asks for something; one that names a topic frames', () => {
    assert.deepEqual(partsOf("Okay, so, culture. Everybody says 'high-performance culture.' I'd like to know what that actually looked like in a place you led, and then, what would your people say you got wrong?"), ["I'd like to know what that actually looked like in a place you led", 'what would your people say you got wrong']);
    assert.equal(partsOf("We'd like to hear about your civic-mindedness. Describe a time you served the public. What did it teach you?").length, 2);
  });

  test('"…, and is it still running?", "…, and your biggest weakness?", "…and then turned it into…", "Tell us about yourself and…"', () => {
    assert.equal(partsOf('Give us an example of a partnership you established. Who were the partners, what did each side give up, and is it still running?').length, 4);
    assert.equal(partsOf("What's your greatest strength as a leader, and your biggest weakness?").length, 2);
    assert.equal(partsOf("Describe how you have evaluated a program's results and then turned that evaluation into a legislative proposal.").length, 2);
    assert.deepEqual(partsOf("Tell us about yourself and what you'd bring to this role."), ['Tell us about yourself', "what you'd bring to this role"]);
  });

  test('a colon that brings in the request is no list; a story asked for before numbered items stays a part', () => {
    assert.equal(partsOf("I'll call this a partnering question, but it's about your own people: tell us about a time you brought staff from very different backgrounds - contractors, career civil servants, detailees - into one team, and what you did to make it work.").length, 2);
    assert.equal(partsOf('Tell us about a time you built a policy office: (1) how you set its strategic plan, (2) how you built its budget, and (3) how you built the team.').length, 4);
  });
});

suite('interview: fixes from the eleventh blind set (holdout11)', () => {
  test('parts: an aside after the question word; "and one area…"; a second story with an adjective ("and a tough call…")', () => {
    assert.deepEqual(partsOf('(b) What, specifically, did you do for them?'), ['What, specifically, did you do for them']);
    assert.equal(partsOf('What are your two greatest strengths as an executive, and one area you are still working on?').length, 2);
    assert.equal(partsOf('Tell us about the largest budget you have been responsible for, and a tough call you made about it.').length, 2);
  });

  test('"In five years, where do you want to be?" is general', () => {
    assert.equal(askedAbout('In five years, where do you want to be?', 'legacy'), 'general');
  });

  test('what a question puts aside is no cue: "Put that aside for a moment: tell us…"', () => {
    assert.equal(askedAbout("We've heard a lot about customer service today. Put that aside for a moment: tell us about a new program you launched that questioned the way things had always been done.", 'legacy'), 'ECQ 1');
    assert.equal(askedAbout('Tell us about a time you improved customer service for veterans.', 'legacy'), 'ECQ 3');
  });
});

suite('interview: fixes from the twelfth blind set (holdout12)', () => {
  test('an ECQ or a TQ named by its place: "the third executive core qualification", "ECQ number four", "the first technical qualification"', () => {
    // Each question's own cues point at another ECQ: only the name by place decides.
    assert.equal(askedAbout('The third executive core qualification is our subject. Tell us about a budget you cut.', '2025'), 'ECQ 3');
    assert.equal(askedAbout('ECQ number four: tell us about a budget you cut.', '2025'), 'ECQ 4');
    assert.equal(askedAbout('The second qualification is the one we care about. Tell us about a team you developed.', '2025'), 'ECQ 2');
    assert.equal(askedAbout('The first of the five ECQs is our subject. Tell us about a budget shortfall you managed.', 'legacy'), 'ECQ 1');
    assert.equal(askedAbout('The first technical qualification asks for grants management experience. Describe your largest grant portfolio.', '2025'), 'TQ 1');
    assert.equal(askedAbout('Under the second mandatory technical qualification, describe a system you secured.', '2025'), 'MTQ 2');
  });

  test('a place that names no ECQ: "the first qualification you look for", "your first ECQ narrative", a qualification among technical ones', () => {
    assert.equal(askedAbout('What is the first qualification you look for when you hire a supervisor, and how do you develop it?', '2025'), 'ECQ 4');
    assert.equal(askedAbout('Your first ECQ narrative was about a budget. Tell us about a team you developed.', '2025'), 'ECQ 4');
    assert.notEqual(classifyQuestion({ text: 'The second qualification asks for grants experience. Tell us about your largest grant portfolio.', group: 'Technical Qualifications', set: '2025' }).basis, 'named');
  });

  test('"Where do you see your career…" is general', () => {
    assert.equal(askedAbout('Where do you see your career going after this position?', '2025'), 'general');
  });

  test('what a lettered item goes on to ask is that item: "(b) Tell us about X and what you did with it"; "(c) Who objected, and why?"', () => {
    assert.deepEqual(partsOf('Two parts. (a) Describe a reorganization you led. (b) Tell us about the budget you inherited and what you did with it.'), ['Describe a reorganization you led', 'Tell us about the budget you inherited and what you did with it']);
    assert.equal(partsOf('Think of a merger you ran. (a) What did you keep? (b) What did you drop? (c) Who objected, and why?').length, 3);
    // Unlettered, the two asks stay two.
    assert.equal(partsOf('Tell us about the budget you inherited and what you did with it.').length, 2);
  });

  test('a later part that asks for a story of its own is answered only by that story, not by the first story\'s Result', () => {
    const question = 'Two parts. (a) How would you cut overtime in a mail processing plant? (b) Tell us about the last scheduling system you introduced and what it saved.';
    const aboutOvertime = 'I would start with the data: every overtime hour for two years by tour and by machine. Most of it comes from late trucks and from the same three sorting machines breaking down, so I would fix the maintenance schedule first and then the transport contracts. At my last plant this cut overtime by 30 percent and saved $2.1 million a year.';
    assert.deepEqual(answeredParts(question, aboutOvertime), [true, false]);
    const aboutBoth = `${aboutOvertime} The scheduling system I introduced there replaced paper bid sheets with an online scheduling tool; it saved 900 supervisor hours a year.`;
    assert.deepEqual(answeredParts(question, aboutBoth), [true, true]);
    // A later part about the story already told is still answered by its Result or Action.
    assert.deepEqual(answeredParts('Tell us about a time you cut overtime. Describe the results you achieved.', aboutOvertime), [true, true]);
    assert.deepEqual(answeredParts('Tell us about a time you cut overtime. Describe your role in it.', aboutOvertime), [true, true]);
  });

  test('a question word after its preposition asks again: "in what order", "by when"; a relative clause does not', () => {
    assert.deepEqual(partsOf('You inherit three failing programs — what would you fix, in what order, and why?'), ['— what would you fix', 'in what order', 'why']);
    assert.equal(partsOf('What did you commit to, and by when?').length, 2);
    assert.equal(partsOf('Tell us about a reorganization, in which the staff had lost trust in management.').length, 1);
    assert.equal(partsOf('Describe a decision, for which you alone were accountable.').length, 1);
  });

  test('cues: a senator or congressman calling; where the money goes; a calculation in error; waiving penalties; a rollout; the first 48 hours', () => {
    const favour = "A congressman's office calls you directly to speed up a constituent's permit. What do you do?";
    assert.equal(askedAbout(favour, 'legacy'), 'ECQ 5');
    assert.equal(askedAbout(favour, '2025'), 'ECQ 1');
    assert.equal(askedAbout('How do you decide where the money goes when two programs both need more?', '2025'), 'ECQ 2');
    assert.equal(askedAbout('Your analysts find a calculation in the annual report is off, two days before it goes out. What do you do?', '2025'), 'ECQ 3');
    assert.equal(askedAbout('Your field staff have been quietly waiving penalties for two large shippers. What do you do?', '2025'), 'ECQ 1');
    assert.equal(askedAbout('The rollout of the new case system you led: what would you change?', '2025'), 'ECQ 5');
    assert.equal(askedAbout('A warehouse fire destroys a quarter of your regional stock overnight. Walk us through your first 48 hours.', 'legacy'), 'ECQ 3');
  });

  test('TQ matching reads a field and the people who practise it as one word: "analysts" and "analysis"', () => {
    const posting = analyzePosting('# Branch Chief\n\n## Technical Qualifications\n\nTQ 1: Experience leading statistical analysis and economic analysis for federal policy decisions.\n', { path: 'p.posting.md' });
    assert.equal(askedAbout('Tell us about the economists and statisticians you have led, and an analysis they produced that changed a policy decision.', '2025', posting), 'TQ 1');
  });
});

/** An ECQ draft of one story, its paragraphs under one heading. */
const ecqStory = (heading: string, paragraphs: readonly string[]): string => [`## ${heading}`, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
/** The findings of one rule on an ECQ draft. */
const findingsOf = (text: string, rule: RuleId) => lint(text, { path: 'a.ecq.md' }).findings.filter((f) => f.ruleId === rule);

suite('CCAR: fixes from the twelfth blind set (holdout12)', () => {
  const story = (...paragraphs: string[]) => ecqStory('ECQ 4: Leading People', paragraphs);
  const ids = findingsOf;

  test('a story that closes on the writer\'s plan ("files within 30 days, a target of 50") and more actions has no Result; "I met with" is no outcome', () => {
    const plan = story(
      'In 2020 I inherited an inspector whose case files had been late for years, and two supervisors before me had rated him fully successful.',
      'I showed him the numbers and asked what was in the way. I arranged training for four weeks and set expectations in writing: files complete within 30 days, and a target of 50 inspections for the year. I met with him every two weeks and documented each meeting. I also made sure he had the same access to senior inspectors as everyone else.',
    );
    assert.equal(ids(plan, 'ccar.missing-result').length, 1);
    const ended = plan.replace('as everyone else.', 'as everyone else.\n\nBy the end of the year he closed 52 inspections and every file was on time.');
    assert.equal(ids(ended, 'ccar.missing-result').length, 0);
  });

  test('an outcome with its figure, told in the Result\'s paragraph after the first action, quantifies an inferred Result the inference began later', () => {
    const text = story('Last year a boiler failed at one of our plants and injured a worker; the plant had passed our inspection two months earlier. I ran the review myself. The review found the contractor had skipped two required checks, and it ended in a $95,000 settlement. I changed the checklist for all 9 plant managers. Since then, the plant managers have thanked me for the clearer checklist.');
    assert.equal(ids(text, 'result.unquantified').length, 0);
    const without = text.replace('two required checks, and it ended in a $95,000 settlement', 'the required checks');
    assert.equal(ids(without, 'result.unquantified').length, 1);
    // Background with a figure is no outcome.
    const background = without.replace('I changed the checklist', 'The plant employs 40 operators on three shifts. I changed the checklist');
    assert.equal(ids(background, 'result.unquantified').length, 1);
  });

  test('"went in on time", "stayed", "had gone away" tell a Result after the actions', () => {
    const text = story(
      'One of my branch chiefs had missed the quarterly reporting deadline three quarters running, and two of his analysts had complained to me.',
      'I met with him, laid out the misses with dates, set written expectations and a weekly check-in, and paid for a detail to redesign the review sequence.',
      'The next reports went in on time, and the analysts who had complained stayed. Senior leadership noticed that the reporting problem had gone away.',
    );
    assert.equal(ids(text, 'ccar.missing-result').length, 0);
    assert.equal(ids(text, 'result.unquantified').length, 1);
  });
});

suite('interview: fixes from the thirteenth blind set (holdout13)', () => {
  test('a plain-text question line with a label may run to 600 characters, ending in "?" or a request; an unlabelled one to 300', () => {
    const spoken = `Q2. So, budgets—everybody's getting squeezed, right, ${'and we took a cut last year, '.repeat(8)}how would you absorb a ten percent cut?`;
    assert.ok(spoken.length > 300 && spoken.length < 600);
    assert.equal(isPlainTextQuestionLine(spoken), true);
    assert.equal(isPlainTextQuestionLine(spoken.replace(/^Q2\. /, '')), false);
    assert.equal(isPlainTextQuestionLine(`Q4. Here's the situation. ${'The regions each want different aircraft. '.repeat(8)}Tell us how you would approach it.`), true);
    assert.equal(isPlainTextQuestionLine(`Q4 revenue rose ${'and the regions grew. '.repeat(16)}`), false);
  });

  test('"senior executive" is a rank: it is no cue for execution', () => {
    assert.equal(askedAbout('What is your view on how much a senior executive should shield staff from pressure?', '2025'), 'ECQ 4');
    assert.equal(askedAbout('How do you make sure a plan is executed on schedule?', '2025'), 'ECQ 5');
  });

  test('cues: a working relationship with your own chiefs; sustaining a result; a reorganization; people who do not work for you; building relationships outside; paper to electronic', () => {
    assert.equal(askedAbout('You will inherit four deputies. How would you build a working relationship with them?', '2025'), 'ECQ 4');
    assert.equal(askedAbout('The error rate fell by a third. What did you do so it would not creep back?', '2025'), 'ECQ 5');
    assert.equal(askedAbout('Thinking about the restructuring you described, what would you do differently?', 'legacy'), 'ECQ 1');
    assert.equal(askedAbout("Much of this work means getting people who don't work for you, like the counties, to act. Give us an example.", 'legacy'), 'ECQ 5');
    assert.equal(askedAbout('You will meet tribal leaders and county officials in your first month. How would you go about building relationships with them?', 'legacy'), 'ECQ 5');
    assert.equal(askedAbout('How would you move a paper claims process to electronic intake?', 'legacy'), 'ECQ 4');
    assert.equal(askedAbout('Tell us a little about yourself.', '2025'), 'general');
  });

  test('parts: "What\'s X, and did it…?"; a relative "which" in a statement; an em dash without blanks; "describe someone…"; a false start', () => {
    assert.equal(partsOf("What's the hardest trade-off you've made on a budget, and did it hold?").length, 2);
    assert.equal(partsOf('The plan is due by June, which gives you four months. Walk us through your plan: what do you do first, and how do you report progress?').length, 3);
    assert.equal(partsOf('A lot of this job is outside your control—can you give us an example of a partnership you built, and what you gave up for it?').length, 2);
    assert.equal(partsOf("We'd like to hear about your leadership, but in a different sense: describe someone you developed. What did you do?").length, 2);
    assert.deepEqual(partsOf('So, teams—how do you, I mean, how did you build a team in a place like that, and what did it get you?'), ['how did you build a team in a place like that', 'what did it get you']);
  });

  test('the language of Conflict Management includes the definition\'s "tension" and "confrontation"', () => {
    const c = classifyQuestion({ text: 'Describe a conflict between two of your managers that you had to resolve.', set: 'legacy' });
    assert.ok(languageOf(c).includes('tension'), languageOf(c).join(', '));
  });
});

suite('CCAR: fixes from the thirteenth blind set (holdout13)', () => {
  const story = (...paragraphs: string[]) => ecqStory('ECQ 2: Leading People', paragraphs);
  const ids = findingsOf;

  test('"without" is an outcome only in outcome phrases ("without a single layoff"), not in "to explain, without getting into…"', () => {
    const actions = story('In 2023 a section chief who supervised 40 analysts let his backlog triple to 1,250 cases.', 'I set written expectations and met him every week. I also met his analysts to explain, without getting into his personnel matters, what would change. I briefed the lab director on each step.');
    assert.equal(ids(actions, 'ccar.missing-result').length, 1);
  });

  test('"the two chiefs" points back at people named before: it quantifies no Result', () => {
    const text = story('Two branch chiefs who ran 120 and 85 staff were barely speaking, and cases bounced between their branches.', 'I met each of them, set one ground rule, and had them write a joint definition of a complete case.', 'As a result, cases stopped bouncing and the two chiefs started presenting together at staff meetings.');
    assert.equal(ids(text, 'result.unquantified').length, 1);
    assert.equal(ids(text.replace('the two chiefs started presenting together', 'returned cases fell from 300 to 40 a month'), 'result.unquantified').length, 0);
  });
});

suite('interview: fixes from the fourteenth blind set (holdout14)', () => {
  test('a labelled line of a long scenario may end in a request rather than "?"', () => {
    assert.equal(isPlainTextQuestionLine(`Q4. Here's the situation. ${'The vendors each want a different contract. '.repeat(8)}Tell us how you would approach it.`), true);
  });

  test('parts: contractions, "stuff" and "make sure" name no topic; compliance is one word; "What I actually want to hear is" is a lead-in', () => {
    const story = 'I decided within a week which lines to stop and moved 12 staff to intake, then set a weekly review of the 40 oldest cases. The backlog fell by half.';
    assert.deepEqual(answeredParts('Tell us about a call you made with incomplete data. What did you know, and what didn\'t you know?', story), [true, true, true]);
    assert.deepEqual(answeredParts('Describe a time you cut a program. How did you keep the important stuff going?', story), [true, true]);
    assert.deepEqual(answeredParts('Describe a new rule you carried out. How did you make sure the organization complied?', 'I wrote the guidance and trained 30 managers. An audit found every office in compliance within six months.'), [true, true]);
    assert.deepEqual(partsOf("Okay, teams. What I actually want to hear is, when you inherited a group that didn't trust each other, what did you personally do, and how long did it take?"), ['what did you personally do', 'how long did it take']);
  });

  test('"How will you know it\'s working?" is answered by what the writer would measure, or in its own words; not by the actions alone', () => {
    const question = 'You inherit a failing claims unit. What do you do first, and how will you know it\'s working?';
    const plan = 'I would meet every supervisor in the first week, fix the intake queue, and move two teams onto the oldest claims.';
    assert.deepEqual(answeredParts(question, plan), [true, false]);
    assert.deepEqual(answeredParts(question, `${plan} I would track claim age and reopen rates on a weekly dashboard.`), [true, true]);
    assert.deepEqual(answeredParts('What do you do first, and how would you know by mid-year whether it is working?', `${plan} How I knew by mid-year: one weekly sheet of four numbers.`), [true, true]);
  });

  test('cues: the next layer of leaders; a call made before the data was in; an aging system; brokering a deal; a demoralised workforce weighs against "first ninety days"', () => {
    assert.equal(askedAbout('We want to hear about developing others, but with some strategic thinking behind it: how have you built the next layer of leaders?', '2025'), 'ECQ 4');
    assert.equal(askedAbout('Tell us about a call you had to make before the data was in.', 'legacy'), 'ECQ 3');
    assert.equal(askedAbout('How do you decide when to replace an aging system rather than keep patching it?', 'legacy'), 'ECQ 4');
    assert.equal(askedAbout('Two counties and a tribe claim the same road. You have been asked to broker it. How do you start?', 'legacy'), 'ECQ 5');
    assert.equal(askedAbout('Your staff have had three acting directors, the best people are leaving and the union has filed grievances. What do you do in your first ninety days, and how will you know it is working?', '2025'), 'ECQ 4');
    assert.equal(askedAbout('If this job goes well, what do you want to be doing five years from now?', 'legacy'), 'general');
  });
});

suite('CCAR: fixes from the fourteenth blind set (holdout14)', () => {
  test('an interview answer told as a plan ("I would…") to a situational question lacks no CCAR part', () => {
    const text = ['---', 'kind: interview', '---', '', '## Q1. You inherit a failing claims unit. What do you do in your first ninety days?', '', 'I would meet every supervisor in the first week and ask what blocks them. I would fix the intake queue before anything else. I would move two teams onto the oldest claims and review the numbers with them every Friday.', ''].join('\n');
    assert.equal(lint(text, { path: 'a.interview.md' }).findings.filter((f) => f.ruleId.startsWith('ccar.missing-')).length, 0);
  });

  test('"worked well", "as a model for", "far less than" tell outcomes', () => {
    const text = ecqStory('ECQ 5: Building Coalitions', ['In 2020 the Reserve had to map 420 miles of pipeline before the sale and had no survey crews.', 'I proposed a partnership with the state survey and negotiated an agreement with it in 11 weeks.', 'The partnership worked well for everyone. The pipeline was mapped ahead of schedule and for far less than a contractor would have charged, and the partners describe it as a model for how agencies can work together.']);
    assert.equal(findingsOf(text, 'ccar.missing-result').length, 0);
    assert.equal(findingsOf(text, 'result.unquantified').length, 1);
  });
});

suite('interview: fixes from the fifteenth blind set (holdout15)', () => {
  test('a numbered plain-text line that puts a scene and then an ask is a question ("1. … Tell us about a time…", "4. Developing others. Example, please.")', () => {
    assert.equal(isPlainTextQuestionLine('1. Borrowers have complained for years that decisions take too long. Tell us about a time you fixed a delay like that.'), true);
    assert.equal(isPlainTextQuestionLine('4. Developing others. Example, please.'), true);
    assert.equal(isPlainTextQuestionLine('2. I cut the decision time from 127 days to 61.'), false);
    assert.equal(isQuestionText('Borrowers have complained for years. Tell us about a time you fixed a delay like that.'), true);
  });

  test('"We\'d like to hear about your technical skill, specifically a time you…" asks for that story', () => {
    assert.equal(partsOf("We'd like to hear about your technical skill, specifically a time you replaced an outdated system, and what it did to your costs.").length, 2);
  });

  test('cues: staff who stopped speaking; keeping good people from leaving; where a dollar goes; a party that walks away; reading the politics', () => {
    assert.equal(askedAbout('Your security officers and facilities staff have stopped speaking to each other. What would you do?', 'legacy'), 'ECQ 2');
    assert.equal(askedAbout('You inherit an office with a scandal. How do you keep the good inspectors from leaving while you fix it?', '2025'), 'ECQ 4');
    assert.equal(askedAbout('How do you decide where a dollar goes when every division chief says theirs is the priority?', 'legacy'), 'ECQ 4');
    assert.equal(askedAbout('Three agencies must share one building and none of them has to say yes. What do you do if one walks away?', 'legacy'), 'ECQ 5');
    assert.equal(askedAbout('Tell us about a time you had to read the politics and adjust your approach.', 'legacy'), 'ECQ 5');
  });

  test('TQ matching reads "IT" as the "information technology" postings spell out', () => {
    const posting = analyzePosting('# Chief Technology Officer\n\n## Mandatory Technical Qualifications\n\nMTQ 1: Describe your experience developing a vision and strategy for a large information technology organization and aligning budget to that strategy.\n', { path: 'p.posting.md' });
    assert.equal(askedAbout('How would you build a three-year IT strategy for this office?', '2025', posting), 'MTQ 1');
  });
});

suite('interview: fixes from the sixteenth blind set (holdout16)', () => {
  test('spoken fillers between commas (", uh,", ", you know,") and a leading "so" do not hide an ask', () => {
    assert.deepEqual(partsOf('Tell me about a time things went sideways, what you did the next morning, and, you know, whether you would do it again.'), ['Tell me about a time things went sideways', 'what you did the next morning', 'whether you would do it again']);
    assert.equal(partsOf("The teams here don't get along, so tell me about a time you had two groups like that, how you got them working as one, and, uh, what you'd do differently.").length, 3);
  });

  test('"Is there anything we didn\'t ask that we should have?" is general', () => {
    assert.equal(askedAbout("Anything you'd change about how you answered earlier? And is there anything we didn't ask that we should have?", 'legacy'), 'general');
  });
});

suite('answer.keywords-missing: the ECQ\'s own terms, not the words every answer uses', () => {
  const keywordFindings = (question: string, answer: string) =>
    lint(`---\nkind: interview\necqSet: 2025\n---\n\n## Q1. ${question}\n\n${answer}\n`, { path: 'a.interview.md' }).findings.filter((f) => f.ruleId === 'answer.keywords-missing');
  const question = 'Tell us about a time you had to hold a senior manager accountable.';

  test('"team", "led" and "results" show nothing: every answer uses them', () => {
    assert.equal(keywordFindings(question, 'In 2023 my team missed its results for a second quarter. I led a review with the branch chief, we agreed on a plan, and the team met its results by June.').length, 1);
  });

  test('the words of the ECQ\'s definition and competencies count', () => {
    assert.equal(keywordFindings(question, 'In 2023 a branch chief missed his targets for a second quarter. I held him accountable in writing, set a performance plan with three measures, and coached him every two weeks. He met all three measures by June.').length, 0);
  });

  test('an answer in another ECQ\'s terms is taken to answer that ECQ, and gets no finding', () => {
    // Driving Efficiency's words: budget cuts, wasteful spending, technology, efficiency, savings.
    assert.equal(keywordFindings(question, 'In 2023 I cut wasteful spending from our budget: I moved two processes to new technology, improved efficiency by 20 percent and returned $2 million in savings to the fiscal plan.').length, 0);
  });
});
