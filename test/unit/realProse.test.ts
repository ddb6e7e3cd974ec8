import * as assert from 'node:assert/strict';
import { findInlineTags, stripInlineTags } from '../../server/src/core/ccar/tags';
import { parseDocument } from '../../server/src/core/parse/document';
import { splitSentences } from '../../server/src/core/nlp/sentences';
import { tokenize, Tokens } from '../../server/src/core/nlp/tokens';
import { joinLines, lint } from '../helpers/fixtures';
import { outline } from '../../server/src/core/outline';
import { DEFAULT_CONFIG } from '../../server/src/core/config';

/**
 * The general cases behind issue 9 (real narratives): OPM-style inline tags, stories told
 * without headings, the part of each sentence, and rules that read who the subject is.
 * Every text here is invented; the real texts are scored in realEvaluation.test.ts.
 */

const examplesOf = (text: string, path = 'draft.ecq.md') => parseDocument(text, { path }).sections.flatMap((s) => s.examples);
const partsOf = (text: string) => examplesOf(text).map((e) => e.ccar.sentenceParts.map((p) => p.part));
const ruleIds = (text: string, rule: string, options = {}) => lint(text, options).findings.filter((f) => f.ruleId === rule);

suite('inline part tags', () => {
  test('parentheses and brackets, singular and plural, pairs', () => {
    const tags = findInlineTags('It failed. (Challenge) I fixed it (Actions). It works [Result] and (Challenge/Context) ends.');
    assert.deepEqual(tags.map((t) => t.parts), [['challenge'], ['action'], ['result'], ['challenge', 'context']]);
    assert.deepEqual(findInlineTags('See (a) and [1] and (Challenges ahead).'), []);
  });

  test('stripping keeps the text readable and records where each tag stood', () => {
    const { text, tags } = stripInlineTags('It failed. (Challenge) I fixed it (Action): then more.');
    assert.equal(text, 'It failed. I fixed it: then more.');
    assert.deepEqual(tags.map((t) => [t.parts[0], text.slice(0, t.at)]), [['challenge', 'It failed.'], ['action', 'It failed. I fixed it']]);
  });

  test('a tag labels the text before it, and a tagged part is never reported missing', () => {
    const text = joinLines(
      '# Leading Change',
      '',
      'As Director I led the rebuild of the claims process. The backlog had reached 9,000 cases. (Challenge) The union and two regional offices opposed any change. (Context)',
      '',
      'I set weekly targets and moved 40 examiners to the oldest cases. (Action) The backlog fell to 2,100. (Result)',
    );
    const [example] = examplesOf(text);
    assert.equal(example!.ccar.labelled, true);
    // A sentence may begin with the tag that closed the one before it ("(Challenge) The union…").
    const byPart = (part: string) => example!.ccar.sentenceParts.filter((p) => p.part === part).map((p) => stripInlineTags(text.slice(p.ref.span.start, p.ref.span.end)).text.trim().slice(0, 20));
    assert.deepEqual(byPart('challenge'), ['As Director I led th', 'The backlog had reac']);
    assert.deepEqual(byPart('context'), ['The union and two re']);
    assert.deepEqual(byPart('result'), ['The backlog fell to ']);
    assert.deepEqual(lint(text, { path: 'x.ecq.md' }).findings.filter((f) => f.ruleId.startsWith('ccar.')), []);
  });
});

