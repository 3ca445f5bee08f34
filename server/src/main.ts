/**
 * The Lekh language server: wiring only. Each handler finds the document, calls the core (through
 * the workspace index) and converts the result; the features/ files do the converting.
 * Started over stdio (`--stdio`) or IPC (`--node-ipc`), as vscode-languageserver decides from argv.
 */
import {
  createConnection,
  DidChangeWatchedFilesNotification,
  ResponseError,
  ErrorCodes,
  MessageType,
  ShowMessageNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
  type TextDocumentContentChangeEvent,
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
  AnnotationsRequest,
  AnnotateRequest,
  AnnotationUpdateRequest,
  AnnotationDeleteRequest,
  AnnotationReattachRequest,
  SourceRequest,
  ExportRequest,
  ImportRequest,
  TrustGrantedNotification,
  AnnotationsChangedNotification,
  type AnnotationsParams,
  type AnnotateParams,
  type AnnotationUpdateParams,
  type AnnotationDeleteParams,
  type AnnotationReattachParams,
  type SourceParams,
  type ExportParams,
  type ImportParams,
  type ArticleAnnotationsInfo,
} from './protocol';
import { AnnotationError, AnnotationService, type TextEdit } from './workspace/annotations';
import { ACCEPT_ENTITY_COMMAND, REJECT_ENTITY_COMMAND, annotationCodeActions, annotationHover, annotationInfo, type EntityCommandArgs } from './features/annotations';
import { annotationOverrides } from './core/annotations';
import type { UserAnnotation } from './core/annotations';
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
import { corpusSource, corpusSummaries } from './features/corpus';
import { timelineEvents } from './features/timeline';
import { readFile } from 'node:fs/promises';
import { parseRegister, WorkspaceRegister } from './core/corpus/register';

const connection = createConnection(ProposedFeatures.all);
/** Raw edits of each change notification, in offsets, for the annotations to shift exactly (read in onDidChangeContent). */
const rawEdits = new Map<string, (TextEdit | 'full')[]>();
const documents = new TextDocuments({
  create: TextDocument.create,
  update(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
    // Applied one change at a time: each change's range is in the text after the ones before it.
    const edits = rawEdits.get(document.uri) ?? [];
    for (const change of changes) {
      const range = 'range' in change ? { start: document.offsetAt(change.range.start), end: document.offsetAt(change.range.end) } : undefined;
      TextDocument.update(document, [change], version);
      edits.push(range ? { ...range, text: change.text, after: document.getText() } : 'full');
    }
    rawEdits.set(document.uri, edits);
    return document;
  },
});

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

const annotations = new AnnotationService({
  log,
  error(message) {
    log(message);
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message });
  },
  changed(uris, live) {
    annotationsChanged(uris, live);
  },
  sourceChanged(uri, published) {
    if (index.setReferenceDate(uri, published)) {
      log(`Reference date of ${index.relativePath(uri)}: ${published ?? 'from the text again'} (annotated source).`);
      refreshEditorFeatures(uri);
    }
  },
  locate(uri) {
    const parsed = URI.parse(uri);
    const folder = parsed.scheme === 'file' ? index.folderOf(uri) : undefined;
    return folder ? { folder: { uri: folder.uri, fsPath: folder.fsPath }, relativePath: index.relativePath(uri) } : undefined;
  },
  textOf(uri) {
    return index.textOf(uri);
  },
});

// The user's entity annotations and ignore rules are part of each article's analysis (tokens,
// hover, the Entities view, references, counts), as decisions that override the automatic spans.
index.useOverrides((uri) => annotationOverrides(annotations.peek(uri)?.file));

/** Coalesces annotation change notifications (and the editor refreshes they cause) into one per turn. */
const changedAnnotations = new Set<string>();
/** Of those, the ones changed otherwise than by typing (the editor must fetch tokens again). */
const refetchAnnotations = new Set<string>();
let annotationsNotifyScheduled = false;
function annotationsChanged(uris: string[], live = false): void {
  for (const u of uris) {
    changedAnnotations.add(u);
    if (!live) refetchAnnotations.add(u);
  }
  if (annotationsNotifyScheduled) return;
  annotationsNotifyScheduled = true;
  setImmediate(() => {
    annotationsNotifyScheduled = false;
    const list = [...changedAnnotations];
    const refetch = [...refetchAnnotations];
    changedAnnotations.clear();
    refetchAnnotations.clear();
    void connection.sendNotification(AnnotationsChangedNotification, { uris: list });
    for (const u of refetch) index.overridesChanged(u);
    if (refetch.some((u) => documents.get(u))) refreshEditorFeatures();
  });
}

/** Asks the editor to fetch semantic tokens and inlay hints again, and re-publishes diagnostics. */
function refreshEditorFeatures(uri?: string): void {
  if (canRefreshSemanticTokens) void connection.languages.semanticTokens.refresh();
  if (canRefreshInlayHints) void connection.languages.inlayHint.refresh();
  for (const d of documents.all()) if (!uri || d.uri === uri) schedulePublish(d.uri);
}

