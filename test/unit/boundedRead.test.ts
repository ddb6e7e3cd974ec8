import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { decodeText, isInside, readTextFile, READ_LIMITS } from '../../server/src/node/boundedRead';
import { readDraft } from '../../server/src/node/files';
import { addVocabularyTerm, loadConfigFor } from '../../server/src/node/projectConfig';
import { tempDir } from '../helpers/tempDir';

/**
 * The bounded reader and each reproduction of issue 12 that reads workspace content: device
 * symlinks, named pipes, paths outside the project. Anything that could hang runs in a child
 * process with a timeout, so a regression fails the test instead of freezing the suite (a
 * blocked open() cannot be interrupted by mocha's own timeout).
 */

const repoRoot = path.resolve(__dirname, '../../..');
const cliBin = path.join(repoRoot, 'out/server/src/cli/bin.js');
/** Far beyond the second or so these take; a hang or a 16 GB allocation runs into it. */
const CHILD_TIMEOUT_MS = 15_000;
const isPosix = process.platform !== 'win32';

const DRAFT = ['## ECQ 1: Driving Efficiency', '', 'In 2023 the office took 147 days to issue awards. I cut the steps. Award time fell to 84 days.', ''].join('\n');

function mkfifo(file: string): void {
  execFileSync('mkfifo', [file]);
}

/** Runs the CLI as a real process: a regression to a blocking read times out here. */
function cli(args: string[], cwd: string): { status: number | null; stderr: string; stdout: string } {
  const r = spawnSync(process.execPath, [cliBin, ...args], { cwd, encoding: 'utf8', timeout: CHILD_TIMEOUT_MS, maxBuffer: 1 << 24 });
  assert.equal(r.error, undefined, `the CLI did not finish: ${String(r.error)}`);
  assert.equal(r.signal, null, `the CLI was killed by ${r.signal}`);
  return { status: r.status, stderr: r.stderr, stdout: r.stdout };
}

/** Runs `fn` (the source of an async function body) in a child process, for anything that might block. */
function inChild(body: string): string {
  const script = `(async () => { ${body} })().then((out) => { process.stdout.write(JSON.stringify(out)); process.exit(0); }, (e) => { console.error(e); process.exit(3); });`;
  const r = spawnSync(process.execPath, ['-e', script], { cwd: path.join(repoRoot, 'out'), encoding: 'utf8', timeout: CHILD_TIMEOUT_MS });
  assert.equal(r.error, undefined, `the child did not finish: ${String(r.error)}`);
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

suite('bounded reader: file types', () => {
  test('a named pipe is refused by name, without waiting for a writer', function () {
    if (!isPosix) this.skip();
    const t = tempDir();
    try {
      mkfifo(t.file('d.ecq.md'));
      const out = inChild(`return require(${JSON.stringify(path.join(repoRoot, 'out/server/src/node/boundedRead.js'))}).readTextFile(${JSON.stringify(t.file('d.ecq.md'))}, { kind: 'draft' });`);
      const result = JSON.parse(out) as { ok: boolean; code: string; error: string };
      assert.equal(result.ok, false);
      assert.equal(result.code, 'not-regular');
      assert.match(result.error, /named pipe \(FIFO\)/);
    } finally {
      t.dispose();
    }
  });

  test('a device is refused by name, without reading from it', function () {
    if (!isPosix) this.skip();
    const r = readTextFile('/dev/zero', { kind: 'config' });
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.code, 'not-regular');
    assert.match(!r.ok ? r.error : '', /is a device/);
  });

  test('a folder is named as a folder', () => {
    const t = tempDir();
    try {
      const r = readTextFile(t.dir, { kind: 'draft' });
      assert.equal(!r.ok && r.code, 'folder');
    } finally {
      t.dispose();
    }
  });

  test('a missing file is named as missing', () => {
    const r = readTextFile('/nonexistent/ecq/file.md', { kind: 'draft' });
    assert.equal(!r.ok && r.code, 'not-found');
    assert.match(!r.ok ? r.error : '', /no such file/);
  });

  test('a symlink loop is named as a loop, not as a missing file', function () {
    if (!isPosix) this.skip();
    const t = tempDir();
    try {
      fs.symlinkSync('b.ecq.md', t.file('a.ecq.md'));
      fs.symlinkSync('a.ecq.md', t.file('b.ecq.md'));
      for (const root of [undefined, t.dir]) {
        const r = readTextFile(t.file('a.ecq.md'), { kind: 'draft', root });
        assert.equal(!r.ok && r.code, 'symlink-loop', `root ${root}`);
      }
    } finally {
      t.dispose();
    }
  });
});

