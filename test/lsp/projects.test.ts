import * as assert from 'node:assert/strict';
import { serverOnFreshProject } from './harness';
import { ReadinessReportHtmlRequest, ReadinessReportRequest } from '@ecq-writer/protocol';

/** A workspace a coach keeps: two applicants side by side, and a third in a folder with its own config. */
const WORKSPACE = {
  'ecq.config.json': '{}',
  'okafor-2025.ecq.md': '---\nkind: ecq\napplicant: Adaeze N. Okafor\n---\n# ECQ 1: Commitment to the Rule of Law and the Principles of the American Founding\n\nIn 2024 I rewrote the grant rules of my office so that 40 programs followed the statute.\n',
  'brennan-legacy.ecq.txt': 'MARCUS T. BRENNAN\nEXECUTIVE CORE QUALIFICATIONS\n\nECQ 1: LEADING CHANGE\n\nIn 2019 we merged two regional offices.\n',
  'va/ecq.config.json': '{}',
  'va/ellison.resume.md': '# JORDAN A. ELLISON\n\nArlington, VA\n\n## Experience\n\n### Director, Cloud Operations\n06/2021 – Present\n\n- Cut hosting costs from $31 million to $12 million a year. [Driving Efficiency]\n',
  'va/ellison-2025.ecq.md': '---\nkind: ecq\napplicant: Jordan A. Ellison\n---\n# ECQ 2: Driving Efficiency\n\nIn 2023 I closed 11 data centers.\n',
};

suite('language server: a workspace of several applicants', () => {
  const live = serverOnFreshProject(WORKSPACE);
  const uriOf = live.uriOf;


  test('the report is the active draft\'s applicant\'s, names them, and counts nobody else\'s drafts', async () => {
    const okafor = await live.server.client.sendRequest(ReadinessReportRequest, { uri: uriOf('okafor-2025.ecq.md') });
    assert.ok(okafor.report, okafor.error);
    assert.deepEqual(okafor.report.files.map((f) => f.path), ['okafor-2025.ecq.md']);
    assert.equal(okafor.report.project?.applicant, 'Adaeze N. Okafor');
    assert.equal(okafor.report.project?.others, 1);
    assert.equal(okafor.report.set, '2025');

    const brennan = await live.server.client.sendRequest(ReadinessReportRequest, { uri: uriOf('brennan-legacy.ecq.txt') });
    assert.deepEqual(brennan.report?.files.map((f) => f.path), ['brennan-legacy.ecq.txt']);
    assert.equal(brennan.report?.project?.applicant, 'MARCUS T. BRENNAN');
    assert.equal(brennan.report?.set, 'legacy');
  });

  test('a folder with its own config is its own project, with its own report', async () => {
    const ellison = await live.server.client.sendRequest(ReadinessReportRequest, { uri: uriOf('va/ellison.resume.md') });
    assert.ok(ellison.report, ellison.error);
    assert.deepEqual(ellison.report.files.map((f) => f.path).sort(), ['ellison-2025.ecq.md', 'ellison.resume.md']);
    assert.match(ellison.report.project?.applicant ?? '', /^jordan a\. ellison$/i);
    assert.equal(ellison.report.project?.folder, 'va');
    assert.equal(ellison.report.project?.others, 0);
    assert.equal(ellison.root, live.uriOf('va'));
  });

  test('the server renders the report page with the links the client asks for', async () => {
    const page = await live.server.client.sendRequest(ReadinessReportHtmlRequest, { uri: uriOf('va/ellison.resume.md'), nonce: 'abcdefghijklmnopqrstuv', links: { kind: 'command', command: 'ecq.openLocation' } });
    assert.ok(page.report && page.html.startsWith('<!DOCTYPE html>'), page.error);
    const commands = [...page.html.matchAll(/href="command:ecq\.openLocation\?([^"]+)"/g)].map((m) => JSON.parse(decodeURIComponent(m[1]!.replace(/&quot;/g, '"'))) as [string, number, number]);
    assert.ok(commands.length > 0);
    assert.ok(commands.every(([uri, line, column]) => uri.startsWith(live.uriOf('va')) && line >= 0 && column >= 0), JSON.stringify(commands[0]));
    const saved = await live.server.client.sendRequest(ReadinessReportHtmlRequest, { uri: uriOf('va/ellison.resume.md'), nonce: 'abcdefghijklmnopqrstuv', links: { kind: 'relative', folder: live.project.file('exports') } });
    const hrefs = [...saved.html.matchAll(/<a class="place" href="([^"]+)"/g)].map((m) => m[1]!);
    assert.ok(hrefs.length > 0 && hrefs.every((h) => /^\.\.\/va\/ellison[-.\w]*\.md#L\d+$/.test(h)), hrefs.join(' '));
  });
});
