import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { EcqWriterApi } from '../../../client/src/extension';

export const EXTENSION_ID = 'ecq-writer.ecq-writer';

/**
 * Polls `check` until it returns a value, or fails after `timeoutMs`. The tests wait on
 * this or on events, never on a fixed sleep.
 */
export async function waitFor<T>(description: string, check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) assert.fail(`Timed out after ${timeoutMs} ms waiting for ${description}${last ? `: ${String(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export async function activate(): Promise<EcqWriterApi> {
  const extension = vscode.extensions.getExtension<EcqWriterApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed in the test editor`);
  return extension.activate();
}

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need a workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

export function codes(uri: vscode.Uri): string[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'ECQ Writer')
    .map((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code)));
}

/** Resolves with the diagnostics of `uri` once `predicate` holds for them. */
export function diagnosticsWhen(uri: vscode.Uri, predicate: (codes: string[]) => boolean, timeoutMs = 20_000): Promise<string[]> {
  return waitFor(`diagnostics of ${uri.path.split('/').pop()} to match`, () => {
    const current = codes(uri);
    return predicate(current) ? current : undefined;
  }, timeoutMs);
}

export async function openDraft(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(document);
}
