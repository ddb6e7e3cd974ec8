import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzePosting } from '../../server/src/core/posting/posting';
import { coverageOf, CoverageDraft, PostingMatcher } from '../../server/src/core/posting/coverage';
import { parseDocument } from '../../server/src/core/parse/document';
import { anchorDraft, postingPackageFindings } from '../../server/src/core/rules/checks/posting';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { lint } from '../helpers/fixtures';

const fixtures = path.resolve(__dirname, '../../../test/fixtures/postings');
const VA = fs.readFileSync(path.join(fixtures, 'corpus/va-infrastructure-modernization.posting.md'), 'utf8');

function draft(p: string, text: string): CoverageDraft {
  return { path: p, document: parseDocument(text, { path: p }) };
}

suite('posting coverage', () => {
  const posting = analyzePosting(VA, { path: 'va.posting.md' });

  test('a term used in another inflection counts as covered, with the range of the use', () => {
    const text = '## ECQ 2: Driving Efficiency\n\nIn 2024 I modernized the infrastructure of 14 data centres and migrated 600 applications to a commercial cloud.\n';
    const d = draft('a.ecq.md', text);
    const c = coverageOf(new PostingMatcher(posting), [d]);
    const byTerm = new Map(c.terms.map((t) => [t.key, t]));
    const modernization = byTerm.get('infrastructur modern')!;
    assert.ok(modernization, c.terms.map((t) => t.key).join('; '));
    // "modernized the infrastructure" is not the phrase; "infrastructure modernization" is not used.
    assert.equal(modernization.uses.length, 0);
    const cloud = byTerm.get('commerci cloud')!;
    assert.deepEqual(cloud.uses.map((u) => text.slice(u.span.start, u.span.end)), ['commercial cloud']);
    const migration = byTerm.get('migrat')!;
    assert.deepEqual(migration.uses.map((u) => text.slice(u.span.start, u.span.end)), ['migrated']);
    // "data centres" is a variant spelling of "data centers".
    assert.deepEqual(byTerm.get('data center')!.uses.map((u) => text.slice(u.span.start, u.span.end)), ['data centres']);
  });

  test('an acronym covers its spelled-out term, and the other way round', () => {
    const d = draft('a.tq.md', '## MTQ 2\n\nI closed every FISMA weakness in two years.\n');
    const c = coverageOf(new PostingMatcher(posting), [d]);
    const fisma = c.terms.find((t) => t.term.includes('FISMA'))!;
    assert.equal(fisma.uses.length, 1);
  });

  test('a TQ is addressed by a section of its own, or by half of its wording', () => {
    const none = coverageOf(new PostingMatcher(posting), [draft('a.ecq.md', '## ECQ 4: Leading People\n\nI hired 40 staff.\n')]);
    assert.deepEqual(none.tqs.map((t) => t.addressed), [false, false, false]);
    const heading = coverageOf(new PostingMatcher(posting), [draft('mtq1.tq.md', '## TQ 1: Modernization\n\nI led it.\n')]);
    assert.deepEqual(heading.tqs.map((t) => t.byHeading), ['mtq1.tq.md', undefined, undefined]);
    const wording = coverageOf(new PostingMatcher(posting), [
      draft('r.resume.md', '- Built a zero trust architecture with continuous monitoring for 171 medical centers; closed all FISMA findings; cybersecurity posture rose to A.\n'),
    ]);
    const mtq2 = wording.tqs[1]!;
    assert.ok(mtq2.score >= 0.5, `${mtq2.score}; missing ${mtq2.missing.map((t) => t.term).join(', ')}`);
    assert.equal(mtq2.addressed, true);
    assert.ok(wording.overall > none.overall);
  });

  test('posting.tq-uncovered goes on the resume first, then a TQ narrative, then the first ECQ draft', () => {
    const ecq = draft('b.ecq.md', '## ECQ 4: Leading People\n\nI hired 40 staff.\n');
    const tq = draft('a.tq.md', '## TQ 3: Portfolio\n\nI ran a $600 million IT investment portfolio with capital planning and acquisition strategy.\n');
    const resume = draft('z.resume.md', '# Resume\n\n- Led 40 staff.\n');
    assert.equal(anchorDraft([ecq, tq, resume])?.path, 'z.resume.md');
    assert.equal(anchorDraft([ecq, tq])?.path, 'a.tq.md');
    const drafts = [ecq, tq];
    const findings = postingPackageFindings(posting, coverageOf(new PostingMatcher(posting), drafts), drafts, DEFAULT_CONFIG);
    assert.deepEqual([...findings.keys()], ['a.tq.md']);
    assert.deepEqual(findings.get('a.tq.md')!.map((f) => f.data?.['tq']), ['MTQ 1', 'MTQ 2']);
    assert.match(findings.get('a.tq.md')![0]!.message, /^MTQ 1 of the posting \("Executive Director, Infrastructure Modernization and Cloud Operations"\) is not addressed in any draft/);
  });

  test('the rules are quiet without a posting, and can be turned off or suppressed', () => {
    const text = '# ECQs\n\n## ECQ 1: Leading Change\n\nIn 2023 I cut award time 45 percent for 210 staff.\n';
    assert.deepEqual(lint(text).findings.filter((f) => f.ruleId.startsWith('posting.')), []);
    const withPosting = lint(text, { posting: VA });
    assert.deepEqual([...new Set(withPosting.findings.filter((f) => f.ruleId.startsWith('posting.')).map((f) => f.ruleId))].sort(), ['posting.ecq-set-mismatch', 'posting.tq-uncovered']);
    const off = lint(text, { posting: VA, config: { rules: { 'posting.tq-uncovered': 'off', 'posting.ecq-set-mismatch': 'off' } } });
    assert.deepEqual(off.findings.filter((f) => f.ruleId.startsWith('posting.')), []);
    const suppressed = lint(`<!-- ecq-disable-next-line posting.tq-uncovered -->\n${text}`, { posting: VA });
    assert.deepEqual(suppressed.findings.filter((f) => f.ruleId === 'posting.tq-uncovered'), []);
  });

  test('matches are cached per block: an unchanged block is not matched again', () => {
    const matcher = new PostingMatcher(posting);
    const a = draft('a.ecq.md', '## ECQ 2: Driving Efficiency\n\nI moved 600 applications to a commercial cloud.\n\nI closed 12 data centers.\n');
    coverageOf(matcher, [a]);
    const first = matcher.matchBlock(a.document.blocks[1]!.prose);
    assert.equal(matcher.matchBlock(a.document.blocks[1]!.prose), first);
  });
});
