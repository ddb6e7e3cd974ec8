import * as vscode from 'vscode';
import { DocumentSelector, LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { ProjectWriteConfirmation } from './confirmWrites';

/**
 * The drafts the server sees: the draft languages (files named *.ecq.md, *.tq.txt…), and
 * Markdown and plain text, where the server checks the front matter and the content and
 * leaves files that are not drafts alone.
 */
export const DRAFT_SELECTOR: DocumentSelector = [
  { language: 'ecq-markdown' },
  { language: 'ecq-text' },
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'untitled' },
  { language: 'plaintext', scheme: 'file' },
  { language: 'plaintext', scheme: 'untitled' },
];

export function createClient(context: vscode.ExtensionContext, log: vscode.LogOutputChannel, writes: ProjectWriteConfirmation): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  // The same options whether or not the extension host is being debugged: the client
  // would otherwise start the server with --nolazy and an inspector whenever it runs under
  // an extension-development host (tests included), which slows every analysis. To debug
  // the server, set NODE_OPTIONS=--inspect before starting the editor.
  const serverOptions: ServerOptions = { module, transport: TransportKind.ipc };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DRAFT_SELECTOR,
    // Findings as the writer types, and again on save.
    diagnosticPullOptions: { onChange: true, onSave: true },
    outputChannel: log,
    // Quick fixes that write a project file ask first (confirmWrites.ts).
    middleware: { executeCommand: writes.middleware },
    synchronize: {
      configurationSection: 'ecq',
      // The project config, the vocabulary, the drafts (folder packages, posting coverage)
      // and job postings.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{ecq.config.json,ecq-vocabulary.txt,ecq-ignore.json,*.{ecq,tq,resume,stories,interview}.{md,markdown,txt,text},*.posting.{md,markdown,txt,text,html,htm}}'),
    },
  };
  return new LanguageClient('ecq', 'ECQ Writer', serverOptions, clientOptions);
}
