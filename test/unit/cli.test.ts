import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { runCli } from '../../server/src/cli/main';
import { tempDir } from '../helpers/tempDir';
import { RULE_IDS } from '../../server/src/core/rules/types';

const repoRoot = path.resolve(__dirname, '../../..');

function run(args: string[], cwd: string): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, { out: (t) => (out += t), err: (t) => (err += t), cwd, now: () => new Date(Date.UTC(2026, 10, 22)) });
  return { code, out, err };
}

const DRAFT = [
  '## ECQ 1: Driving Efficiency',
  '',
  'In 2023 the office took 147 days to issue awards, and 14 review steps slowed 410 staff.',
  '',
  'I was responsible for cutting the steps. We moved the rest into one system.',
  '',
  'Award time fell from 147 to 84 days.',
  '',
].join('\n');

suite('ecq lint: formats', () => {
  test('text: path:line:col severity message [rule], then a summary', () => {
    const t = tempDir({ 'a.ecq.md': DRAFT });
    try {
      const r = run(['lint', 'a.ecq.md'], t.dir);
      assert.equal(r.code, 0);
      const lines = r.out.trim().split('\n');
      assert.match(lines[0]!, /^a\.ecq\.md:5:3 warning Weak phrase "was responsible for": .* \[phrase\.weak\]$/);
      assert.match(lines[1]!, /^a\.ecq\.md:5:\d+ warning .* \[voice\.we\]$/);
      assert.match(lines[lines.length - 1]!, /^2 problems \(0 errors, 2 warnings, 0 info\) in 1 file of 1 checked\.$/);
    } finally {
      t.dispose();
    }
  });

  test('text: hints are listed but counted apart, as the Problems panel leaves them out', () => {
    const t = tempDir({ 'a.ecq.md': DRAFT, 'ecq.config.json': '{ "rules": { "voice.we": "hint" } }' });
    try {
      const r = run(['lint', 'a.ecq.md'], t.dir);
      const lines = r.out.trim().split('\n');
      assert.ok(lines.some((l) => / hint .*\[voice\.we\]$/.test(l)), r.out);
      assert.match(lines[lines.length - 1]!, /^1 problem \(0 errors, 1 warning, 0 info\) in 1 file of 1 checked\. 1 hint besides\.$/);
    } finally {
      t.dispose();
    }
  });

  test('json: the documented shape, 1-based positions', () => {
    const t = tempDir({ 'a.ecq.md': DRAFT });
    try {
      const r = run(['lint', '--format', 'json', 'a.ecq.md'], t.dir);
      const json = JSON.parse(r.out) as { version: number; files: { path: string; kind: string; ecqSet: string; findings: Record<string, unknown>[] }[] };
      assert.equal(json.version, 1);
      assert.equal(json.files[0]!.path, 'a.ecq.md');
      assert.equal(json.files[0]!.kind, 'ecq');
      assert.equal(json.files[0]!.ecqSet, '2025');
      const f = json.files[0]!.findings[0]!;
      assert.deepEqual(
        { rule: f['rule'], severity: f['severity'], line: f['line'], column: f['column'], endLine: f['endLine'], endColumn: f['endColumn'] },
        { rule: 'phrase.weak', severity: 'warning', line: 5, column: 3, endLine: 5, endColumn: 22 },
      );
      assert.equal(typeof f['message'], 'string');
    } finally {
      t.dispose();
    }
  });

  test('sarif: validates against the official SARIF 2.1.0 schema, and its references agree', () => {
    const t = tempDir({ 'drafts/a.ecq.md': DRAFT, 'drafts/b.tq.md': '# TQ 1: Cloud\n\nWe utilized numerous tools.\n' });
    try {
      const r = run(['lint', '--format', 'sarif', 'drafts'], t.dir);
      const log = JSON.parse(r.out) as SarifLog;
      // The schema is kept in the repository (test/fixtures/sarif/README.md): pure JavaScript, every platform.
      const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'test/fixtures/sarif/sarif-2.1.0.json'), 'utf8')) as object;
      const ajv = new Ajv2020({ allErrors: true, strict: false });
      addFormats(ajv);
      const validate = ajv.compile(schema);
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
      assert.deepEqual(log.runs[0]!.tool.driver.rules.map((x) => x.id), [...RULE_IDS]);
      assert.ok(log.runs[0]!.results.length >= 4);
      assert.deepEqual(sarifReferenceProblems(log), []);
    } finally {
      t.dispose();
    }
  });

  test('sarif: the reference check catches what the schema cannot', () => {
    const t = tempDir({ 'a.ecq.md': DRAFT });
    try {
      const log = JSON.parse(run(['lint', '--format', 'sarif', 'a.ecq.md'], t.dir).out) as SarifLog;
      const result = log.runs[0]!.results[0]!;
      result.ruleIndex = result.ruleIndex + 1;
      result.locations[0]!.physicalLocation.region.startLine = 0;
      assert.equal(sarifReferenceProblems(log).length, 2);
    } finally {
      t.dispose();
    }
  });

  test('sarif: passes Microsoft\'s SARIF validator, where a contributor has it (ECQ_SARIF_MULTITOOL=path/to/Sarif.Multitool)', function () {
    const tool = process.env['ECQ_SARIF_MULTITOOL'];
    if (!tool || !fs.existsSync(tool)) this.skip();
    this.timeout(120000);
    const t = tempDir({ 'a.ecq.md': DRAFT });
    try {
      fs.writeFileSync(t.file('out.sarif'), run(['lint', '--format', 'sarif', 'a.ecq.md'], t.dir).out);
      const result = spawnSync(tool, ['validate', t.file('out.sarif'), '--output', t.file('validation.sarif')], { encoding: 'utf8', env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' } });
      const report = JSON.parse(fs.readFileSync(t.file('validation.sarif'), 'utf8')) as { runs: { results?: { level?: string; message: { text?: string; id?: string }; ruleId: string }[] }[] };
      const errors = (report.runs[0]!.results ?? []).filter((x) => x.level === 'error');
      assert.deepEqual(errors, [], result.stdout);
    } finally {
      t.dispose();
    }
  });
});

interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string }[] } };
    artifacts?: { location: { uri: string } }[];
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; index?: number }; region: { startLine: number; startColumn?: number; endLine?: number; endColumn?: number } } }[];
    }[];
  }[];
}

/**
 * What SARIF 2.1.0 requires beyond its schema (§3.27.5–6, §3.30), as consumers such as
 * GitHub code scanning rely on it: a result's ruleIndex names the rule of its ruleId, an
 * artifact index points at an artifact with the same URI, and regions are 1-based and ordered.
 */
function sarifReferenceProblems(log: SarifLog): string[] {
  const problems: string[] = [];
  for (const [r, sarifRun] of log.runs.entries()) {
    const rules = sarifRun.tool.driver.rules;
    for (const [i, result] of sarifRun.results.entries()) {
      const at = `runs[${r}].results[${i}]`;
      if (rules[result.ruleIndex]?.id !== result.ruleId) problems.push(`${at}: ruleIndex ${result.ruleIndex} is not ${result.ruleId}`);
      for (const { physicalLocation: { artifactLocation, region } } of result.locations) {
        if (artifactLocation.index !== undefined && sarifRun.artifacts?.[artifactLocation.index]?.location.uri !== artifactLocation.uri) problems.push(`${at}: artifact index ${artifactLocation.index} is not ${artifactLocation.uri}`);
        if (!(region.startLine >= 1) || (region.startColumn ?? 1) < 1) problems.push(`${at}: the region starts before line 1, column 1`);
        const endLine = region.endLine ?? region.startLine;
        if (endLine < region.startLine || (endLine === region.startLine && (region.endColumn ?? Infinity) < (region.startColumn ?? 1))) problems.push(`${at}: the region ends before it starts`);
      }
    }
  }
  return problems;
}

