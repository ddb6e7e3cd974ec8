import * as path from 'node:path';
import { Commands, IgnoredFindingsResult } from '@ecq-writer/protocol';
import { isRuleId } from '../../core/rules/types';
import { addVocabularyTerm, DEFAULT_VOCABULARY_FILE } from '../../node/projectConfig';
import { addIgnoredFinding, clearIgnoredFindings, ignoreFileOf, loadIgnoreFile } from '../../node/ignoreFile';
import { URI } from '../uri';
import { ServerContext } from './context';

/**
 * The commands the server carries out (workspace/executeCommand), and the only place it
 * writes files, each on the writer's explicit request: Add to Vocabulary (the acronym quick
 * fix) writes the project's vocabulary; Ignore this finding and Clear Ignored Findings write
 * the project's `ecq-ignore.json`. Both files are in the project folder, confined there by
 * the node/ writers. After a write every document is analysed again.
 */

/** Longest words and context an ignore may carry: an anchor is cut to 240 characters a side (core/ignores.ts), so this only refuses junk. */
const MAX_ANCHOR_ARGUMENT = 2000;

export function registerServerCommands(ctx: ServerContext): void {
  const projectOf = async (uri: string): Promise<{ folder: string; projectFolder: string; vocabularyFile: string | undefined }> => {
    const resolved = await ctx.settings.get(uri);
    const folder = ctx.workspaceFolderOf(uri) ?? path.dirname(URI.toFsPath(uri) ?? '.');
    return { folder, projectFolder: resolved.projectFolder ?? folder, vocabularyFile: resolved.vocabularyFile };
  };
  const reanalyse = (): void => {
    ctx.settings.clear();
    ctx.store.invalidate();
    ctx.refreshDiagnostics();
  };
  const listed = (projectFolder: string): IgnoredFindingsResult => {
    const loaded = loadIgnoreFile(projectFolder);
    return { file: ignoreFileOf(projectFolder), ignored: loaded.ignored, problems: loaded.problems };
  };

  ctx.connection.onExecuteCommand((params) =>
    ctx.guarded('executeCommand', undefined, async () => {
      const arg = params.arguments?.[0] as Record<string, unknown> | undefined;
      if (typeof arg?.['uri'] !== 'string') throw new Error(`${params.command.replace(/^ecq\.server\./, '')} needs { uri }`);
      const uri = arg['uri'];

      if (params.command === Commands.addToVocabulary) {
        const term = arg['term'];
        if (typeof term !== 'string' || !/^[\w.&/-]{1,40}$/.test(term)) throw new Error('addToVocabulary needs { uri, term }');
        const project = await projectOf(uri);
        const file = project.vocabularyFile ?? path.join(project.folder, DEFAULT_VOCABULARY_FILE);
        const added = addVocabularyTerm(file, term, project.projectFolder);
        if (!added.ok) throw new Error(`cannot add ${term} to the vocabulary: ${added.error}`);
        ctx.log(`Added ${term} to ${file}`);
        reanalyse();
        return undefined;
      }

      if (params.command === Commands.ignoreFinding) {
        const { rule, text, context, message } = arg;
        if (typeof rule !== 'string' || !isRuleId(rule) || typeof text !== 'string' || typeof context !== 'string' || text.length > MAX_ANCHOR_ARGUMENT || context.length > MAX_ANCHOR_ARGUMENT) {
          throw new Error('ignoreFinding needs { uri, rule, text, context }');
        }
        const { projectFolder } = await projectOf(uri);
        const draft = URI.toFsPath(uri);
        const file = draft ? path.relative(projectFolder, draft).split(path.sep).join('/') : undefined;
        const written = addIgnoredFinding(projectFolder, { rule, text, context, ...(file ? { file } : {}), ...(typeof message === 'string' ? { message: message.slice(0, MAX_ANCHOR_ARGUMENT) } : {}) });
        if (!written.ok) throw new Error(`cannot ignore the finding: ${written.error}`);
        ctx.log(`Ignored ${rule} on "${text}" in ${ignoreFileOf(projectFolder)}`);
        reanalyse();
        return undefined;
      }

      if (params.command === Commands.ignoredFindings) return listed((await projectOf(uri)).projectFolder);

      if (params.command === Commands.clearIgnoredFindings) {
        const { projectFolder } = await projectOf(uri);
        const before = listed(projectFolder);
        const cleared = clearIgnoredFindings(projectFolder);
        if (!cleared.ok) throw new Error(`cannot clear the ignored findings: ${cleared.error}`);
        ctx.log(`Cleared ${before.ignored.length} ignored findings in ${before.file}`);
        reanalyse();
        return before;
      }
      return undefined;
    }),
  );
}
