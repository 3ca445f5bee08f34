/**
 * The Lekh language server: wiring only. Each handler finds the document, calls the core (through
 * the workspace index) and converts the result; the features/ files do the converting.
 * Started over stdio (`--stdio`) or IPC (`--node-ipc`), as vscode-languageserver decides from argv.
 */
import {
  createConnection,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import {
  CorpusRequest,
  EntitiesRequest,
  IndexChangedNotification,
  MentionsRequest,
  ReindexRequest,
  StatusRequest,
  type ArticleSummary,
  type EntitiesParams,
  type EntitySummary,
  type MentionLocation,
  type MentionsParams,
} from './protocol';
import { WorkspaceIndex } from './workspace/workspaceIndex';
import { readCorpusSettings, type CorpusSettings } from './workspace/settings';
import { LEGEND, semanticTokens } from './features/semanticTokens';
import { toDiagnostics } from './features/diagnostics';
import { codeActions } from './features/codeActions';
import { hover } from './features/hover';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

const log = (message: string) => connection.console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);

let notifyTimer: NodeJS.Timeout | undefined;
const index = new WorkspaceIndex({
  log,
  changed() {
    // Views refresh on this; at most four times a second.
    if (notifyTimer) return;
    notifyTimer = setTimeout(() => {
      notifyTimer = undefined;
      void connection.sendNotification(IndexChangedNotification, index.status());
    }, 250);
  },
});

let hasConfigurationCapability = false;
let hasWatchedFilesDynamicRegistration = false;
let workspaceFolders: { uri: string; name: string }[] = [];

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities;
  hasConfigurationCapability = !!caps.workspace?.configuration;
  hasWatchedFilesDynamicRegistration = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  workspaceFolders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
  log(`Lekh server ${process.version}, pid ${process.pid}; folders: ${workspaceFolders.map((f) => URI.parse(f.uri).fsPath).join(', ') || '(none)'}`);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      semanticTokensProvider: { legend: LEGEND, full: true, range: true },
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      workspace: {
        workspaceFolders: { supported: true, changeNotifications: true },
        fileOperations: {
          didRename: { filters: [{ scheme: 'file', pattern: { glob: '**/*', matches: 'file' } }, { scheme: 'file', pattern: { glob: '**/*', matches: 'folder' } }] },
        },
      },
    },
    serverInfo: { name: 'lekh', version: '0.1.0' },
  };
});

async function folderSettings(): Promise<{ uri: string; settings?: CorpusSettings }[]> {
  return Promise.all(
    workspaceFolders.map(async (f) => {
      if (!hasConfigurationCapability) return { uri: f.uri };
      try {
        const raw = await connection.workspace.getConfiguration({ scopeUri: f.uri, section: 'lekh.corpus' });
        const { settings, problems } = readCorpusSettings(raw);
        for (const p of problems) {
          log(p);
          void connection.window.showWarningMessage(`Lekh: ${p}`);
        }
        return { uri: f.uri, settings };
      } catch (e) {
        log(`Could not read the settings of ${f.uri}: ${(e as Error).message}; using defaults.`);
        return { uri: f.uri };
      }
    }),
  );
}

let indexing: Promise<unknown> = Promise.resolve();
async function reindex(): Promise<void> {
  index.setFolders(await folderSettings());
  const started = Date.now();
  const progress = await connection.window.createWorkDoneProgress();
  progress.begin('Lekh: indexing articles', 0, 'finding articles…', false);
  let lastReport = 0;
  try {
    const n = await index.indexAll({
      report(done, total, file) {
        const now = Date.now();
        if (now - lastReport < 100 && done < total) return;
        lastReport = now;
        progress.report(Math.round((100 * done) / Math.max(1, total)), `${done}/${total} ${file}`);
      },
    });
    const skipped = index.status().skipped.length;
    log(`Indexed ${n} articles in ${Date.now() - started} ms${skipped ? `; skipped ${skipped} (see above)` : ''}.`);
  } catch (e) {
    log(`Indexing failed: ${(e as Error).stack ?? e}`);
  } finally {
    progress.done();
  }
  for (const d of documents.all()) publish(d.uri);
}

