import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EntitiesRequest, MentionsRequest, type EntitySummary, type MentionLocation } from '../../../server/src/protocol';

const TYPES = ['PERSON', 'LOCATION', 'ORGANIZATION', 'NORP', 'EVENT'] as const;
const TYPE_ICONS: Record<string, string> = { PERSON: 'person', LOCATION: 'location', ORGANIZATION: 'organization', NORP: 'globe', EVENT: 'calendar' };

type Node =
  | { kind: 'type'; type: string; count: number }
  | { kind: 'entity'; entity: EntitySummary }
  | { kind: 'mention'; mention: MentionLocation };

/** The Entities view: type → entity → mentions; a click on a mention jumps to it. */
export class EntitiesView implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private cache: EntitySummary[] | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  refresh(): void {
    this.cache = undefined;
    this.changed.fire();
  }

  private async entities(): Promise<EntitySummary[]> {
    if (this.cache) return this.cache;
    const c = this.client();
    if (!c?.isRunning()) return [];
    try {
      this.cache = await c.sendRequest<EntitySummary[]>(EntitiesRequest, {});
    } catch {
      this.cache = [];
    }
    return this.cache;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      const all = await this.entities();
      return TYPES.map((type) => ({ kind: 'type' as const, type, count: all.filter((e) => e.type === type).length })).filter((n) => n.count > 0);
    }
    if (node.kind === 'type') return (await this.entities()).filter((e) => e.type === node.type).map((entity) => ({ kind: 'entity' as const, entity }));
    if (node.kind === 'entity') {
      const c = this.client();
      if (!c?.isRunning()) return [];
      const mentions = await c.sendRequest<MentionLocation[]>(MentionsRequest, { id: node.entity.id });
      return mentions.map((mention) => ({ kind: 'mention' as const, mention }));
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'type') {
      const item = new vscode.TreeItem(node.type, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `type:${node.type}`;
      item.description = String(node.count);
      item.iconPath = new vscode.ThemeIcon(TYPE_ICONS[node.type] ?? 'symbol-misc');
      return item;
    }
    if (node.kind === 'entity') {
      const e = node.entity;
      const item = new vscode.TreeItem(e.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `entity:${e.id}`;
      const mentions = e.mentions === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', e.mentions);
      const articles = e.articles === 1 ? vscode.l10n.t('1 article') : vscode.l10n.t('{0} articles', e.articles);
      item.description = `${mentions} · ${articles}`;
      item.tooltip = e.surfaces.length > 1 ? vscode.l10n.t('Written as: {0}', e.surfaces.join(', ')) : e.name;
      item.contextValue = 'lekh.entity';
      return item;
    }
    const m = node.mention;
    const item = new vscode.TreeItem(m.preview, vscode.TreeItemCollapsibleState.None);
    item.description = `${m.relativePath}:${m.range.start.line + 1}`;
    item.tooltip = `${m.text} — ${m.relativePath}:${m.range.start.line + 1}`;
    item.iconPath = new vscode.ThemeIcon('quote');
    item.command = { command: 'lekh.mention.open', title: vscode.l10n.t('Open Mention'), arguments: [m] };
    return item;
  }
}