let trusted = false;
let canRefreshSemanticTokens = false;
let hasConfigurationCapability = false;
let hasWatchedFilesDynamicRegistration = false;
let workspaceFolders: { uri: string; name: string }[] = [];

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities;
  hasConfigurationCapability = !!caps.workspace?.configuration;
  hasWatchedFilesDynamicRegistration = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  canRefreshInlayHints = !!caps.workspace?.inlayHint?.refreshSupport;
  canRefreshSemanticTokens = !!caps.workspace?.semanticTokens?.refreshSupport;
  workspaceFolders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
  log(`Lekh server ${process.version}, pid ${process.pid}; folders: ${workspaceFolders.map((f) => URI.parse(f.uri).fsPath).join(', ') || '(none)'}`);
  // The warm-start cache lives in the extension's storage folder, never in the user's; written only when trusted.
  const init = (params.initializationOptions ?? {}) as Partial<InitializationOptions>;
  trusted = init.trusted === true;
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
      executeCommandProvider: { commands: [ACCEPT_ENTITY_COMMAND, REJECT_ENTITY_COMMAND] },
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
  // Annotations first: their sources' published dates are reference dates for the analysis.
  await annotations.flush();
  annotations.setFolders(workspaceFolders.filter((f) => URI.parse(f.uri).scheme === 'file').map((f) => ({ uri: f.uri, fsPath: URI.parse(f.uri).fsPath })), trusted);
  const annotated = await annotations.loadAll();
  if (annotated) log(`Annotations: ${annotated} articles have a store file.`);
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
        progress.report(Math.round((100 * done) / Math.max(1, total)), `${done}/${total} ${file()}`);
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
    if (c.uri.includes('/.lekh/annotations/')) {
      // Another window, git or a hand edit: merged with what is not saved here, re-anchored, shown.
      const fsPath = URI.parse(c.uri).fsPath;
      await annotations.storeFileChanged(fsPath);
      continue;
    }
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
  for (const f of params.files) {
    index.fileRenamed(f.oldUri, f.newUri);
    void annotations.renamed(f.oldUri, f.newUri);
  }
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
  rawEdits.delete(e.document.uri);
  if (index.documentChanged(e.document.uri, e.document.getText(), e.document.version, e.document.languageId)) {
    schedulePublish(e.document.uri);
    // Loads and anchors the article's annotations to the editor's text, then tells the views.
    void annotations.get(e.document.uri).then((s) => s && s.file.annotations.length && annotationsChanged([e.document.uri]));
  }
});
documents.onDidChangeContent((e) => {
  const edits = rawEdits.get(e.document.uri);
  rawEdits.delete(e.document.uri);
  if (index.documentChanged(e.document.uri, e.document.getText(), e.document.version, e.document.languageId)) {
    if (edits) annotations.edited(e.document.uri, edits, e.document.getText());
    schedulePublish(e.document.uri);
  }
});
documents.onDidSave((e) => {
  void annotations.documentSaved(e.document.uri);
});
documents.onDidClose((e) => {
  publishedVersion.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  void index.documentClosed(e.document.uri);
});

// ---- language features ----

/** The user annotations of an article as loaded now (anchored to its current text). */
const userAnnotations = (uri: string): UserAnnotation[] => annotations.peek(uri)?.file.annotations ?? [];

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
  const offset = lines.offset(params.position);
  const anns = userAnnotations(entry.id);
  const mine = annotationHover(anns, offset);
  // The span's own hover (a user entity is a span of the analysis too, with its corpus context);
  // none where an ignore rule removed the automatic one (hover finds no span there).
  const auto = hover(entry, index.corpus, lines, offset, workspaceRegister);
  if (!mine.length) return auto;
  const autoText = auto && typeof auto.contents === 'object' && 'value' in auto.contents ? auto.contents.value : '';
  return { contents: { kind: 'markdown', value: [...mine, autoText].join('\n').trim() } };
});

connection.onCodeAction((params) => {
  const entry = index.entry(params.textDocument.uri);
  const lines = index.lineMap(params.textDocument.uri);
  if (!entry || !lines) return [];
  const fixes = codeActions(params, [...entry.analysis.findings, ...entityFindings(entry, index.corpus, workspaceRegister)], lines);
  if (!trusted || !annotations.peek(entry.id)) return fixes;
  return [...fixes, ...annotationCodeActions(entry.id, entry.analysis.spans, userAnnotations(entry.id), lines, params.range, params.context.only)];
});

connection.onExecuteCommand(async (params) => {
  const args = params.arguments?.[0] as EntityCommandArgs | undefined;
  if (!args || (params.command !== ACCEPT_ENTITY_COMMAND && params.command !== REJECT_ENTITY_COMMAND)) return null;
  try {
    const accept = params.command === ACCEPT_ENTITY_COMMAND;
    await annotations.annotate(args.uri, args.start, args.end, { entityType: accept ? (args.entityType as UserAnnotation['entityType']) : undefined, label: accept ? undefined : args.entityType, origin: accept ? 'accepted' : 'ignored' });
  } catch (e) {
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: `Lekh: ${(e as Error).message}` });
  }
  return null;
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