suite('stories without headings', () => {
  const storyA = 'In 2021 the regional office took 300 days to process a claim, and the Secretary set a goal of 120. I redesigned intake, moved 60 examiners to triage, and set weekly targets for each team. Processing time fell to 110 days within a year.';
  const storyB = 'I set up a mentoring program for 40 new supervisors and paired each with a senior manager. Attrition among new supervisors fell from 22 to 9 percent.';

  test('a transition such as "In another instance" or "Earlier in my career" starts a new story', () => {
    for (const opener of ['In another instance, ', 'Earlier in my career, ', 'Most recently, ', 'Recently, ', 'My second example concerns people. ']) {
      const text = joinLines('# Leading People', '', storyA, '', `${opener}${storyB}`);
      assert.equal(examplesOf(text).length, 2, opener);
    }
  });

  test('a career summary, a new year or a new problem after the results starts a new story', () => {
    const summary = joinLines('# Leading People', '', storyA, '', 'I have built teams in every post I have held.', '', storyB);
    assert.equal(examplesOf(summary).length, 2);
    const year = joinLines('# Leading People', '', storyA, '', `In 2024 ${storyB}`);
    assert.equal(examplesOf(year).length, 2);
    const problem = joinLines('# Leading People', '', storyA.replace(' Processing', '\n\nProcessing'), '', 'Hiring for field inspectors was taking too long. I cut the steps from 14 to 6. Time to hire fell 40 percent.');
    assert.equal(examplesOf(problem).length, 2);
  });

  test('a summary and the story it introduces stay together; results stay with their story', () => {
    const text = joinLines('# Leading People', '', 'Throughout my career I have developed people.', '', storyA, '', 'In 2023 the office received the Secretary\'s award, and the new process was adopted nationwide.');
    assert.equal(examplesOf(text).length, 1);
    const continuing = joinLines('# Leading People', '', storyA, '', 'In addition, I trained every supervisor on the new targets.');
    assert.equal(examplesOf(continuing).length, 1);
  });

  test('a story can begin inside a paragraph, on a new line, when its opening is clear', () => {
    const text = joinLines('# Building Coalitions', '', `${storyA} (Result)`, 'In addition to my regular duties, I head the agency\'s mentoring council. I recruited 30 mentors in one year. (Action)');
    const examples = examplesOf(text);
    assert.equal(examples.length, 2);
    assert.ok(text.slice(examples[1]!.span.start).startsWith('In addition to my regular duties'));
    const wrapped = joinLines('# Building Coalitions', '', storyA.replace(' I redesigned', '\nI redesigned').replace(' Processing', '\nProcessing'));
    assert.equal(examplesOf(wrapped).length, 1);
  });

  test('the outline names each story found by its first words', () => {
    const text = joinLines('# Leading People', '', storyA, '', `In another instance, ${storyB}`);
    const [section] = outline(parseDocument(text, { path: 'a.ecq.md' }), DEFAULT_CONFIG);
    assert.deepEqual(section!.children.map((c) => [c.label, c.detail]), [
      ['Example 1: In 2021 the regional office took…', 'CCAR complete'],
      ['Example 2: In another instance, I set up…', 'CCAR complete; a new story found without a heading'],
    ]);
  });

  test('headed examples are never split further, and each found story gets its own checks', () => {
    const headed = joinLines('# Leading People', '', '## Example 1', '', storyA, '', 'In another instance, I set up a mentoring program for 40 new supervisors.');
    assert.equal(examplesOf(headed).length, 1);
    const three = joinLines('## ECQ 2: Leading People', '', storyA, '', `In another instance, ${storyB}`, '', 'Earlier in my career, I rebuilt a contracting office of 30 specialists after an audit found 12 weaknesses. All 12 findings were closed within a year.');
    assert.equal(ruleIds(three, 'ecq.too-many-examples').length, 1);
    const noResult = joinLines('## ECQ 2: Leading People', '', storyA, '', 'In another instance, our field offices could not share case files. I negotiated a shared drive with the 14 office directors.');
    const missing = ruleIds(noResult, 'ccar.missing-result');
    assert.equal(missing.length, 1);
    assert.match(missing[0]!.message, /Example 2/);
  });
});

suite('the part of each sentence', () => {
  test('an opening career summary is framing, not an action', () => {
    const parts = partsOf(joinLines('# Results Driven', '', 'As Chief of Security, I led the reinvention of the clearance process. The backlog had reached 8 months, and new hires were leaving before they started.', '', 'I delegated adjudication to the field offices and automated case transfers with OPM.', '', 'Clearance time fell from 195 to 20 days, and 4,000 employees were hired on time.'));
    assert.deepEqual(parts, [['challenge', 'challenge', 'action', 'result']]);
  });

  test('"I was faced with" brings in the challenge; "I was able to" is an action', () => {
    const [faced] = partsOf(joinLines('# Business Acumen', '', 'After becoming Budget Director, I was immediately faced with a mandate to cut $25 million.', '', 'I was able to secure agreement from all 9 division heads on a reduction plan.', '', 'The agency met the cut two months early.'));
    assert.deepEqual(faced, ['challenge', 'action', 'result']);
  });

  test('outcome words inside the writer\'s action do not make it a result', () => {
    const [parts] = partsOf(joinLines('# Business Acumen', '', 'The office spent $3.1 million a year on leases for 27 stations.', '', 'I closed 11 stations and renegotiated the remaining leases.', '', 'Lease costs fell from $3.1 million to $1.9 million.'));
    assert.deepEqual(parts, ['context', 'action', 'result']);
  });
});