suite('bounded reader: size caps', () => {
  test('the caps: 64 MB for drafts and postings, 1 MB for configs and vocabularies', () => {
    assert.deepEqual(READ_LIMITS, { draft: 64 * 1024 * 1024, posting: 64 * 1024 * 1024, config: 1024 * 1024, vocabulary: 1024 * 1024 });
  });

  test('a file at the cap is read; one byte over is refused with the cap named', () => {
    const cap = 3000;
    const t = tempDir({ 'at.txt': 'a'.repeat(cap), 'over.txt': 'a'.repeat(cap + 1) });
    try {
      const at = readTextFile(t.file('at.txt'), { kind: 'vocabulary', maxBytes: cap });
      assert.equal(at.ok && at.text.length, cap);
      const over = readTextFile(t.file('over.txt'), { kind: 'vocabulary', maxBytes: cap });
      assert.equal(!over.ok && over.code, 'too-large');
      assert.match(!over.ok ? over.error : '', /vocabulary files over 3 KB are not read/);
    } finally {
      t.dispose();
    }
  });

  test('a file that grows past the cap while it is read stops at cap + 1 bytes', function () {
    if (process.platform !== 'linux') this.skip();
    // /proc files report size 0 and produce their content on read: a file whose stat size
    // cannot be trusted. Its content is far more than 16 bytes.
    const r = readTextFile('/proc/self/status', { kind: 'config', maxBytes: 16 });
    assert.equal(!r.ok && r.code, 'too-large');
  });
});

suite('bounded reader: encodings', () => {
  test('UTF-8 with and without a byte-order mark', () => {
    const text = 'Award time fell – by 43%.';
    const plain = decodeText(Buffer.from(text, 'utf8'));
    const bom = decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    assert.deepEqual(plain, { ok: true, text });
    assert.deepEqual(bom, { ok: true, text });
  });

  test('UTF-16 with a byte-order mark is named UTF-16, not binary', () => {
    const le = decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Term\n', 'utf16le')]));
    assert.equal(!le.ok && le.code, 'utf16');
    assert.match(!le.ok ? le.error : '', /UTF-16 \(little-endian/);
    const beBody = Buffer.from('Term\n', 'utf16le').swap16();
    const be = decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), beBody]));
    assert.equal(!be.ok && be.code, 'utf16');
    assert.match(!be.ok ? be.error : '', /big-endian/);
  });

  test('UTF-16 without a byte-order mark is named UTF-16 too; other NUL bytes are binary', () => {
    const noBom = decodeText(Buffer.from('## ECQ 1: Driving Efficiency\n', 'utf16le'));
    assert.equal(!noBom.ok && noBom.code, 'utf16');
    const binary = decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
    assert.equal(!binary.ok && binary.code, 'binary');
  });
});

suite('bounded reader: symlinks and the project folder', () => {
  test('a symlink within the project is followed', function () {
    if (!isPosix) this.skip();
    const t = tempDir({ 'drafts/real.ecq.md': DRAFT });
    try {
      fs.symlinkSync('drafts/real.ecq.md', t.file('link.ecq.md'));
      const r = readDraft(t.file('link.ecq.md'), t.dir);
      assert.deepEqual(r, { ok: true, text: DRAFT });
    } finally {
      t.dispose();
    }
  });

  test('a symlink leading out of the project is refused with where it leads', function () {
    if (!isPosix) this.skip();
    const outside = tempDir({ 'secret.md': 'secret' });
    const t = tempDir();
    try {
      fs.symlinkSync(outside.file('secret.md'), t.file('link.ecq.md'));
      const r = readDraft(t.file('link.ecq.md'), t.dir);
      assert.equal(!r.ok && r.code, 'outside-project');
      assert.match(!r.ok ? r.error : '', /symbolic link to .*secret\.md, outside the project folder/);
      // A file the user names directly is read wherever it is.
      assert.equal(readDraft(t.file('link.ecq.md')).ok, true);
    } finally {
      t.dispose();
      outside.dispose();
    }
  });
});

