import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG, resolveConfig } from '../../server/src/core/config';
import { parseDocument } from '../../server/src/core/parse/document';
import { estimatePages, LayoutBlock, USAJOBS_PAGE, wrapLines } from '../../server/src/core/resume/pageEstimate';
import { readDateRange, readResume } from '../../server/src/core/resume/resume';
import { gerundOf, pastOf, STRONG_FORMS } from '../../server/src/core/resume/verbs';
import { mapEvidence, readTags } from '../../server/src/core/evidence/competencies';
import { competencyGrid, evidenceItems } from '../../server/src/core/evidence/grid';
import { readStories } from '../../server/src/core/stories/stories';
import { ECQ_SETS } from '../../server/src/core/domain/ecqSets';
import { COMPETENCY_CUES } from '../../server/src/core/domain/competencyCues';
import { Finding } from '../../server/src/core/rules/types';
import { lint } from '../helpers/fixtures';
import { CORPUS_DIR } from '../helpers/corpus';

const corpus = path.join(CORPUS_DIR, 'resume');

function applyFix(text: string, finding: Finding, index = 0): string {
  const fix = finding.fixes[index]!;
  let out = text;
  for (const e of [...fix.edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

const resume = (bullets: string, dates = '06/2018 – 06/2022'): string => `# Jordan Ellison\n\n## Professional Experience\n\n### Director\nAgency, Washington, DC\n${dates}\n\n${bullets}\n`;

suite('page estimate', () => {
  test('wraps at spaces with the font widths: 7.5 inches hold about 125 average characters at 10 pt', () => {
    const width = 7.5 * 72;
    assert.equal(wrapLines('word '.repeat(20).trim(), width, 10), 1);
    assert.equal(wrapLines('word '.repeat(40).trim(), width, 10), 2);
    // Bold is wider, so the same text can need more lines.
    const text = 'Consolidated 14 contracts into 2 enterprise agreements and cut spending by $27 million in one year';
    assert.ok(wrapLines(`${text} ${text}`, width, 10, true) >= wrapLines(`${text} ${text}`, width, 10, false));
  });

  test('breaks a word longer than the line, and after hyphens', () => {
    assert.equal(wrapLines('x'.repeat(400), 100, 10), Math.ceil((400 * 5) / 100));
    assert.equal(wrapLines('a-b', 1000, 10), 1);
  });

  test('an empty resume is no pages; a page of lines is one page; more spills over', () => {
    assert.equal(estimatePages([]).pages, 0);
    const line = (i: number): LayoutBlock => ({ kind: 'paragraph', text: 'Short line.', start: i });
    // 720 pt of text height; each one-line paragraph takes 11.5 pt plus 2 pt after.
    const perPage = Math.floor((720 + 2) / 13.5);
    assert.equal(estimatePages(Array.from({ length: perPage }, (_, i) => line(i))).pages <= 1, true);
    const two = estimatePages(Array.from({ length: perPage + 1 }, (_, i) => line(i)));
    assert.ok(two.pages > 1 && two.pages < 1.05, String(two.pages));
    assert.deepEqual(two.pageStarts, [perPage]);
  });

  test('page settings change the estimate: 12 pt text with 1-inch margins takes more pages', () => {
    const blocks: LayoutBlock[] = Array.from({ length: 80 }, (_, i) => ({ kind: 'bullet', text: 'Led a migration of 40 systems to commercial cloud, closing 2 data centers and cutting hosting costs by 12 percent.', start: i }));
    const usajobs = estimatePages(blocks, USAJOBS_PAGE).pages;
    const traditional = estimatePages(blocks, { ...USAJOBS_PAGE, margin: 1, bodySize: 12 }).pages;
    assert.ok(traditional > usajobs * 1.4, `${traditional} vs ${usajobs}`);
  });

  test('the corpus resume is under two pages; front matter is not printed', () => {
    const text = fs.readFileSync(path.join(corpus, 'ellison.resume.md'), 'utf8');
    const estimate = readResume(parseDocument(text, { path: 'ellison.resume.md' })).estimate;
    assert.ok(estimate.pages > 1 && estimate.pages < 2, String(estimate.pages));
    const withFrontMatter = readResume(parseDocument(`---\nkind: resume\napplicant: Jordan Ellison\n---\n${text}`, { path: 'x.resume.md' })).estimate;
    assert.equal(withFrontMatter.pages, estimate.pages);
  });
});

suite('resume model', () => {
  test('date ranges in the forms resumes use', () => {
    assert.deepEqual(readDateRange('06/2022 – Present · GS-15')?.end, undefined);
    assert.equal(readDateRange('06/2022 – Present')?.current, true);
    assert.deepEqual(readDateRange('March 2018 to June 2022')?.end, { year: 2022, month: 6 });
    assert.deepEqual(readDateRange('2009–2014')?.start, { year: 2009, month: undefined });
    assert.equal(readDateRange('GS-15, 40 hours a week'), undefined);
  });

  test('positions, bullets and the sections left alone', () => {
    const text = `${resume('- Led 35 engineers.\n- Cut costs 12%.')}\n## Education\n\n- MS, Information Systems, 2012\n`;
    const model = readResume(parseDocument(text, { kind: 'resume' }));
    assert.equal(model.positions.length, 1);
    assert.equal(model.positions[0]!.title, 'Director');
    // The degree is in Education: not an accomplishment bullet.
    assert.equal(model.bullets.length, 2);
    assert.equal(model.bullets[0]!.position, model.positions[0]);
  });
});

suite('resume rules and their fixes', () => {
  test('"I" at the start: the fix removes it and capitalises the verb', () => {
    const text = resume('- I stopped a migration that would have moved 4.1 million records abroad.');
    const finding = lint(text, { kind: 'resume' }).findings.find((f) => f.ruleId === 'resume.first-person')!;
    assert.ok(finding);
    assert.match(applyFix(text, finding), /^- Stopped a migration that would have moved/m);
  });

  test('"Responsible for" + gerund becomes the verb in the position\'s tense', () => {
    const past = resume('- Responsible for supervising the network operations branch of 35 engineers.');
    const f1 = lint(past, { kind: 'resume' }).findings.find((f) => f.ruleId === 'resume.weak-start')!;
    assert.match(applyFix(past, f1), /^- Supervised the network operations branch/m);
    assert.equal(f1.fixes[0]!.preferred, true);
    const current = resume('- Responsible for managing a $720 million portfolio.', '06/2022 – Present');
    const f2 = lint(current, { kind: 'resume' }).findings.find((f) => f.ruleId === 'resume.weak-start')!;
    assert.match(applyFix(current, f2), /^- Manage a \$720 million portfolio\./m);
  });

  test('"Responsible for" + noun offers stronger verbs; "Helped reduce" becomes "Reduced"', () => {
    const text = resume('- Responsible for a $210 million annual budget.');
    const f = lint(text, { kind: 'resume' }).findings.find((x) => x.ruleId === 'resume.weak-start')!;
    assert.deepEqual(f.fixes.map((x) => x.title), ['Start with "Led"', 'Start with "Directed"', 'Start with "Managed"', 'Start with "Oversaw"']);
    assert.match(applyFix(text, f, 3), /^- Oversaw a \$210 million annual budget\./m);
    const helped = resume('- Helped reduce hosting costs by 36%.');
    const h = lint(helped, { kind: 'resume' }).findings.find((x) => x.ruleId === 'resume.weak-start')!;
    assert.match(applyFix(helped, h), /^- Reduced hosting costs by 36%\./m);
  });

  test('"I responsible for…" is one first-person and one weak-start finding; "I led" only first-person', () => {
    const ids = (t: string): string[] => lint(resume(t), { kind: 'resume' }).findings.map((f) => f.ruleId).filter((id) => id !== 'resume.ecq-uncovered');
    assert.deepEqual(ids('- I led 35 engineers through 3 data center closures.'), ['resume.first-person']);
    assert.deepEqual(ids('- I was responsible for 3 data center closures.').sort(), ['resume.first-person', 'resume.weak-start']);
  });

  test('every strong verb form is recognised; forms are spelled right', () => {
    assert.equal(pastOf('lead'), 'led');
    assert.equal(pastOf('plan'), 'planned');
    assert.equal(pastOf('supervise'), 'supervised');
    assert.equal(pastOf('modernize'), 'modernized');
    assert.equal(gerundOf('oversee'), 'overseeing');
    assert.equal(gerundOf('run'), 'running');
    for (const w of ['led', 'directs', 'overseeing', 'cut', 'retrained', 'consolidated']) assert.ok(STRONG_FORMS.has(w), w);
  });

  test('the corpus resume: the planted weaknesses are found', () => {
    const text = fs.readFileSync(path.join(corpus, 'ellison.resume.md'), 'utf8');
    const found = lint(text, { path: 'ellison.resume.md' }).findings;
    const count = (id: string): number => found.filter((f) => f.ruleId === id).length;
    assert.equal(count('resume.first-person'), 3);
    assert.equal(count('resume.weak-start'), 4);
    assert.equal(count('resume.stale'), 2);
    assert.equal(count('resume.over-length'), 0);
    assert.equal(count('resume.ecq-uncovered'), 0);
  });
});

suite('competencies', () => {
  test('every competency of both sets has cues, and every cue is lower case', () => {
    for (const set of Object.values(ECQ_SETS)) {
      for (const c of [...set.ecqs.flatMap((e) => e.competencies), ...set.fundamentalCompetencies]) {
        const cues = COMPETENCY_CUES[c.name];
        assert.ok(cues && cues.length >= 5, c.name);
        for (const cue of cues) assert.equal(cue, cue.toLowerCase(), cue);
      }
    }
  });

  test('15 competencies in the 2025 set, 28 in the pre-2025 set', () => {
    assert.equal(ECQ_SETS['2025'].ecqs.flatMap((e) => e.competencies).length, 15);
    const legacy = ECQ_SETS.legacy;
    assert.equal(legacy.ecqs.flatMap((e) => e.competencies).length + legacy.fundamentalCompetencies.length, 28);
  });

  test('tags name ECQs and competencies; Markdown links are not tags', () => {
    const tags = readTags('Cut spending 18%. [Driving Efficiency] [Developing Others] see [the report](x.md)', '2025');
    assert.deepEqual(tags.ecqs.map((e) => e.name), ['Driving Efficiency']);
    assert.deepEqual(tags.competencies, ['Developing Others']);
    assert.deepEqual(readTags('ECQs: Business Acumen; Leading Change', 'legacy').ecqs.map((e) => e.name), ['Business Acumen', 'Leading Change']);
  });

  test('cues: one stray word is a competency, not an ECQ', () => {
    const one = mapEvidence('Prepared the budget.', '2025');
    assert.ok(one.competencies.includes('Fiscal Responsibility'));
    assert.deepEqual(one.ecqs, []);
    const two = mapEvidence('Cut cloud spending from $148 million to $121 million by consolidating 14 contracts.', '2025');
    assert.deepEqual(two.ecqs.map((e) => e.name), ['Driving Efficiency']);
  });

  test('the grid counts evidence per ECQ and per competency and marks thin rows', () => {
    const text = fs.readFileSync(path.join(corpus, 'ellison.resume.md'), 'utf8');
    const doc = parseDocument(text, { path: 'ellison.resume.md' });
    const grid = competencyGrid([{ path: 'r.md', items: evidenceItems(doc, '2025', DEFAULT_CONFIG) }], '2025');
    assert.equal(grid.rows.length, 5);
    for (const row of grid.rows) assert.ok(row.evidence.length >= 1, row.ecq!.name);
    const legacy = competencyGrid([], 'legacy');
    assert.equal(legacy.rows.length, 6); // five ECQs and the fundamental competencies
    assert.ok(legacy.rows.every((r) => r.thin));
  });
});

suite('story bank', () => {
  test('stories, their spoken time at the front matter\'s pace, and their ECQs', () => {
    const text = fs.readFileSync(path.join(corpus, 'ellison.stories.md'), 'utf8');
    const bank = readStories(parseDocument(text, { path: 'ellison.stories.md' }), '2025', DEFAULT_CONFIG.stories);
    assert.equal(bank.stories.length, 6);
    assert.equal(bank.paceWpm, 140);
    assert.deepEqual(bank.stories[0]!.ecqs.map((e) => e.name), ['Driving Efficiency']);
    for (const s of bank.stories) assert.ok(s.ecqsTagged, s.title);
    const slower = readStories(parseDocument(text.replace('pace_wpm: 140', 'pace_wpm: 120'), { path: 'ellison.stories.md' }), '2025', DEFAULT_CONFIG.stories);
    assert.ok(slower.stories[0]!.seconds > bank.stories[0]!.seconds);
    // Words over pace: a story's seconds are its words at 140 a minute.
    assert.equal(Math.round(bank.stories[0]!.seconds), Math.round((bank.stories[0]!.words / 140) * 60));
  });

  test('the corpus bank: one long story, one short, three ECQs with one story, one story for two ECQs', () => {
    const text = fs.readFileSync(path.join(corpus, 'ellison.stories.md'), 'utf8');
    const found = lint(text, { path: 'ellison.stories.md' }).findings;
    const by = (id: string): Finding[] => found.filter((f) => f.ruleId === id);
    assert.equal(by('story.length').length, 2);
    assert.deepEqual(by('story.coverage').map((f) => f.data?.['ecq']), ['2025.rule-of-law', '2025.merit-and-competence', '2025.achieving-results']);
    assert.equal(by('story.reused').length, 1);
  });

  test('the story range and pace are configurable', () => {
    const text = fs.readFileSync(path.join(corpus, 'ellison.stories.md'), 'utf8');
    const relaxed = lint(text, { path: 'ellison.stories.md', config: { stories: { ...DEFAULT_CONFIG.stories, minMinutes: 0.5, maxMinutes: 5 } } }).findings;
    assert.equal(relaxed.filter((f) => f.ruleId === 'story.length').length, 0);
  });
});

suite('page and story settings', () => {
  test('valid values are taken; bad ones are named and their defaults kept', () => {
    const ok = resolveConfig({ page: { margin: 1, bodySize: 12, headingSizes: [18, 14, 12] }, stories: { paceWpm: 150 }, limits: { resumePages: 3 } });
    assert.deepEqual(ok.problems, []);
    assert.equal(ok.config.page.margin, 1);
    assert.deepEqual(ok.config.page.headingSizes, [18, 14, 12]);
    assert.equal(ok.config.page.lineHeight, 1.15);
    assert.equal(ok.config.stories.paceWpm, 150);
    assert.equal(ok.config.limits.resumePages, 3);
    const bad = resolveConfig({ page: { margin: 5, font: 'Arial', headingSizes: [14] }, stories: { minMinutes: 5, maxMinutes: 4 } });
    assert.deepEqual(bad.problems.map((p) => p.key), ['page.margin', 'page.font', 'page.headingSizes', 'stories']);
    assert.equal(bad.config.page.margin, 0.5);
    assert.equal(bad.config.stories.minMinutes, 2);
  });
});
