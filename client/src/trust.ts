import * as vscode from 'vscode';

/**
 * True in a trusted workspace. In an untrusted one Lekh writes nothing: shows why (`what` names
 * what cannot be changed) and returns false.
 */
export function writable(what: string): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window.showWarningMessage(vscode.l10n.t('This workspace is not trusted, so Lekh writes nothing: {0} cannot be changed. Trust the workspace (Manage Workspace Trust) to change it.', what));
  return false;
}
