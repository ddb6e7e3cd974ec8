import * as assert from 'node:assert/strict';
import { expectFindings, joinLines, lint, TODAY } from '../helpers/fixtures';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { isStale } from '../../server/src/core/rules/checks/recency';
import { MAX_FINDINGS_PER_RULE } from '../../server/src/core/analyze';
import { PHRASE_RULES } from '../../server/src/core/rules/phrases/index';
import { PhraseRule } from '../../server/src/core/rules/phrases/phraseTypes';

suite('phrase.weak', () => {
  test('each listed phrase, in its inflections', () => {
    expectFindings('phrase.weak', 'I [[was responsible for]] it. We [[were responsible for]] that. [[Responsible for]] 40 staff.');
    expectFindings('phrase.weak', 'I [[assisted]] the chief and [[worked on]] the plan, and [[played a key role in]] the move.');
    expectFindings('phrase.weak', 'I [[was involved in]] the review and [[contributed to]] the savings.');
    expectFindings('phrase.weak', 'The Secretary [[tasked]] nothing; I [[was tasked with]] the move.'.replace('[[tasked]]', 'tasked'));
  });
  test('leaves look-alikes alone', () => {
    expectFindings('phrase.weak', 'The plan was supported by data. Everyone involved in the move agreed. Supporting documents are attached.');
  });
  test('offers strong verbs as suggestions, none preferred', () => {
    const f = lint('I was responsible for the budget.').findings.find((x) => x.ruleId === 'phrase.weak')!;
    assert.deepEqual(f.fixes.map((x) => x.title), ['Replace with "led"', 'Replace with "directed"', 'Replace with "managed"']);
    assert.ok(f.fixes.every((x) => !x.preferred));
  });
});

suite('claim.vague-quantifier', () => {
  test('vague words and phrases', () => {
    expectFindings('claim.vague-quantifier', '[[Numerous]] offices and [[a number of]] vendors saw [[substantial]] savings across [[a wide range of]] programs, and costs fell [[dramatically]].');
  });
  test('partitives with a pronoun are left alone; with a noun they are not', () => {
    expectFindings('claim.vague-quantifier', 'Many of them retired. [[Many]] of our 14 review steps were useless. How many stayed?');
  });
  test('terms of art', () => {
    expectFindings('claim.vague-quantifier', 'The result was statistically significant. The audit found 14 significant deficiencies.');
  });
});

suite('claim.philosophy', () => {
  test('beliefs and habits', () => {
    expectFindings('claim.philosophy', '[[I believe]] in people. [[My management philosophy]] is simple. [[I pride myself]] on it. [[I am known for]] candor.');
  });
  test('a belief inside the story is not philosophy', () => {
    expectFindings('claim.philosophy', 'I believed the vendor\'s estimate was wrong, so I commissioned a second one.');
  });
});

suite('voice.we', () => {
  test('we and group subjects as actors', () => {
    expectFindings('voice.we', '[[We]] built the tool. [[My team and I]] negotiated the terms. [[Our office]] then issued 40 awards.');
  });
  test('we setting the scene, as an object or quoted, is left alone', () => {
    expectFindings('voice.we', 'We were losing funding. We had 57 vacancies. The vendor told us nothing. He said, "We will fix it."');
  });
  test('"we used" the system acts; "we used to" is a habit of the past', () => {
    expectFindings('voice.we', '## ECQ 1: Leading Change\n\nIn 2023 the budget fell 10 percent.\n\nLater, [[we]] used this system to adjust the targets. We used to meet weekly.\n\nCosts fell 12 percent.');
  });
  test('offers "I" as a fix', () => {
    const f = lint('We built it.').findings.find((x) => x.ruleId === 'voice.we')!;
    assert.equal(f.fixes[0]!.edits[0]!.newText, 'I');
  });
});