connection.onRequest(CorpusRequest, (params: CorpusParams | undefined): ArticleSummary[] => corpusSummaries(index.corpus, { relativePath: (a) => index.relativePath(a), sourceOf: (a) => corpusSource(annotations.sourceOf(a)) }, params));

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

// ---- annotations (protocol.ts; the logic is in workspace/annotations.ts and features/annotations.ts) ----

/** Runs an annotation request; a refusal or a bad argument becomes a ResponseError with a message the user can act on. */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof AnnotationError) throw new ResponseError(ErrorCodes.InvalidRequest, e.message);
    log(`Annotation request failed: ${(e as Error).stack ?? e}`);
    throw new ResponseError(ErrorCodes.InternalError, (e as Error).message);
  }
}

function offsetsOf(uri: string, range: AnnotateParams['range']): { start: number; end: number } {
  const lines = index.lineMap(uri);
  if (!lines) throw new AnnotationError(`${uri} is not an article Lekh knows.`);
  return { start: lines.offset(range.start), end: lines.offset(range.end) };
}

connection.onRequest(AnnotationsRequest, (params: AnnotationsParams | undefined): Promise<ArticleAnnotationsInfo[]> =>
  guarded(async () => {
    const states = params?.uri ? [await annotations.get(params.uri)].filter((s) => s !== undefined) : await annotations.all();
    return states
      .map((s) => {
        const lines = index.lineMap(s.uri);
        return {
          uri: s.uri,
          relativePath: s.relativePath,
          title: index.corpus.get(s.uri)?.analysis.title || s.relativePath,
          ...(s.file.source ? { source: s.file.source } : {}),
          annotations: [...s.file.annotations].sort((a, b) => (a.status === b.status ? a.anchor.start - b.anchor.start : a.status === 'orphaned' ? 1 : -1)).map((a) => annotationInfo(a, s.uri, s.relativePath, lines)),
          ...(s.error ? { error: s.error, storeFile: annotations.storePath(s) } : {}),
        };
      })
      .sort((a, b) => a.relativePath.localeCompare(b.relativePath));
  }),
);

connection.onRequest(AnnotateRequest, (p: AnnotateParams) =>
  guarded(async () => {
    const { start, end } = offsetsOf(p.uri, p.range);
    const { state, annotation } = await annotations.annotate(p.uri, start, end, { entityType: p.entityType as UserAnnotation['entityType'], label: p.label, note: p.note, attribution: p.attribution, origin: p.origin });
    return annotationInfo(annotation, p.uri, state.relativePath, index.lineMap(p.uri));
  }),
);

connection.onRequest(AnnotationUpdateRequest, (p: AnnotationUpdateParams) =>
  guarded(async () => {
    const { state, annotation } = await annotations.update(p.uri, p.id, p);
    return annotationInfo(annotation, p.uri, state.relativePath, index.lineMap(p.uri));
  }),
);

connection.onRequest(AnnotationDeleteRequest, (p: AnnotationDeleteParams) =>
  guarded(async () => {
    await annotations.delete(p.uri, p.id);
    return null;
  }),
);

connection.onRequest(AnnotationReattachRequest, (p: AnnotationReattachParams) =>
  guarded(async () => {
    const { start, end } = offsetsOf(p.uri, p.range);
    const { state, annotation } = await annotations.reattach(p.uri, p.id, start, end);
    return annotationInfo(annotation, p.uri, state.relativePath, index.lineMap(p.uri));
  }),
);

connection.onRequest(SourceRequest, (p: SourceParams) =>
  guarded(async () => {
    if (p.source === undefined) return (await annotations.source(p.uri)) ?? null;
    const state = await annotations.setSource(p.uri, p.source ?? undefined);
    return state.file.source ?? null;
  }),
);

connection.onRequest(ExportRequest, (p: ExportParams) =>
  guarded(async () => {
    const r = await annotations.exportTo(p, () => index.corpus.articles().map((a) => a.id));
    if (r.problems.length) void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Lekh: export: ${r.problems.length} problems (see the Lekh output): ${r.problems[0]}` });
    return r;
  }),
);
connection.onRequest(ImportRequest, (p: ImportParams) => guarded(() => annotations.importFrom(p)));

connection.onNotification(TrustGrantedNotification, () => {
  if (trusted) return;
  trusted = true;
  log('The workspace is trusted now: Lekh may write annotations and its cache.');
  void annotations.setTrusted();
});

connection.onRequest(ReindexRequest, async () => {
  indexing = indexing.then(reindex);
  await indexing;
  return index.status();
});

connection.onShutdown(async () => {
  await annotations.flush();
  // Articles changed on disk since the last indexing: keep their analyses for the next start.
  await index.saveCache();
});

process.on('uncaughtException', (e) => log(`Unexpected error: ${e.stack ?? e}`));
process.on('unhandledRejection', (e) => log(`Unexpected rejection: ${(e as Error)?.stack ?? e}`));

documents.listen(connection);
connection.listen();