suite('general cases found on the outside holdout', () => {
  test('"I am leading" is an action under way; a role that frames an action is context', () => {
    const text = joinLines('# Leading Change', '', 'Most recently, I am leading the transition of my 38 offices to appointment-only service after walk-in waits reached 3 hours.', '', 'Waits fell to 20 minutes.');
    assert.equal(ruleIds(text, 'ccar.missing-action').length, 0);
    const framed = joinLines('# Leading Change', '', 'In 2014, as Area Director in Tampa, I rewrote the penalty chapter after the old one produced 40 appeals a year.', '', 'Appeals fell to 12 a year.');
    assert.equal(ruleIds(framed, 'ccar.missing-context').length, 0);
  });

  test('qualitative outcomes are results, and reported as unquantified', () => {
    const text = joinLines('# Leading People', '', 'In 2024 the site went six weeks without a contractor engineer after the contract changed hands.', '', 'I reviewed and approved every engineering change myself.', '', 'The transition went smoothly and the new contractor was grateful.');
    assert.equal(ruleIds(text, 'ccar.missing-result').length, 0);
    assert.equal(ruleIds(text, 'result.unquantified').length, 1);
  });

  test('a treaty year, a numbered provision and "Instrumental in"', () => {
    assert.equal(ruleIds(joinLines('# Building Coalitions', '', 'In 2023 I renegotiated the water deliveries under the 1944 Water Treaty with 4 states. Deliveries rose 12 percent.'), 'recency.stale').length, 0);
    const resume = (bullet: string) => joinLines('## Experience', '', '### Director', '06/2020 – Present', '', `- ${bullet}`);
    assert.equal(ruleIds(resume('Brought the public website into compliance with Section 508.'), 'resume.unquantified', { kind: 'resume' }).length, 1);
    assert.equal(ruleIds(resume('Instrumental in securing $4 million for flood repairs.'), 'resume.weak-start', { kind: 'resume' }).length, 1);
  });

  test('claim.philosophy: considered values and standing habits', () => {
    const flagged = (s: string) => ruleIds(joinLines('# Leading People', '', s), 'claim.philosophy').length;
    assert.equal(flagged('I consider developing people my most important responsibility.'), 1);
    assert.equal(flagged('I hold myself and my managers to measurable results.'), 1);
    assert.equal(flagged('I considered three options and chose the cheapest.'), 0);
  });
});

suite('rules that read who the subject is', () => {
  test('voice.we: "we were able to", "we were frequently required to"; not relative clauses or what might have been', () => {
    const flagged = (s: string) => ruleIds(joinLines('# Leading Change', '', 'Our office was behind on every audit.', '', s), 'voice.we').length;
    assert.equal(flagged('Through my leadership, we were able to develop and implement a new system.'), 1);
    assert.equal(flagged('I chaired the group, and we were frequently required to mediate disputes.'), 1);
    assert.equal(flagged('Over the 10 months we spent on the report, I met every partner.'), 0);
    assert.equal(flagged('I knew we would have to make major reductions.'), 0);
    // "we" in a clause that is the object of the writer's verb: the action is the writer's.
    assert.equal(flagged('I changed how we measured success in the region.'), 0);
    assert.equal(flagged('I asked why we needed six reviews, and I cut four.'), 0);
    assert.equal(flagged('Here is how we did it: we moved every review online.'), 2);
  });

  test('phrase.weak: the writer, the team or no written subject; not a thing or someone else', () => {
    const flagged = (s: string) => ruleIds(joinLines('# Leading Change', '', s), 'phrase.weak').length;
    assert.equal(flagged('These SOPs helped to ensure consistent decisions.'), 0);
    assert.equal(flagged('About 75 percent of the attorneys are now involved in pro bono work.'), 0);
    assert.equal(flagged('The meetings were covered by local TV, which helped to spread the message.'), 0);
    assert.equal(flagged('I created the program, assigned mentors, and was tasked with writing the handbook.'), 1);
    assert.equal(flagged('My team helped reduce the backlog.'), 1);
  });

  test('claim.philosophy: career-long habits and values', () => {
    const flagged = (s: string) => ruleIds(joinLines('# Leading People', '', s), 'claim.philosophy').length;
    assert.equal(flagged('Throughout my career I have delivered on every goal.'), 1);
    assert.equal(flagged('I have consistently used a results-driven approach.'), 1);
    assert.equal(flagged('Throughout the 2023 surge, I reviewed every offer myself.'), 0);
  });

  test('voice and phrase.weak run on story banks', () => {
    const bank = joinLines('## Story: The claims backlog', '', 'Tags: ECQ 4', '', 'We rebuilt the intake queue. I was responsible for the budget.');
    const ids = lint(bank, { kind: 'stories' }).findings.map((f) => f.ruleId);
    assert.ok(ids.includes('voice.we') && ids.includes('phrase.weak'), ids.join(', '));
  });
});