suite('voice.passive', () => {
  const wrap = (action: string): string => joinLines('## ECQ 1: Leading Change', '', 'In 2023 the budget was cut by $3 million and 210 staff were affected.', '', action, '', 'Costs fell 12 percent.');
  test('passives in the Action part', () => {
    expectFindings('voice.passive', wrap('I reviewed the plan. A new process [[was developed]] and the contracts [[were renegotiated]].'));
  });
  test('exemptions: the writer as subject, adjectival participles, subordinate and modal clauses', () => {
    expectFindings('voice.passive', wrap('I was asked to lead it. I was concerned about cost. I briefed staff before packages were submitted. I decided which reports could be produced.'));
  });
  test('passives outside the Action part are left alone', () => {
    expectFindings('voice.passive', joinLines('## ECQ 1: Leading Change', '', 'In 2023 the budget was cut by $3 million.', '', 'I renegotiated 4 contracts.', '', 'The backlog was reduced by 40 percent.'));
  });  test('a relative clause that describes a thing, and the writer\'s own proposal acted on by others, hide no action of the writer', () => {
    expectFindings('voice.passive', wrap('I merged the staff, which had been spread out among four groups. My recommendation to create the office was met with resistance. My plan for the office, including its budget, staff, and structure, was adopted by the board. It was clear that his complaint was justified.'));
  });
  test('the exemptions stop at a new clause: "My team …, and the files were moved"', () => {
    expectFindings('voice.passive', wrap('I reviewed the plan. My team reorganized the office and the files [[were moved]] to one site. I briefed the union on the move.'));
  });
});

suite('acronym.undefined', () => {
  test('both definition styles; plural and possessive uses', () => {
    expectFindings('acronym.undefined', '## ECQ 1: Leading Change\n\nThe Defense Logistics Agency (DLA) and DLA\'s CIOs (chief information officers) met. The CIOs agreed.');
  });
  test('the first use before the definition is reported once, with a fix', () => {
    const r = expectFindings('acronym.undefined', '## ECQ 1: Leading Change\n\nThe [[OMB]] examiner called. OMB agreed. The Office of Management and Budget (OMB) signed.');
    const f = r.findings.find((x) => x.ruleId === 'acronym.undefined')!;
    assert.match(f.message, /spelled out later/);
    assert.equal(f.fixes[0]!.edits[0]!.newText, 'Office of Management and Budget (OMB)');
  });
  test('each ECQ stands alone; the fix reuses another section\'s spelled-out form', () => {
    const r = expectFindings('acronym.undefined', '## ECQ 1: Leading Change\n\nThe Widget Program Office (WPO) grew.\n\n## ECQ 2: Leading People\n\nThe [[WPO]] shrank.');
    assert.equal(r.findings.find((x) => x.ruleId === 'acronym.undefined')!.fixes[0]!.edits[0]!.newText, 'Widget Program Office (WPO)');
  });
  test('common acronyms, states after a comma, Roman numerals, headings and shouting are exempt', () => {
    expectFindings('acronym.undefined', '## ECQ 1: Leading Change\n\nIn FY2024 the U.S. office in Richmond, VA, moved to Phase II of the IT plan for GS-15 staff.\n\nEXECUTIVE SUMMARY OF THE PLAN AND ITS RESULTS');
  });
  test('the project vocabulary exempts terms', () => {
    const vocabulary = { terms: new Set<string>(), acronyms: new Map([['WPO', 'Widget Program Office']]) };
    expectFindings('acronym.undefined', '## ECQ 1: Leading Change\n\nThe WPO grew.', { config: { vocabulary } });
  });
  test('uses inside quotations are not reported', () => {
    expectFindings('acronym.undefined', '## ECQ 1: Leading Change\n\nThe memo said "the XYZ must close".');
  });
});

suite('recency.stale', () => {
  test('a bare year covers its whole year; a month is precise', () => {
    assert.equal(isStale({ year: 2016, month: undefined }, TODAY, 10), false);
    assert.equal(isStale({ year: 2015, month: undefined }, TODAY, 10), true);
    assert.equal(isStale({ year: 2016, month: 9 }, TODAY, 10), true);
    assert.equal(isStale({ year: 2016, month: 11 }, TODAY, 10), false);
  });
  test('dates, fiscal years and month/year forms', () => {
    expectFindings('recency.stale', '## ECQ 1: Leading Change\n\nIn [[FY2013]] I cut costs 10 percent.');
    expectFindings('recency.stale', '## ECQ 1: Leading Change\n\nFrom [[09/2014]] I led 40 staff and cut costs 10 percent.');
    expectFindings('recency.stale', '## ECQ 1: Leading Change\n\nIn September [[2016]] I led 40 staff.');
  });
  test('exemptions: laws, baselines, the age of things, ranges that end later', () => {
    expectFindings('recency.stale', '## ECQ 1: Leading Change\n\nIn 2023, under the Privacy Act of 1974, I replaced a 1987-era system that had been built in 1987, the first change since 2001, after work from 2013 to 2021 and 2012–2019.');
  });
  test('one finding per example; the limit and the date are configurable', () => {
    const text = '## ECQ 1: Leading Change\n\n### Example 1\n\nIn 2012 and 2013 I led.\n\n### Example 2\n\nIn 2014 I led.';
    assert.equal(lint(text).findings.filter((f) => f.ruleId === 'recency.stale').length, 2);
    assert.equal(lint(text, { config: { recencyYears: 15 } }).findings.filter((f) => f.ruleId === 'recency.stale').length, 0);
    assert.equal(lint(text, { today: { year: 2022, month: 1, day: 1 } }).findings.filter((f) => f.ruleId === 'recency.stale').length, 0);
  });
});