suite('ecq lint: exit codes and bad input', () => {
  test('0 without errors, 1 with an error finding, 2 for bad usage', () => {
    const t = tempDir({ 'a.ecq.md': DRAFT, 'ecq.config.json': '{}' });
    try {
      assert.equal(run(['lint', 'a.ecq.md'], t.dir).code, 0);
      fs.writeFileSync(t.file('ecq.config.json'), JSON.stringify({ rules: { 'phrase.weak': 'error' } }));
      assert.equal(run(['lint', 'a.ecq.md'], t.dir).code, 1);
      for (const args of [['lint'], ['lint', '--format', 'xml', 'a.ecq.md'], ['lint', '--today', '2026-02-30', 'a.ecq.md'], ['lint', '--kind', 'memo', 'a.ecq.md'], ['lint', '--bogus', 'a.ecq.md'], ['frobnicate'], []]) {
        const r = run(args, t.dir);
        assert.equal(r.code, 2, args.join(' '));
        assert.match(r.err + r.out, /Usage:/, args.join(' '));
      }
    } finally {
      t.dispose();
    }
  });

  test('"--" ends the options; an option with "=" and nothing after it is a usage error, not a default', () => {
    const t = tempDir({ '-dash.ecq.md': DRAFT, 'a.ecq.md': DRAFT });
    try {
      const dashed = run(['lint', '--', '-dash.ecq.md'], t.dir);
      assert.equal(dashed.code, 0, dashed.err);
      assert.match(dashed.out, /^-dash\.ecq\.md:5:3 /m);
      for (const args of [['report', '--out=', 'a.ecq.md'], ['lint', '--config=', 'a.ecq.md'], ['report', '--force=yes', 'a.ecq.md']]) {
        const r = run(args, t.dir);
        assert.equal(r.code, 2, args.join(' '));
        assert.equal(r.out, '', `${args.join(' ')} wrote to standard output`);
        assert.match(r.err, /needs a value after "="|takes no value/, args.join(' '));
      }
    } finally {
      t.dispose();
    }
  });

  test('a newline in a file name is written as an escape, so each finding stays one path:line:col line', () => {
    const t = tempDir({ 'two\nlines.ecq.md': DRAFT });
    try {
      const r = run(['lint', '.'], t.dir);
      const findings = r.out.trim().split('\n').slice(0, -1);
      assert.ok(findings.length >= 2, r.out);
      for (const line of findings) assert.match(line, /^two\\nlines\.ecq\.md:\d+:\d+ (?:warning|error|info|hint) /);
    } finally {
      t.dispose();
    }
  });

  test('unreadable input: a clear message naming the file, exit 2, the other files still checked', () => {
    const invalidUtf8 = Buffer.concat([Buffer.from('## ECQ 1: Leading Change\n\nI said \u201c'), Buffer.from([0x93, 0x94]), Buffer.from(' here.\n')]);
    const t = tempDir({ 'bin.ecq.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]), 'cp1252.ecq.md': invalidUtf8, 'ok.ecq.md': DRAFT });
    try {
      const r = run(['lint', '--format', 'json', 'bin.ecq.md', 'cp1252.ecq.md', 'ok.ecq.md', 'missing.ecq.md'], t.dir);
      assert.equal(r.code, 2);
      assert.match(r.err, /bin\.ecq\.md: this is a binary file/);
      assert.match(r.err, /cp1252\.ecq\.md: not valid UTF-8: byte 0x93 at offset \d+ \(line 3\)\. .*save it as UTF-8/);
      assert.match(r.err, /missing\.ecq\.md: no such file or folder/);
      assert.equal((JSON.parse(r.out) as { files: unknown[] }).files.length, 1);
    } finally {
      t.dispose();
    }
  });

  test('an empty file is reported as empty, not as an error', () => {
    const t = tempDir({ 'empty.ecq.md': '' });
    try {
      const r = run(['lint', 'empty.ecq.md'], t.dir);
      assert.equal(r.code, 0);
      assert.match(r.err, /empty\.ecq\.md: the file is empty/);
    } finally {
      t.dispose();
    }
  });

  test('a folder with no drafts', () => {
    const t = tempDir({ 'notes/readme.md': 'Just notes.', 'empty/.keep': '' });
    try {
      const r1 = run(['lint', 'empty'], t.dir);
      assert.equal(r1.code, 2);
      assert.match(r1.err, /empty: no drafts found/);
      const r2 = run(['lint', 'notes'], t.dir);
      assert.equal(r2.code, 2);
      assert.match(r2.err, /no drafts found among 1 file/);
    } finally {
      t.dispose();
    }
  });

  test('a config with wrong types: named problems on stderr, the run goes on with defaults', () => {
    const t = tempDir({ 'a.ecq.md': DRAFT, 'ecq.config.json': '{ "recencyYears": "ten", "rules": { "phrase.weak": 3 }, }' });
    try {
      const r = run(['lint', 'a.ecq.md'], t.dir);
      assert.equal(r.code, 0);
      assert.match(r.err, /ecq\.config\.json: "recencyYears" must be a whole number of years from 1 to 100, not the string "ten"; using the default/);
      assert.match(r.err, /ecq\.config\.json: "rules\.phrase\.weak" must be one of/);
      assert.match(r.out, /\[phrase\.weak\]/);
    } finally {
      t.dispose();
    }
  });

  test('a config that is not JSON: the line and column of the problem', () => {
    const t = tempDir({ 'a.ecq.md': DRAFT, 'ecq.config.json': '{\n  "ecqSet": 2025\n  "x": 1\n}' });
    try {
      const r = run(['lint', 'a.ecq.md'], t.dir);
      assert.equal(r.code, 0);
      assert.match(r.err, /ecq\.config\.json:3:3: invalid JSON: CommaExpected; using the defaults/);
    } finally {
      t.dispose();
    }
  });

  test('a 10 MB draft is checked to the end', function () {
    this.timeout(60000);
    const paragraph = 'In 2023 I was responsible for numerous offices, and we cut costs by $4.3 million (12 percent) for the Widget Program Office (WPO) and the WPO staff. ';
    const big = `## ECQ 1: Leading Change\n\n${Array.from({ length: 20000 }, (_, i) => (i % 5 === 4 ? paragraph + '\n\n' : paragraph)).join('')}`;
    assert.ok(big.length > 10 * 1024 * 1024 / 4);
    const text = big.repeat(Math.ceil((10 * 1024 * 1024) / big.length)).slice(0, 10 * 1024 * 1024);
    const t = tempDir({ 'big.ecq.md': text });
    try {
      const start = Date.now();
      const r = run(['lint', '--format', 'json', 'big.ecq.md'], t.dir);
      const seconds = (Date.now() - start) / 1000;
      assert.notEqual(r.code, 2, r.err);
      assert.ok((JSON.parse(r.out) as { files: { findings: unknown[] }[] }).files[0]!.findings.length > 1000);
      // Printed, not asserted: a loaded machine would fail a time bound by accident. The
      // mocha timeout above still ends a run that hangs.
      console.log(`      10 MB draft: ${seconds.toFixed(1)} s`);
    } finally {
      t.dispose();
    }
  });

  test('--today fixes the date recency is judged against', () => {
    const t = tempDir({ 'a.ecq.md': '## ECQ 1: Leading Change\n\nIn 2014 I cut award time from 312 to 171 days for 210 staff.\n\nAward time fell 45 percent.\n' });
    try {
      assert.match(run(['lint', '--today', '2026-11-22', 'a.ecq.md'], t.dir).out, /recency\.stale/);
      assert.doesNotMatch(run(['lint', '--today', '2022-01-01', 'a.ecq.md'], t.dir).out, /recency\.stale/);
    } finally {
      t.dispose();
    }
  });

  test('--kind overrides detection; a folder of one-ECQ files is one package', () => {
    const t = tempDir({
      'pkg/1-rule-of-law.ecq.md': '## ECQ 1: Commitment to the Rule of Law\n\nText one.\n',
      'pkg/2-efficiency.ecq.md': '## ECQ 2: Driving Efficiency\n\nText two.\n',
    });
    try {
      const r = run(['lint', '--format', 'json', 'pkg'], t.dir);
      const json = JSON.parse(r.out) as { files: { path: string; findings: { rule: string; message: string }[] }[] };
      const missing = json.files[0]!.findings.filter((f) => f.rule === 'ecq.missing');
      assert.equal(missing.length, 3);
      assert.match(missing[0]!.message, /Merit and Competence/);
      const asTq = JSON.parse(run(['lint', '--format', 'json', '--kind', 'tq', 'pkg/2-efficiency.ecq.md'], t.dir).out) as { files: { kind: string }[] };
      assert.equal(asTq.files[0]!.kind, 'tq');
    } finally {
      t.dispose();
    }
  });

  test('ecq rules lists every rule with its docs page', () => {
    const r = run(['rules'], repoRoot);
    assert.equal(r.code, 0);
    for (const id of RULE_IDS) assert.match(r.out, new RegExp(`${id.replace('.', '\\.')} .*\\n\\s+docs/rules/${id.replace('.', '\\.')}\\.md`));
  });

  test('the bundled command runs as a real process', function () {
    const bin = path.join(repoRoot, 'dist/ecq.js');
    if (!fs.existsSync(bin)) this.skip();
    const out = execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    assert.match(out, /^\d+\.\d+\.\d+\n$/);
  });

  test('a reader that stops early ends the command quietly, not with an EPIPE crash', function () {
    this.timeout(30_000);
    const bin = path.join(repoRoot, 'dist/ecq.js');
    if (!fs.existsSync(bin)) this.skip();
    // Far more output than a pipe holds, so the command is still writing when head exits.
    const t = tempDir({ 'big.ecq.md': `## ECQ 1: Leading Change\n\n${'I was responsible for numerous programs and we utilized many resources. '.repeat(20)}\n\n`.repeat(300) });
    try {
      const r = spawnSync('bash', ['-o', 'pipefail', '-c', `"${process.execPath}" "${bin}" lint --format json big.ecq.md | head -c 20`], { cwd: t.dir, encoding: 'utf8' });
      assert.equal(r.stdout, '{"version":1,"files"');
      assert.equal(r.stderr, '');
      // The exit code is the lint result's (1: the oversized package is an error), as without the pipe.
      const whole = spawnSync(process.execPath, [bin, 'lint', '--format', 'json', 'big.ecq.md'], { cwd: t.dir, encoding: 'utf8', maxBuffer: 1 << 28 });
      assert.equal(whole.status, 1);
      assert.equal(r.status, whole.status);
    } finally {
      t.dispose();
    }
  });
});

const POSTING = fs.readFileSync(path.join(repoRoot, 'test/fixtures/postings/corpus/va-infrastructure-modernization.posting.md'), 'utf8');
const MTQ1_NARRATIVE = '# MTQ 1\n\nIn 2023 I led the modernization of mission-critical legacy systems and the migration of 140 applications to a commercial cloud, with no outage for end users.\n';
const LEGACY_ECQ = '## ECQ 1: Leading Change\n\nIn 2023 I cut award time 45 percent for 210 staff.\n\n## ECQ 4: Business Acumen\n\nI absorbed a $3.2 million cut.\n';

suite('ecq posting, ecq compare, lint with a posting', () => {
  test('ecq posting --format json: the documented shape, key terms best first', () => {
    const t = tempDir({ 'job.posting.md': POSTING });
    try {
      const r = run(['posting', '--format', 'json', 'job.posting.md'], t.dir);
      assert.equal(r.code, 0, r.err);
      const json = JSON.parse(r.out) as { version: number; title: string; ecqSet: string; tqs: { label: string; text: string }[]; keyTerms: { term: string; score: number }[] };
      assert.equal(json.version, 1);
      assert.equal(json.title, 'Executive Director, Infrastructure Modernization and Cloud Operations');
      assert.equal(json.ecqSet, '2025');
      assert.deepEqual(json.tqs.map((x) => x.label), ['MTQ 1', 'MTQ 2', 'MTQ 3']);
      assert.ok(json.keyTerms.length >= 20);
      for (let i = 1; i < json.keyTerms.length; i++) assert.ok(json.keyTerms[i - 1]!.score >= json.keyTerms[i]!.score);
      assert.ok(json.keyTerms.every((k) => typeof k.term === 'string' && k.score > 0 && k.score <= 1));
    } finally {
      t.dispose();
    }
  });

  test('ecq posting: bad input is a clear error, exit 2', () => {
    const t = tempDir({ 'empty.posting.md': '', 'recipe.posting.md': 'Mix.' });
    try {
      assert.equal(run(['posting'], t.dir).code, 2);
      const empty = run(['posting', 'empty.posting.md'], t.dir);
      assert.equal(empty.code, 2);
      assert.match(empty.err, /empty\.posting\.md: the posting is empty/);
      const missing = run(['posting', 'nope.posting.md'], t.dir);
      assert.match(missing.err, /nope\.posting\.md: no such file/);
      assert.match(run(['posting', 'recipe.posting.md'], t.dir).err, /is this a job posting\?/);
    } finally {
      t.dispose();
    }
  });

  test('ecq compare --format json: TQ and key-term coverage with the places of each use', () => {
    const t = tempDir({ 'job.posting.md': POSTING, 'drafts/mtq1.tq.md': MTQ1_NARRATIVE });
    try {
      const r = run(['compare', '--format', 'json', 'job.posting.md', 'drafts'], t.dir);
      assert.equal(r.code, 0, r.err);
      const json = JSON.parse(r.out) as {
        version: number;
        drafts: string[];
        coverage: { overall: number; tqs: number; keyTerms: number };
        tqs: { label: string; addressed: boolean; byHeading: string | null; score: number }[];
        keyTerms: { term: string; covered: boolean; uses: { path: string; line: number; column: number }[] }[];
      };
      assert.equal(json.version, 1);
      assert.deepEqual(json.drafts, [path.join('drafts', 'mtq1.tq.md')]);
      assert.deepEqual(json.tqs.map((x) => [x.label, x.addressed]), [['MTQ 1', true], ['MTQ 2', false], ['MTQ 3', false]]);
      assert.equal(json.tqs[0]!.byHeading, path.join('drafts', 'mtq1.tq.md'));
      const cloud = json.keyTerms.find((k) => k.term === 'commercial cloud')!;
      assert.deepEqual(cloud.uses, [{ path: path.join('drafts', 'mtq1.tq.md'), line: 3, column: 111, endLine: 3, endColumn: 127 }]);
      assert.ok(json.keyTerms.some((k) => !k.covered));
      assert.ok(json.coverage.overall > 0 && json.coverage.overall < 1);
    } finally {
      t.dispose();
    }
  });

  test('ecq compare: text lists each TQ with its coverage and the key terms, missing first', () => {
    const t = tempDir({ 'job.posting.md': POSTING, 'mtq1.tq.md': MTQ1_NARRATIVE });
    try {
      const r = run(['compare', 'job.posting.md', 'mtq1.tq.md'], t.dir);
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /^Posting: Executive Director, Infrastructure Modernization and Cloud Operations \(2025 ECQs\)$/m);
      assert.match(r.out, /^MTQ 2 +\d+% {2}NOT ADDRESSED$/m);
      const keyTerms = r.out.slice(r.out.indexOf('Key terms, missing first:'));
      assert.ok(keyTerms.indexOf('  missing ') < keyTerms.indexOf('  covered '));
      assert.equal(run(['compare', 'job.posting.md'], t.dir).code, 2);
    } finally {
      t.dispose();
    }
  });

  test('lint --posting, or the config\'s "posting": the posting rules join the others', () => {
    const t = tempDir({ 'job.posting.md': POSTING, 'drafts/package.ecq.md': LEGACY_ECQ, 'ecq.config.json': '{ "posting": "job.posting.md" }' });
    try {
      const explicit = run(['lint', '--format', 'json', '--posting', 'job.posting.md', 'drafts/package.ecq.md'], t.dir);
      const rules = (out: string) => (JSON.parse(out) as { files: { path: string; findings: { rule: string }[] }[] }).files.flatMap((f) => f.findings.map((x) => x.rule)).filter((x) => x.startsWith('posting.'));
      assert.deepEqual(rules(explicit.out), ['posting.tq-uncovered', 'posting.tq-uncovered', 'posting.tq-uncovered', 'posting.ecq-set-mismatch']);
      assert.equal(explicit.code, 1); // the set mismatch is an error
      // The config links the same posting; the posting file in the folder is not linted as a draft.
      const configured = run(['lint', '--format', 'json', '.'], t.dir);
      assert.deepEqual(rules(configured.out), rules(explicit.out));
      assert.ok(!(JSON.parse(configured.out) as { files: { path: string }[] }).files.some((f) => f.path.endsWith('job.posting.md')));
      // A posting that cannot be read: named on stderr, exit 2, the drafts still checked.
      const broken = run(['lint', '--posting', 'missing.posting.md', 'drafts'], t.dir);
      assert.equal(broken.code, 2);
      assert.match(broken.err, /missing\.posting\.md: no such file/);
      assert.match(broken.out, /problems? \(/);
    } finally {
      t.dispose();
    }
  });

  test('a config that names a missing posting says so', () => {
    const t = tempDir({ 'a.ecq.md': LEGACY_ECQ, 'ecq.config.json': '{ "posting": "gone.posting.md" }' });
    try {
      const r = run(['lint', 'a.ecq.md'], t.dir);
      assert.match(r.err, /ecq\.config\.json: the posting "gone\.posting\.md" does not exist/);
    } finally {
      t.dispose();
    }
  });
});