suite('resume rules on real resumes', () => {
  const resume = (bullet: string) => joinLines('## Experience', '', '### Director', '06/2020 – Present', '', `- ${bullet}`);
  const rule = (bullet: string, id: string) => ruleIds(resume(bullet), id, { kind: 'resume' }).map((f) => f.message.slice(0, 12));

  test('statutes and Roman numerals are not "I"; "We" and "My" at the start are', () => {
    assert.deepEqual(rule('Administer $18 billion in Title I, Part A grants and Phase I pilots.', 'resume.first-person'), []);
    assert.equal(rule('We closed 94 audit recommendations in FY2024.', 'resume.first-person').length, 1);
    assert.equal(rule('My team of 40 analysts built the grants dashboard.', 'resume.first-person').length, 1);
  });

  test('skills and competency lists are not accomplishments', () => {
    assert.deepEqual(rule('Core competencies: budget formulation; financial audits; grants oversight', 'resume.unquantified'), []);
    assert.deepEqual(rule('Grants Management and Oversight', 'resume.unquantified'), []);
    assert.equal(rule('Resolved a long-running conflict between the branches.', 'resume.unquantified').length, 1);
    const skills = joinLines('## Core Competencies', '', '- Stakeholder Engagement', '- Performance Management');
    assert.deepEqual(ruleIds(skills, 'resume.unquantified', { kind: 'resume' }), []);
  });
});

suite('resumes written in paragraphs', () => {
  test('a paragraph of accomplishments under a position is checked like a bullet; its header lines are not', () => {
    const text = joinLines('## Employment History', '', '### Security Supervisor', '11/08 — Present', 'Salary: $75,000, 40 hours/week', '', 'Led a security team across commercial projects. Under my direction our team reviewed every site plan and briefed the owners.');
    const found = lint(text, { kind: 'resume' }).findings.filter((f) => f.ruleId !== 'resume.ecq-uncovered').map((f) => `${f.ruleId} ${text.slice(f.span.start, f.span.end)}`);
    assert.deepEqual(found.sort(), ['resume.first-person my', 'resume.unquantified Led a security team across commercial projects. Under my direction our team reviewed every site plan and briefed the owners.']);
  });
});

suite('resume bullets behind a stray quote marker', () => {
  test('"> - …" is still a bullet of the position', () => {
    const text = joinLines('## Experience', '', '### Director', '06/2020 – Present', '', '- Led 40 staff.', '> - Responsible for the budget of the office.', '> - We closed the audit.');
    const ids = lint(text, { kind: 'resume' }).findings.filter((f) => f.ruleId !== 'resume.ecq-uncovered').map((f) => `${f.ruleId} ${text.slice(f.span.start, f.span.end)}`);
    assert.deepEqual(ids, ['resume.weak-start Responsible for', 'resume.unquantified Responsible for the budget of the office.', 'resume.first-person We', 'resume.unquantified We closed the audit.']);
  });
});

suite('text pasted from Word', () => {
  test('a bullet line is a sentence of its own, and so is the line after the last bullet', () => {
    const prose = 'I took the following actions:\n•\tSecured $2.4 million\n•\tTrained 340 dispatchers\nThe system was a big success.';
    const spans = splitSentences(prose, tokenize(prose, new Tokens(64)));
    assert.deepEqual(spans.map((s) => prose.slice(s.start, s.end)), ['I took the following actions:', 'Secured $2.4 million', 'Trained 340 dispatchers', 'The system was a big success.']);
  });

  test('in plain text, a flush line with a capital after a bullet is not part of the bullet', () => {
    const doc = parseDocument('LEADING CHANGE\n\nI acted:\n•\tMoved 4 teams\n   and their leads\nThe move worked.\n', { path: 'a.ecq.txt' });
    const kinds = doc.blocks.filter((b) => b.kind !== 'heading').map((b) => [b.kind, b.prose.trim().replace(/\s+/g, ' ')]);
    assert.deepEqual(kinds, [['paragraph', 'I acted:'], ['listItem', 'Moved 4 teams and their leads'], ['paragraph', 'The move worked.']]);
  });
});

