import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CorpusRequest, type ArticleSummary } from '../../../server/src/protocol';

/** The Corpus view: one row per article (title, date, counts); a click opens it. Fed by `lekh/corpus`. */
export class CorpusView implements vscode.TreeDataProvider<ArticleSummary> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  refresh(): void {
    this.changed.fire();
  }

  async getChildren(element?: ArticleSummary): Promise<ArticleSummary[]> {
    if (element) return [];
    const c = this.client();
    if (!c?.isRunning()) return [];
    try {
      return await c.sendRequest<ArticleSummary[]>(CorpusRequest);
    } catch {
      return [];
    }
  }

  getTreeItem(a: ArticleSummary): vscode.TreeItem {
    const item = new vscode.TreeItem(a.title, vscode.TreeItemCollapsibleState.None);
    item.id = a.uri;
    item.resourceUri = vscode.Uri.parse(a.uri);
    const counts = vscode.l10n.t('{0} entities · {1} dates · {2} figures', a.entities, a.dates, a.figures);
    item.description = `${a.date ?? vscode.l10n.t('no date')} · ${counts}`;
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**${a.title.replace(/[*_`[\]]/g, '\\$&')}**\n\n`);
    md.appendMarkdown(`${a.relativePath}\n\n`);
    md.appendMarkdown(`${vscode.l10n.t('Date')}: ${a.date ?? vscode.l10n.t('unknown')}${a.dateSource ? ` (${a.dateSource})` : ''}\n\n${counts}`);
    if (a.problems) md.appendMarkdown(`\n\n${vscode.l10n.t('{0} problems ({1} errors, {2} warnings)', a.problems, a.errors, a.warnings)}`);
    item.tooltip = md;
    item.iconPath = new vscode.ThemeIcon(a.errors ? 'error' : a.warnings ? 'warning' : 'file-text');
    item.contextValue = 'lekh.article';
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open Article'), arguments: [vscode.Uri.parse(a.uri)] };
    return item;
  }
}
