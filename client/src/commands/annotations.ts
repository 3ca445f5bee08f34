import * as vscode from 'vscode';
import { writable } from '../trust';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  AnnotateRequest,
  AnnotationDeleteRequest,
  AnnotationReattachRequest,
  AnnotationUpdateRequest,
  ExportRequest,
  ImportRequest,
  SourceRequest,
  type AnnotateParams,
  type AnnotationFormat,
  type AnnotationInfo,
  type ArticleSource,
  type ExportParams,
  type ExportResult,
  type ImportResult,
  type LspRange,
} from '../../../server/src/protocol';
import { annotationKind, toRange } from '../views/annotationsView';

const ENTITY_TYPES = ['PERSON', 'LOCATION', 'ORGANIZATION', 'NORP', 'EVENT'] as const;
const RELIABILITY = ['high', 'medium', 'low', 'unknown'] as const;
const FORMATS: { format: AnnotationFormat; label: string; detail: string }[] = [
  { format: 'brat', label: 'brat standoff', detail: '.ann beside each .txt (offsets in code points)' },
  { format: 'conll', label: 'CoNLL BIO', detail: 'one token a line with B-/I- tags (notes are not carried)' },
  { format: 'jsonl', label: 'JSONL (doccano / Prodigy)', detail: 'one line per article: text, spans, meta' },
  { format: 'w3c', label: 'W3C Web Annotation (JSON-LD)', detail: 'the store format, for other annotation tools' },
];

export interface AnnotationCommandContext {
  client: () => LanguageClient | undefined;
  refresh: () => void;
}

/** What “Annotate Selection” can be given instead of asking (tests, keybindings with args). */
interface AnnotateArgs {
  entityType?: string;
  label?: string;
  note?: string;
  attribution?: string;
}

/** The running client, or a message saying why there is none. */
function running(ctx: AnnotationCommandContext): LanguageClient | undefined {
  const c = ctx.client();
  if (c?.isRunning()) return c;
  void vscode.window.showWarningMessage(vscode.l10n.t('The Lekh language server is not running. Run “Lekh: Restart Language Server”.'));
  return undefined;
}

/** False (with a message) in an untrusted workspace, where Lekh writes nothing. */
const trusted = (): boolean => writable(vscode.l10n.t('annotations'));

/** A server error as a message: the server's refusals carry a sentence the user can act on. */
function failed(e: unknown, what: string): void {
  const message = (e as { message?: string })?.message ?? String(e);
  void vscode.window.showErrorMessage(vscode.l10n.t('Lekh: {0} failed: {1}', what, message));
}

const lspRange = (r: vscode.Range): LspRange => ({ start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } });

/** Asks type or custom label (unless given). Undefined when cancelled. */
async function askKind(given: AnnotateArgs): Promise<{ entityType?: string; label?: string } | undefined> {
  if (given.entityType || given.label) return { entityType: given.entityType, label: given.label };
  const custom = vscode.l10n.t('Custom label…');
  const noteOnly = vscode.l10n.t('Note only');
  const picked = await vscode.window.showQuickPick(
    [...ENTITY_TYPES.map((t) => ({ label: t, description: vscode.l10n.t('entity') })), { label: custom, description: '' }, { label: noteOnly, description: vscode.l10n.t('no label, just a note or attribution') }],
    { title: vscode.l10n.t('Annotate Selection (1/3): type'), placeHolder: vscode.l10n.t('Entity type, a custom label, or a note only') },
  );
  if (!picked) return undefined;
  if (picked.label === noteOnly) return {};
  if (picked.label !== custom) return { entityType: picked.label };
  const label = await vscode.window.showInputBox({
    title: vscode.l10n.t('Annotate Selection: custom label'),
    prompt: vscode.l10n.t('A label of your own (for example CLAIM, QUOTE, TITLE)'),
    validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Enter a label, or press Escape to cancel.')),
  });
  return label === undefined ? undefined : { label: label.trim() };
}