suite('cases found in review', () => {
  test('a labelled story does not lend its label to a story that begins inside its paragraph', () => {
    const text = joinLines('## ECQ 1: Leading Change', '', 'Challenge: In 2023 the permit backlog reached 900 cases.', '', 'Action: I created a triage team and reviewed every case.', '', 'Result: The backlog fell 40 percent.', 'In another instance, in 2021, I redesigned the hiring process for 30 managers. Hiring time fell from 200 to 80 days.');
    const examples = examplesOf(text);
    assert.equal(examples.length, 2);
    assert.equal(examples[1]!.ccar.present.action, true);
    for (const e of examples) for (const part of e.ccar.parts) assert.ok(part.span.start >= e.span.start && part.span.end <= e.span.end, `${part.kind} outside example ${e.index + 1}`);
  });

  test('a skeleton for a story that begins inside a paragraph goes where the story begins', () => {
    const text = joinLines('## ECQ 1: Leading Change', '', "In 2023 the agency's permit backlog was growing and staff had quit. I created a triage team and reviewed every case. The backlog fell 40 percent.", 'In another instance, in 2021, I redesigned the hiring process and trained 30 managers. Hiring time fell from 200 to 80 days.');
    const finding = lint(text).findings.find((f) => f.ruleId === 'ccar.missing-challenge' || f.ruleId === 'ccar.missing-context');
    assert.ok(finding, 'a part is missing in story 2');
    const edit = finding!.fixes[0]!.edits[0]!;
    assert.equal(edit.span.start, text.indexOf('In another instance'));
  });

  test('"we" after an introductory time phrase is the subject; after "the plan" it describes', () => {
    const we = (s: string) => ruleIds(joinLines('# Leading Change', '', s), 'voice.we').length;
    assert.equal(we('Within six months we reduced the backlog by 40 percent.'), 1);
    assert.equal(we('At the same time we cut overtime 20 percent.'), 1);
    assert.equal(we('I rewrote the plan we had drafted in 2022.'), 0);
  });

  test('a parenthesis in a sentence is not a part tag', () => {
    assert.deepEqual(findInlineTags('I reported our progress (actions and results) to the board.'), []);
  });

  test('resume names in capitals and employer lines are not first person or accomplishments', () => {
    const resume = joinLines('## Experience', '', '### Supervisory Program Analyst', 'U.S. Department of Labor, Mine Safety and Health Administration, Office of Assessments, Arlington, Va.', '06/2020 – Present', '', '- Led 40 staff in Mine Safety inspections across 14 districts.', '- Used the surplus to order 500 laptops for field inspectors.');
    const ids = lint(resume, { kind: 'resume' }).findings.filter((f) => f.ruleId === 'resume.first-person' || f.ruleId === 'resume.unquantified');
    assert.deepEqual(ids.map((f) => resume.slice(f.span.start, f.span.end)), []);
  });

  test('acronyms side by side are both reported; a definition in a header line counts', () => {
    const acr = (s: string) => ruleIds(s, 'acronym.undefined').map((f) => f.message.slice(1, 5));
    assert.deepEqual(acr(joinLines('## ECQ 1: Leading Change', '', 'I led the DHS CISA liaison cell for 3 years.')), ['DHS"', 'CISA']);
    assert.deepEqual(acr(joinLines('Gary T. Kowalczyk', 'Deputy Director, Naval Facilities Engineering Systems Command (NAVFAC)', '', 'I joined NAVFAC in 2019 and cut its backlog 40 percent.')), []);
  });

  test('an indented line goes on with the bullet above it', () => {
    const prose = 'Key results:\n• Trained 340 dispatchers in the new\n  protocol across 12 centers';
    const spans = splitSentences(prose, tokenize(prose, new Tokens(64)));
    assert.deepEqual(spans.map((s) => prose.slice(s.start, s.end).replace(/\s+/g, ' ')), ['Key results:', 'Trained 340 dispatchers in the new protocol across 12 centers']);
  });
});

