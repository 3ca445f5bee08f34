/**
 * Lekh's VS Code client: activate and deactivate only. It starts the language server and hands the
 * client to the views, the status bar and the commands.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { AnnotationsChangedNotification, IndexChangedNotification, TrustGrantedNotification, type IndexStatus, type InitializationOptions } from '../../server/src/protocol';
import { CorpusView } from './views/corpusView';
import { EntitiesView } from './views/entitiesView';
import { StatusBar } from './statusBar';
import { registerCommands } from './commands/commands';
import { registerEntityCommands } from './commands/entities';
import { AnnotationsView } from './views/annotationsView';
import { registerAnnotationCommands } from './commands/annotations';
import { AnnotationDecorations } from './annotationDecorations';

let client: LanguageClient | undefined;

/** What `activate` returns: used by the extension-host tests instead of sleeping. */
export interface LekhApi {
  /** Resolves once the language server has indexed the workspace for the first time. */
  ready: Promise<void>;
  /** The tree data providers behind the sidebar views, so tests read what the views show. */
  views: { annotations: AnnotationsView };
}

export async function activate(context: vscode.ExtensionContext): Promise<LekhApi> {
  const output = vscode.window.createOutputChannel('Lekh', { log: true });
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
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

  const corpusView = new CorpusView(() => client);
  const entitiesView = new EntitiesView(() => client);
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
  context.subscriptions.push(
    output,
    statusBar,
    vscode.window.registerTreeDataProvider('lekh.corpus', corpusView),
    vscode.window.registerTreeDataProvider('lekh.entities', entitiesView),
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
    ...registerCommands({ client: () => client, output, refresh: () => { corpusView.refresh(); entitiesView.refresh(); } }),
    ...registerEntityCommands({ client: () => client, refresh: () => entitiesView.refresh() }),
  );

  let resolveReady!: () => void;
  const ready = new Promise<void>((r) => (resolveReady = r));
  const onStatus = (status: IndexStatus) => {
    statusBar.update(status);
    corpusView.refresh();
    entitiesView.refresh();
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
  return { ready, views: { annotations: annotationsView } };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
