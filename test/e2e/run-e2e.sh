#!/usr/bin/env bash
# Lekh end-to-end tests in a real VS Code (code-server 4.100.3 = VS Code 1.100.3) driven by headless chromium:
#   1) extension-host integration tests (vscode API, like @vscode/test-electron) with the extension loaded from
#      its development folder (test/e2e/integration/index.js, driven by test/e2e/run-integration.mjs);
#   2) Playwright UI tests (test/e2e/ui.mjs) against the packaged .vsix installed into a fresh extensions dir.
# Usage: bash test/e2e/run-e2e.sh <extension-dir> <code-server-dir>     (run setup-e2e.sh <code-server-dir> first)
# Env: SHOT_DIR (screenshots; default <extension-dir>/test/e2e/artifacts), KEEP_E2E=1 (keep the temp profile and
#      logs on success), E2E_PORT (default 18080, or a free port if that is taken), CHROMIUM (default /usr/bin/chromium), E2E_SKIP_BUILD=1,
#      E2E_ONLY=integration|ui (run one suite only).
# Exit code: 0 only if both suites passed. On failure the temp folder is kept, logs are copied to SHOT_DIR/logs
# and their tails printed.
set -euo pipefail
EXT_DIR=$(cd "${1:?usage: run-e2e.sh EXT_DIR CS_DIR}" && pwd)
CS_DIR=$(cd "${2:?usage: run-e2e.sh EXT_DIR CS_DIR}" && pwd)
# port: E2E_PORT, else 18080, else (18080 busy, e.g. another run) a free port the OS picks
PORT=${E2E_PORT:-18080}
if [ -z "${E2E_PORT:-}" ] && ! node -e 'const s=require("net").createServer().once("error",()=>process.exit(1)).listen(+process.argv[1],"127.0.0.1",()=>s.close())' "$PORT"; then
  PORT=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
fi
CS="$CS_DIR/node_modules/.bin/code-server"
E2E="$EXT_DIR/test/e2e"
FIXTURES="$EXT_DIR/test/fixtures/corpus"
export SHOT_DIR=${SHOT_DIR:-$E2E/artifacts}
T0=$(date +%s)
say() { echo "e2e [$(( $(date +%s) - T0 ))s] $*"; }

[ -x "$CS" ] || { echo "e2e: code-server not installed in $CS_DIR; run: bash test/e2e/setup-e2e.sh $2" >&2; exit 2; }
[ -d "$FIXTURES" ] && [ -n "$(ls -A "$FIXTURES" 2>/dev/null)" ] || { echo "e2e: no fixture articles in $FIXTURES" >&2; exit 2; }
if curl -fs -o /dev/null "http://127.0.0.1:$PORT/healthz" 2>/dev/null; then
  echo "e2e: something already listens on 127.0.0.1:$PORT; set E2E_PORT" >&2; exit 2
fi

WORK=$(mktemp -d -t lekh-e2e.XXXXXX)   # keep short: unix socket paths under $WORK/t must stay < 108 chars
mkdir -p "$SHOT_DIR" "$WORK/t" "$WORK/ud/User"
rm -f "$SHOT_DIR"/*.png; rm -rf "$SHOT_DIR/logs"
# keep code-server's and chromium's config/log writes out of $HOME; no extension gallery (open-vsx is unreachable)
export XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share" XDG_CACHE_HOME="$WORK/home/.cache"
export EXTENSIONS_GALLERY='{"serviceUrl":""}'

CS_PID=
cleanup() {
  local st=$?
  if [ -n "$CS_PID" ]; then kill -- -"$CS_PID" 2>/dev/null || kill "$CS_PID" 2>/dev/null || true; wait "$CS_PID" 2>/dev/null || true; fi
  if [ "$st" -ne 0 ]; then
    mkdir -p "$SHOT_DIR/logs"
    cp "$WORK"/*.log "$SHOT_DIR/logs/" 2>/dev/null || true
    [ -d "$WORK/ud/logs" ] && cp -r "$WORK/ud/logs/." "$SHOT_DIR/logs/vscode/" 2>/dev/null || true
    echo "e2e: FAILED (exit $st); temp folder kept in $WORK; logs copied to $SHOT_DIR/logs; screenshots in $SHOT_DIR"
  elif [ -n "${KEEP_E2E:-}" ]; then echo "e2e: temp folder kept in $WORK"
  else rm -rf "$WORK"; fi
  say "done"
}
trap cleanup EXIT
print_logs() {
  echo "--- code-server.log (tail)"; grep -v '^\s*file://' "$WORK/code-server.log" 2>/dev/null | tail -n 25 || true
  local f
  for f in "$WORK"/ud/logs/*/exthost*/remoteexthost.log; do
    [ -f "$f" ] || continue
    echo "--- ${f#"$WORK"/ud/logs/}: lines about lekh, errors, warnings (tail)"
    grep -E 'lekh\.lekh|Lekh|\[error\]|\[warning\]' "$f" | grep -v '^\s*file://' | tail -n 25 || true
  done
  # the Lekh output channel (LanguageClient log, server stderr) and any log of the extension's own
  while IFS= read -r f; do
    echo "--- ${f#"$WORK"/ud/logs/} (tail)"; tail -n 40 "$f"
  done < <(find "$WORK/ud/logs" -type f \( -iname '*lekh*' -o -path '*lekh.lekh*' \) 2>/dev/null)
}