suite('input that once crashed the engine', () => {
  test('an acronym before empty parentheses ("the OMB ()")', () => {
    assert.doesNotThrow(() => lint('the OMB ()## ECQ 1: Leading Change\n\n'));
  });
});

suite('general cases found on OPM\'s held-out statements', () => {
  test('text after a tagged Result goes on with it: its figure quantifies the Result', () => {
    const text = joinLines('# Building Coalitions', '', 'The state cut my budget and I faced laying off 50 staff. (Challenge) I met with 12 legislators on a user-fee proposal. (Action) The legislature authorized the fee increases. (Result) With the fees, I hired 400 people and halved the layoffs.');
    assert.equal(ruleIds(text, 'result.unquantified').length, 0);
    const without = joinLines('# Building Coalitions', '', 'The state cut my budget and I faced laying off 50 staff. (Challenge) I met with 12 legislators on a user-fee proposal. (Action) The legislature authorized the fee increases. (Result) The governor thanked the staff.');
    assert.equal(ruleIds(without, 'result.unquantified').length, 1);
  });

  test('"Within 6 months," opening a Result says when; "within 48 hours" inside the clause measures', () => {
    const framed = joinLines('# Leading Change', '', 'The center had no partners and no budget. (Challenge) I built a network of university and industry partners. (Action) Within 6 months, I had made the center a valued member of that network. (Result)');
    assert.equal(ruleIds(framed, 'result.unquantified').length, 1);
    const measured = joinLines('# Leading Change', '', 'The center had no partners and no budget. (Challenge) I built a network of university and industry partners. (Action) The center now answers every partner request within 48 hours. (Result)');
    assert.equal(ruleIds(measured, 'result.unquantified').length, 0);
  });

  test('"After two long sessions," opening a Result counts events that say when; a clause or a share after "After" still measures', () => {
    const story = (result: string) => joinLines('# Leading People', '', `Two of my staff had stopped speaking to each other. (Challenge) I met each of them and set one shared deadline. (Action) ${result} (Result)`);
    assert.equal(ruleIds(story('After two long sessions, the attorney agreed to extend the deadline.'), 'result.unquantified').length, 1);
    assert.equal(ruleIds(story('After three rounds of talks, the union signed.'), 'result.unquantified').length, 1);
    assert.equal(ruleIds(story('After 14 offices adopted it, the backlog cleared.'), 'result.unquantified').length, 0);
    assert.equal(ruleIds(story('After 14 offices went live, the backlog cleared.'), 'result.unquantified').length, 0);
    assert.equal(ruleIds(story('After 3 of 12 audits, the findings stopped.'), 'result.unquantified').length, 0);
  });

  test('"over the ensuing 3 months" says when, not how much', () => {
    const text = joinLines('# Leading Change', '', 'In 2006 the client threatened to cancel the contract. (Challenge) I replaced the program manager and met the client weekly. (Action) Over the ensuing 3 months the client regained confidence, and we kept the contract. (Result)');
    assert.equal(ruleIds(text, 'result.unquantified').length, 1);
  });
});

