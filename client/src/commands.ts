import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands, EcqSetId, IgnoredFindingsResult, LintWorkspaceRequest, NewPackageFilesRequest } from '@ecq-writer/protocol';

import { CommandIds } from './commandIds';

export { CommandIds };

export interface CommandContext {
  readonly log: vscode.LogOutputChannel;
  /** The running client; undefined before it starts or when it failed to. */
  readonly client: () => LanguageClient | undefined;
  readonly workspaceDiagnostics: vscode.DiagnosticCollection;
  readonly refreshOverview: () => void;
}

/** Why a name cannot be a new folder of the package, or undefined when it can. */
export function folderNameProblem(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return 'Give the folder a name.';
  // One or more plain segments below the chosen folder: never above it, never absolute.
  if (/^[\\/]|^[a-z]:/i.test(trimmed) || trimmed.split(/[\\/]/).some((part) => part === '' || part === '.' || part === '..')) return 'Name a folder inside this one (no "..", no absolute path).';
  if (/[<>:"|?*\u0000-\u001f]/.test(trimmed)) return 'A folder name cannot hold < > : " | ? * or control characters.';
  return undefined;
}

export interface NewPackageArgs {
  readonly set?: EcqSetId;
  /** Where to create it; without it the command asks. */
  readonly folder?: vscode.Uri;
  /** A new folder to create inside `folder` for the package. */
  readonly newFolder?: string;
}

/** "ECQ: New ECQ Package": one file per ECQ of the chosen set. Existing files are never overwritten. */
async function newPackage(ctx: CommandContext, args?: NewPackageArgs): Promise<vscode.Uri[]> {
  let set = args?.set;
  if (!set) {
    const pick = await vscode.window.showQuickPick(
      [
        { label: '2025 ECQs', description: 'in force since Oct 1, 2025', set: '2025' as const },
        { label: 'Pre-2025 ECQs', description: 'Leading Change … Building Coalitions', set: 'legacy' as const },
      ],
      { title: 'New ECQ Package: which ECQ set?' },
    );
    if (!pick) return [];
    set = pick.set;
  }
  let folder = args?.folder ?? vscode.workspace.workspaceFolders?.[0]?.uri;
  let newFolder = args?.newFolder;
  if (!args?.folder) {
    // The folder dialog cannot make a folder in every VS Code (not in the browser's), so a
    // new one is asked for by name, inside the workspace.
    const where = folder
      ? await vscode.window.showQuickPick(
          [
            { label: '$(new-folder) New folder…', description: `in ${vscode.workspace.asRelativePath(folder)}`, create: true },
            { label: '$(folder-opened) Existing folder…', create: false },
          ],
          { title: 'New ECQ Package: where?' },
        )
      : { create: false };
    if (!where) return [];
    if (where.create) {
      newFolder = await vscode.window.showInputBox({ title: 'New ECQ Package: name of the new folder', value: 'ecq-package', validateInput: folderNameProblem });
      if (!newFolder) return [];
    } else {
      const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, defaultUri: folder, openLabel: 'Create the package here', title: 'New ECQ Package: choose a folder' });
      if (!picked?.[0]) return [];
      folder = picked[0];
    }
  }
  if (!folder) return [];
  if (newFolder !== undefined) {
    const problem = folderNameProblem(newFolder);
    if (problem) {
      void vscode.window.showErrorMessage(`New ECQ Package: ${problem}`);
      return [];
    }
    folder = vscode.Uri.joinPath(folder, newFolder.trim());
    await vscode.workspace.fs.createDirectory(folder);
  }
  const client = ctx.client();
  if (!client) {
    void vscode.window.showWarningMessage('ECQ Writer: the language server is not running; see the ECQ Writer output.');
    return [];
  }
  const { files } = await client.sendRequest(NewPackageFilesRequest, { set });
  const existing: string[] = [];
  for (const f of files) {
    try {
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, f.name));
      existing.push(f.name);
    } catch {
      // does not exist: will be created
    }
  }
  if (existing.length === files.length) {
    void vscode.window.showInformationMessage(`Every file of the package already exists in ${folder.fsPath}; nothing was changed.`);
    return [];
  }
  if (existing.length > 0) {
    const answer = await vscode.window.showWarningMessage(`${existing.length} of the files already exist (${existing.join(', ')}). They will not be touched.`, { modal: true }, 'Create the others');
    if (answer !== 'Create the others') return [];
  }
  const created: vscode.Uri[] = [];
  for (const f of files) {
    if (existing.includes(f.name)) continue;
    const uri = vscode.Uri.joinPath(folder, f.name);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(f.text));
    created.push(uri);
  }
  ctx.log.info(`Created ${created.length} ECQ files in ${folder.fsPath}`);
  if (created[0]) await vscode.window.showTextDocument(created[0]);
  ctx.refreshOverview();
  return created;
}

/**
 * "ECQ: Lint Workspace": findings for every draft, in the Problems panel. Open drafts get
 * theirs from the language server as you type; this fills in the closed ones.
 */
async function lintWorkspace(ctx: CommandContext): Promise<number> {
  const client = ctx.client();
  if (!client) {
    void vscode.window.showErrorMessage('ECQ Writer: the language server is not running. See the output (ECQ: Show Output).');
    return 0;
  }
  const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'ECQ: checking the workspace' }, () => client.sendRequest(LintWorkspaceRequest));
  const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
  ctx.workspaceDiagnostics.clear();
  let count = 0;
  for (const file of result.files) {
    const uri = vscode.Uri.parse(file.uri);
    count += file.diagnostics.length;
    if (open.has(uri.toString())) continue;
    ctx.workspaceDiagnostics.set(uri, await client.protocol2CodeConverter.asDiagnostics(file.diagnostics as never));
  }
  void vscode.commands.executeCommand('workbench.actions.view.problems');
  ctx.log.info(`Lint Workspace: ${count} findings in ${result.files.length} drafts`);
  return count;
}

