import * as path from 'node:path';
import { readFrontMatter } from '../core/parse/frontMatter';
import { kindFromContent, kindFromFileName } from '../core/parse/kind';
import { projectPath } from './projectConfig';

/**
 * The job posting an interview file links in its front matter (`posting: ../posting.md`),
 * relative to the file. Like every path a workspace names, it is confined to the project
 * folder (the config's, or the file's own folder without a config): see `projectPath`.
 */

/** Is this text, at this path, an interview file? The file name, then front matter, then content. */
export function isInterviewFile(file: string, text: string): boolean {
  const byName = kindFromFileName(file);
  if (byName) return byName === 'interview';
  const declared = readFrontMatter(text)?.values['kind']?.toLowerCase();
  if (declared) return declared === 'interview';
  return kindFromContent(text) === 'interview';
}

export type LinkedPosting = { readonly ok: true; readonly file: string } | { readonly ok: false; readonly message: string } | undefined;

/**
 * The project folder an interview's `posting:` link must stay inside: the folder of the config file (when there is one),
 * else the folder the command runs in when it holds the file (a CI job or a user runs `ecq`
 * from the project's root, where drafts and postings often sit in sibling folders), else
 * the file's own folder.
 */
export function interviewProjectFolder(file: string, configFolder: string | undefined, workingFolder: string): string {
  if (configFolder) return configFolder;
  const relative = path.relative(workingFolder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? workingFolder : path.dirname(file);
}

/** The posting an interview file's front matter links, as an absolute path; undefined when it links none. */
export function frontMatterPosting(file: string, text: string, projectFolder: string | undefined): LinkedPosting {
  const link = readFrontMatter(text)?.values['posting']?.trim();
  if (!link) return undefined;
  const folder = projectFolder ?? path.dirname(file);
  const absolute = path.resolve(path.dirname(file), link);
  const confined = projectPath(folder, 'posting', path.relative(folder, absolute));
  return confined.ok ? { ok: true, file: confined.file } : { ok: false, message: confined.message.replace(`"${path.relative(folder, absolute)}"`, `"${link}"`) };
}