/** Multi-step input for an article's source; starts from what is there. Undefined when cancelled. */
async function askSource(current: ArticleSource | undefined, title: string): Promise<ArticleSource | undefined> {
  const steps = 7;
  const step = async (n: number, prompt: string, value: string | undefined, validate?: (v: string) => string | undefined) => {
    const v = await vscode.window.showInputBox({ title: `${title} (${n}/${steps})`, prompt, value: value ?? '', ignoreFocusOut: true, validateInput: (x) => (x.trim() && validate ? validate(x.trim()) : undefined) });
    return v === undefined ? undefined : v.trim();
  };
  const out: ArticleSource = {};
  const publisher = await step(1, vscode.l10n.t('Publisher (newspaper, agency, site); leave empty for none'), current?.publisher);
  if (publisher === undefined) return undefined;
  const url = await step(2, vscode.l10n.t('URL of the article'), current?.url, validUrl);
  if (url === undefined) return undefined;
  const author = await step(3, vscode.l10n.t('Author'), current?.author);
  if (author === undefined) return undefined;
  const published = await step(4, vscode.l10n.t('Published date (YYYY-MM-DD); relative dates in the article are resolved against it'), current?.published, validDate);
  if (published === undefined) return undefined;
  const accessed = await step(5, vscode.l10n.t('Access date (YYYY-MM-DD)'), current?.accessed ?? new Date().toISOString().slice(0, 10), validDate);
  if (accessed === undefined) return undefined;
  const rel = await vscode.window.showQuickPick(
    RELIABILITY.map((r) => ({ label: r, picked: r === (current?.reliability ?? 'unknown') })),
    { title: `${title} (6/${steps})`, placeHolder: vscode.l10n.t('Reliability of the source'), ignoreFocusOut: true },
  );
  if (!rel) return undefined;
  const note = await step(7, vscode.l10n.t('Note about the source'), current?.note);
  if (note === undefined) return undefined;
  if (publisher) out.publisher = publisher;
  if (url) out.url = url;
  if (author) out.author = author;
  if (published) out.published = published;
  if (accessed) out.accessed = accessed;
  out.reliability = rel.label as ArticleSource['reliability'];
  if (note) out.note = note;
  return out;
}

/** An error message for a date that is not a real YYYY-MM-DD day, else undefined. */
export function validDate(v: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return vscode.l10n.t('Write the date as YYYY-MM-DD, for example 2025-09-03.');
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v ? undefined : vscode.l10n.t('{0} is not a day of the calendar.', v);
}

/** An error message for a URL that is not http(s), else undefined. */
export function validUrl(v: string): string | undefined {
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:' ? undefined : vscode.l10n.t('Use an http:// or https:// address.');
  } catch {
    return vscode.l10n.t('This is not a URL (for example https://example.com/news/1).');
  }
}

/**
 * The article a source command works on: a Corpus view row (an `ArticleSummary`, or a node holding
 * one, such as `{ article }`), a URI, else the active editor.
 */
function articleUri(target: unknown): string | undefined {
  if (target instanceof vscode.Uri) return target.toString();
  if (target && typeof target === 'object') {
    const t = target as Record<string, unknown>;
    if (typeof t.uri === 'string') return t.uri;
    for (const v of Object.values(t)) if (v && typeof v === 'object' && typeof (v as { uri?: unknown }).uri === 'string') return (v as { uri: string }).uri;
  }
  return vscode.window.activeTextEditor?.document.uri.toString();
}

