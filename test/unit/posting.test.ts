import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzePosting } from '../../server/src/core/posting/posting';
import { htmlToText } from '../../server/src/core/posting/html';
import { renderBackground, BACKGROUND_FILE } from '../../scripts/postingBackground';
import { pickFound } from '../helpers/postingEvaluation';

const fixtures = path.resolve(__dirname, '../../../test/fixtures/postings');

interface Expectation {
  readonly title: string;
  readonly agency: string;
  readonly ecqSet: string;
  readonly tqs: readonly { label: string; starts: string; ends: string }[];
  readonly picks: readonly string[];
}

const found = pickFound;

/** Words of the parts every announcement shares; none may be a top term. */
const BOILERPLATE_WORDS = ['equal opportunity', 'reasonable accommodation', 'how to apply', 'benefits', 'resume', 'veterans preference', 'probationary', 'selective service', 'security clearance', 'usajobs', 'salary', 'closing date', 'executive core qualifications', 'technical qualifications', 'qualifications review board', 'senior executive service'];

for (const set of ['corpus', 'holdout']) {
  const expectations = JSON.parse(fs.readFileSync(path.join(fixtures, set, 'expectations.json'), 'utf8')) as Record<string, Expectation | string>;
  for (const [file, expected] of Object.entries(expectations)) {
    if (typeof expected === 'string') continue;
    suite(`posting: ${set}/${file}`, () => {
      const posting = analyzePosting(fs.readFileSync(path.join(fixtures, set, file), 'utf8'), { path: file });

      test('title, agency and ECQ set', () => {
        assert.equal(posting.title?.text, expected.title);
        assert.equal(posting.agency?.text, expected.agency);
        assert.equal(posting.ecqSet, expected.ecqSet);
      });

      test('every numbered TQ, whole', () => {
        assert.deepEqual(posting.tqs.map((t) => t.label), expected.tqs.map((t) => t.label));
        posting.tqs.forEach((tq, i) => {
          assert.ok(tq.text.startsWith(expected.tqs[i]!.starts), `${tq.label} starts "${tq.text.slice(0, 60)}"`);
          assert.ok(tq.text.endsWith(expected.tqs[i]!.ends), `${tq.label} ends "${tq.text.slice(-60)}"`);
          assert.ok(tq.terms.length >= 3, `${tq.label} has terms ${tq.terms.join(', ')}`);
        });
      });

      test('the terms a reviewer would pick are in the top 20', () => {
        const missing = expected.picks.filter((p) => !found(posting, p, 20));
        assert.deepEqual(missing, [], `top 20: ${posting.keyTerms.slice(0, 20).map((t) => t.term).join('; ')}`);
      });

      test('no boilerplate in the top 20', () => {
        for (const t of posting.keyTerms.slice(0, 20)) {
          const term = t.term.toLowerCase();
          for (const b of BOILERPLATE_WORDS) assert.ok(!term.includes(b), `"${t.term}" is boilerplate ("${b}")`);
          // Every top term is used in the parts that describe the job, not only in the boilerplate sections.
          const boilerplate = posting.sections.filter((s) => s.kind === 'boilerplate');
          assert.ok(t.occurrences.some((o) => !boilerplate.some((s) => s.span.start <= o.start && o.end <= s.span.end)), `"${t.term}" only in boilerplate`);
        }
      });

      test('occurrences point at the term in the file', () => {
        const source = fs.readFileSync(path.join(fixtures, set, file), 'utf8');
        for (const t of posting.keyTerms.slice(0, 10)) {
          for (const o of t.occurrences) {
            const inText = posting.text.slice(o.start, o.end);
            const inFile = source.slice(posting.toSource(o.start), posting.toSource(o.end));
            assert.equal(inFile.replace(/\s+/g, ' '), inText.replace(/\s+/g, ' '), `${t.term} at ${o.start}`);
          }
        }
      });
    });
  }
}

