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
import { URI, Utils } from 'vscode-uri';
import {
  CorpusRequest,
  EntitiesRequest,
  IndexChangedNotification,
  MentionsRequest,
  ReindexRequest,
  StatusRequest,
  TimelineRequest,
  type ArticleSummary,
  type CorpusParams,
  type TimelineParams,
  type TimelineResult,
  type EntitiesParams,
  type InitializationOptions,
  type EntitySummary,
  type MentionLocation,
  type MentionsParams,
} from './protocol';
import { WorkspaceIndex } from './workspace/workspaceIndex';
import { IndexCache } from './workspace/cache';
import { readCheckSettings, readCorpusSettings, type CorpusSettings } from './workspace/settings';
import { LEGEND, semanticTokens } from './features/semanticTokens';
import { toDiagnostics } from './features/diagnostics';
import { CODE_ACTION_KINDS, codeActions } from './features/codeActions';
import { hover } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { figureConflictDiagnostics } from './features/figureConflicts';
import { readDateFigureSettings, DEFAULT_DATE_FIGURE_SETTINGS } from './workspace/settings';
import { references } from './features/references';
import { definition } from './features/definition';
import { highlights } from './features/highlights';
import { prepareRename, rename } from './features/rename';
import { workspaceSymbols } from './features/workspaceSymbols';
import { codeLenses } from './features/codeLens';
import { entityFindings } from './features/entityDiagnostics';
import { corpusSummaries } from './features/corpus';
import { timelineEvents } from './features/timeline';
import { readFile } from 'node:fs/promises';
import { parseRegister, WorkspaceRegister } from './core/corpus/register';

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
  canRefreshInlayHints = !!caps.workspace?.inlayHint?.refreshSupport;
  workspaceFolders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
  log(`Lekh server ${process.version}, pid ${process.pid}; folders: ${workspaceFolders.map((f) => URI.parse(f.uri).fsPath).join(', ') || '(none)'}`);
  // The warm-start cache lives in the extension's storage folder, never in the user's; written only when trusted.
  const init = (params.initializationOptions ?? {}) as Partial<InitializationOptions>;
  if (typeof init.storagePath === 'string' && init.storagePath && workspaceFolders.length) {
    index.useCache(new IndexCache({ storagePath: init.storagePath, folders: workspaceFolders.map((f) => f.uri), writable: init.trusted === true, log }));
  }
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      inlayHintProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      renameProvider: { prepareProvider: true },
      workspaceSymbolProvider: true,
      codeLensProvider: { resolveProvider: false },
      semanticTokensProvider: { legend: LEGEND, full: true, range: true },
      codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS },
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
/** Reads `lekh.checks` (per-check severities); invalid entries are dropped with a message. */
async function checkSettings(): Promise<void> {
  if (!hasConfigurationCapability) return;
  try {
    const { severities, problems } = readCheckSettings(await connection.workspace.getConfiguration({ section: 'lekh.checks' }));
    for (const p of problems) {
      log(p);
      void connection.window.showWarningMessage(`Lekh: ${p}`);
    }
    if (index.setCheckSeverities(severities)) for (const d of documents.all()) schedulePublish(d.uri);
  } catch (e) {
    log(`Could not read lekh.checks: ${(e as Error).message}; using the catalogue's severities.`);
  }
}

/** `lekh.inlayHints.relativeDates` and `lekh.figures.grouping`, as last read. */
let dateFigureSettings = DEFAULT_DATE_FIGURE_SETTINGS;
let canRefreshInlayHints = false;
/** Reads the date and figure settings; re-publishes and refreshes hints when they change. */
async function readDateFigureSettingsNow(): Promise<void> {
  if (!hasConfigurationCapability) return;
  try {
    const [inlay, figures] = await connection.workspace.getConfiguration([{ section: 'lekh.inlayHints' }, { section: 'lekh.figures' }]);
    const { settings, problems } = readDateFigureSettings(inlay, figures);
    for (const p of problems) {
      log(p);
      void connection.window.showWarningMessage(`Lekh: ${p}`);
    }
    const hintsChanged = settings.relativeDateHints !== dateFigureSettings.relativeDateHints;
    dateFigureSettings = settings;
    if (index.setFigureGrouping(settings.grouping)) for (const d of documents.all()) schedulePublish(d.uri);
    if (hintsChanged && canRefreshInlayHints) void connection.languages.inlayHint.refresh();
  } catch (e) {
    log(`Could not read lekh.inlayHints / lekh.figures: ${(e as Error).message}; using the defaults.`);
  }
}

