// Runs Lekh's extension-host integration suite (test/e2e/integration/index.js) in desktop VS Code through
// @vscode/test-electron: `npm run test:electron` (builds first). Needs a machine that can download VS Code from
// update.code.visualstudio.com (or VSCODE_EXECUTABLE_PATH pointing at a local desktop VS Code) and a display
// (use `xvfb-run -a npm run test:electron` on a headless Linux box). On the project's own machines there is no
// such download: use `npm run test:e2e` (code-server + chromium) instead, which runs the same suite.
// Env: VSCODE_VERSION (default 1.100.3, the version code-server 4.100.3 bundles; 'stable' for the newest),
//      VSCODE_EXECUTABLE_PATH (skip the download).
import { runTests } from '@vscode/test-electron';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const extensionDevelopmentPath = root;
const extensionTestsPath = path.join(root, 'test/e2e/integration/index.js');
const fixtures = path.join(root, 'test/fixtures/corpus');

if (!existsSync(path.join(root, 'dist/extension.js'))) {
  console.error('test:electron: dist/extension.js is missing; run `npm run build` first');
  process.exit(2);
}
if (!existsSync(fixtures) || readdirSync(fixtures).length === 0) {
  console.error(`test:electron: no fixture articles in ${fixtures}`);
  process.exit(2);
}

// throwaway copy of the fixture corpus (the tests and the server may write caches into the workspace)
const tmp = mkdtempSync(path.join(tmpdir(), 'lekh-electron-'));
const workspace = path.join(tmp, 'ws');
cpSync(fixtures, workspace, { recursive: true });

let code = 0;
try {
  await runTests({
    version: process.env.VSCODE_VERSION ?? '1.100.3',
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH || undefined,
    extensionDevelopmentPath,
    extensionTestsPath,
    launchArgs: [
      workspace,
      '--disable-extensions',           // only Lekh (the development extension) is loaded
      '--disable-workspace-trust',
      '--skip-welcome', '--skip-release-notes',
      `--user-data-dir=${path.join(tmp, 'ud')}`,
    ],
  });
  console.log('test:electron: extension-host suite passed');
} catch (err) {
  code = 1;
  const msg = String(err && (err.stack || err.message) || err);
  if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|fetch failed|Failed to get|download|update\.code\.visualstudio\.com/i.test(msg)) {
    console.error('test:electron: could not download VS Code (no access to update.code.visualstudio.com?).\n' +
      '  Set VSCODE_EXECUTABLE_PATH to a local desktop VS Code, or run `npm run test:e2e` (code-server + chromium),\n' +
      '  which runs the same extension-host suite without any download.\n  cause: ' + msg.split('\n')[0]);
  } else if (/Missing X server|DISPLAY|cannot open display/i.test(msg)) {
    console.error('test:electron: VS Code needs a display; run under `xvfb-run -a npm run test:electron`.\n  cause: ' + msg.split('\n')[0]);
  } else {
    console.error('test:electron: the extension-host suite failed (see the [itest] lines above):', msg.split('\n')[0]);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(code);