suite('length.over-limit', () => {
  const long = (n: number): string => 'I cut costs 10 percent for 40 staff. '.repeat(n);
  test('an ECQ over its character limit, counted as the reader sees it', () => {
    // 37 visible characters per sentence: 216 sentences are 7,991 characters with spaces.
    expectFindings('length.over-limit', `## ECQ 1: Leading Change\n\n${long(216).trim()}`);
    expectFindings('length.over-limit', `## [[ECQ 1: Leading Change]]\n\n${long(217).trim()}`);
  });
  test('markup does not count', () => {
    expectFindings('length.over-limit', `## ECQ 1: Leading Change\n\n${'**I** cut [costs](https://example.gov/a/very/long/link/target) 10 percent. '.repeat(250).trim()}`);
  });
  test('the limit is configurable, and TQs have their own', () => {
    expectFindings('length.over-limit', `## [[ECQ 1: Leading Change]]\n\n${long(30)}`, { config: { limits: { ...DEFAULT_CONFIG.limits, ecqCharacters: 1000 } } });
    expectFindings('length.over-limit', `## [[TQ 1: Cloud]]\n\n${long(30)}`, { kind: 'tq', config: { limits: { ...DEFAULT_CONFIG.limits, tqCharacters: 1000 } } });
  });
  test('a package over its page budget', () => {
    const sections = ['Leading Change', 'Leading People', 'Results Driven', 'Business Acumen', 'Building Coalitions'].map((n, i) => `## ECQ ${i + 1}: ${n}\n\n${long(100)}`).join('\n\n');
    const r = lint(`# [[ECQs]]\n\n${sections}`.replace('[[ECQs]]', 'ECQs'), { config: { limits: { ...DEFAULT_CONFIG.limits, packagePages: 4 } } });
    const f = r.findings.filter((x) => x.ruleId === 'length.over-limit');
    assert.equal(f.length, 1);
    assert.match(f[0]!.message, /about 4\.7 pages/);
  });
});

