/**
 * Lekh's VS Code client: activate and deactivate only. It starts the language server and hands the
 * client to the views, the status bar and the commands.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { AnnotationsChangedNotification, IndexChangedNotification, TrustGrantedNotification, type IndexStatus, type InitializationOptions } from '../../server/src/protocol';
import { CorpusView } from './views/corpusView';
import { EntityFilter } from './views/entityFilter';
import { TimelineView } from './views/timelineView';
import { registerSidebarCommands } from './commands/sidebar';
import { EntitiesView } from './views/entitiesView';
import { StatusBar } from './statusBar';
import { registerCommands } from './commands/commands';
import { registerEntityCommands } from './commands/entities';
import nodeFlags from '../../server/node-flags.json';
import { AnnotationsView } from './views/annotationsView';
import { registerAnnotationCommands } from './commands/annotations';
import { AnnotationDecorations } from './annotationDecorations';

let client: LanguageClient | undefined;

/** What `activate` returns: used by the extension-host tests instead of sleeping. */
export interface LekhApi {
  /** Resolves once the language server has indexed the workspace for the first time. */
  ready: Promise<void>;
  /** Sends a `lekh/*` request to the language server (tests read the views' data through it). */
  request<T>(method: string, params?: unknown): Promise<T>;
  /** The sidebar's providers and shared entity filter, for the extension-host tests. */
  views: { corpus: CorpusView; entities: EntitiesView; timeline: TimelineView; filter: EntityFilter; annotations: AnnotationsView };
}

export async function activate(context: vscode.ExtensionContext): Promise<LekhApi> {
  const output = vscode.window.createOutputChannel('Lekh', { log: true });
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    // The server's heap flags live in server/node-flags.json, which the tests and the benchmark read too.
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: nodeFlags.execArgv } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...nodeFlags.execArgv, '--nolazy', '--inspect=6009'] } },
  };
  // A function: a restart after the user trusted the workspace passes the trust it has now.
  const initializationOptions = (): InitializationOptions => ({
    trusted: vscode.workspace.isTrusted,
    storagePath: context.storageUri?.fsPath ?? context.globalStorageUri.fsPath,
  });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'article' },
      { scheme: 'untitled', language: 'article' },
    ],
    synchronize: { configurationSection: 'lekh' },
    outputChannel: output,
    initializationOptions,
  };
  client = new LanguageClient('lekh', 'Lekh', serverOptions, clientOptions);

  const filter = new EntityFilter();
  const corpusView = new CorpusView(() => client, filter);
  const entitiesView = new EntitiesView(() => client);
  const timelineView = new TimelineView(context.extensionUri, () => client, filter);
  const annotationsView = new AnnotationsView(() => client);
  const decorations = new AnnotationDecorations(() => client);
  // Typing in an annotated article changes its annotations on every key: the view and the
  // decorations follow at most about six times a second.
  let annotationsTimer: NodeJS.Timeout | undefined;
  const refreshAnnotations = () => {
    if (annotationsTimer) return;
    annotationsTimer = setTimeout(() => {
      annotationsTimer = undefined;
      annotationsView.refresh();
      decorations.refresh();
    }, 150);
  };
  const statusBar = new StatusBar();
  const corpusTree = vscode.window.createTreeView('lekh.corpus', { treeDataProvider: corpusView, showCollapseAll: true });
  corpusView.view = corpusTree;
  const refreshViews = () => {
    corpusView.refresh();
    entitiesView.refresh();
    void timelineView.refresh();
  };
  context.subscriptions.push(
    output,
    statusBar,
    filter,
    corpusTree,
    timelineView,
    vscode.window.registerTreeDataProvider('lekh.entities', entitiesView),
    vscode.window.registerWebviewViewProvider(TimelineView.viewType, timelineView),
    ...registerCommands({ client: () => client, output, refresh: refreshViews }),
    vscode.window.registerTreeDataProvider('lekh.annotations', annotationsView),
    decorations,
    ...registerAnnotationCommands({
      client: () => client,
      refresh: () => {
        refreshAnnotations();
        corpusView.refresh(); // a source shows in the Corpus row
      },
    }),
    // Lekh writes nothing until the workspace is trusted; then the server may.
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      if (client?.isRunning()) void client.sendNotification(TrustGrantedNotification);
    }),
    ...registerEntityCommands({ client: () => client, refresh: () => entitiesView.refresh() }),
    ...registerSidebarCommands({ client: () => client, filter }),
  );

  let resolveReady!: () => void;
  const ready = new Promise<void>((r) => (resolveReady = r));
  const onStatus = (status: IndexStatus) => {
    statusBar.update(status);
    refreshViews();
    if (status.state === 'ready') {
      refreshAnnotations();
      resolveReady();
    }
  };
  // Registered before start, so it survives restarts of the server.
  client.onNotification(IndexChangedNotification, onStatus);
  client.onNotification(AnnotationsChangedNotification, refreshAnnotations);
  context.subscriptions.push(
    client.onDidChangeState((e) => {
      if (e.newState === State.Stopped) statusBar.stopped();
    }),
  );
  statusBar.starting();
  try {
    await client.start();
  } catch (e) {
    output.appendLine(`The Lekh language server did not start: ${(e as Error).message}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Lekh: the language server did not start. See the Lekh output channel.'));
    statusBar.stopped();
  }
  return {
    ready,
    request: <T>(method: string, params?: unknown) => {
      if (!client?.isRunning()) return Promise.reject(new Error('the Lekh language server is not running'));
      return client.sendRequest<T>(method, params);
    },
    views: { corpus: corpusView, entities: entitiesView, timeline: timelineView, filter, annotations: annotationsView },
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