async function reindex(): Promise<void> {
  await checkSettings();
  await readDateFigureSettingsNow();
  index.setFolders(await folderSettings());
  await loadRegister();
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
  // Once the index is ready and the open documents are published: the warm-start cache.
  await index.saveCache();
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
    if (c.uri.endsWith('/.lekh/entities.json')) {
      // The register changes what is marked in every article: index again (reindex reads it).
      indexing = indexing.then(reindex);
      continue;
    }
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
  // Coalesces a burst of edits into one analysis, without a timer's delay: every edit read in
  // the same turn of the event loop only records its text; the analysis runs once, after them.
  // Analysis is synchronous and reads the newest text, so an edit that comes later supersedes the
  // work (its own flush analyses again) and never sees an older result published after its own.
  setImmediate(() => {
    flushScheduled = false;
    const uris = [...pending];
    pending.clear();
    for (const u of uris) publish(u);
  });
}

/** The document version whose diagnostics were sent last, per URI: an older one is never sent after it. */
const publishedVersion = new Map<string, number>();

function publish(uri: string): void {
  const doc = documents.get(uri);
  if (!doc) return;
  const entry = index.entry(uri);
  const lines = index.lineMap(uri);
  if (!entry || !lines) {
    void connection.sendDiagnostics({ uri, diagnostics: [] });
    return;
  }
  const version = doc.version;
  if ((publishedVersion.get(uri) ?? -Infinity) > version) return;
  publishedVersion.set(uri, version);
  const diagnostics = [...toDiagnostics(entry.analysis.findings, lines, uri), ...figureConflictDiagnostics(entry, index.corpus.articlesSharingFigures(entry), lines, (a) => index.lineMap(a)), ...toDiagnostics(entityFindings(entry, index.corpus, workspaceRegister), lines, uri)];
  void connection.sendDiagnostics({ uri, version, diagnostics });
}

documents.onDidOpen((e) => {
  if (index.documentChanged(e.document.uri, e.document.getText(), e.document.version, e.document.languageId)) schedulePublish(e.document.uri);
});
documents.onDidChangeContent((e) => {
  if (index.documentChanged(e.document.uri, e.document.getText(), e.document.version, e.document.languageId)) schedulePublish(e.document.uri);
});
documents.onDidClose((e) => {
  publishedVersion.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  void index.documentClosed(e.document.uri);
});

// ---- language features ----

connection.languages.semanticTokens.on((params) => {
  const entry = index.entry(params.textDocument.uri);
  const lines = index.lineMap(params.textDocument.uri);
  if (!entry || !lines) return { data: [] };
  return semanticTokens(index.corpus.spansWithCorpus(entry.id), lines);
});

connection.languages.semanticTokens.onRange((params) => {
  const entry = index.entry(params.textDocument.uri);
  const lines = index.lineMap(params.textDocument.uri);
  if (!entry || !lines) return { data: [] };
  return semanticTokens(index.corpus.spansWithCorpus(entry.id), lines, lines.offset(params.range.start), lines.offset(params.range.end));
});

connection.languages.inlayHint.on((params) => {
  if (!dateFigureSettings.relativeDateHints) return [];
  const entry = index.entry(params.textDocument.uri);
  const lines = index.lineMap(params.textDocument.uri);
  if (!entry || !lines) return [];
  return inlayHints(entry, lines, lines.offset(params.range.start), lines.offset(params.range.end));
});

