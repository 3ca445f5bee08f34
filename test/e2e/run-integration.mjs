// Drives code-server's web workbench in headless chromium to run Lekh's extension-host tests
// (test/e2e/integration/index.js, the @vscode/test-electron `extensionTestsPath` style) against the extension
// loaded from its development folder (extensionDevelopmentPath). No UI scraping: the tests use the vscode API
// inside the real (Node) extension host; their console output reaches the page console, the exit code comes
// back through window.codeAutomationExit.
// Env: CS_URL (code-server base URL), CS_WORKSPACE (absolute folder to open), EXT_DEV_PATH, EXT_TESTS_PATH,
//      SHOT_DIR (failure screenshot), CHROMIUM, ITEST_TIMEOUT_MS (default 180000).
// Prints `[itest] ...` lines and a closing `integration: N passed, N failed`; exits 1 on any failure.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const BASE = process.env.CS_URL ?? 'http://127.0.0.1:18080';
const SHOTS = process.env.SHOT_DIR ?? '.';
const TIMEOUT = Number(process.env.ITEST_TIMEOUT_MS ?? 180_000);
for (const k of ['CS_WORKSPACE', 'EXT_DEV_PATH', 'EXT_TESTS_PATH']) {
  if (!process.env[k]) { console.error(`run-integration: ${k} is not set`); process.exit(2); }
}
const t0 = Date.now();
const log = (...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);

const authority = new URL(BASE).host;                    // code-server's remote authority = host:port
const remote = p => `vscode-remote://${authority}${p}`;  // absolute paths on the code-server machine
const payload = JSON.stringify([
  ['extensionDevelopmentPath', remote(process.env.EXT_DEV_PATH)],
  ['extensionTestsPath', remote(process.env.EXT_TESTS_PATH)],
]);
const url = `${BASE}/?folder=${encodeURIComponent(process.env.CS_WORKSPACE)}&payload=${encodeURIComponent(payload)}`;

let passed = 0, failed = 0, summary = null;
let code = 'not started';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-dev-shm-usage',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  let resolveExit; const exited = new Promise(r => (resolveExit = r));
  // VS Code's web workbench calls window.codeAutomationExit(code) when the extensionTestsPath run() settles.
  await page.exposeFunction('codeAutomationExit', c => resolveExit(c));
  page.on('console', m => {
    const raw = m.text();
    const i = raw.indexOf('[itest]');
    if (i >= 0) {
      const t = raw.slice(i);   // drop the extension host's "%c[Extension Host] color: ..." prefix
      console.log(t);
      if (/^\[itest\] ok - /.test(t)) passed++;
      else if (/^\[itest\] not ok - /.test(t)) failed++;
      const s = t.match(/(\d+) passed, (\d+) failed/);
      if (s) summary = { passed: +s[1], failed: +s[2] };
    } else if (m.type() === 'error' && !/vsda|Failed to load resource|favicon/.test(raw)) {
      console.log('[page error]', raw.split('\n')[0].slice(0, 300));
    }
  });
  page.on('pageerror', e => console.log('[page exception]', String(e).split('\n')[0]));
  log('loading workbench with extensionTestsPath', process.env.EXT_TESTS_PATH);
  await page.goto(url);
  code = await Promise.race([exited, new Promise(r => setTimeout(() => r('timeout'), TIMEOUT))]);
  log(`extension host test run exited with ${code}`);
  if (code !== 0) {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/integration-failure.png` }).catch(() => {});
  }
} catch (e) {
  console.log('run-integration: driver error:', e);
  code = 'error';
} finally {
  await browser.close().catch(() => {});
}
if (summary) { passed = summary.passed; failed = summary.failed; }
// a run that never reported (timeout, crash, nothing loaded) or exited non-zero with no failing test counts as one failure
if (code !== 0 && failed === 0) {
  failed = 1;
  console.log(`[itest] not ok - extension host test run did not complete (exit: ${code})`);
}
console.log(`integration: ${passed} passed, ${failed} failed`);
process.exit(code === 0 && failed === 0 ? 0 : 1);
