import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EntitiesRequest, type EntitySummary } from '../../../server/src/protocol';
import type { EntityFilter } from '../views/entityFilter';

export interface SidebarCommandContext {
  client: () => LanguageClient | undefined;
  filter: EntityFilter;
}

/**
 * What "Filter by Entity…" can be given: an entity id (`TYPE:key`), an Entities view node, or
 * nothing (then a QuickPick of the corpus's entities).
 */
type FilterArg = string | { entity: EntitySummary } | undefined;

/** The sidebar's commands: the entity filter of the Corpus view and the Timeline, and showing the Timeline. */
export function registerSidebarCommands(ctx: SidebarCommandContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('lekh.corpus.filterByEntity', async (arg: FilterArg): Promise<boolean> => {
      if (arg && typeof arg === 'object' && arg.entity) {
        ctx.filter.set({ id: arg.entity.id, name: arg.entity.name, type: arg.entity.type });
        return true;
      }
      const c = ctx.client();
      if (!c?.isRunning()) return false;
      const all = await c.sendRequest<EntitySummary[]>(EntitiesRequest, {});
      let picked: EntitySummary | undefined;
      if (typeof arg === 'string') {
        picked = all.find((e) => e.id === arg);
        if (!picked) void vscode.window.showWarningMessage(vscode.l10n.t('No entity {0} in the corpus.', arg));
      } else {
        picked = (
          await vscode.window.showQuickPick(
            all.map((e) => ({ label: e.name, description: `${e.type} · ${vscode.l10n.t('{0} articles', e.articles)}`, detail: e.surfaces.length > 1 ? e.surfaces.join(', ') : undefined, e })),
            { title: vscode.l10n.t('Show only articles that mention…'), matchOnDescription: true, matchOnDetail: true },
          )
        )?.e;
      }
      if (!picked) return false;
      ctx.filter.set({ id: picked.id, name: picked.name, type: picked.type });
      return true;
    }),
    vscode.commands.registerCommand('lekh.corpus.clearFilter', () => ctx.filter.set(undefined)),
    vscode.commands.registerCommand('lekh.timeline.show', () => vscode.commands.executeCommand('lekh.timeline.focus')),
  ];
}