suite('general cases found on outside holdout 2', () => {
  const labelled = (year: number) => ['### Challenge', '', `In ${year} the office had 71 vacancies out of 214 positions.`, '', '### Action', '', 'I held 14 town halls and obtained direct-hire authority.', '', '### Result', '', `By September ${year + 2} the office had filled 64 of the 71 vacancies.`, ''];

  test('a paragraph under a Result label goes on with its story, even when it opens on a new year', () => {
    const text = ['## ECQ 2: Leading People', '', 'Throughout my 22-year career, I have made developing staff my first priority. I started as an officer.', '', ...labelled(2021)].join('\n');
    const examples = examplesOf(text);
    assert.equal(examples.length, 1, 'the preamble and the labelled story are one example');
    assert.ok(examples[0]!.ccar.present.result && examples[0]!.ccar.present.action);
  });

  test('a Challenge label after a labelled story has acted opens the next story', () => {
    const text = ['## ECQ 2: Leading People', '', ...labelled(2019), ...labelled(2023)].join('\n');
    const examples = examplesOf(text);
    assert.equal(examples.length, 2);
    assert.ok(examples.every((e) => e.ccar.present.challenge && e.ccar.present.result));
  });

  const passives = (body: string) => ruleIds(`## ECQ 3: Results Driven\n\nIn 2023 our backlog of 8,000 claims had grown for two years.\n\n${body}\n\nThe backlog fell 40 percent by June.\n`, 'voice.passive').map((f) => f.message.match(/"([^"]+)"/)![1]);

  test('voice.passive: a passive told between two of the writer\'s actions in one paragraph is reported', () => {
    assert.deepEqual(passives('I split the 41 offices into three groups. Pay rates were raised in 34 counties. I held a call with all 41 managers every morning.'), ['were raised']);
    // Across a paragraph break it is an outcome or an aside, as the inference reads it.
    assert.deepEqual(passives('I split the 41 offices into three groups.\n\nPay rates were raised in 34 counties.\n\nI held a call with all 41 managers every morning.'), []);
  });

  test('voice.passive: states and possibilities are not passives, nor a clause of manner', () => {
    assert.deepEqual(passives('I reopened the 14 disputes, which were unresolved. I wrote a guide on what cannot be shared. I changed the way overtime was assigned. I held a call every morning.'), []);
    assert.deepEqual(passives('I reopened the cases after fraud was uncovered in 2023. Three claims were reassigned to me. I held a call every morning.'), ['were reassigned']);
  });

  test('claim.philosophy: one finding a clause; a new clause may hold another', () => {
    const claims = (text: string) => ruleIds(`## ECQ 2: Leading People\n\n${text}\n`, 'claim.philosophy').length;
    assert.equal(claims('I always hold my leaders to the same standard I hold myself.'), 1);
    assert.equal(claims('I am passionate about teams, and I have consistently used mentoring to build trust.'), 2);
  });

  test('recency.stale leaves a general interview question\'s answer alone', () => {
    const text = '---\nkind: interview\n---\n\n## Q1. Why do you want this position?\n\nI started as a screener in 2007 and want to lead this airport.\n\n## Q2. Tell us about a time you cut costs.\n\nIn 2012 I cut the overtime budget by $2.6 million, 31 percent, by rebuilding the shift schedule.\n';
    assert.deepEqual(ruleIds(text, 'recency.stale', { path: 'prep.interview.md' }).map((f) => text.slice(f.span.start, f.span.end)), ['2012']);
  });

  test('ccar.missing-context: the writer\'s post in a clause of time sets the scene', () => {
    const story = (opening: string) => ruleIds(`## ECQ 3: Results Driven\n\n${opening} our explosives detection equipment began producing false alarms after a software update. I isolated the fault to a calibration setting and had it corrected within 9 days.\n\nFalse alarms fell 80 percent.\n`, 'ccar.missing-context').length;
    assert.equal(story('In 2019, when I was a screening manager at Atlanta,'), 0);
    assert.equal(story('In 2019'), 1);
  });

  test('"zero trust" names an approach: a bullet about it still needs a figure; "to zero" is one', () => {
    const unquantified = (bullet: string) => ruleIds(`## Experience\n\n### Director\n06/2020 – Present\n\n- ${bullet}\n`, 'resume.unquantified', { kind: 'resume' }).length;
    assert.equal(unquantified('Developed the center\'s zero trust architecture strategy.'), 1);
    assert.equal(unquantified('Cut repeat audit findings to zero by rebuilding the controls program.'), 0);
  });
});