/** The document whose project the ignore commands act on: the active draft's, else the first workspace folder's. */
function projectAnchor(): string | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && active.scheme === 'file') return active.toString();
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, 'ecq.config.json').toString() : undefined;
}

async function ignoredFindings(ctx: CommandContext, command: string): Promise<IgnoredFindingsResult | undefined> {
  const client = ctx.client();
  const uri = projectAnchor();
  if (!client || !uri) {
    void vscode.window.showWarningMessage('ECQ Writer: open a folder or a draft first.');
    return undefined;
  }
  return (await client.sendRequest('workspace/executeCommand', { command, arguments: [{ uri }] })) as IgnoredFindingsResult | undefined;
}

/** "ECQ: Show Ignored Findings": the project's ignored findings in a list; picking one opens the file that holds them. */
async function showIgnoredFindings(ctx: CommandContext): Promise<number> {
  const result = await ignoredFindings(ctx, Commands.ignoredFindings);
  if (!result) return 0;
  for (const problem of result.problems) ctx.log.warn(`${result.file}: ${problem}`);
  if (result.ignored.length === 0) {
    void vscode.window.showInformationMessage('No findings are ignored in this project. Use the quick fix "Ignore this finding" on a finding to hide it without changing the draft.');
    return 0;
  }
  const pick = await vscode.window.showQuickPick(
    result.ignored.map((e) => ({ label: `$(eye-closed) ${e.rule}`, description: e.text ? `"${e.text}"` : '', detail: `${e.file ? `${e.file}: ` : ''}${e.context}` })),
    { title: `Ignored findings (${result.ignored.length}), kept in ${vscode.workspace.asRelativePath(result.file)}`, matchOnDescription: true, matchOnDetail: true },
  );
  if (pick) await vscode.window.showTextDocument(vscode.Uri.file(result.file));
  return result.ignored.length;
}

/** "ECQ: Clear Ignored Findings": after a confirmation, every ignored finding of the project shows again. */
async function clearIgnored(ctx: CommandContext, args?: { confirmed?: boolean }): Promise<number> {
  const current = await ignoredFindings(ctx, Commands.ignoredFindings);
  if (!current || current.ignored.length === 0) {
    if (current) void vscode.window.showInformationMessage('No findings are ignored in this project.');
    return 0;
  }
  if (!args?.confirmed) {
    const answer = await vscode.window.showWarningMessage(`Show the ${current.ignored.length} ignored findings again?`, { modal: true, detail: `This empties ${vscode.workspace.asRelativePath(current.file)}.` }, 'Clear');
    if (answer !== 'Clear') return 0;
  }
  const before = await ignoredFindings(ctx, Commands.clearIgnoredFindings);
  ctx.log.info(`Cleared ${before?.ignored.length ?? 0} ignored findings`);
  return before?.ignored.length ?? 0;
}

/** The walkthrough contributed in package.json (`contributes.walkthroughs`), as VS Code names it: publisher.name#id. */
export const WALKTHROUGH_ID = 'ecq-writer.ecq-writer#gettingStarted';

const WALKTHROUGH_OFFERED = 'ecq.walkthroughOffered';

/**
 * Opens the walkthrough on the first activation after the extension is installed, once per
 * user (issue 14). VS Code opens a new extension's walkthrough by itself only when it is
 * installed from the Extensions view, not from a VSIX or the command line, which is how an
 * agency's managed machines install it. An extension under development or test is left alone.
 */
export async function openWalkthroughOnFirstInstall(context: vscode.ExtensionContext): Promise<void> {
  if (context.extensionMode !== vscode.ExtensionMode.Production || context.globalState.get<boolean>(WALKTHROUGH_OFFERED)) return;
  await context.globalState.update(WALKTHROUGH_OFFERED, true);
  await vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH_ID, false);
}

export function registerCommands(context: vscode.ExtensionContext, ctx: CommandContext): void {
  const register = (id: string, fn: (...args: never[]) => unknown): void => {
    context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  };
  register(CommandIds.newPackage, (args?: NewPackageArgs) => newPackage(ctx, args));
  register(CommandIds.lintWorkspace, () => lintWorkspace(ctx));
  register(CommandIds.showOutput, () => ctx.log.show());
  register(CommandIds.openWalkthrough, () => vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH_ID, false));
  register(CommandIds.refreshOverview, () => ctx.refreshOverview());
  register(CommandIds.showIgnoredFindings, () => showIgnoredFindings(ctx));
  register(CommandIds.clearIgnoredFindings, (args?: { confirmed?: boolean }) => clearIgnored(ctx, args));
  // Also the one command the readiness report's links may run, so its arguments are checked.
  register(CommandIds.openLocation, async (uri: unknown, line: unknown, character: unknown = 0) => {
    if (typeof uri !== 'string' || typeof line !== 'number' || typeof character !== 'number') return;
    const target = vscode.Uri.parse(uri);
    if (target.scheme !== 'file' || !vscode.workspace.getWorkspaceFolder(target)) return;
    const editor = await vscode.window.showTextDocument(target);
    const position = new vscode.Position(Math.max(0, line), Math.max(0, character));
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  });
}
