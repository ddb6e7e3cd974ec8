import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The one way the Node host reads a file that a workspace supplies: drafts, project configs,
 * vocabularies and job postings. A workspace is untrusted input (a pull request can add a
 * symlink to /dev/zero or a named pipe), so every read here:
 *
 * - opens without blocking (O_NONBLOCK: opening a FIFO with no writer would wait forever)
 *   and then checks the opened descriptor, so only a regular file is ever read;
 * - follows a symlink only when it ends inside the project folder, when one is given;
 * - reads at most the cap of its kind plus one byte, never the whole file first;
 * - decodes UTF-8 with or without a byte-order mark, and names UTF-16 as UTF-16.
 */

export type FileKind = 'draft' | 'posting' | 'config' | 'vocabulary';

const MB = 1024 * 1024;

/**
 * The most bytes read of each kind. Drafts and postings: a 64 MB draft is far beyond any real
 * application (a whole package is under 100 KB) yet still analysable. Configs and vocabularies
 * are a few hundred bytes in practice; 1 MB leaves room for a long glossary.
 */
export const READ_LIMITS: Readonly<Record<FileKind, number>> = {
  draft: 64 * MB,
  posting: 64 * MB,
  config: 1 * MB,
  vocabulary: 1 * MB,
};

/** Why a file was not read; each has its own message. */
export type ReadErrorCode = 'not-found' | 'folder' | 'not-regular' | 'outside-project' | 'symlink-loop' | 'too-large' | 'binary' | 'utf16' | 'not-utf8' | 'unreadable';

export interface ReadFailure {
  readonly ok: false;
  readonly code: ReadErrorCode;
  readonly error: string;
}

export type TextReadResult = { readonly ok: true; readonly text: string } | ReadFailure;

export interface ReadOptions {
  readonly kind: FileKind;
  /**
   * The project folder. When given, the file (after following every symlink) must be inside
   * it. Files the user names directly (on the command line) are read without one.
   */
  readonly root?: string;
  /** Overrides the cap of the kind (tests, or a caller with a reason). */
  readonly maxBytes?: number;
}

/**
 * After a first read of the size fstat reports (plus the byte that shows the file grew), the
 * rest is read in chunks of this size: files whose reported size is wrong (0 for generated
 * files) are rare, and a megabyte keeps their system calls few.
 */
const CHUNK_BYTES = 1 * MB;
/** The first read when fstat reports an empty file: a real draft's size, without a large allocation per file. */
const FIRST_READ_MIN_BYTES = 64 * 1024;

/** The open flags: read only, never wait in open (FIFOs), never become a terminal's controlling process. */
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0);

function fail(code: ReadErrorCode, error: string): ReadFailure {
  return { ok: false, code, error };
}

function errnoOf(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? String(e);
}

function fromErrno(e: unknown): ReadFailure {
  const code = errnoOf(e);
  if (code === 'ENOENT' || code === 'ENOTDIR') return fail('not-found', 'no such file or folder');
  if (code === 'ELOOP') return fail('symlink-loop', 'is a symbolic link that loops back on itself (or chains too many links); it cannot be read');
  if (code === 'EISDIR') return fail('folder', 'is a folder, not a file');
  // Opening a Unix socket gives ENXIO.
  if (code === 'ENXIO') return fail('not-regular', 'is a socket, not a regular file; only regular files are read');
  return fail('unreadable', `cannot read it (${code})`);
}

/** Is `inner` the folder `outer` or inside it? Both absolute and resolved. */
export function isInside(outer: string, inner: string): boolean {
  const relative = path.relative(outer, inner);
  // "..name" is a file inside; only ".." as a whole first segment leads out.
  return !(relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative));
}

/**
 * The real path of `file` when it lies inside `root` after following symlinks, else why not.
 * A path that does not exist yet counts as inside when its parent folder does.
 */
export function confineToProject(file: string, root: string): { ok: true; real: string } | ReadFailure {
  let realRoot: string;
  try {
    realRoot = fs.realpathSync(root);
  } catch {
    realRoot = path.resolve(root);
  }
  if (!isInside(path.resolve(root), path.resolve(file)) && !isInside(realRoot, path.resolve(file))) {
    return fail('outside-project', `is outside the project folder ${root}; ECQ Writer reads only files inside it`);
  }
  // The project folder itself is inside, even before it exists.
  if (path.resolve(file) === path.resolve(root)) return { ok: true, real: realRoot };
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch (e) {
    const code = errnoOf(e);
    if (code === 'ENOENT') {
      // A dangling link, or a file not written yet: judge by its folder.
      const parent = confineToProject(path.dirname(file), root);
      if (!parent.ok) return parent;
      return fs.lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink()
        ? fail('not-found', `is a symbolic link to ${fs.readlinkSync(file)}, which does not exist`)
        : { ok: true, real: path.join(parent.real, path.basename(file)) };
    }
    return fromErrno(e);
  }
  if (!isInside(realRoot, real)) {
    return fail('outside-project', `is a symbolic link to ${real}, outside the project folder ${root}; ECQ Writer follows links only within the project`);
  }
  return { ok: true, real };
}