suite('general cases found on outside holdout 3', () => {
  const storyA = 'In 2021 the regional office took 300 days to process a claim, and the Secretary set a goal of 120. I redesigned intake, moved 60 examiners to triage, and set weekly targets for each team. Processing time fell to 110 days within a year.';
  const storyB = 'I set up a mentoring program for 40 new supervisors and paired each with a senior manager. Attrition among new supervisors fell from 22 to 9 percent.';

  test('"In a second example," and "As a second example," start a new story', () => {
    for (const opener of ['In a second example, ', 'As a second example, ', 'In my second example, ']) {
      assert.equal(examplesOf(joinLines('# Leading People', '', storyA, '', `${opener}${storyB}`)).length, 2, opener);
    }
  });

  test('a closing lesson ("Looking back, I learned…", "In hindsight…") is no Result: a story that ends on its actions still lacks one', () => {
    const actions = joinLines('## ECQ 3: Results Driven', '', 'In April 2020 our hospital was at 90 percent of its beds and no forecast of cases existed.', '', 'I built three scenarios with the chief medical officer and set a trigger for opening a second site. I ordered the beds and oxygen at once. I briefed the tribal leaders on the trigger.', '', 'Looking back, I learned that a decision made early is better than a perfect decision made late.');
    assert.equal(ruleIds(actions, 'ccar.missing-result').length, 1);
    assert.equal(ruleIds(actions, 'result.unquantified').length, 0);
    // After a Result, the lesson goes with it.
    const ended = actions.replace('\n\nLooking back', '\n\nAs a result, the second site treated 310 patients in six weeks and no patient was turned away. In hindsight');
    assert.equal(ruleIds(ended, 'ccar.missing-result').length, 0);
  });

  test('plain.wordy: "made the decision to" is wordy; "fleet utilization target" names a measure', () => {
    assert.equal(ruleIds('I made the decision to stop new proposals for a year.', 'plain.wordy').length, 1);
    assert.equal(ruleIds('The region met the fleet utilization target for the first time.', 'plain.wordy').length, 0);
    assert.equal(ruleIds('I cut the utilization of contractors by half.', 'plain.wordy').length, 1);
  });

  test('voice.passive: a finding reported in a "that" clause is no hidden action', () => {
    const story = (middle: string) => joinLines('## ECQ 4: Business Acumen', '', 'In 2023 the fleet of the region cost $11.8 million a year.', '', `I analyzed the telematics data. ${middle} I returned 212 underused vehicles to the leasing program.`, '', 'Fleet costs fell to $9.4 million a year.');
    assert.equal(ruleIds(story('I found that a large share were driven less than 3,000 miles a year.'), 'voice.passive').length, 0);
    assert.equal(ruleIds(story('Twelve vehicle classes were reviewed for replacement.'), 'voice.passive').length, 1);
  });

  test('"we" describing a noun a count opens ("three measures we agreed on") is no action; "the team, and I chaired" is two clauses', () => {
    assert.equal(ruleIds('I reported progress every month using three measures we agreed on at the start.', 'voice.we').length, 0);
    assert.equal(ruleIds('Within three months we cut the backlog.', 'voice.we').length, 1);
    assert.equal(ruleIds('I led the regional staff who supported the team, and I chaired its subgroup on gear.', 'voice.we').length, 0);
    assert.equal(ruleIds('The team and I chaired the subgroup on gear.', 'voice.we').length, 1);
  });
});

suite('general cases found on outside holdout 4', () => {
  test('"$4M", "12-member", "5-state" and "five-state" are figures; "GS-15", "COVID-19", "one-time" and "one-on-one" are not', () => {
    const bullets = (...lines: string[]) => ['---', 'kind: resume', '---', '', '# Jane Doe', '', '## Experience', '', '**Director, Water Office** (2019 to present)', '', ...lines.map((l) => `- ${l}`), ''].join('\n');
    const flagged = (text: string) => ruleIds(text, 'resume.unquantified', { path: 'a.resume.md' }).length;
    assert.equal(flagged(bullets('Managed a $4M budget for the program.', 'Led a 12-member team for the basin study.', 'Led a 5-state water availability assessment.', 'Led a five-state drought study.')), 0);
    assert.equal(flagged(bullets('Promoted to GS-15 supervisor for the basin study.', 'Held one-on-one meetings with every hydrologist.', 'Led the COVID-19 response for the office.')), 3);
  });

  test('voice.passive: "might later be found" is a possibility, as "might be found" is', () => {
    const story = (middle: string) => joinLines('## ECQ 3: Results Driven', '', 'In 2021 a flood closed 40 miles of a state highway.', '', `I set up a joint command post on the second day. ${middle} I wrote the request for emergency funds the next week.`, '', 'The road reopened in 87 days, 60 days ahead of the estimate.');
    assert.equal(ruleIds(story('I authorized debris removal, accepting that some costs might later be found ineligible.'), 'voice.passive').length, 0);
    assert.equal(ruleIds(story('The debris contracts were awarded the same day.'), 'voice.passive').length, 1);
  });
});

suite('general cases found on outside holdout 5', () => {
  test('a model designation ("MH-60T", "KC-46A", "F-35") is no acronym to spell out; "MTSC" still is', () => {
    const text = joinLines('## ECQ 3: Merit and Competence', '', 'The fleet of 45 MH-60T and 12 KC-46A aircraft, and two F-35 squadrons, flew from the MTSC hangars.');
    const flagged = ruleIds(text, 'acronym.undefined').map((f) => text.slice(f.span.start, f.span.end));
    assert.deepEqual(flagged, ['MTSC']);
  });
});