suite('posting: details', () => {
  test('the background of other postings is generated from the reference set (run `npm run generate`)', () => {
    assert.equal(fs.readFileSync(BACKGROUND_FILE, 'utf8'), renderBackground());
  });

  test('inflections are one term: modernize, modernized, modernization', () => {
    const p = analyzePosting('# Modernization Lead\n\n## Duties\n\n- Modernize the payment systems.\n- Report on the modernized payment systems.\n\n**TQ 1:** Demonstrated experience leading the modernization of payment systems at scale.\n');
    const keys = p.keyTerms.map((t) => t.key);
    assert.equal(new Set(keys.filter((k) => k.startsWith('modern'))).size <= 1, true, keys.join('; '));
    assert.ok(keys.some((k) => k.includes('payment system') || k.includes('payment')), keys.join('; '));
  });

  test('a posting without ECQ names uses no set; one with both sets\' names is undecided', () => {
    assert.equal(analyzePosting('# Analyst\n\n## Duties\n\nAnalyses data.').ecqSet, 'none');
    assert.equal(analyzePosting('ECQs: Leading Change, Business Acumen, Driving Efficiency, Achieving Results.').ecqSet, 'none');
    assert.equal(analyzePosting('ECQs: Leading Change, Results Driven, Business Acumen, Building Coalitions and Leading People.').ecqSet, 'legacy');
  });

  test('TQ labels: TQ, MTQ, PTQ, "Technical Qualification N", headings, numbered lists', () => {
    const p = analyzePosting(
      [
        '## Qualifications',
        '',
        'PTQ 1 - Demonstrated experience managing grants to tribal governments.',
        '',
        '### MTQ 2',
        '',
        'Expert knowledge of Federal appropriations law and fiscal controls.',
        '',
        '## Technical Qualifications',
        '',
        '1. Demonstrated experience leading wildland fire operations.',
        '2. Demonstrated knowledge of fuels management and prescribed fire.',
      ].join('\n'),
    );
    assert.deepEqual(
      p.tqs.map((t) => [t.label, t.text]),
      [
        ['PTQ 1', 'Demonstrated experience managing grants to tribal governments.'],
        ['MTQ 2', 'Expert knowledge of Federal appropriations law and fiscal controls.'],
        ['TQ 1', 'Demonstrated experience leading wildland fire operations.'],
        ['TQ 2', 'Demonstrated knowledge of fuels management and prescribed fire.'],
      ],
    );
  });

  test('duties and specialized experience are read as statements; lead-in lines are not', () => {
    const p = analyzePosting(
      [
        '# Supervisory Program Analyst',
        '',
        '## Duties',
        '',
        'As the supervisor, you will:',
        '',
        '- Lead program evaluations of grant portfolios across ten regions.',
        '- Direct a staff of analysts who review improper payment estimates.',
        '',
        '## Qualifications',
        '',
        'Specialized experience is experience evaluating federal grant programs with statistical sampling methods, equivalent to the GS-13 level.',
        '',
        '## How to Apply',
        '',
        'Apply online before the closing date.',
      ].join('\n'),
    );
    assert.deepEqual(p.duties.map((d) => d.text), ['Lead program evaluations of grant portfolios across ten regions.', 'Direct a staff of analysts who review improper payment estimates.']);
    assert.deepEqual(p.specializedExperience.map((d) => d.text), ['Specialized experience is experience evaluating federal grant programs with statistical sampling methods, equivalent to the GS-13 level.']);
    assert.ok(!p.keyTerms.some((t) => /apply|closing/i.test(t.term)));
  });

  test('HTML: scripts, styles and the head are dropped; headings, lists and references survive', () => {
    const html = '<html><head><title>x</title><style>p{}</style></head><body><script>var a = "<p>";</script><h2>Duties &amp; Scope</h2><ol><li>Leads&nbsp;reviews</li><li>Signs</li></ol><p>Done &#8212; &#x2019;ok&rsquo;</p></body></html>';
    const { text, toSource } = htmlToText(html);
    assert.equal(text, "## Duties & Scope\n\n1. Leads reviews\n\n2. Signs\n\nDone — ’ok’");
    const at = text.indexOf('Signs');
    assert.equal(html.slice(toSource(at), toSource(at) + 5), 'Signs');
  });

  test('bad input never throws: empty, binary-like, huge', () => {
    assert.equal(analyzePosting('').tqs.length, 0);
    analyzePosting('\u0000\u0001<<<>>>&&&;;;'.repeat(100), { format: 'html' });
    const big = '## Duties\n\n' + '- Directs the acquisition workforce and the Federal Acquisition Regulation program.\n'.repeat(20000);
    // No time bound here (a loaded machine would fail one by accident): it must finish, and
    // find the duties, within the test's timeout.
    assert.ok(analyzePosting(big).duties.length > 0);
  });
});

