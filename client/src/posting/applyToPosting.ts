import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RetargetPlanRequest } from '@ecq-writer/protocol';

/**
 * ECQ: Apply to Another Posting (issue 15): copies the active draft's package into a new
 * folder linked to a new posting, and shows how the material covers it, each TQ with the
 * stories and examples that best answer it. The server plans the copy as `ecq retarget`
 * does (`ecq/retargetPlan`); this asks before writing, never replaces a file (each is
 * checked again just before it is created), and opens the report beside the drafts.
 */
export async function applyToAnotherPosting(client: LanguageClient | undefined): Promise<vscode.Uri[] | undefined> {
  if (!client) return undefined;
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  const picked = await vscode.window.showOpenDialog({
    canSelectFiles: true,
    canSelectMany: false,
    ...(root ? { defaultUri: root } : {}),
    filters: { 'Job posting': ['md', 'txt', 'html', 'htm'] },
    openLabel: 'Apply to this posting',
    title: 'The new job posting (a file in the workspace)',
  });
  const posting = picked?.[0];
  if (!posting) return undefined;
  const folder = await vscode.window.showInputBox({
    title: 'New folder for the package',
    prompt: 'A new folder in the workspace: the package is copied there and linked to the new posting',
    value: posting.path.split('/').pop()!.replace(/\.posting\.[a-z]+$|\.[a-z]+$/i, '') + '-application',
    validateInput: (v) => (/^[^/\\][^\\]*$/.test(v.trim()) && !v.split(/[\\/]/).includes('..') ? undefined : 'a folder name inside the workspace, such as next-job'),
  });
  if (!folder) return undefined;
  const base = root ?? vscode.Uri.joinPath(posting, '..');
  const target = vscode.Uri.joinPath(base, folder.trim());
  const active = vscode.window.activeTextEditor?.document.uri;
  const plan = await client.sendRequest(RetargetPlanRequest, { ...(active?.scheme === 'file' ? { uri: active.toString() } : {}), posting: posting.fsPath, folder: target.fsPath });
  if (plan.error) {
    void vscode.window.showWarningMessage(`ECQ Writer: cannot apply the package to that posting: ${plan.error}`);
    return undefined;
  }
  const confirm = await vscode.window.showInformationMessage(`Copy ${plan.files.length} files into ${vscode.workspace.asRelativePath(target)}, linked to ${posting.path.split('/').pop()}?`, { modal: true }, 'Copy');
  if (confirm !== 'Copy') return undefined;
  const written: vscode.Uri[] = [];
  for (const file of plan.files) {
    const uri = vscode.Uri.file(file.path);
    // Never replace a file, even one made since the plan.
    const exists = await vscode.workspace.fs.stat(uri).then(() => true, () => false);
    if (exists) {
      void vscode.window.showWarningMessage(`ECQ Writer: ${vscode.workspace.asRelativePath(uri)} exists now; stopped there, nothing replaced (${written.length} files written).`);
      return written;
    }
    await vscode.workspace.fs.writeFile(uri, Buffer.from(file.text, 'utf8'));
    written.push(uri);
  }
  const report = await vscode.workspace.openTextDocument({ language: 'markdown', content: `# ${posting.path.split('/').pop()}: what the package covers\n\n\`\`\`text\n${plan.report}\`\`\`\n` });
  await vscode.window.showTextDocument(report, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  return written;
}
