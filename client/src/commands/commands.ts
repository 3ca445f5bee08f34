import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ReindexRequest, type MentionLocation } from '../../../server/src/protocol';

export interface CommandContext {
  client: () => LanguageClient | undefined;
  output: vscode.OutputChannel;
  refresh: () => void;
}

/** The corpus, server and navigation commands (`lekh.<noun>.<verb>`). */
export function registerCommands(ctx: CommandContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('lekh.corpus.refresh', async () => {
      const c = ctx.client();
      if (c?.isRunning()) {
        await vscode.window.withProgress({ location: { viewId: 'lekh.corpus' }, title: vscode.l10n.t('Re-reading the corpus…') }, () => c.sendRequest(ReindexRequest));
      }
      ctx.refresh();
    }),
    vscode.commands.registerCommand('lekh.output.show', () => ctx.output.show(true)),
    vscode.commands.registerCommand('lekh.server.restart', async () => {
      const c = ctx.client();
      if (!c) return;
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Restarting Lekh…') }, () => c.restart());
      ctx.refresh();
    }),
    vscode.commands.registerCommand('lekh.mention.open', async (m: MentionLocation) => {
      const range = new vscode.Range(m.range.start.line, m.range.start.character, m.range.end.line, m.range.end.character);
      await vscode.window.showTextDocument(vscode.Uri.parse(m.uri), { selection: range, preview: true });
    }),
  ];
}
