import type * as vscode from 'vscode';
import type { EcqWriterApi } from '../../../client/src/extension';

export interface PostingTermNode {
  readonly item: vscode.TreeItem;
}

/** The items under "Key terms" in the keyword sidebar, as the tree shows them. */
export function termNodes(api: EcqWriterApi): PostingTermNode[] {
  const terms = api.posting.terms;
  const group = terms.getChildren().find((n) => n.kind === 'group' && n.group === 'terms');
  if (!group) return [];
  return terms.getChildren(group).map((n) => ({ item: terms.getTreeItem(n) }));
}