/** The annotation commands (`lekh.annotation.*`, `lekh.source.annotate`). */
export function registerAnnotationCommands(ctx: AnnotationCommandContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('lekh.annotation.annotateSelection', async (given?: AnnotateArgs) => {
      const ed = vscode.window.activeTextEditor;
      if (!ed || ed.selection.isEmpty) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Select the text to annotate in an article first.'));
        return undefined;
      }
      if (!trusted()) return undefined;
      const c = running(ctx);
      if (!c) return undefined;
      const args = given && typeof given === 'object' && !(given instanceof vscode.Uri) ? given : {};
      const selection = ed.selection;
      const kind = await askKind(args);
      if (!kind) return undefined;
      let note = args.note;
      if (note === undefined && !(args.entityType || args.label)) {
        note = await vscode.window.showInputBox({ title: vscode.l10n.t('Annotate Selection (2/3): note'), prompt: vscode.l10n.t('A note (optional; Enter to skip)') });
        if (note === undefined) return undefined;
      }
      let attribution = args.attribution;
      if (attribution === undefined && !(args.entityType || args.label)) {
        attribution = await vscode.window.showInputBox({ title: vscode.l10n.t('Annotate Selection (3/3): attribution'), prompt: vscode.l10n.t('Who said it, or where the statement comes from (optional; Enter to skip)') });
        if (attribution === undefined) return undefined;
      }
      if (!kind.entityType && !kind.label && !note && !attribution) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Nothing to annotate: give a type, a label, a note or an attribution.'));
        return undefined;
      }
      const params: AnnotateParams = { uri: ed.document.uri.toString(), range: lspRange(selection), ...kind, ...(note ? { note } : {}), ...(attribution ? { attribution } : {}) };
      try {
        const a = await c.sendRequest<AnnotationInfo>(AnnotateRequest, params);
        ctx.refresh();
        vscode.window.setStatusBarMessage(vscode.l10n.t('Annotated “{0}” as {1}', a.text, annotationKind(a)), 4000);
        return a;
      } catch (e) {
        failed(e, vscode.l10n.t('annotating'));
        return undefined;
      }
    }),
    vscode.commands.registerCommand('lekh.annotation.reveal', async (a: AnnotationInfo) => {
      if (!a) return;
      const editor = await vscode.window.showTextDocument(vscode.Uri.parse(a.uri), { preview: true, selection: a.status === 'anchored' ? toRange(a.range) : undefined });
      if (a.status === 'anchored') editor.revealRange(toRange(a.range), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      else void vscode.window.showInformationMessage(vscode.l10n.t('“{0}” was not found in the article any more. Select where it belongs and choose Re-attach, or delete it.', a.text));
    }),
    vscode.commands.registerCommand('lekh.annotation.edit', async (node?: { annotation?: AnnotationInfo }) => {
      const a = node?.annotation;
      if (!a || !trusted()) return;
      const c = running(ctx);
      if (!c) return;
      const note = await vscode.window.showInputBox({ title: vscode.l10n.t('Edit annotation: note'), value: a.note ?? '', prompt: vscode.l10n.t('Empty removes the note') });
      if (note === undefined) return;
      const attribution = await vscode.window.showInputBox({ title: vscode.l10n.t('Edit annotation: attribution'), value: a.attribution ?? '', prompt: vscode.l10n.t('Empty removes the attribution') });
      if (attribution === undefined) return;
      try {
        await c.sendRequest(AnnotationUpdateRequest, { uri: a.uri, id: a.id, note: note.trim() || null, attribution: attribution.trim() || null });
        ctx.refresh();
      } catch (e) {
        failed(e, vscode.l10n.t('editing the annotation'));
      }
    }),
    vscode.commands.registerCommand('lekh.annotation.delete', async (node?: { annotation?: AnnotationInfo }) => {
      const a = node?.annotation;
      if (!a || !trusted()) return;
      const c = running(ctx);
      if (!c) return;
      const del = vscode.l10n.t('Delete');
      const ok = await vscode.window.showWarningMessage(vscode.l10n.t('Delete the annotation “{0}” ({1})?', a.text, annotationKind(a)), { modal: true }, del);
      if (ok !== del) return;
      try {
        await c.sendRequest(AnnotationDeleteRequest, { uri: a.uri, id: a.id });
        ctx.refresh();
      } catch (e) {
        failed(e, vscode.l10n.t('deleting the annotation'));
      }
    }),
    vscode.commands.registerCommand('lekh.annotation.reattach', async (node?: { annotation?: AnnotationInfo }) => {
      const a = node?.annotation;
      if (!a || !trusted()) return;
      const c = running(ctx);
      if (!c) return;
      const ed = vscode.window.activeTextEditor;
      if (!ed || ed.document.uri.toString() !== a.uri || ed.selection.isEmpty) {
        await vscode.window.showTextDocument(vscode.Uri.parse(a.uri), { preview: false });
        void vscode.window.showInformationMessage(vscode.l10n.t('Select the text “{0}” belongs to in this article, then choose Re-attach again.', a.text));
        return;
      }
      try {
        await c.sendRequest(AnnotationReattachRequest, { uri: a.uri, id: a.id, range: lspRange(ed.selection) });
        ctx.refresh();
      } catch (e) {
        failed(e, vscode.l10n.t('re-attaching the annotation'));
      }
    }),
    vscode.commands.registerCommand('lekh.source.annotate', async (target?: unknown, given?: ArticleSource | null) => {
      const uri = articleUri(target);
      if (!uri) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open an article, or use this on an article in the Corpus view.'));
        return undefined;
      }
      if (!trusted()) return undefined;
      const c = running(ctx);
      if (!c) return undefined;
      try {
        let source = given;
        if (source === undefined) {
          const current = (await c.sendRequest<ArticleSource | null>(SourceRequest, { uri })) ?? undefined;
          source = await askSource(current, vscode.l10n.t('Source of {0}', vscode.workspace.asRelativePath(vscode.Uri.parse(uri))));
          if (!source) return undefined;
        } else if (source) {
          for (const [k, check] of [['published', validDate], ['accessed', validDate], ['url', validUrl]] as const) {
            const v = source[k];
            const problem = v ? check(v) : undefined;
            if (problem) throw new Error(`${k}: ${problem}`);
          }
        }
        const saved = await c.sendRequest<ArticleSource | null>(SourceRequest, { uri, source });
        ctx.refresh();
        return saved;
      } catch (e) {
        failed(e, vscode.l10n.t('setting the source'));
        return undefined;
      }
    }),
    vscode.commands.registerCommand('lekh.annotation.export', async (given?: Partial<ExportParams>) => {
      if (!trusted()) return undefined;
      const c = running(ctx);
      if (!c) return undefined;
      let format = given?.format;
      if (!format) {
        const f = await vscode.window.showQuickPick(FORMATS.map((x) => ({ label: x.label, detail: x.detail, format: x.format })), { title: vscode.l10n.t('Export annotations (1/3): format') });
        if (!f) return undefined;
        format = f.format;
      }
      let includeAutomatic = given?.includeAutomatic;
      if (includeAutomatic === undefined) {
        const yes = vscode.l10n.t('Yes: user annotations and automatic entities, dates and figures');
        const no = vscode.l10n.t('No: only user annotations');
        const pick = await vscode.window.showQuickPick([yes, no], { title: vscode.l10n.t('Export annotations (2/3): include the automatic spans?') });
        if (!pick) return undefined;
        includeAutomatic = pick === yes;
      }
      // Export reads the articles and annotations as saved: offer to save what is not.
      const unsaved = vscode.workspace.textDocuments.filter((d) => d.isDirty && d.uri.scheme === 'file');
      if (unsaved.length && !given?.outDir) {
        const save = vscode.l10n.t('Save All and Export');
        const asSaved = vscode.l10n.t('Export the Saved Versions');
        const pick = await vscode.window.showWarningMessage(vscode.l10n.t('{0} open files have unsaved changes; export reads what is saved.', unsaved.length), { modal: true }, save, asSaved);
        if (!pick) return undefined;
        if (pick === save) await vscode.workspace.saveAll(false);
      }
      let outDir = given?.outDir;
      if (!outDir) {
        const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: vscode.l10n.t('Export here'), title: vscode.l10n.t('Export annotations (3/3): folder') });
        if (!picked?.[0]) return undefined;
        outDir = picked[0].fsPath;
      }
      try {
        const result = await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting annotations ({0})…', format) },
          () => c.sendRequest<ExportResult>(ExportRequest, { format, outDir, includeAutomatic, ...(given?.uris ? { uris: given.uris } : {}) } satisfies ExportParams),
        );
        const reveal = vscode.l10n.t('Reveal');
        if (!given?.outDir) {
          void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0} articles ({1} annotations) to {2}.', result.articles, result.annotations, outDir), reveal).then((x) => {
            if (x === reveal) void vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(outDir!));
          });
        }
        return result;
      } catch (e) {
        failed(e, vscode.l10n.t('export'));
        return undefined;
      }
    }),
    vscode.commands.registerCommand('lekh.annotation.import', async (given?: { format?: AnnotationFormat; paths?: string[] }) => {
      if (!trusted()) return undefined;
      const c = running(ctx);
      if (!c) return undefined;
      let format = given?.format;
      if (!format) {
        const f = await vscode.window.showQuickPick(FORMATS.map((x) => ({ label: x.label, detail: x.detail, format: x.format })), { title: vscode.l10n.t('Import annotations (1/2): format') });
        if (!f) return undefined;
        format = f.format;
      }
      let paths = given?.paths;
      if (!paths?.length) {
        const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: true, canSelectMany: true, openLabel: vscode.l10n.t('Import'), title: vscode.l10n.t('Import annotations (2/2): files or folders') });
        if (!picked?.length) return undefined;
        paths = picked.map((u) => u.fsPath);
      }
      try {
        const result = await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Importing annotations ({0})…', format) },
          () => c.sendRequest<ImportResult>(ImportRequest, { format, paths }),
        );
        ctx.refresh();
        if (result.problems.length) void vscode.window.showWarningMessage(vscode.l10n.t('Imported {0} annotations into {1} articles; {2} inputs could not be imported: {3}', result.annotations, result.articles, result.problems.length, result.problems.slice(0, 3).join('; ')));
        else if (!given?.paths) void vscode.window.showInformationMessage(vscode.l10n.t('Imported {0} annotations into {1} articles.', result.annotations, result.articles));
        return result;
      } catch (e) {
        failed(e, vscode.l10n.t('import'));
        return undefined;
      }
    }),
  ];
}
