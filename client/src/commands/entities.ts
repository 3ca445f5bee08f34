import * as vscode from 'vscode';
import { writable } from '../trust';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EntitiesRequest, type EntitySummary } from '../../../server/src/protocol';
import { parseRegister, WorkspaceRegister, type WorkspaceEntity } from '../../../server/src/core/corpus/register';
import type { EntityType } from '../../../server/src/core/types';

const TYPES: EntityType[] = ['PERSON', 'LOCATION', 'ORGANIZATION', 'NORP', 'EVENT'];

/** What an entity action works on: a node of the Entities view, or the editor's selection. */
type Target = { entity: EntitySummary } | undefined;

/**
 * Answers an action would otherwise ask for, so the actions can be scripted (keybindings, tests):
 * `executeCommand('lekh.entity.retype', node, { type: 'LOCATION' })`. Whatever is missing is asked.
 */
export interface EntityArgs {
  /** add: the name, when there is no view node or selection. */
  name?: string;
  /** add, retype, split: the entity type. */
  type?: EntityType;
  /** add: the description ('' for none). */
  description?: string;
  /** merge: the entity to merge into, by id (`TYPE:key`) or name. */
  into?: string;
  /** split: the spellings that name a different entity. */
  spellings?: string[];
}

export interface EntityCommandContext {
  client: () => LanguageClient | undefined;
  refresh: () => void;
}

/** The folder whose `.lekh/entities.json` an action edits: the active article's, else the first. */
function registerFile(): vscode.Uri | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder = (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, '.lekh', 'entities.json') : undefined;
}

/**
 * Reads the register, lets `edit` change its entities, and writes it back (creating `.lekh/`).
 * The server watches the file and re-indexes, so every article follows.
 */
async function editRegister(edit: (entities: WorkspaceEntity[]) => WorkspaceEntity[] | undefined): Promise<boolean> {
  if (!writable(vscode.l10n.t('the entity register'))) return false;
  const file = registerFile();
  if (!file) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder to keep an entity register.'));
    return false;
  }
  let entities: WorkspaceEntity[] = [];
  try {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    const parsed = parseRegister(text);
    if (parsed.problems.length) {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} has problems ({1}); fix them first.', '.lekh/entities.json', parsed.problems[0].message));
      return false;
    }
    entities = parsed.entities;
  } catch {
    // No register yet.
  }
  const next = edit(entities.map((e) => ({ ...e, aliases: [...e.aliases], roles: [...e.roles] })));
  if (!next) return false;
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(file, '..'));
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(WorkspaceRegister.stringify(next)));
  return true;
}

/** The register entry for an entity (by any of its names), or a new one appended. */
function entryFor(entities: WorkspaceEntity[], names: string[], type: EntityType): WorkspaceEntity {
  const reg = new WorkspaceRegister(entities);
  const found = reg.findAny(names);
  if (found) return entities[entities.indexOf(found)] ?? found;
  const e: WorkspaceEntity = { name: names[0], type, aliases: [], roles: [] };
  entities.push(e);
  return e;
}

function addAliases(e: WorkspaceEntity, names: readonly string[]): void {
  for (const n of names) if (n !== e.name && !e.aliases.includes(n)) e.aliases.push(n);
}

/** `type` when it is one of the five entity types. */
function validType(type: string | undefined): EntityType | undefined {
  return TYPES.find((t) => t === type);
}

async function pickType(current?: string): Promise<EntityType | undefined> {
  const picked = await vscode.window.showQuickPick(
    TYPES.map((t) => ({ label: t, description: t === current ? vscode.l10n.t('current') : undefined })),
    { title: vscode.l10n.t('Entity type') },
  );
  return picked?.label as EntityType | undefined;
}

/** The entity a command acts on: the view node, else the selection (or the word) in the editor. */
function targetNames(target: Target): { names: string[]; type?: string } | undefined {
  if (target?.entity) return { names: [target.entity.name, ...target.entity.surfaces], type: target.entity.type };
  const ed = vscode.window.activeTextEditor;
  if (!ed) return undefined;
  const range = ed.selection.isEmpty ? ed.document.getWordRangeAtPosition(ed.selection.active, /[\p{L}\p{M}\p{N}\u200C\u200D-]+(?:\s+[\p{L}\p{M}\p{N}\u200C\u200D-]+)*/u) : ed.selection;
  const text = range ? ed.document.getText(range).trim() : '';
  return text && !/[\r\n]/.test(text) ? { names: [text] } : undefined;
}

async function entities(ctx: EntityCommandContext): Promise<EntitySummary[]> {
  const c = ctx.client();
  if (!c?.isRunning()) return [];
  return c.sendRequest<EntitySummary[]>(EntitiesRequest, {});
}

