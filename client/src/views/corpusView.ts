import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CorpusRequest, type ArticleSummary, type CorpusParams } from '../../../server/src/protocol';
import type { EntityFilter } from './entityFilter';
import { groupByMonth, type MonthGroup } from './monthGroups';
import { sourceStatus } from './sourceStatus';

/** A node of the Corpus view: a month group or an article. */
export type CorpusNode = { kind: 'month'; group: MonthGroup<ArticleSummary> } | { kind: 'article'; article: ArticleSummary };

/** The month labels in the UI language ("September 2025"), with the year-unknown and undated groups. */
function monthLabels() {
  const lang = vscode.env.language;
  const monthYear = new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const monthOnly = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
  return {
    month: (y: number, m: number) => monthYear.format(new Date(Date.UTC(y, m - 1, 1))),
    monthOnly: (m: number) => vscode.l10n.t('{0}, year unknown', monthOnly.format(new Date(Date.UTC(2000, m - 1, 1)))),
    undated: vscode.l10n.t('Undated'),
  };
}

/**
 * The Corpus view: articles grouped by the month of their date (newest first; months without a
 * known year, then "Undated", last), each with its source and counts; a click opens it. Fed by
 * `lekh/corpus`, filtered by the sidebar's entity filter.
 */
export class CorpusView implements vscode.TreeDataProvider<CorpusNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  /** The tree view, once created: its description and message show the filter. */
  view: vscode.TreeView<CorpusNode> | undefined;

  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly filter: EntityFilter,
  ) {
    filter.onDidChange(() => this.refresh());
  }

  refresh(): void {
    this.changed.fire();
  }

  private async articles(): Promise<ArticleSummary[]> {
    const c = this.client();
    if (!c?.isRunning()) return [];
    const params: CorpusParams = this.filter.current ? { entity: this.filter.current.id } : {};
    try {
      return await c.sendRequest<ArticleSummary[]>(CorpusRequest, params);
    } catch {
      return [];
    }
  }

  async getChildren(node?: CorpusNode): Promise<CorpusNode[]> {
    if (node?.kind === 'article') return [];
    if (node?.kind === 'month') return node.group.articles.map((article) => ({ kind: 'article' as const, article }));
    const articles = await this.articles();
    this.showFilter(articles.length);
    return groupByMonth(articles, monthLabels()).map((group) => ({ kind: 'month' as const, group }));
  }

  private showFilter(count: number): void {
    if (!this.view) return;
    const f = this.filter.current;
    this.view.description = f ? vscode.l10n.t('mentioning {0}', f.name) : undefined;
    this.view.message = !f ? undefined : count === 1 ? vscode.l10n.t('1 article mentions {0} ({1}).', f.name, f.type) : vscode.l10n.t('{0} articles mention {1} ({2}).', count, f.name, f.type);
  }

  getTreeItem(node: CorpusNode): vscode.TreeItem {
    if (node.kind === 'month') {
      const item = new vscode.TreeItem(node.group.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `month:${node.group.key}`;
      const n = node.group.articles.length;
      item.description = n === 1 ? vscode.l10n.t('1 article') : vscode.l10n.t('{0} articles', n);
      item.iconPath = new vscode.ThemeIcon('calendar');
      item.contextValue = 'lekh.month';
      return item;
    }
    const a = node.article;
    const item = new vscode.TreeItem(a.title, vscode.TreeItemCollapsibleState.None);
    item.id = a.uri;
    item.resourceUri = vscode.Uri.parse(a.uri);
    const counts = vscode.l10n.t('{0} entities · {1} dates · {2} figures', a.entities, a.dates, a.figures);
    const src = a.source;
    const { annotated, text: source } = sourceStatus(src, { annotated: vscode.l10n.t('source annotated'), none: vscode.l10n.t('no source') });
    item.description = `${source} · ${counts}`;
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**${escapeMarkdown(a.title)}**\n\n`);
    md.appendMarkdown(`${escapeMarkdown(a.relativePath)}\n\n`);
    md.appendMarkdown(`${vscode.l10n.t('Date')}: ${a.date ?? vscode.l10n.t('unknown')}${a.dateSource ? ` (${a.dateSource})` : ''}\n\n`);
    if (annotated) {
      md.appendMarkdown(`${vscode.l10n.t('Publisher')}: ${escapeMarkdown(src!.publisher ?? vscode.l10n.t('unknown'))}\n\n`);
      if (src!.published) md.appendMarkdown(`${vscode.l10n.t('Published')}: ${escapeMarkdown(src!.published)}\n\n`);
      if (src!.reliability) md.appendMarkdown(`${vscode.l10n.t('Reliability')}: ${escapeMarkdown(src!.reliability)}\n\n`);
      if (src!.url) md.appendMarkdown(`${vscode.l10n.t('Source')}: ${escapeMarkdown(src!.url)}\n\n`);
    } else {
      md.appendMarkdown(`${vscode.l10n.t('The source of this article is not annotated.')}\n\n`);
    }
    md.appendMarkdown(counts);
    if (a.problems) md.appendMarkdown(`\n\n${vscode.l10n.t('{0} problems ({1} errors, {2} warnings)', a.problems, a.errors, a.warnings)}`);
    item.tooltip = md;
    // Problems first (they block publishing), then whether the source is annotated.
    item.iconPath = new vscode.ThemeIcon(a.errors ? 'error' : a.warnings ? 'warning' : annotated ? 'verified' : 'file-text');
    item.contextValue = 'lekh.article';
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open Article'), arguments: [vscode.Uri.parse(a.uri)] };
    return item;
  }
}

function escapeMarkdown(s: string): string {
  return s.replace(/[\\*_`[\]<>#|]/g, '\\$&');
}
