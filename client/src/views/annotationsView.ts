import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AnnotationsRequest, type AnnotationInfo, type ArticleAnnotationsInfo } from '../../../server/src/protocol';

/** A node of the Annotations view. */
export type AnnotationNode =
  | { kind: 'article'; article: ArticleAnnotationsInfo; annotations: AnnotationInfo[] }
  | { kind: 'orphans'; annotations: AnnotationInfo[] }
  | { kind: 'annotation'; annotation: AnnotationInfo }
  | { kind: 'source'; article: ArticleAnnotationsInfo }
  | { kind: 'error'; article: ArticleAnnotationsInfo };

const ORIGIN_ICONS: Record<string, string> = { user: 'tag', accepted: 'pass', ignored: 'circle-slash' };

/** Converts a protocol range into a vscode.Range. */
export function toRange(r: AnnotationInfo['range']): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/** What an annotation is, in a few words: its type or label, or “not an entity” for an ignore rule. */
export function annotationKind(a: AnnotationInfo): string {
  if (a.origin === 'ignored') return vscode.l10n.t('not an entity');
  return a.entityType ?? a.label ?? vscode.l10n.t('note');
}

/**
 * The Annotations view: article → its user annotations (labels, notes, attributions); the ones
 * that could not be placed in the current text in an “Orphaned” group, each with Re-attach and
 * Delete. A click reveals the annotation in its article. Fed by `lekh/annotations`, refreshed by
 * `lekh/annotationsChanged`.
 */