suite('posting: TQs as real announcements write them', () => {
  const tqsOf = (text: string, path = 'job.posting.txt'): string[][] => analyzePosting(text, { path }).tqs.map((t) => [t.label, t.text]);

  test('"TQ-1" labels on lines of a paragraph, after an inline section name', () => {
    const text = [
      'Technical Qualifications: Technical qualifications are experience that equips the applicant. The required technical qualifications are the following:',
      'TQ-1 Develops labor relations negotiation strategy based on legal and mission needs.',
      'TQ-2 Leads negotiations with labor organizations and ensures coordination among offices.',
      'Executive core qualifications (ECQs)',
      'Leading Change: the ability to bring about strategic change.',
    ].join('\n');
    assert.deepEqual(tqsOf(text), [
      ['TQ 1', 'Develops labor relations negotiation strategy based on legal and mission needs.'],
      ['TQ 2', 'Leads negotiations with labor organizations and ensures coordination among offices.'],
    ]);
  });

  test('labels inside one paragraph; a closing sentence about the application is not part of the last TQ', () => {
    const text =
      'Qualifications: The application process is RESUME-ONLY. Applicants must show the MTQs in their resume. MTQ 1: Demonstrated experience with statutes bearing on national security. MTQ 2: Demonstrated experience in administrative law. Only experience obtained by the closing date of this announcement will be considered!\n';
    assert.deepEqual(tqsOf(text), [
      ['MTQ 1', 'Demonstrated experience with statutes bearing on national security.'],
      ['MTQ 2', 'Demonstrated experience in administrative law.'],
    ]);
  });

  test('a numbered list under a plain-text outline heading, among instructions that are never TQs', () => {
    const text = [
      'B. Mandatory Technical Qualifications (MTQ):',
      'All applicants must address each of the MTQs in order to receive consideration for this position.',
      '- You must address the MTQs separately (as a separate document).',
      '- After preparing your MTQs, please upload them in the document upload section.',
      'For this position ALL applicants must address each of the following MTQs:',
      '1) Demonstrated results in analyzing and resolving complex program operation problems.',
      '2) Expert knowledge of consular operations and',
      'passport adjudication policy.',
    ].join('\n');
    assert.deepEqual(tqsOf(text), [
      ['MTQ 1', 'Demonstrated results in analyzing and resolving complex program operation problems.'],
      ['MTQ 2', 'Expert knowledge of consular operations and passport adjudication policy.'],
    ]);
  });

  test('bare lines under a heading when a browser copy lost the bullets; competencies and professional TQs are named as such', () => {
    const competencies = ['Mandatory Technical Competencies (MTC)', '', 'Expert knowledge of wildland fire operations and fuels management.', 'Demonstrated ability to lead interagency incident management teams.', '', 'How You Will Be Evaluated', 'You will be evaluated on your resume.'].join('\n');
    assert.deepEqual(tqsOf(competencies), [
      ['MTC 1', 'Expert knowledge of wildland fire operations and fuels management.'],
      ['MTC 2', 'Demonstrated ability to lead interagency incident management teams.'],
    ]);
    const professional = '**Professional Technical Qualifications**\n\n- Describe your experience directing a national grants program.\n- Describe your knowledge of the Uniform Guidance, 2 CFR 200.\n';
    assert.deepEqual(tqsOf(professional, 'job.posting.md').map((t) => t[0]), ['PTQ 1', 'PTQ 2']);
  });

  test('a lead-in that names the TQs opens the list; sub-items a colon announces belong to their TQ', () => {
    const text = [
      'Your resume should clearly demonstrate your experience related to the two TQs below:',
      '1. Experience managing a complex land management program, including:',
      '   - strategic planning;',
      '   - law enforcement and emergency services.',
      '2. Experience establishing partnerships related to land management operations.',
      'Your two-page resume should also show the ECQs.',
    ].join('\n');
    assert.deepEqual(tqsOf(text), [
      ['TQ 1', 'Experience managing a complex land management program, including: strategic planning; law enforcement and emergency services.'],
      ['TQ 2', 'Experience establishing partnerships related to land management operations.'],
    ]);
  });

  test('references to TQs in a sentence are not TQs; a TQ cut off where an excerpt leaves text out is dropped', () => {
    assert.deepEqual(tqsOf('Qualifications\nApplicants must address TQ 1 and TQ 2 in a narrative of two pages.\n'), []);
    assert.deepEqual(tqsOf('Technical Qualifications\nTQ 1: Demonstrated knowledge of Federal budget execution.\nTQ 2: Demonstrated experience developing and i\n[…]\n').map((t) => t[0]), ['TQ 1']);
  });

  test('with no heading at all, a numbered list of qualifications is the TQ list; a list of duties is not', () => {
    assert.deepEqual(tqsOf('[…]\n1. Demonstrated ability in general management of research programs.\n\n2. Knowledge of the Federal budget and financial processes.\n').map((t) => t[0]), ['TQ 1', 'TQ 2']);
    assert.deepEqual(tqsOf('Duties\n1. Demonstrated leadership of the division.\n2. Knowledge sharing with partners.\n'), []);
  });

  test('a sentence run on into application boilerplate keeps its own terms', () => {
    // A copy that lost the full stop before the boilerplate: the duties before it still count.
    const p = analyzePosting('Chief Security Officer\nDepartment of Homeland Security\n\nSummary\n\nThe office exercises authority over personnel security, physical security and identity management Candidates should be committed to improving the efficiency of the Federal government.\n', { path: 'job.posting.txt' });
    const terms = p.keyTerms.slice(0, 20).map((t) => t.term.toLowerCase());
    assert.ok(terms.includes('identity management'), terms.join(', '));
    assert.ok(!terms.some((t) => t.includes('efficiency')), terms.join(', '));
  });

  test('a TQ a copy moved away from its heading: a paragraph of its own worded as a TQ, in an announcement that speaks of TQs', () => {
    const moved = 'Director, Office of Real Estate Services\n\nCONDITIONS OF EMPLOYMENT: If selected, you will be required to:\n\nComplete a one-year SES probationary period.\n\nDemonstrated knowledge of surface transportation laws, the Uniform Act and the Right-of-Way Program.\n\nYou must show how your experience supports each of the Technical Qualifications (TQs) listed below.\n';
    assert.deepEqual(tqsOf(moved), [['TQ 1', 'Demonstrated knowledge of surface transportation laws, the Uniform Act and the Right-of-Way Program.']]);
    // Without any mention of TQs it is only a sentence; in duties it is a duty.
    assert.deepEqual(tqsOf(moved.replace('Technical Qualifications (TQs)', 'requirements')), []);
    assert.deepEqual(tqsOf('Duties\n\nDemonstrated knowledge of payment systems is used daily.\n\nThe TQs are rated separately.\n'), []);
  });

  test('an announcement without TQs is still read: title, agency and key terms', () => {
    const p = analyzePosting('Deputy Director, Office of Grants\nDepartment of Education\n\nSummary\n\nThe Deputy Director manages discretionary grant competitions, monitoring of grantees and single audit resolution for 40 programs.\n', { path: 'job.posting.txt' });
    assert.equal(p.tqs.length, 0);
    assert.equal(p.title?.text, 'Deputy Director, Office of Grants');
    assert.equal(p.agency?.text, 'Department of Education');
    assert.ok(p.keyTerms.length > 3);
  });
});