suite('project config: the reproductions of issue 12', () => {
  test('ln -s /dev/zero ecq.config.json: a named error, the defaults stand', function () {
    if (!isPosix) this.skip();
    const t = tempDir({ 'a.ecq.md': DRAFT });
    try {
      fs.symlinkSync('/dev/zero', t.file('ecq.config.json'));
      const loaded = loadConfigFor(t.file('a.ecq.md'));
      assert.equal(loaded.messages.length, 1);
      assert.match(loaded.messages[0]!.message, /cannot read the config file: is a symbolic link to \/dev\/zero, outside the project folder/);
      // Named explicitly (--config), it is still not read: a device is not a regular file.
      const explicit = loadConfigFor(t.file('a.ecq.md'), t.file('ecq.config.json'));
      assert.match(explicit.messages[0]!.message, /is a device, not a regular file/);
    } finally {
      t.dispose();
    }
  });

  test('ln -s /dev/zero ecq-vocabulary.txt: a named error, with or without a config', function () {
    if (!isPosix) this.skip();
    for (const config of [undefined, '{}']) {
      const t = tempDir({ 'a.ecq.md': DRAFT, ...(config ? { 'ecq.config.json': config } : {}) });
      try {
        fs.symlinkSync('/dev/zero', t.file('ecq-vocabulary.txt'));
        const loaded = loadConfigFor(t.file('a.ecq.md'), undefined, undefined, t.dir);
        assert.equal(loaded.messages.length, 1, JSON.stringify(loaded.messages));
        assert.match(loaded.messages[0]!.message, /the vocabulary file is a symbolic link to \/dev\/zero, outside the project folder/);
      } finally {
        t.dispose();
      }
    }
  });

  test('{"posting": "/dev/zero"} and {"posting": "../../../../etc/passwd"} are refused, naming the key', () => {
    for (const value of ['/dev/zero', '../../../../etc/passwd']) {
      const t = tempDir({ 'a.ecq.md': DRAFT, 'ecq.config.json': JSON.stringify({ posting: value }) });
      try {
        const loaded = loadConfigFor(t.file('a.ecq.md'));
        assert.equal(loaded.postingFile, undefined);
        assert.match(loaded.messages[0]!.message, new RegExp(`^"posting" names "${value.replace(/[./]/g, '\\$&')}", which is outside the project folder`));
      } finally {
        t.dispose();
      }
    }
  });

  test('{"vocabulary": "../victim.txt"} is refused, naming the key; a symlinked posting out of the project too', function () {
    if (!isPosix) this.skip();
    const t = tempDir({ 'project/a.ecq.md': DRAFT, 'project/ecq.config.json': JSON.stringify({ vocabulary: '../victim.txt', posting: 'job.posting.md' }), 'victim.txt': 'FOO\n' });
    try {
      fs.symlinkSync('/dev/zero', t.file('project/job.posting.md'));
      const loaded = loadConfigFor(t.file('project/a.ecq.md'));
      assert.equal(loaded.vocabularyFile, undefined);
      assert.equal(loaded.postingFile, undefined);
      const text = loaded.messages.map((m) => m.message).join('\n');
      assert.match(text, /"vocabulary" names "\.\.\/victim\.txt", which is outside the project folder/);
      assert.match(text, /"posting" names "job\.posting\.md", a symbolic link that leads outside the project folder/);
    } finally {
      t.dispose();
    }
  });

  test('mkfifo ecq-vocabulary.txt, ecq.config.json: named errors, promptly', function () {
    if (!isPosix) this.skip();
    for (const name of ['ecq-vocabulary.txt', 'ecq.config.json']) {
      const t = tempDir({ 'a.ecq.md': DRAFT });
      try {
        mkfifo(t.file(name));
        const out = inChild(`return require(${JSON.stringify(path.join(repoRoot, 'out/server/src/node/projectConfig.js'))}).loadConfigFor(${JSON.stringify(t.file('a.ecq.md'))}, undefined, undefined, ${JSON.stringify(t.dir)}).messages.map((m) => m.message);`);
        const messages = JSON.parse(out) as string[];
        assert.equal(messages.length, 1, name);
        assert.match(messages[0]!, /named pipe \(FIFO\), not a regular file/, name);
      } finally {
        t.dispose();
      }
    }
  });

  test('adding to the vocabulary never writes outside the project or over a file it cannot read back', function () {
    if (!isPosix) this.skip();
    const outside = tempDir({ 'victim.txt': 'x\n' });
    const t = tempDir({ 'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('FOO\n', 'utf16le')]) });
    try {
      fs.symlinkSync(outside.file('victim.txt'), t.file('ecq-vocabulary.txt'));
      const viaLink = addVocabularyTerm(t.file('ecq-vocabulary.txt'), 'BAR', t.dir);
      assert.equal(viaLink.ok, false);
      assert.equal(fs.readFileSync(outside.file('victim.txt'), 'utf8'), 'x\n');
      const utf16 = addVocabularyTerm(t.file('utf16.txt'), 'BAR', t.dir);
      assert.match(!utf16.ok ? utf16.error : '', /UTF-16.*not changed/);
      assert.equal(fs.readFileSync(t.file('utf16.txt')).subarray(0, 2).toString('hex'), 'fffe');
      const fresh = addVocabularyTerm(t.file('new.txt'), 'BAR', t.dir);
      assert.deepEqual(fresh, { ok: true, added: true });
      assert.match(fs.readFileSync(t.file('new.txt'), 'utf8'), /\nBAR\n$/);
    } finally {
      t.dispose();
      outside.dispose();
    }
  });
});

suite('ecq lint: the reproductions of issue 12, as a real process', () => {
  test('mkfifo d.ecq.md; ecq lint d.ecq.md: exit 2, the pipe named', function () {
    if (!isPosix) this.skip();
    const t = tempDir();
    try {
      mkfifo(t.file('d.ecq.md'));
      const r = cli(['lint', 'd.ecq.md'], t.dir);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /ecq: d\.ecq\.md: is a named pipe \(FIFO\), not a regular file/);
    } finally {
      t.dispose();
    }
  });

  test('ln -s /dev/zero ecq.config.json / ecq-vocabulary.txt, {"posting": "/dev/zero"}, FIFO posting: the draft is still checked', function () {
    if (!isPosix) this.skip();
    const cases: { setup: (t: ReturnType<typeof tempDir>) => void; error: RegExp }[] = [
      { setup: (t) => fs.symlinkSync('/dev/zero', t.file('ecq.config.json')), error: /ecq\.config\.json: cannot read the config file: is a symbolic link to \/dev\/zero/ },
      { setup: (t) => fs.symlinkSync('/dev/zero', t.file('ecq-vocabulary.txt')), error: /ecq-vocabulary\.txt: the vocabulary file is a symbolic link to \/dev\/zero/ },
      { setup: (t) => fs.writeFileSync(t.file('ecq.config.json'), '{"posting": "/dev/zero"}'), error: /ecq\.config\.json: "posting" names "\/dev\/zero", which is outside the project folder/ },
      {
        setup: (t) => {
          fs.writeFileSync(t.file('ecq.config.json'), '{"posting": "job.posting.md"}');
          mkfifo(t.file('job.posting.md'));
        },
        error: /job\.posting\.md: is a named pipe \(FIFO\)/,
      },
    ];
    for (const c of cases) {
      const t = tempDir({ 'a.ecq.md': DRAFT });
      try {
        c.setup(t);
        const r = cli(['lint', '--format', 'json', 'a.ecq.md'], t.dir);
        assert.match(r.stderr, c.error);
        assert.equal((JSON.parse(r.stdout) as { files: unknown[] }).files.length, 1);
      } finally {
        t.dispose();
      }
    }
  });
});

suite('ecq lint: symlinked drafts in a folder', () => {
  test('a link to a draft inside the folder is checked; one leading out of it is reported, exit 2', function () {
    if (!isPosix) this.skip();
    const outside = tempDir({ 'far.ecq.md': DRAFT });
    const t = tempDir({ 'drafts/real/a.ecq.md': DRAFT });
    try {
      fs.symlinkSync('real/a.ecq.md', t.file('drafts/inside.ecq.md'));
      const inside = cli(['lint', '--format', 'json', 'drafts'], t.dir);
      assert.equal(inside.status, 0, inside.stderr);
      assert.deepEqual((JSON.parse(inside.stdout) as { files: { path: string }[] }).files.map((f) => f.path).sort(), ['drafts/inside.ecq.md', 'drafts/real/a.ecq.md']);
      fs.symlinkSync(outside.file('far.ecq.md'), t.file('drafts/far.ecq.md'));
      const out = cli(['lint', 'drafts'], t.dir);
      assert.equal(out.status, 2);
      assert.match(out.stderr, /ecq: drafts\/far\.ecq\.md: is a symbolic link to .*far\.ecq\.md, outside the project folder/);
    } finally {
      t.dispose();
      outside.dispose();
    }
  });
});

suite('bounded reader: the project folder test', () => {
  test('a name that starts with two dots is inside; ".." leads out', () => {
    assert.equal(isInside('/p', '/p/..notes.md'), true);
    assert.equal(isInside('/p', '/p/a/b.md'), true);
    assert.equal(isInside('/p', '/p'), true);
    assert.equal(isInside('/p', '/notes.md'), false);
    assert.equal(isInside('/p', '/p/../q/x.md'), false);
  });
});

suite('project config: more reproductions of issue 12', () => {
  test('{"vocabulary": "."} is named as a folder, not thrown', () => {
    const t = tempDir({ 'a.ecq.md': DRAFT, 'ecq.config.json': '{"vocabulary": "."}' });
    try {
      const loaded = loadConfigFor(t.file('a.ecq.md'));
      assert.deepEqual(
        loaded.messages.map((m) => m.message),
        ['the vocabulary file is a folder, not a file; it is not used'],
      );
    } finally {
      t.dispose();
    }
  });

  test('{"posting": "../../../../etc/passwd"}: ecq report neither reads nor shows it', function () {
    if (!isPosix) this.skip();
    const t = tempDir({ 'a.ecq.md': DRAFT, 'ecq.config.json': '{"posting": "../../../../etc/passwd"}' });
    try {
      const r = cli(['report', '--format', 'json', 'a.ecq.md'], t.dir);
      assert.match(r.stderr, /"posting" names "\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd", which is outside the project folder/);
      assert.doesNotMatch(r.stdout, /root:/);
    } finally {
      t.dispose();
    }
  });
});

suite('bounded reader: damage past the start of a file', () => {
  test('a NUL byte after the first 8 KB is named with its place, not accepted', () => {
    const bytes = Buffer.concat([Buffer.from(`## ECQ 1: Leading Change\n\n${'a'.repeat(9000)}\n`), Buffer.from([0]), Buffer.from(' after\n')]);
    const r = decodeText(bytes);
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.error, /NUL byte at character 9027 \(line 4\)/);
  });

  test('a config nested 100,000 levels deep is refused by name, not a stack overflow', () => {
    const t = tempDir({ 'ecq.config.json': `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'a.ecq.md': '## ECQ 1: Leading Change\n' });
    try {
      const loaded = loadConfigFor(t.file('a.ecq.md'));
      assert.equal(loaded.messages.length, 1);
      assert.match(loaded.messages[0]!.message, /nests 100000 levels deep; a config has at most 32/);
      // Brackets inside strings and comments do not count.
      fs.writeFileSync(t.file('ecq.config.json'), '// [[[[\n{ "rules": { "voice.we": "off" }, "vocabulary": "a[[[[b.txt" /* {{{{ */ }');
      assert.deepEqual(loadConfigFor(t.file('a.ecq.md')).messages.filter((m) => /nests/.test(m.message)), []);
    } finally {
      t.dispose();
    }
  });
});
