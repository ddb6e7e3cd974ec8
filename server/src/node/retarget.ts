import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, modify } from 'jsonc-parser';
import { parseDocument } from '../core/parse/document';
import { DocumentKind } from '../core/parse/kind';
import { PostingMatcher } from '../core/posting/coverage';
import { RetargetPlan, retargetPlan } from '../core/posting/retarget';
import { readTextFile } from './boundedRead';
import { isDraftFile, listCandidateFiles, readDraft } from './files';
import { readPostingFile } from './postingFile';
import { CONFIG_FILE_NAME, loadConfigFor } from './projectConfig';

/**
 * Re-aiming a package at a new posting (issue 15): everything `ecq retarget` and the editor's
 * Apply to Another Posting read and plan before anything is written. It reads the new
 * posting and the package, lists the files the new folder gets (the drafts, resume and story
 * bank, the vocabulary, the posting, the config relinked to it) and checks that none would
 * overwrite a file; it writes nothing. The caller writes, each file created exclusively.
 */

/** What the copy takes: the application's own drafts. */
const COPIED_KINDS: ReadonlySet<DocumentKind> = new Set(['ecq', 'tq', 'resume', 'stories']);

export interface PlannedFile {
  /** Relative to the new folder. */
  readonly target: string;
  readonly text: string;
}

export interface RetargetRead {
  readonly ok: true;
  readonly outDir: string;
  readonly postingName: string;
  readonly planned: readonly PlannedFile[];
  /** The drafts as they will be in the new folder, for the coverage plan. */
  readonly analysed: readonly { path: string; document: ReturnType<typeof parseDocument> }[];
  readonly plan: RetargetPlan;
  /** Files not copied, with their kind. */
  readonly left: readonly string[];
}

/** The old config with `posting` set to the new one, comments kept; a new config when there is none. */
function linkedConfig(oldText: string | undefined, postingName: string): string {
  if (oldText === undefined) return `${JSON.stringify({ posting: postingName }, null, 2)}\n`;
  return applyEdits(oldText, modify(oldText, ['posting'], postingName, { formattingOptions: { insertSpaces: true, tabSize: 2 } }));
}

/** Reads and plans; `{ ok: false }` with a message naming the input when anything is wrong. Paths are resolved against `cwd`. */
export function readRetarget(postingInput: string, source: string, out: string, cwd: string): RetargetRead | { readonly ok: false; readonly error: string } {
  const failed = (error: string) => ({ ok: false as const, error });
  const postingFile = path.resolve(cwd, postingInput);
  const posting = readPostingFile(postingFile);
  if (!posting.ok) return failed(`${postingInput}: ${posting.error}`);
  const sourceDir = path.resolve(cwd, source);
  if (!fs.existsSync(sourceDir) || !fs.statSync(sourceDir).isDirectory()) return failed(`${source}: not a folder (ecq retarget copies a package folder)`);
  const outDir = path.resolve(cwd, out);
  if (fs.existsSync(outDir) && !fs.statSync(outDir).isDirectory()) return failed(`${out}: exists and is not a folder`);

  // Read everything first.
  const planned: PlannedFile[] = [];
  const analysed: { path: string; document: ReturnType<typeof parseDocument> }[] = [];
  const loaded = loadConfigFor(path.join(sourceDir, CONFIG_FILE_NAME));
  const errors: string[] = [];
  const left: string[] = [];
  for (const file of listCandidateFiles(sourceDir)) {
    const read = readDraft(file, sourceDir);
    const shown = path.relative(cwd, file) || file;
    if (!read.ok) {
      errors.push(`${shown}: ${read.error}`);
      continue;
    }
    if (!isDraftFile(file, read.text)) continue;
    const document = parseDocument(read.text, { path: file, ecqSet: loaded.config.ecqSet });
    if (!COPIED_KINDS.has(document.kind)) {
      left.push(`${shown} (${document.kind})`);
      continue;
    }
    const target = path.relative(sourceDir, file);
    planned.push({ target, text: read.text });
    analysed.push({ path: path.join(outDir, target), document });
  }
  if (errors.length > 0) return failed(errors.join('\necq: '));
  if (planned.length === 0) return failed(`${source}: not a package: no drafts in the folder (a draft is named *.ecq.md, *.tq.md… or declares "kind:" in front matter)`);
  // The vocabulary goes along when it is in the package's folder: the same words are still the candidate's.
  if (loaded.vocabularyFile && fs.existsSync(loaded.vocabularyFile) && path.dirname(loaded.vocabularyFile).startsWith(sourceDir)) {
    const vocab = readTextFile(loaded.vocabularyFile, { kind: 'vocabulary', root: sourceDir });
    if (!vocab.ok) return failed(`${path.relative(cwd, loaded.vocabularyFile)}: ${vocab.error}`);
    planned.push({ target: path.relative(sourceDir, loaded.vocabularyFile), text: vocab.text });
  }
  const postingName = path.basename(postingFile);
  planned.push({ target: postingName, text: posting.text });
  let oldConfig: string | undefined;
  const configFile = path.join(sourceDir, CONFIG_FILE_NAME);
  if (fs.existsSync(configFile)) {
    const read = readTextFile(configFile, { kind: 'config', root: sourceDir });
    if (!read.ok) return failed(`${path.relative(cwd, configFile)}: ${read.error}`);
    oldConfig = read.text;
  }
  planned.push({ target: CONFIG_FILE_NAME, text: linkedConfig(oldConfig, postingName) });

  const targets = planned.map((p) => p.target);
  if (new Set(targets).size !== targets.length) return failed(`${postingInput}: the new posting has the name of a file of the package; rename it first`);
  const collisions = targets.filter((t) => fs.existsSync(path.join(outDir, t)));
  if (collisions.length > 0) {
    const shown = collisions.slice(0, 5).map((t) => path.relative(cwd, path.join(outDir, t)));
    return failed(`${out}: would overwrite ${collisions.length === 1 ? 'a file' : `${collisions.length} files`} (${shown.join(', ')}${collisions.length > 5 ? ', …' : ''}); nothing written. Choose a new folder.`);
  }

  const plan = retargetPlan(new PostingMatcher(posting.posting), analysed, loaded.config);
  return { ok: true, outDir, postingName, planned, analysed, plan, left };
}