# 1. build + package with the project's .vscodeignore (an allow-list). Without one, vsce would pack test/e2e/.server
#    (300 MB): then a stand-in ignore file is used.
if [ -z "${E2E_SKIP_BUILD:-}" ]; then ( cd "$EXT_DIR" && npm run -s build ); fi
[ -f "$EXT_DIR/dist/extension.js" ] || { echo "e2e: $EXT_DIR/dist/extension.js missing after build" >&2; exit 1; }
ignore=()
if [ ! -f "$EXT_DIR/.vscodeignore" ]; then
  echo "e2e: warning: no .vscodeignore; packaging with a stand-in that leaves out test/, src/ and node_modules/"
  printf 'test/**\nnode_modules/**\n**/src/**\n**/*.map\n.vscode-test/**\n*.vsix\n' > "$WORK/vscodeignore"
  ignore=(--ignoreFile "$WORK/vscodeignore")
fi
( cd "$EXT_DIR" && npx --no-install vsce package --no-dependencies --skip-license --allow-missing-repository \
    "${ignore[@]}" -o "$WORK/lekh.vsix" > "$WORK/vsce.log" 2>&1 ) \
  || { echo "e2e: vsce package failed:"; tail -30 "$WORK/vsce.log"; exit 1; }
say "packaged $(du -h "$WORK/lekh.vsix" | cut -f1) vsix"
"$CS" --user-data-dir "$WORK/ud" --extensions-dir "$WORK/exts" --install-extension "$WORK/lekh.vsix" > "$WORK/install-ext.log" 2>&1 \
  || { echo "e2e: installing the vsix into code-server failed:"; cat "$WORK/install-ext.log"; exit 1; }

# 2. profile + two throwaway workspaces (one per suite, so neither sees the other's state)
cat > "$WORK/ud/User/settings.json" <<'JSON'
{ "workbench.startupEditor": "none", "telemetry.telemetryLevel": "off", "update.mode": "none",
  "extensions.autoUpdate": false, "extensions.autoCheckUpdates": false, "extensions.ignoreRecommendations": true,
  "workbench.enableExperiments": false, "workbench.tips.enabled": false,
  "security.workspace.trust.enabled": false, "window.restoreWindows": "none",
  "chat.disableAIFeatures": true, "workbench.secondarySideBar.defaultVisibility": "hidden",
  "workbench.colorTheme": "Default Dark Modern", "git.enabled": false, "git.openRepositoryInParentFolders": "never",
  "editor.minimap.enabled": false, "editor.wordWrap": "on", "editor.hover.delay": 300, "files.autoSave": "off" }
JSON
for ws in ws-int ws-ui; do mkdir -p "$WORK/$ws"; cp -r "$FIXTURES/." "$WORK/$ws/"; done

# 3. code-server on loopback. setsid: own process group, so cleanup also ends the extension host, file watchers
#    and the language server. TMPDIR inside $WORK: VS Code leaves vscode-ipc-*.sock files there.
TMPDIR="$WORK/t" setsid "$CS" --bind-addr "127.0.0.1:$PORT" --auth none --disable-telemetry --disable-update-check \
  --disable-workspace-trust --disable-getting-started-override \
  --user-data-dir "$WORK/ud" --extensions-dir "$WORK/exts" > "$WORK/code-server.log" 2>&1 &
CS_PID=$!
up=
for _ in $(seq 1 120); do
  if curl -fs -o /dev/null "http://127.0.0.1:$PORT/healthz" 2>/dev/null; then up=1; break; fi
  kill -0 "$CS_PID" 2>/dev/null || break
  sleep 0.5
done
[ -n "$up" ] || { echo "e2e: code-server did not come up on port $PORT"; print_logs; exit 1; }
say "code-server up on 127.0.0.1:$PORT"

export CS_URL="http://127.0.0.1:$PORT"
rc=0
suite() {   # suite NAME TIMEOUT_S CMD...: run one suite; a suite killed by its timeout still gets a closing line
  local name=$1 t=$2 st=0; shift 2
  timeout -k 10 "$t" "$@" || st=$?
  if [ "$st" -eq 124 ] || [ "$st" -eq 137 ]; then echo "$name: timed out after ${t}s"; echo "$name: 0 passed, 1 failed"; fi
  say "$name suite finished (exit $st)"
  [ "$st" -eq 0 ] || rc=1
}
if [ "${E2E_ONLY:-integration}" = integration ]; then
  CS_WORKSPACE="$WORK/ws-int" EXT_DEV_PATH="$EXT_DIR" EXT_TESTS_PATH="$E2E/integration/index.js" \
    suite integration 300 node "$E2E/run-integration.mjs"
fi
if [ "${E2E_ONLY:-ui}" = ui ]; then
  CS_WORKSPACE="$WORK/ws-ui" FIXTURES="$FIXTURES" suite ui 400 node "$E2E/ui.mjs"
fi
if [ "$rc" -ne 0 ]; then print_logs; fi
exit "$rc"
