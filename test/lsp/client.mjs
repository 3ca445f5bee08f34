// A small LSP client over stdio for the protocol tests: starts dist/server.js as an editor would,
// answers the server's requests (configuration, progress, registration) and records what it says.
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import rpc from 'vscode-languageserver-protocol/node';

export const serverPath = fileURLToPath(new URL('../../dist/server.js', import.meta.url));
/** The Node flags the server ships with (server/node-flags.json; the client passes the same). */
// LEKH_SERVER_EXEC_ARGV (a JSON array) replaces them, for the benchmark's comparisons only.
export const serverExecArgv = process.env.LEKH_SERVER_EXEC_ARGV ? JSON.parse(process.env.LEKH_SERVER_EXEC_ARGV) : JSON.parse(readFileSync(new URL('../../server/node-flags.json', import.meta.url), 'utf8')).execArgv;
export const uriOf = (file) => pathToFileURL(file).href;

export class TestClient {
  constructor({ settings = {}, sections = {}, initializationOptions = { trusted: true } } = {}) {
    this.settings = settings;
    /** Other configuration sections by name (`lekh.checks`, …), answered to workspace/configuration. */
    this.sections = sections;
    this.initializationOptions = initializationOptions;
    this.diagnostics = new Map();
    this.logs = [];
    this.progress = [];
    this.statuses = [];
    this.waiters = [];
  }

  async start(folder) {
    this.proc = spawn(process.execPath, [...serverExecArgv, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.stderr = '';
    this.proc.stderr.on('data', (d) => (this.stderr += d));
    const c = (this.conn = rpc.createProtocolConnection(new rpc.StreamMessageReader(this.proc.stdout), new rpc.StreamMessageWriter(this.proc.stdin)));
    c.onNotification(rpc.PublishDiagnosticsNotification.type, (p) => { this.diagnostics.set(p.uri, p); this.poke(); });
    c.onNotification(rpc.LogMessageNotification.type, (p) => { this.logs.push(p.message); this.poke(); });
    c.onNotification(rpc.ShowMessageNotification.type, (p) => { this.logs.push(`showMessage: ${p.message}`); this.poke(); });
    c.onNotification('lekh/indexChanged', (p) => { this.statuses.push(p); this.poke(); });
    c.onNotification('$/progress', (p) => { this.progress.push(p.value); this.poke(); });
    c.onRequest(rpc.ConfigurationRequest.type, (p) => p.items.map((i) => (i.section === 'lekh.corpus' ? this.settings : this.sections[i.section] ?? null)));
    c.onRequest(rpc.WorkDoneProgressCreateRequest.type, () => null);
    c.onRequest(rpc.RegistrationRequest.type, () => null);
    c.listen();
    this.init = await c.sendRequest(rpc.InitializeRequest.type, {
      processId: process.pid,
      rootUri: uriOf(folder),
      workspaceFolders: [{ uri: uriOf(folder), name: 'ws' }],
      capabilities: {
        window: { workDoneProgress: true },
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
        textDocument: { hover: { contentFormat: ['markdown'] }, publishDiagnostics: { relatedInformation: true } },
      },
      initializationOptions: this.initializationOptions,
    });
    c.sendNotification(rpc.InitializedNotification.type, {});
    return this.init;
  }

  poke() {
    const still = [];
    for (const w of this.waiters) {
      let v;
      try { v = w.test(); } catch (e) { w.reject(e); continue; }
      if (v) w.resolve(v); else still.push(w);
    }
    this.waiters = still;
  }

  /** Resolves with test()'s value once it is truthy, re-tested after every message; rejects after `ms`. */
  waitFor(test, what, ms = 20000) {
    const v = test();
    if (v) return Promise.resolve(v);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; logs:\n${this.logs.join('\n')}\n${this.stderr}`)), ms);
      this.waiters.push({ test, resolve: (x) => { clearTimeout(timer); resolve(x); }, reject });
    });
  }

  async ready() {
    // The server publishes its status; the first 'ready' ends the initial indexing.
    return this.waitFor(() => this.statuses.find((s) => s.state === 'ready'), 'index ready');
  }

  request(method, params) {
    return this.conn.sendRequest(method, params);
  }
  notify(method, params) {
    this.conn.sendNotification(method, params);
  }

  open(uri, text, languageId = 'plaintext', version = 1) {
    this.notify(rpc.DidOpenTextDocumentNotification.type.method, { textDocument: { uri, languageId, version, text } });
  }

  async stop() {
    try {
      await this.conn.sendRequest(rpc.ShutdownRequest.type);
      this.conn.sendNotification(rpc.ExitNotification.type);
    } catch {}
    this.conn.dispose();
    await new Promise((r) => (this.proc.exitCode !== null ? r() : this.proc.on('exit', r)));
  }
}

/** Decodes the relative LSP semantic token encoding into absolute {line, char, length, type, modifiers} numbers. */
export function decodeTokenData(data) {
  const out = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    out.push({ line, char, length: data[i + 2], type: data[i + 3], modifiers: data[i + 4] });
  }
  return out;
}

/** Decodes LSP semantic token data into {line, char, length, type, modifiers, text}, with names from the legend. */
export function decodeTokens(data, legend, text) {
  const lines = text.split(/\r\n|\r|\n/);
  return decodeTokenData(data).map((t) => ({
    ...t,
    type: legend.tokenTypes[t.type],
    modifiers: legend.tokenModifiers.filter((_, b) => t.modifiers & (1 << b)),
    text: lines[t.line].slice(t.char, t.char + t.length),
  }));
}

/** Position of the n-th occurrence of `needle` in `text` (0-based line/character). */
export function positionOf(text, needle, n = 0, delta = 0) {
  let at = -1;
  for (let k = 0; k <= n; k++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" not in text`);
  at += delta;
  const before = text.slice(0, at);
  const line = before.split(/\r\n|\r|\n/).length - 1;
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { line, character: at - lastBreak - 1 };
}