suite('posting: title and agency in real layouts', () => {
  const header = (text: string): [string | undefined, string | undefined] => {
    const p = analyzePosting(text, { path: 'job.posting.txt' });
    return [p.title?.text, p.agency?.text];
  };

  test('a job board header: "… Job in City, ST" and "Vacancy No. … Department …"', () => {
    assert.deepEqual(header('Chief Labor Relations Officer Job in Washington, DC\n\nVacancy No. CAO-25-IMP-1 Department Government Accountability Office\nSalary $150,160.00 to $220,837.00\n\nSummary\n\nText.'), ['Chief Labor Relations Officer', 'Government Accountability Office']);
  });

  test('a USAJOBS page copied from the browser: navigation, then title, department and agency', () => {
    const text = ['Skip to main content', 'U.S. flag', 'An official website of the United States government', "Here's how you know", 'Back to results', '', 'Director, Eastern Federal Lands Highway Division', '', 'Department of Transportation', 'Federal Highway Administration', 'This job announcement has closed', '', 'Summary', '', 'The Director oversees a staff of 275.'].join('\n');
    assert.deepEqual(header(text), ['Director, Eastern Federal Lands Highway Division', 'Department of Transportation']);
  });

  test('template placeholders, control numbers and fields are never the title; field labels are read', () => {
    assert.deepEqual(header('{{ page.state }}\nControl number: 845392100\nJob opening: Deputy General Counsel for Litigation\nCompany: Federal Trade Commission\n\nDuties\n\nText.')[0], 'Deputy General Counsel for Litigation');
    assert.deepEqual(header('Full-Time State Director\n\nU.S. Department of the Interior – Posted by someone@example.gov Sacramento, California\n\nDuties\n\nText.'), ['State Director', 'Department of the Interior']);
  });

  test('a header line the text never mentions again gives way to the position the prose names', () => {
    // A job board's sidebar listing copied above the announcement.
    const sidebar = 'DATA ANALYST (INFOSEC)\nNational Weather Service\nPosted: March 3, 2026\n\nThe Deputy Chief Information Officer (DCIO) position is located in the U.S. Department of Commerce (DOC), Office of the Secretary. The DCIO leads enterprise infrastructure and cloud operations.\n';
    assert.deepEqual(header(sidebar), ['Deputy Chief Information Officer', 'Department of Commerce']);
    // A title the text repeats stays, even when the prose names a position.
    const repeated = 'Regional Administrator\nEnvironmental Protection Agency\n\nThe Regional Administrator is located in Denver and leads Region 8. The Regional Administrator reports to the Administrator.\n';
    assert.deepEqual(header(repeated), ['Regional Administrator', 'Environmental Protection Agency']);
  });

  test('"The Deputy Director serves in…": the position a summary names as it places it', () => {
    const fields = 'Department: Department of Energy\nLocation(s): Washington, District of Columbia\nJob Summary: The Office of Science funds research at 17 laboratories. The Deputy Director serves in the Office of the Director and leads its budget.\n';
    assert.deepEqual(header(fields), ['Deputy Director', 'Department of Energy']);
  });

  test('a title starting like a field name is still a title; an agency named like a boilerplate heading is still the agency', () => {
    const copy = ['Skip to main content', 'Back to results', '', 'Departmental Budget Director', '', 'Social Security Administration', 'Office of Budget', '', 'Summary', '', 'The Director leads budget formulation for 40 bureaus.'].join('\n');
    assert.deepEqual(header(copy), ['Departmental Budget Director', 'Social Security Administration']);
  });

  test('prose that opens with the title, or says where the position is, gives title and agency', () => {
    assert.deepEqual(header('Created at: May 2, 2025\nCompany: Administrative Office of the U.S. Courts\nJob Description:\nThe Deputy Chief position is in the Administrative Office of the U.S. Courts (AO), Court Services Office.\n'), ['Deputy Chief', 'Administrative Office of the U.S. Courts']);
    assert.deepEqual(header('Job Description:\nExecutive Director, Medical Disability Examination (MDE) Office (MDEO) serves as principal advisor on contract management.\n')[0], 'Executive Director, Medical Disability Examination (MDE) Office (MDEO)');
    // A department named further on, as a partner, is not the employer.
    const partner = 'Job opening: Deputy General Counsel\n\nThe Office of the General Counsel represents the Commission in court.\n' + 'It advises the Commissioners on their cases. '.repeat(12) + 'It works with the Department of Justice on appeals.\n';
    assert.deepEqual(header(partner), ['Deputy General Counsel', undefined]);
  });

  test('with no header at all, the title and the department come from the opening prose', () => {
    const flattened = 'The Office Director for the Office of Grants Policy (OGP) is located in Washington, DC. OGP sets the Department of Energy\'s financial assistance policy.\nSummary\nThe Office Director serves as the senior adviser on grants.\n';
    assert.deepEqual(header(flattened), ['Office Director', 'Department of Energy']);
    assert.deepEqual(header('The primary purpose of this position is to serve as the Deputy Comptroller, providing direction to 12 divisions.\n'), ['Deputy Comptroller', undefined]);
  });
});
