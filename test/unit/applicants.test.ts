import * as assert from 'node:assert/strict';
import { applicantKey, applicantOf, projectsOf } from '../../server/src/core/applicants';
import { lint } from '../helpers/fixtures';
import { runCli } from '../../server/src/cli/main';
import { renderReportHtml } from '../../server/src/core/report/html';
import { ReadinessReport } from '../../server/src/core/report/readiness';
import { tempDir } from '../helpers/tempDir';

const draft = (path: string, text: string) => ({ path, document: lint(text, { path }).document });
const ECQ = (who: string) => `---\nkind: ecq\napplicant: ${who}\n---\n# ECQ 1: Leading Change\n\nIn 2024 I led the merger of two offices.\n`;

suite('projects: whose drafts are one application', () => {
  test('the applicant is the front matter\'s, or the name a resume or a plain-text package opens with', () => {
    assert.equal(applicantOf(draft('a.ecq.md', ECQ('Adaeze N. Okafor')).document), 'Adaeze N. Okafor');
    assert.equal(applicantOf(draft('e.resume.md', '# JORDAN A. ELLISON\n\nArlington, VA · jordan@example.com\n\n## Experience\n').document), 'JORDAN A. ELLISON');
    assert.equal(applicantOf(draft('b.ecq.txt', 'MARCUS T. BRENNAN\nEXECUTIVE CORE QUALIFICATIONS\n\nECQ 1: LEADING CHANGE\n\nIn 2019 I led a change.\n').document), 'MARCUS T. BRENNAN');
  });

  test('titles, ECQ names and sentences are never taken for a name', () => {
    for (const text of ['EXECUTIVE CORE QUALIFICATIONS\n\nECQ 1: LEADING CHANGE\n', 'LEADING CHANGE\n\nIn 2019 I led a change.\n', 'In 2019 I led the merger of two offices in Denver.\n', 'Resume of\n', 'Senior Executive Service Resume\n', 'A. B.\n']) {
      assert.equal(applicantOf(draft('x.ecq.txt', text).document), undefined, text);
    }
    // A Markdown narrative's first heading is its title, not its author.
    assert.equal(applicantOf(draft('x.ecq.md', '# Jordan Ellison\n\n## ECQ 1: Leading Change\n\nText.\n').document), undefined);
  });

  test('one person under different spellings is one applicant', () => {
    assert.equal(applicantKey('Jordan A. Ellison'), applicantKey('JORDAN A. ELLISON'));
    assert.equal(applicantKey('Jordan Ellison'), applicantKey('Jordan A. Ellison'));
    assert.notEqual(applicantKey('Jordan Ellison'), applicantKey('Jordan Okafor'));
  });

  test('drafts of several applicants are several projects; drafts naming nobody join a lone applicant, else stand apart', () => {
    const okafor = draft('okafor.ecq.md', ECQ('Adaeze N. Okafor'));
    const ellison = draft('ellison.ecq.md', ECQ('Jordan A. Ellison'));
    const ellisonResume = draft('ellison.resume.md', '# JORDAN A. ELLISON\n\n## Experience\n');
    const anonymous = draft('notes.tq.md', '# MTQ 1: Cloud\n\nIn 2024 I moved 40 systems.\n');
    const posting = draft('job.posting.md', '# Director\n\n## Duties\n\nLeads the office.\n');

    const alone = projectsOf([ellison, ellisonResume, anonymous, posting]);
    assert.equal(alone.length, 1);
    assert.equal(alone[0]!.applicant, 'Jordan A. Ellison');
    assert.deepEqual(alone[0]!.drafts.map((d) => d.path), ['ellison.ecq.md', 'ellison.resume.md', 'notes.tq.md']);

    const mixed = projectsOf([okafor, ellison, ellisonResume, anonymous, posting]);
    assert.deepEqual(mixed.map((p) => [p.applicant, p.drafts.map((d) => d.path)]), [
      ['Adaeze N. Okafor', ['okafor.ecq.md']],
      ['Jordan A. Ellison', ['ellison.ecq.md', 'ellison.resume.md']],
      [undefined, ['notes.tq.md']],
    ]);
    assert.equal(projectsOf([okafor, ellison, ellisonResume]).find((p) => p.drafts.some((d) => d.path === 'ellison.resume.md'))?.applicant, 'Jordan A. Ellison');
    assert.deepEqual(projectsOf([]), []);
  });
});

suite('ecq report: one application per report', () => {
  const run = (args: string[], cwd: string): { code: number; out: string; err: string } => {
    let out = '';
    let err = '';
    const code = runCli(args, { out: (x) => (out += x), err: (x) => (err += x), cwd, now: () => new Date(Date.UTC(2026, 10, 22)) });
    return { code, out, err };
  };

  test('drafts of two applicants, or under two configs, are refused with who they are; one applicant\'s folder is reported and named', () => {
    const dir = tempDir({
      'ecq.config.json': '{}',
      'okafor.ecq.md': ECQ('Adaeze N. Okafor'),
      'brennan.ecq.txt': 'MARCUS T. BRENNAN\nEXECUTIVE CORE QUALIFICATIONS\n\nECQ 1: LEADING CHANGE\n\nIn 2019 I merged two offices.\n',
      'va/ecq.config.json': '{}',
      'va/ellison.ecq.md': ECQ('Jordan A. Ellison'),
      'va/ellison.resume.md': '# JORDAN A. ELLISON\n\n## Experience\n',
    });
    try {
      const mixed = run(['report', '--format', 'json', '.'], dir.dir);
      assert.equal(mixed.code, 2);
      assert.match(mixed.err, /3 applications/);
      assert.match(mixed.err, /Adaeze N\. Okafor \(okafor\.ecq\.md\)/);
      assert.match(mixed.err, /MARCUS T\. BRENNAN/);
      assert.equal(mixed.out, '');
      const one = run(['report', '--format', 'json', 'va'], dir.dir);
      assert.ok(one.code === 0 || one.code === 1, one.err);
      const report = JSON.parse(one.out) as ReadinessReport;
      assert.equal(report.files.length, 2);
      assert.equal(report.project?.folder, 'va');
      assert.match(report.project?.applicant ?? '', /ellison/i);
      assert.match(renderReportHtml(report, { nonce: 'abcdefghijklmnopqrstuv' }), /<p class="project">[^<]*ELLISON · va<\/p>|<p class="project">Jordan A\. Ellison · va<\/p>/i);
    } finally {
      dir.dispose();
    }
  });
});