export class AnnotationsView implements vscode.TreeDataProvider<AnnotationNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private cache: ArticleAnnotationsInfo[] | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  refresh(): void {
    this.cache = undefined;
    this.changed.fire();
  }

  /** Every article's annotations as last fetched (fetched when needed). */
  async articles(): Promise<ArticleAnnotationsInfo[]> {
    if (this.cache) return this.cache;
    const c = this.client();
    if (!c?.isRunning()) return [];
    try {
      this.cache = await c.sendRequest<ArticleAnnotationsInfo[]>(AnnotationsRequest, {});
    } catch {
      this.cache = [];
    }
    return this.cache;
  }

  async getChildren(node?: AnnotationNode): Promise<AnnotationNode[]> {
    if (!node) {
      const all = await this.articles();
      const out: AnnotationNode[] = [];
      for (const article of all) {
        if (article.error) out.push({ kind: 'error', article });
        const placed = article.annotations.filter((a) => a.status === 'anchored');
        if (placed.length || article.source) out.push({ kind: 'article', article, annotations: placed });
      }
      const orphans = all.flatMap((a) => a.annotations.filter((x) => x.status === 'orphaned'));
      if (orphans.length) out.push({ kind: 'orphans', annotations: orphans });
      return out;
    }
    if (node.kind === 'article' || node.kind === 'orphans') {
      const rows: AnnotationNode[] = node.annotations.map((annotation) => ({ kind: 'annotation' as const, annotation }));
      if (node.kind === 'article' && node.article.source) rows.unshift({ kind: 'source', article: node.article });
      return rows;
    }
    return [];
  }

  getTreeItem(node: AnnotationNode): vscode.TreeItem {
    if (node.kind === 'article') {
      const item = new vscode.TreeItem(node.article.title, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `article:${node.article.uri}`;
      item.resourceUri = vscode.Uri.parse(node.article.uri);
      item.description = node.annotations.length ? (node.annotations.length === 1 ? vscode.l10n.t('1 annotation') : vscode.l10n.t('{0} annotations', node.annotations.length)) : vscode.l10n.t('source only');
      item.tooltip = node.article.relativePath;
      item.iconPath = new vscode.ThemeIcon('file-text');
      item.contextValue = 'lekh.annotatedArticle';
      return item;
    }
    if (node.kind === 'orphans') {
      const item = new vscode.TreeItem(vscode.l10n.t('Orphaned'), vscode.TreeItemCollapsibleState.Expanded);
      item.id = 'orphans';
      item.description = vscode.l10n.t('{0} not found in the text', node.annotations.length);
      item.tooltip = vscode.l10n.t('Annotations whose text could not be found again after the article changed. They are kept: re-attach each to a selection, or delete it.');
      item.iconPath = new vscode.ThemeIcon('warning');
      item.contextValue = 'lekh.orphans';
      return item;
    }
    if (node.kind === 'source') {
      const s = node.article.source ?? {};
      const item = new vscode.TreeItem(s.publisher ? vscode.l10n.t('Source: {0}', s.publisher) : vscode.l10n.t('Source'), vscode.TreeItemCollapsibleState.None);
      item.id = `source:${node.article.uri}`;
      item.description = [s.published, s.reliability ? vscode.l10n.t('reliability {0}', s.reliability) : undefined].filter(Boolean).join(' · ');
      const md = new vscode.MarkdownString();
      const line = (k: string, v?: string) => v && md.appendText(`${k}: ${v}\n\n`);
      line(vscode.l10n.t('Publisher'), s.publisher);
      line('URL', s.url);
      line(vscode.l10n.t('Author'), s.author);
      line(vscode.l10n.t('Published (the article’s reference date)'), s.published);
      line(vscode.l10n.t('Accessed'), s.accessed);
      line(vscode.l10n.t('Reliability'), s.reliability);
      line(vscode.l10n.t('Note'), s.note);
      item.tooltip = md;
      item.iconPath = new vscode.ThemeIcon('link-external');
      item.contextValue = 'lekh.source';
      item.command = { command: 'lekh.source.annotate', title: vscode.l10n.t('Annotate Source…'), arguments: [{ uri: node.article.uri }] };
      return item;
    }
    if (node.kind === 'error') {
      const item = new vscode.TreeItem(node.article.relativePath, vscode.TreeItemCollapsibleState.None);
      item.id = `error:${node.article.uri}`;
      item.description = vscode.l10n.t('annotation file cannot be read');
      item.tooltip = node.article.error;
      item.iconPath = new vscode.ThemeIcon('error');
      if (node.article.storeFile) item.command = { command: 'vscode.open', title: vscode.l10n.t('Open the Annotation File'), arguments: [vscode.Uri.file(node.article.storeFile)] };
      return item;
    }
    const a = node.annotation;
    const orphaned = a.status === 'orphaned';
    const item = new vscode.TreeItem(`“${a.text}”`, vscode.TreeItemCollapsibleState.None);
    item.id = `annotation:${a.uri}#${a.id}`;
    const parts = [annotationKind(a), a.note, a.attribution ? vscode.l10n.t('said by {0}', a.attribution) : undefined].filter(Boolean);
    item.description = orphaned ? `${parts.join(' · ')} — ${a.relativePath}` : parts.join(' · ');
    const md = new vscode.MarkdownString();
    md.appendText(`“${a.text}” — ${annotationKind(a)}`);
    if (a.label && a.entityType) md.appendText(`\n\n${vscode.l10n.t('Label')}: ${a.label}`);
    if (a.note) md.appendText(`\n\n${vscode.l10n.t('Note')}: ${a.note}`);
    if (a.attribution) md.appendText(`\n\n${vscode.l10n.t('Attributed to')}: ${a.attribution}`);
    md.appendText(`\n\n${a.relativePath}${orphaned ? '' : `:${a.range.start.line + 1}`} · ${a.modified.slice(0, 10)}`);
    if (orphaned) md.appendText(`\n\n${vscode.l10n.t('Orphaned: its text was not found in the article any more.')}`);
    item.tooltip = md;
    item.iconPath = new vscode.ThemeIcon(orphaned ? 'question' : ORIGIN_ICONS[a.origin] ?? 'tag');
    item.contextValue = orphaned ? 'lekh.annotation.orphaned' : 'lekh.annotation';
    item.command = { command: 'lekh.annotation.reveal', title: vscode.l10n.t('Show Annotation'), arguments: [a] };
    return item;
  }
}
