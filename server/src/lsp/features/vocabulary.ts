import * as path from 'node:path';
import { Commands } from '@ecq-writer/protocol';
import { addVocabularyTerm, DEFAULT_VOCABULARY_FILE } from '../../node/projectConfig';
import { URI } from '../uri';
import { ServerContext } from './context';

/**
 * The Add to Vocabulary command of the acronym quick fix: writes the term to the project's
 * vocabulary file, then analyses every document again with it.
 */
export function registerVocabularyCommand(ctx: ServerContext): void {
  ctx.connection.onExecuteCommand((params) =>
    ctx.guarded('executeCommand', undefined, async () => {
      if (params.command !== Commands.addToVocabulary) return undefined;
      const arg = params.arguments?.[0] as { uri?: unknown; term?: unknown } | undefined;
      if (typeof arg?.uri !== 'string' || typeof arg.term !== 'string' || !/^[\w.&/-]{1,40}$/.test(arg.term)) throw new Error('addToVocabulary needs { uri, term }');
      const resolved = await ctx.settings.get(arg.uri);
      const folder = ctx.workspaceFolderOf(arg.uri) ?? path.dirname(URI.toFsPath(arg.uri) ?? '.');
      const file = resolved.vocabularyFile ?? path.join(folder, DEFAULT_VOCABULARY_FILE);
      // An explicit request from the writer: the only time the server writes a file.
      const added = addVocabularyTerm(file, arg.term, resolved.projectFolder ?? folder);
      if (!added.ok) throw new Error(`cannot add ${arg.term} to the vocabulary: ${added.error}`);
      ctx.log(`Added ${arg.term} to ${file}`);
      ctx.settings.clear();
      ctx.store.invalidate();
      ctx.refreshDiagnostics();
      return undefined;
    }),
  );
}