suite('ecq.missing and ecq.too-many-examples', () => {
  test('one finding per missing ECQ of the detected set, with a fix that appends a skeleton', () => {
    const r = lint('# ECQs\n\n## ECQ 1: Driving Efficiency\n\nText.\n\n## ECQ 2: Merit and Competence\n\nText.\n');
    const f = r.findings.filter((x) => x.ruleId === 'ecq.missing');
    assert.equal(f.length, 3);
    assert.match(f[0]!.message, /Commitment to the Rule of Law/);
    assert.match(f[0]!.fixes[0]!.edits[0]!.newText, /## ECQ 1: Commitment to the Rule of Law/);
  });
  test('a single-ECQ file is not a package; an unknown set is not guessed', () => {
    assert.equal(lint('## ECQ 1: Driving Efficiency\n\nText.').findings.filter((x) => x.ruleId === 'ecq.missing').length, 0);
    assert.equal(lint('## Leading People\n\nText.\n\n## Leading People\n\nMore.').findings.filter((x) => x.ruleId === 'ecq.missing').length, 0);
  });
  test('examples over the configured maximum', () => {
    const text = '## ECQ 4: Leading People\n\n### A\n\nOne.\n\n### B\n\nTwo.\n\n### C\n\nThree.';
    assert.equal(lint(text).findings.filter((x) => x.ruleId === 'ecq.too-many-examples').length, 1);
    assert.equal(lint(text, { config: { limits: { ...DEFAULT_CONFIG.limits, examplesPerEcq: 3 } } }).findings.filter((x) => x.ruleId === 'ecq.too-many-examples').length, 0);
  });
});

suite('severity settings', () => {
  test('per rule, including off', () => {
    const text = 'I was responsible for it.';
    const weak = (rules: Record<string, string>) => lint(text, { config: { rules } }).findings.filter((f) => f.ruleId === 'phrase.weak');
    assert.equal(weak({ 'phrase.weak': 'error' })[0]!.severity, 'error');
    assert.equal(weak({})[0]!.severity, 'warning');
    assert.equal(weak({ 'phrase.weak': 'off' }).length, 0);
  });
  test('resumes, story banks and postings get their own rules, not the narrative rules', () => {
    // Story banks are told aloud in first person, so the voice rules run on them too (issue 9).
    const own = { resume: /^resume\./, stories: /^(?:story\.|voice\.|phrase\.weak$)/, posting: /^$/ };
    for (const kind of ['resume', 'stories', 'posting'] as const) {
      const found = lint('I was responsible for numerous things. We did it.', { kind }).findings.map((f) => f.ruleId);
      assert.deepEqual(found.filter((id) => !own[kind].test(id)), [], kind);
    }
    const story = lint('## Story: Restoring the grants system\n\nWe rebuilt the queue. I [[was responsible for]] the budget.\n'.replace(/\[\[|\]\]/g, ''), { kind: 'stories' }).findings.map((f) => f.ruleId);
    assert.ok(story.includes('voice.we') && story.includes('phrase.weak'), story.join(', '));
  });
});

suite('acronym spelled-out forms for the fix', () => {
  const fixFor = (text: string): string | undefined => lint(text).findings.find((f) => f.ruleId === 'acronym.undefined')?.fixes[0]?.edits[0]?.newText;
  test('exact initials, initials that begin the name, and capitalised runs', () => {
    assert.equal(fixFor('## ECQ 1: Leading Change\n\nI joined the Office of Grants Services at the Centers for Disease Control and Prevention (CDC).\n\n## ECQ 2: Leading People\n\nThe CDC grew.'), 'Centers for Disease Control and Prevention (CDC)');
    assert.equal(fixFor('## ECQ 1: Leading Change\n\nI was the agency chief information officer (CIO).\n\n## ECQ 2: Leading People\n\nThe CIO agreed.'), 'chief information officer (CIO)');
    assert.equal(fixFor('## ECQ 1: Leading Change\n\nI led the Naval Facilities Engineering Systems Command (NAVFAC) office.\n\n## ECQ 2: Leading People\n\nNAVFAC grew.'), 'Naval Facilities Engineering Systems Command (NAVFAC)');
  });
});

suite('findings per rule are capped in a file', () => {
  test('past the cap the last finding listed says how many more there are; suppressed findings count toward nothing', () => {
    const sentence = 'It was very late. ';
    const text = `## ECQ 1: Leading Change\n\n<!-- ecq-disable-next-line plain.filler -->\n${sentence.repeat(10)}\n\n${sentence.repeat(MAX_FINDINGS_PER_RULE + 500)}\n`;
    const filler = lint(text, { path: 'big.ecq.md' }).findings.filter((f) => f.ruleId === 'plain.filler');
    assert.equal(filler.length, MAX_FINDINGS_PER_RULE);
    assert.match(filler[filler.length - 1]!.message, /2,000 plain\.filler findings are listed in this file; 500 more are not\)$/);
    assert.ok(filler.slice(0, -1).every((f) => !/more are not/.test(f.message)));
  });
  test('findings past the cap, or suppressed, are never built (a pasted page of one sentence made 370 MB of them)', () => {
    const rule = PHRASE_RULES.find((r) => r.meta.id === 'plain.filler') as { message: PhraseRule['message'] };
    const message = rule.message;
    let built = 0;
    rule.message = (text, entry) => {
      built++;
      return message(text, entry);
    };
    try {
      const sentence = 'It was very late. ';
      lint(`## ECQ 1: Leading Change\n\n<!-- ecq-disable-next-line plain.filler -->\n${sentence.repeat(10)}\n\n${sentence.repeat(MAX_FINDINGS_PER_RULE + 500)}\n`, { path: 'big.ecq.md' });
      assert.equal(built, MAX_FINDINGS_PER_RULE);
    } finally {
      rule.message = message;
    }
  });
});
