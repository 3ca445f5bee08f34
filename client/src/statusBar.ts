import * as vscode from 'vscode';
import type { IndexStatus } from '../../server/src/protocol';

/** The status-bar item with the index state; a click shows the output channel. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('lekh.status', vscode.StatusBarAlignment.Left, 10);
  constructor() {
    this.item.name = 'Lekh';
    this.item.command = 'lekh.output.show';
    this.item.show();
  }
  starting(): void {
    this.item.text = `$(sync~spin) ${vscode.l10n.t('Lekh: starting')}`;
    this.item.tooltip = vscode.l10n.t('The Lekh language server is starting.');
  }
  update(s: IndexStatus): void {
    const skipped = s.skipped.length ? ` ${vscode.l10n.t('({0} skipped)', s.skipped.length)}` : '';
    if (s.state === 'indexing') {
      this.item.text = `$(sync~spin) ${vscode.l10n.t('Lekh: indexing {0}/{1}', s.done ?? 0, s.total ?? 0)}`;
      this.item.tooltip = vscode.l10n.t('Lekh is analysing the articles of this workspace.');
    } else {
      this.item.text = `$(book) ${vscode.l10n.t('Lekh: {0} articles', s.articles)}${skipped}`;
      this.item.tooltip = s.skipped.length
        ? vscode.l10n.t('{0} articles indexed. Skipped: {1}. Click for the log.', s.articles, s.skipped.map((x) => `${vscode.Uri.parse(x.uri).fsPath} (${x.reason})`).join('; '))
        : vscode.l10n.t('{0} articles indexed. Click for the log.', s.articles);
    }
  }
  stopped(): void {
    this.item.text = `$(error) ${vscode.l10n.t('Lekh: stopped')}`;
    this.item.tooltip = vscode.l10n.t('The Lekh language server is not running. Run “Lekh: Restart Language Server”.');
  }
  dispose(): void {
    this.item.dispose();
  }
}