connection.onInitialized(() => {
  if (hasWatchedFilesDynamicRegistration) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/*' }],
    });
  }
  connection.workspace.onDidChangeWorkspaceFolders((e) => {
    workspaceFolders = [...workspaceFolders.filter((f) => !e.removed.some((r) => r.uri === f.uri)), ...e.added];
    indexing = indexing.then(reindex);
  });
  indexing = indexing.then(reindex);
});

connection.onDidChangeConfiguration(() => {
  indexing = indexing.then(reindex);
});

connection.onDidChangeWatchedFiles(async (params) => {
  for (const c of params.changes) {
    if (c.type === FileChangeType.Deleted) index.fileDeleted(c.uri);
    else await index.fileChanged(c.uri);
  }
});

connection.workspace.onDidRenameFiles((params) => {
  for (const f of params.files) index.fileRenamed(f.oldUri, f.newUri);
});

// ---- open documents ----

const pending = new Set<string>();
let flushScheduled = false;
function schedulePublish(uri: string): void {
  pending.add(uri);
  if (flushScheduled) return;
  flushScheduled = true;
  // Coalesces a burst of edits into one analysis, without a timer's delay.
  setImmediate(() => {
    flushScheduled = false;
    const uris = [...pending];
    pending.clear();
    for (const u of uris) publish(u);
  });
}

function publish(uri: string): void {
  const doc = documents.get(uri);
  if (!doc) return;
  const entry = index.entry(uri);
  const lines = index.lineMap(uri);
  if (!entry || !lines) {
    void connection.sendDiagnostics({ uri, diagnostics: [] });
    return;
  }
  void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: toDiagnostics(entry.analysis.findings, lines, uri) });
}

documents.onDidOpen((e) => {
  if (index.documentChanged(e.document.uri, e.document.getText(), e.document.version, e.document.languageId)) schedulePublish(e.document.uri);
});
documents.onDidChangeContent((e) => {
  if (index.documentChanged(e.document.uri, e.document.getText(), e.document.version, e.document.languageId)) schedulePublish(e.document.uri);
});
documents.onDidClose((e) => {
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  void index.documentClosed(e.document.uri);
});

// ---- language features ----

connection.languages.semanticTokens.on((params) => {
  const entry = index.entry(params.textDocument.uri);
  const lines = index.lineMap(params.textDocument.uri);
  if (!entry || !lines) return { data: [] };
  return semanticTokens(entry.analysis.spans, lines);
});

connection.languages.semanticTokens.onRange((params) => {
  const entry = index.entry(params.textDocument.uri);
  const lines = index.lineMap(params.textDocument.uri);
  if (!entry || !lines) return { data: [] };
  return semanticTokens(entry.analysis.spans, lines, lines.offset(params.range.start), lines.offset(params.range.end));
});

connection.onHover((params) => {
  const entry = index.entry(params.textDocument.uri);
  const lines = index.lineMap(params.textDocument.uri);
  if (!entry || !lines) return null;
  return hover(entry, index.corpus, lines, lines.offset(params.position));
});

connection.onCodeAction((params) => {
  const entry = index.entry(params.textDocument.uri);
  const lines = index.lineMap(params.textDocument.uri);
  if (!entry || !lines) return [];
  return codeActions(params, entry.analysis.findings, lines);
});

// ---- Lekh's own requests (protocol.ts) ----

connection.onRequest(CorpusRequest, (): ArticleSummary[] => {
  const out = index.corpus.articles().map((a): ArticleSummary => ({
    uri: a.id,
    relativePath: index.relativePath(a.id),
    title: a.analysis.title || index.relativePath(a.id),
    date: a.analysis.referenceDate?.value,
    dateSource: a.analysis.referenceDate?.source,
    entities: a.analysis.counts.entities,
    dates: a.analysis.counts.dates,
    figures: a.analysis.counts.figures,
    problems: a.analysis.findings.length,
    errors: a.analysis.findings.filter((f) => f.severity === 'error').length,
    warnings: a.analysis.findings.filter((f) => f.severity === 'warning').length,
  }));
  return out.sort((x, y) => (y.date ?? '').localeCompare(x.date ?? '') || x.title.localeCompare(y.title));
});

connection.onRequest(EntitiesRequest, (params: EntitiesParams | undefined): EntitySummary[] => {
  let list = index.corpus.entities();
  if (params?.type) list = list.filter((e) => e.type === params.type);
  if (params?.limit) list = list.slice(0, params.limit);
  return list.map((e) => ({ id: e.id, type: e.type, name: e.name, surfaces: e.surfaces, mentions: e.mentionCount, articles: e.articleCount }));
});

connection.onRequest(MentionsRequest, (params: MentionsParams): MentionLocation[] => {
  const out: MentionLocation[] = [];
  for (const m of index.corpus.mentions(params.id)) {
    const lines = index.lineMap(m.article);
    if (!lines) continue;
    out.push({ uri: m.article, relativePath: index.relativePath(m.article), range: lines.range(m.start, m.end), text: m.text, preview: lines.preview(m.start) });
  }
  return out.sort((a, b) => a.relativePath.localeCompare(b.relativePath) || a.range.start.line - b.range.start.line);
});

connection.onRequest(StatusRequest, () => index.status());

connection.onRequest(ReindexRequest, async () => {
  indexing = indexing.then(reindex);
  await indexing;
  return index.status();
});

process.on('uncaughtException', (e) => log(`Unexpected error: ${e.stack ?? e}`));
process.on('unhandledRejection', (e) => log(`Unexpected rejection: ${(e as Error)?.stack ?? e}`));

documents.listen(connection);
connection.listen();