connection.onHover((params) => {
  const entry = index.entry(params.textDocument.uri);
  const lines = index.lineMap(params.textDocument.uri);
  if (!entry || !lines) return null;
  return hover(entry, index.corpus, lines, lines.offset(params.position), workspaceRegister);
});

connection.onCodeAction((params) => {
  const entry = index.entry(params.textDocument.uri);
  const lines = index.lineMap(params.textDocument.uri);
  if (!entry || !lines) return [];
  return codeActions(params, [...entry.analysis.findings, ...entityFindings(entry, index.corpus, workspaceRegister)], lines);
});

// ---- Entities across the corpus: definition, references, highlights, rename, symbols, lenses ----

const linesOf = (article: string) => index.lineMap(article);

/** The workspace entity registers (`.lekh/entities.json` of every folder), merged. */
let workspaceRegister = new WorkspaceRegister();

async function loadRegister(): Promise<void> {
  const all = [];
  for (const f of workspaceFolders) {
    const uri = URI.parse(f.uri);
    if (uri.scheme !== 'file') continue;
    const file = Utils.joinPath(uri, '.lekh', 'entities.json').fsPath;
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      continue; // No register in this folder.
    }
    const { entities, problems } = parseRegister(text);
    for (const p of problems) log(`${file}: ${p.path ? `${p.path}: ` : ''}${p.message}`);
    all.push(...entities);
  }
  workspaceRegister = new WorkspaceRegister(all);
  index.corpus.setRegister(workspaceRegister);
  if (all.length) log(`Entity register: ${all.length} entities.`);
}

connection.onDefinition((params) => {
  const entry = index.entry(params.textDocument.uri);
  const lines = index.lineMap(params.textDocument.uri);
  if (!entry || !lines) return null;
  return definition(entry, index.corpus, linesOf, lines.offset(params.position));
});

connection.onReferences((params) => {
  const entry = index.entry(params.textDocument.uri);
  const lines = index.lineMap(params.textDocument.uri);
  if (!entry || !lines) return [];
  return references(entry, index.corpus, linesOf, lines.offset(params.position), params.context.includeDeclaration);
});

connection.onDocumentHighlight((params) => {
  const entry = index.entry(params.textDocument.uri);
  const lines = index.lineMap(params.textDocument.uri);
  if (!entry || !lines) return [];
  return highlights(entry, index.corpus, lines, lines.offset(params.position));
});

connection.onPrepareRename((params) => {
  const entry = index.entry(params.textDocument.uri);
  const lines = index.lineMap(params.textDocument.uri);
  if (!entry || !lines) return null;
  return prepareRename(entry, lines, lines.offset(params.position));
});

connection.onRenameRequest((params) => {
  const entry = index.entry(params.textDocument.uri);
  const lines = index.lineMap(params.textDocument.uri);
  if (!entry || !lines) return null;
  return rename(entry, index.corpus, linesOf, lines.offset(params.position), params.newName);
});

connection.onWorkspaceSymbol((params) => workspaceSymbols(index.corpus, linesOf, params.query));

connection.onCodeLens((params) => {
  const entry = index.entry(params.textDocument.uri);
  const lines = index.lineMap(params.textDocument.uri);
  if (!entry || !lines) return [];
  return codeLenses(entry, index.corpus, lines);
});

// ---- Lekh's own requests (protocol.ts) ----

connection.onRequest(CorpusRequest, (params: CorpusParams | undefined): ArticleSummary[] => corpusSummaries(index.corpus, { relativePath: (a) => index.relativePath(a) }, params));

connection.onRequest(TimelineRequest, (params: TimelineParams | undefined): TimelineResult =>
  timelineEvents(index.corpus, { linesOf, relativePath: (a) => index.relativePath(a) }, params),
);

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

connection.onShutdown(async () => {
  // Articles changed on disk since the last indexing: keep their analyses for the next start.
  await index.saveCache();
});

process.on('uncaughtException', (e) => log(`Unexpected error: ${e.stack ?? e}`));
process.on('unhandledRejection', (e) => log(`Unexpected rejection: ${(e as Error)?.stack ?? e}`));

documents.listen(connection);
connection.listen();
