import * as path from 'node:path';
import * as vscode from 'vscode';
import { applyEdits, modify, parse } from 'jsonc-parser';

/**
 * "ECQ: Set Job Posting": links a posting in the project config (`ecq.config.json` at the
 * root of the posting's workspace folder), so that the command line and the editor compare
 * the drafts with the same file. The config is edited through the editor (one undoable edit
 * that keeps its comments and layout) and saved; nothing else is written.
 */

const POSTING_GLOB = '**/*.posting.{md,markdown,txt,text,html,htm}';
const LINK_ANSWER = 'Link';
const OTHER_GLOB = '**/*.{md,markdown,txt,text,html,htm}';

async function pickPosting(): Promise<vscode.Uri | undefined> {
  const postings = await vscode.workspace.findFiles(POSTING_GLOB, '**/node_modules/**', 200);
  const others = (await vscode.workspace.findFiles(OTHER_GLOB, '**/node_modules/**', 400)).filter(
    (u) => !postings.some((p) => p.toString() === u.toString()) && !/\.(?:ecq|tq|resume|stories)\.[a-z]+$/i.test(u.path),
  );
  type Item = vscode.QuickPickItem & { uri?: vscode.Uri };
  const item = (u: vscode.Uri): Item => ({ label: path.basename(u.fsPath), description: vscode.workspace.asRelativePath(path.dirname(u.fsPath)), uri: u });
  const items: Item[] = [
    ...(postings.length > 0 ? [{ label: 'Job postings', kind: vscode.QuickPickItemKind.Separator } as Item, ...postings.map(item)] : []),
    ...(others.length > 0 ? [{ label: 'Other files', kind: vscode.QuickPickItemKind.Separator } as Item, ...others.map(item)] : []),
  ];
  if (items.length === 0) {
    void vscode.window.showInformationMessage('No job posting found in the workspace. Save the posting from USAJOBS as a file named like job.posting.md (or .txt or .html), then run "ECQ: Set Job Posting" again.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(items, { title: 'Set Job Posting', placeHolder: 'The vacancy announcement to compare the drafts with', matchOnDescription: true });
  return picked?.uri;
}

export interface SetPostingOptions {
  /** The caller has already asked the writer (the tests, or a caller with its own dialog). */
  readonly confirmed?: boolean;
}

/**
 * Links `posting` (or one the user picks); returns the config file written, if any.
 * Picking from the list is the writer's confirmation; a posting handed in (the explorer's
 * context menu, another command) is confirmed in a dialog first, so that nothing writes the
 * project config on a single click.
 */
export async function setPosting(posting?: vscode.Uri, options: SetPostingOptions = {}): Promise<vscode.Uri | undefined> {
  const uri = posting ?? (await pickPosting());
  if (!uri) return undefined;
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) {
    void vscode.window.showErrorMessage(`ECQ Writer: ${uri.fsPath} is outside the workspace; open the folder that holds the drafts and the posting.`);
    return undefined;
  }
  const configUri = vscode.Uri.joinPath(folder.uri, 'ecq.config.json');
  const relative = path.relative(folder.uri.fsPath, uri.fsPath).split(path.sep).join('/');
  if (posting && !options.confirmed) {
    const answer = await vscode.window.showInformationMessage(
      `Link ${relative} as the job posting?`,
      { modal: true, detail: `ECQ Writer will write "posting": "${relative}" into ${vscode.workspace.asRelativePath(configUri)}, creating the file if needed.` },
      LINK_ANSWER,
    );
    if (answer !== LINK_ANSWER) return undefined;
  }
  const edit = new vscode.WorkspaceEdit();
  let exists = true;
  try {
    await vscode.workspace.fs.stat(configUri);
  } catch {
    exists = false;
  }
  if (exists) {
    const document = await vscode.workspace.openTextDocument(configUri);
    if (document.isDirty) {
      const answer = await vscode.window.showWarningMessage('ecq.config.json has unsaved changes. Link the posting and save the file with them?', { modal: true }, 'Link and Save');
      if (answer !== 'Link and Save') return undefined;
    }
    const text = document.getText();
    const errors: { error: number }[] = [];
    parse(text, errors as never, { allowTrailingComma: true });
    if (errors.length > 0) {
      void vscode.window.showErrorMessage('ECQ Writer: ecq.config.json is not valid JSON; fix it, then set the posting again.', 'Open ecq.config.json').then((c) => c && vscode.window.showTextDocument(document));
      return undefined;
    }
    const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const updated = applyEdits(text, modify(text, ['posting'], relative, { formattingOptions: { insertSpaces: true, tabSize: 2, eol } }));
    if (updated === text) {
      void vscode.window.showInformationMessage(`${relative} is already the linked job posting.`);
      return configUri;
    }
    edit.replace(configUri, new vscode.Range(document.positionAt(0), document.positionAt(text.length)), updated);
  } else {
    edit.createFile(configUri, { ignoreIfExists: true });
    edit.insert(configUri, new vscode.Position(0, 0), `{\n  "posting": ${JSON.stringify(relative)}\n}\n`);
  }
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage('ECQ Writer: the project config could not be edited.');
    return undefined;
  }
  await (await vscode.workspace.openTextDocument(configUri)).save();
  void vscode.window.showInformationMessage(`Linked ${relative} as the job posting in ecq.config.json.`);
  return configUri;
}
