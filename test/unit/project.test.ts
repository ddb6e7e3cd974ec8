import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { PackageMember } from '../../server/src/core/package';
import { CrossFileMemo, crossFileFindings, withCrossFileFindings } from '../../server/src/core/project';
import { TODAY } from '../helpers/fixtures';

const ONE_ECQ = (n: number, name: string) => `## ECQ ${n}: ${name}\n\nIn 2024 I cut the backlog from 410 to 120 cases for 230 staff.\n`;

function member(path: string, text: string): PackageMember {
  return { path, document: analyze(text, { path, config: DEFAULT_CONFIG, today: TODAY }).document };
}

suite('project: findings across files', () => {
  const members = [member('drafts/1.ecq.md', ONE_ECQ(1, 'Commitment to the Rule of Law and the Principles of the American Founding')), member('drafts/2.ecq.md', ONE_ECQ(2, 'Driving Efficiency'))];

  test('a folder package\'s missing ECQs go on its first file, and computing them again gives the same', () => {
    const first = crossFileFindings({ members, config: DEFAULT_CONFIG }).findings;
    assert.deepEqual([...first.keys()], ['drafts/1.ecq.md']);
    assert.deepEqual(first.get('drafts/1.ecq.md')!.map((f) => f.ruleId), ['ecq.missing', 'ecq.missing', 'ecq.missing']);
    assert.deepEqual(crossFileFindings({ members, config: DEFAULT_CONFIG }).findings, first);
  });

  test('combining a file\'s findings with the cross-file ones makes a new list and leaves both inputs alone', () => {
    const own = analyze('## ECQ 1: Driving Efficiency\n\nI was responsible for it.\n', { config: DEFAULT_CONFIG, today: TODAY }).findings;
    const ownBefore = [...own];
    const crossFile = crossFileFindings({ members, config: DEFAULT_CONFIG }).findings.get('drafts/1.ecq.md')!;
    const once = withCrossFileFindings(own, crossFile);
    const twice = withCrossFileFindings(own, crossFile);
    assert.equal(once.length, own.length + crossFile.length);
    assert.deepEqual(twice, once);
    assert.deepEqual(own, ownBefore);
    // Cross-file findings sit at the top of a draft: first at the same offset.
    assert.equal(once[0], crossFile[0]);
    assert.equal(withCrossFileFindings(own, []), own);
  });

  test('the memo gives the same result while the members are the same versions, a new one after an edit', () => {
    const memo = new CrossFileMemo();
    const a = memo.get({ members, config: DEFAULT_CONFIG });
    assert.equal(memo.get({ members: [...members], config: DEFAULT_CONFIG }), a);
    const edited = [members[0]!, member('drafts/2.ecq.md', ONE_ECQ(3, 'Merit and Competence'))];
    const b = memo.get({ members: edited, config: DEFAULT_CONFIG });
    assert.notEqual(b, a);
    // ECQ 3 replaced ECQ 2: Driving Efficiency is now missing, Merit and Competence is not.
    assert.deepEqual(b.findings.get('drafts/1.ecq.md')!.map((f) => f.data?.['ecq']), ['2025.driving-efficiency', '2025.leading-people', '2025.achieving-results']);
  });
});