function describeNonRegular(stat: fs.Stats): string {
  if (stat.isFIFO()) return 'is a named pipe (FIFO), not a regular file; only regular files are read';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'is a device, not a regular file; only regular files are read';
  if (stat.isSocket()) return 'is a socket, not a regular file; only regular files are read';
  return 'is not a regular file; only regular files are read';
}

function formatBytes(bytes: number): string {
  return bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.round(bytes / 1024)} KB`;
}

const KIND_NAMES: Readonly<Record<FileKind, string>> = { draft: 'drafts', posting: 'job postings', config: 'config files', vocabulary: 'vocabulary files' };

/**
 * Reads at most `cap + 1` bytes of a regular file, or says why not. The extra byte tells a
 * file of exactly `cap` bytes from a longer one without trusting the size fstat reports
 * (which can be 0 for generated files, or change while reading).
 */
export function readBoundedBytes(file: string, options: ReadOptions): { ok: true; bytes: Buffer } | ReadFailure {
  const cap = options.maxBytes ?? READ_LIMITS[options.kind];
  const tooLarge = (size: string): ReadFailure => fail('too-large', `is ${size}; ${KIND_NAMES[options.kind]} over ${formatBytes(cap)} are not read`);
  if (options.root !== undefined) {
    const confined = confineToProject(file, options.root);
    if (!confined.ok) return confined;
  }
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch (e) {
    return fromErrno(e);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) return fail('folder', 'is a folder, not a file');
    if (!stat.isFile()) return fail('not-regular', describeNonRegular(stat));
    if (stat.size > cap) return tooLarge(formatBytes(stat.size));
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(total === 0 ? Math.max(stat.size + 1, FIRST_READ_MIN_BYTES) : CHUNK_BYTES, cap + 1 - total);
      if (want <= 0) break;
      const chunk = Buffer.allocUnsafe(want);
      const got = fs.readSync(fd, chunk, 0, want, null);
      if (got === 0) break;
      chunks.push(got === want ? chunk : chunk.subarray(0, got));
      total += got;
    }
    if (total > cap) return tooLarge(`over ${formatBytes(cap)}`);
    return { ok: true, bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total) };
  } catch (e) {
    return fromErrno(e);
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads a text file within the limits above (see the module comment). */
export function readTextFile(file: string, options: ReadOptions): TextReadResult {
  const read = readBoundedBytes(file, options);
  return read.ok ? decodeText(read.bytes) : read;
}

/** Only the start is searched for NUL bytes: enough to tell a binary file, cheap on a large draft. */
const BINARY_PROBE_BYTES = 8192;

/** Decodes UTF-8, with or without a byte-order mark; names UTF-16 and binary files. */
export function decodeText(bytes: Uint8Array): TextReadResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const order = bytes[0] === 0xff ? 'little-endian' : 'big-endian';
    return fail('utf16', `is UTF-16 (${order}, with a byte-order mark), not UTF-8. Save it as UTF-8`);
  }
  const probe = bytes.subarray(0, BINARY_PROBE_BYTES);
  if (probe.includes(0)) {
    if (looksLikeUtf16WithoutBom(probe)) return fail('utf16', 'looks like UTF-16 without a byte-order mark, not UTF-8. Save it as UTF-8');
    return fail('binary', 'this is a binary file, not text (it contains NUL bytes). Save the draft as Markdown (.md) or plain text (.txt)');
  }
  let text: string;
  try {
    // TextDecoder drops a UTF-8 byte-order mark itself: editors hide it, so positions are counted without it.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, at).reduce((n, b) => (b === 10 ? n + 1 : n), 1);
    return fail(
      'not-utf8',
      `not valid UTF-8: byte 0x${bytes[at]!.toString(16).padStart(2, '0')} at offset ${at} (line ${line}). The file is probably in a Windows code page; save it as UTF-8`,
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // A NUL past the probe is not a binary format but damage (a bad paste, a truncated save):
  // named with its place, as the analysis would otherwise carry it into every position.
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const line = countLines(text, nul);
    return fail('binary', `contains a NUL byte at character ${nul} (line ${line}), which text never holds. Remove it, or save the draft again as UTF-8 text`);
  }
  return { ok: true, text };
}

function countLines(text: string, end: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** ASCII text in UTF-16 has a NUL in every other byte: at even offsets (big-endian) or odd ones (little-endian). */
function looksLikeUtf16WithoutBom(probe: Uint8Array): boolean {
  const pairs = Math.floor(probe.length / 2);
  if (pairs === 0) return false;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i + 1 < probe.length; i += 2) {
    if (probe[i] === 0) evenNuls++;
    if (probe[i + 1] === 0) oddNuls++;
  }
  // Most of one side NUL and almost none of the other: text in UTF-16, not a binary format.
  const MOSTLY = 0.8;
  const ALMOST_NONE = 0.05;
  return (oddNuls >= pairs * MOSTLY && evenNuls <= pairs * ALMOST_NONE) || (evenNuls >= pairs * MOSTLY && oddNuls <= pairs * ALMOST_NONE);
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}