/** Entity actions for the Entities view and the editor (`lekh.entity.<verb>`). */
export function registerEntityCommands(ctx: EntityCommandContext): vscode.Disposable[] {
  /** Reports a finished action; commands return whether they changed the register (for scripts and tests). */
  const done = (ok: boolean, message: string): boolean => {
    if (!ok) return false;
    void vscode.window.setStatusBarMessage(message, 4000);
    ctx.refresh();
    return true;
  };
  return [
    // Add (also: annotate every identical string of the corpus): the selection or the view's entity.
    vscode.commands.registerCommand('lekh.entity.add', async (target: Target, args?: EntityArgs) => {
      const t = args?.name && !target ? undefined : targetNames(target);
      const name = t?.names[0] ?? (args?.name ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('Name of the entity') })))?.trim();
      if (!name) return;
      const type = validType(args?.type) ?? (await pickType(t?.type));
      if (!type) return;
      const description = args?.description ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('Description (optional)'), prompt: name }));
      const ok = await editRegister((list) => {
        const e = entryFor(list, t?.names ?? [name], type);
        e.type = type;
        e.ignore = undefined;
        if (description?.trim()) e.description = description.trim();
        addAliases(e, (t?.names ?? []).slice(1));
        return list;
      });
      return done(ok, vscode.l10n.t('{0} is in the register as {1}; every identical string is marked.', name, type));
    }),
    vscode.commands.registerCommand('lekh.entity.annotateAll', (target: Target, args?: EntityArgs) => vscode.commands.executeCommand('lekh.entity.add', target, args)),
    vscode.commands.registerCommand('lekh.entity.retype', async (target: Target, args?: EntityArgs) => {
      const t = targetNames(target);
      if (!t) return;
      const type = validType(args?.type) ?? (await pickType(t.type));
      if (!type) return;
      const ok = await editRegister((list) => {
        const e = entryFor(list, t.names, type);
        e.type = type;
        addAliases(e, t.names);
        return list;
      });
      return done(ok, vscode.l10n.t('{0} is now {1}.', t.names[0], type));
    }),
    vscode.commands.registerCommand('lekh.entity.ignore', async (target: Target) => {
      const t = targetNames(target);
      if (!t) return;
      const ok = await editRegister((list) => {
        const e = entryFor(list, t.names, (t.type as EntityType) ?? 'PERSON');
        e.ignore = true;
        addAliases(e, t.names);
        return list;
      });
      return done(ok, vscode.l10n.t('{0} will not be marked.', t.names[0]));
    }),
    vscode.commands.registerCommand('lekh.entity.merge', async (target: Target, args?: EntityArgs) => {
      const t = targetNames(target);
      if (!t) return;
      const others = (await entities(ctx)).filter((e) => e.name !== t.names[0] && (!t.type || e.type === t.type));
      let into: { e: EntitySummary } | undefined;
      if (args?.into) {
        const e = others.find((x) => x.id === args.into) ?? others.find((x) => x.name === args.into);
        if (!e) {
          void vscode.window.showWarningMessage(vscode.l10n.t('No other entity of this type is called {0}.', args.into));
          return;
        }
        into = { e };
      } else {
        into = await vscode.window.showQuickPick(
          others.map((e) => ({ label: e.name, description: `${e.type} · ${e.mentions}`, detail: e.surfaces.join(', '), e })),
          { title: vscode.l10n.t('Merge {0} into…', t.names[0]), matchOnDetail: true },
        );
      }
      if (!into) return;
      const chosen = into;
      const ok = await editRegister((list) => {
        const e = entryFor(list, [chosen.e.name, ...chosen.e.surfaces], chosen.e.type as EntityType);
        // The merged entity's own entry, if any, is folded in.
        const old = new WorkspaceRegister(list).findAny(t.names);
        if (old && old !== e) {
          list.splice(list.indexOf(old), 1);
          addAliases(e, [old.name, ...old.aliases]);
        }
        addAliases(e, [...chosen.e.surfaces, ...t.names]);
        return list;
      });
      return done(ok, vscode.l10n.t('{0} merged into {1}.', t.names[0], into.e.name));
    }),
    vscode.commands.registerCommand('lekh.entity.split', async (target: Target, args?: EntityArgs) => {
      const t = targetNames(target);
      if (!t || t.names.length < 2) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Only an entity written in more than one way can be split.'));
        return;
      }
      const surfaces = [...new Set(t.names)];
      const picked = args?.spellings
        ? args.spellings.filter((s) => surfaces.includes(s)).map((label) => ({ label }))
        : await vscode.window.showQuickPick(surfaces.map((s) => ({ label: s })), { title: vscode.l10n.t('Spellings that name a different entity'), canPickMany: true });
      if (!picked?.length || picked.length === surfaces.length) return;
      const moved = picked.map((p) => p.label);
      const type = validType(args?.type) ?? (await pickType(t.type)) ?? (t.type as EntityType);
      const ok = await editRegister((list) => {
        const keep = surfaces.filter((s) => !moved.includes(s));
        const e = entryFor(list, keep, (t.type as EntityType) ?? type);
        e.aliases = e.aliases.filter((a) => !moved.includes(a));
        addAliases(e, keep);
        if (moved.includes(e.name)) e.name = keep[0];
        list.push({ name: moved[0], type, aliases: moved.slice(1), roles: [] });
        return list;
      });
      return done(ok, vscode.l10n.t('{0} split off as its own entity.', moved.join(', ')));
    }),
    vscode.commands.registerCommand('lekh.entity.openRegister', async () => {
      const file = registerFile();
      if (!file) return;
      try {
        await vscode.workspace.fs.stat(file);
      } catch {
        await editRegister((list) => list);
      }
      await vscode.window.showTextDocument(file);
    }),
  ];
}
