import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { EcqSetId } from '../../server/src/core/domain/ecqSets';
import { parseDocument } from '../../server/src/core/parse/document';
import { packageSetOf, readRemarks, Remark } from '../../server/src/core/revision/remarks';
import { analyseVersion, VersionFile } from '../../server/src/core/revision/review';
import { REVISIONS_TODAY } from './revisionEvaluation';

/**
 * Scores the remark mapper against a folder of remarks files and their `expected.json`
 * (test/fixtures/remarks/dev/ and its README): the share of remarks sent to the right section
 * (the bar: 90%), and of those with the rules the sidecar names all among the rules mapped
 * (and none mapped where the sidecar has none).
 */

export const REMARKS_DEV_DIR = path.resolve(__dirname, '../../../test/fixtures/remarks/dev');
const REPO = path.resolve(__dirname, '../../..');

interface ExpectedRemark {
  readonly quote: string;
  /** An ECQ's name, "tq" or "package". */
  readonly section: string;
  readonly rules: readonly string[];
}

interface Sidecar {
  readonly files: Readonly<Record<string, { readonly drafts: string; readonly remarks: readonly ExpectedRemark[] }>>;
}

export interface RemarksScore {
  readonly expected: number;
  readonly read: number;
  readonly rightSection: number;
  readonly rightRules: number;
  readonly misses: readonly string[];
}

export function readFolder(folder: string): VersionFile[] {
  return fs
    .readdirSync(folder)
    .filter((f) => /\.(?:md|txt)$/.test(f))
    .map((f) => ({ path: f, text: fs.readFileSync(path.join(folder, f), 'utf8') }));
}

/** The package's ECQ set, as its drafts declare it by their headings. */
export function packageSet(folder: string): EcqSetId | undefined {
  return packageSetOf(analyseVersion(readFolder(folder), { config: DEFAULT_CONFIG, today: REVISIONS_TODAY }));
}

function sectionRight(remark: Remark, expected: string): boolean {
  if (expected === 'package') return remark.section.key === 'package';
  if (expected === 'tq') return remark.section.key.startsWith('tq');
  return remark.section.ecq?.name === expected;
}

export function scoreRemarks(dir: string = REMARKS_DEV_DIR): RemarksScore {
  const sidecar = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Sidecar;
  let expected = 0;
  let read = 0;
  let rightSection = 0;
  let rightRules = 0;
  const misses: string[] = [];
  for (const [file, { drafts, remarks }] of Object.entries(sidecar.files)) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const got = readRemarks(parseDocument(text, { path: file }), packageSet(path.join(REPO, drafts))).remarks;
    expected += remarks.length;
    read += got.length;
    for (const r of got) if (!remarks.some((e) => r.text.includes(e.quote))) misses.push(`${file}: read as a remark but not one: "${r.text}"`);
    for (const e of remarks) {
      const remark = got.find((r) => r.text.includes(e.quote));
      if (!remark) {
        misses.push(`${file}: not read: "${e.quote}"`);
        continue;
      }
      if (sectionRight(remark, e.section)) rightSection++;
      else misses.push(`${file}: "${e.quote}" → ${remark.section.label} (${remark.section.by}), expected ${e.section}`);
      const rulesRight = e.rules.length === 0 ? remark.targets.length === 0 : e.rules.every((id) => remark.targets.includes(id as never));
      if (rulesRight) rightRules++;
      else misses.push(`${file}: "${e.quote}" → rules [${remark.targets.join(', ')}], expected [${e.rules.join(', ')}]`);
    }
  }
  return { expected, read, rightSection, rightRules, misses };
}

/** A blind sidecar: `<name>.expected.json` beside each remarks file (test/fixtures/remarks/holdout/README.md). */
interface BlindSidecar {
  readonly ecqSet: EcqSetId;
  readonly remarks: readonly { readonly line: number; readonly text: string; readonly ecq: number | null; readonly rules: readonly string[] }[];
  readonly notRemarks?: readonly { readonly line: number }[];
}

/**
 * Scores the mapper on a folder of remarks files, each with a blind sidecar that gives every
 * remark's line, its ECQ by number (null: the whole package) and the rules it speaks to
 * ("ccar.*" for any CCAR rule, "evidence" for the competency evidence). A remark is found by
 * its line; lines the sidecar calls no remark (a letter's framing) are neither right nor wrong.
 */
export function scoreBlindRemarks(dir: string): RemarksScore {
  let expected = 0;
  let read = 0;
  let rightSection = 0;
  let rightRules = 0;
  const misses: string[] = [];
  for (const sidecarFile of fs.readdirSync(dir).filter((f) => f.endsWith('.expected.json')).sort()) {
    const sidecar = JSON.parse(fs.readFileSync(path.join(dir, sidecarFile), 'utf8')) as BlindSidecar;
    const base = sidecarFile.replace(/\.expected\.json$/, '');
    const file = fs.readdirSync(dir).find((f) => f !== sidecarFile && f.startsWith(`${base}.`) && /\.(?:md|txt)$/.test(f));
    if (!file) throw new Error(`${sidecarFile}: no remarks file beside it`);
    const got = readRemarks(parseDocument(fs.readFileSync(path.join(dir, file), 'utf8'), { path: file, kind: 'remarks' }), sidecar.ecqSet).remarks;
    const framing = new Set((sidecar.notRemarks ?? []).map((n) => n.line));
    expected += sidecar.remarks.length;
    read += got.filter((r) => !framing.has(r.line)).length;
    const wanted = new Set(sidecar.remarks.map((r) => r.line));
    for (const r of got) if (!wanted.has(r.line) && !framing.has(r.line)) misses.push(`${file}:${r.line}: read as a remark but not one: "${r.text.slice(0, 80)}"`);
    for (const e of sidecar.remarks) {
      const remark = got.find((r) => r.line === e.line) ?? got.find((r) => r.text.includes(e.text.slice(0, 40)));
      if (!remark) {
        misses.push(`${file}:${e.line}: not read: "${e.text.slice(0, 80)}"`);
        continue;
      }
      const sectionOk = e.ecq === null ? remark.section.key === 'package' : remark.section.ecq?.number === e.ecq;
      if (sectionOk) rightSection++;
      else misses.push(`${file}:${e.line}: "${e.text.slice(0, 60)}" → ${remark.section.label} (${remark.section.by}), expected ${e.ecq === null ? 'package' : `ECQ ${e.ecq}`}`);
      const targets = remark.targets as readonly string[];
      const covered = (rule: string): boolean => (rule === 'ccar.*' ? targets.some((t) => t.startsWith('ccar.')) : targets.includes(rule));
      const rulesOk = e.rules.length === 0 ? targets.length === 0 : e.rules.every(covered);
      if (rulesOk) rightRules++;
      else misses.push(`${file}:${e.line}: "${e.text.slice(0, 60)}" → rules [${targets.join(', ')}], expected [${e.rules.join(', ')}]`);
    }
  }
  return { expected, read, rightSection, rightRules, misses };
}
