import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EntitiesRequest, TimelineRequest, type EntitySummary, type TimelineParams, type TimelineResult } from '../../../server/src/protocol';
import type { EntityFilter } from './entityFilter';
import { makeNonce, renderTimelineHtml, type TimelineLabels } from './timelineHtml';

/** How many entities the filter offers (most mentioned first); the active one is always offered. */
const FILTER_ENTITIES = 300;
/** How many events the page shows at most (the newest): a large corpus would make a page too big to scroll. */
const MAX_EVENTS = 1500;

function labels(): TimelineLabels {
  const lang = vscode.env.language;
  const monthYear = new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const day = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', weekday: 'short', timeZone: 'UTC' });
  return {
    month: (y, m) => monthYear.format(new Date(Date.UTC(y, m - 1, 1))),
    day: (d) => day.format(new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)))),
    wholeYear: (y) => vscode.l10n.t('{0} (the year as a whole)', y),
    entityFilter: vscode.l10n.t('Entity'),
    allEntities: vscode.l10n.t('All entities'),
    events: (n) => (n === 1 ? vscode.l10n.t('1 dated event') : vscode.l10n.t('{0} dated events', n)),
    omitted: (n) => vscode.l10n.t('{0} older events are not shown; filter by an entity to see them.', n),
    unresolved: (n) => (n === 1 ? vscode.l10n.t('1 date without a known year is not shown.') : vscode.l10n.t('{0} dates without a known year are not shown.', n)),
    noEvents: vscode.l10n.t('No dated events yet: dates with a known year appear here.'),
    open: vscode.l10n.t('Open the article at this date'),
  };
}

/**
 * The Timeline: a webview view in the Lekh container showing the corpus's dated events (from
 * `lekh/timeline`) by year and month. A click opens the article at the date; the entity select and
 * the entity chips set the sidebar's entity filter (shared with the Corpus view).
 */
export class TimelineView implements vscode.WebviewViewProvider, vscode.Disposable {
  static readonly viewType = 'lekh.timeline';
  private view: vscode.WebviewView | undefined;
  private result: TimelineResult = { events: [], unresolved: 0, omitted: 0 };
  /** What the page shows now, to skip re-rendering (and losing the scroll position) when nothing changed. */
  private shown = '';
  private pending: Promise<void> | undefined;
  private again = false;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly client: () => LanguageClient | undefined,
    private readonly filter: EntityFilter,
  ) {
    this.disposables.push(filter.onDidChange(() => this.refresh()));
  }

  /** The events the page shows (for tests and the open message). */
  get events(): TimelineResult {
    return this.result;
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.shown = '';
    const media = vscode.Uri.joinPath(this.extensionUri, 'client', 'media');
    view.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [media] };
    this.disposables.push(
      view.webview.onDidReceiveMessage((m) => this.onMessage(m)),
      view.onDidChangeVisibility(() => view.visible && this.refresh()),
      view.onDidDispose(() => (this.view = undefined)),
    );
    this.refresh();
  }

  /** Asks the server again and re-renders if anything changed; calls made meanwhile coalesce. */
  refresh(): Promise<void> {
    if (this.pending) {
      this.again = true;
      return this.pending;
    }
    this.pending = (async () => {
      do {
        this.again = false;
        await this.render();
      } while (this.again);
    })().finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async render(): Promise<void> {
    const view = this.view;
    const c = this.client();
    if (!view || !view.visible || !c?.isRunning()) return;
    const f = this.filter.current;
    const params: TimelineParams = f ? { entity: f.id, limit: MAX_EVENTS } : { limit: MAX_EVENTS };
    let entities: EntitySummary[];
    try {
      [this.result, entities] = await Promise.all([
        c.sendRequest<TimelineResult>(TimelineRequest, params),
        c.sendRequest<EntitySummary[]>(EntitiesRequest, { limit: FILTER_ENTITIES }),
      ]);
    } catch {
      return; // The server is restarting; the next index change renders again.
    }
    const options = entities.map((e) => ({ id: e.id, name: e.name, type: e.type }));
    if (f && !options.some((o) => o.id === f.id)) options.unshift({ id: f.id, name: f.name, type: f.type });
    const key = JSON.stringify([this.result, options, f?.id, vscode.env.language]);
    if (key === this.shown) return;
    this.shown = key;
    const media = (file: string) => view.webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'client', 'media', file)).toString();
    view.webview.html = renderTimelineHtml({
      events: this.result.events,
      unresolved: this.result.unresolved,
      omitted: this.result.omitted,
      entities: options,
      selected: f?.id,
      nonce: makeNonce((n) => randomBytes(n)),
      cspSource: view.webview.cspSource,
      scriptUri: media('timeline.js'),
      styleUri: media('timeline.css'),
      lang: vscode.env.language,
      labels: labels(),
    });
    view.description = f ? vscode.l10n.t('mentioning {0}', f.name) : undefined;
  }

  private async onMessage(m: unknown): Promise<void> {
    if (!m || typeof m !== 'object') return;
    const msg = m as { type?: unknown; index?: unknown; entity?: unknown };
    if (msg.type === 'open' && typeof msg.index === 'number') {
      const e = this.result.events[msg.index];
      if (!e) return;
      const r = e.range;
      await vscode.window.showTextDocument(vscode.Uri.parse(e.uri), { selection: new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character), preview: true });
    } else if (msg.type === 'filter') {
      if (typeof msg.entity !== 'string' || !msg.entity) return this.filter.set(undefined);
      const known = this.result.events.flatMap((e) => e.entities).find((x) => x.id === msg.entity);
      const c = this.client();
      const all = known ? [] : c?.isRunning() ? await c.sendRequest<EntitySummary[]>(EntitiesRequest, {}) : [];
      const picked = known ?? all.find((x) => x.id === msg.entity);
      if (picked) this.filter.set({ id: picked.id, name: picked.name, type: picked.type });
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
