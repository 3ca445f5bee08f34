#!/usr/bin/env bash
# One-time (per machine) setup for Lekh's end-to-end tests: Debian packages (chromium, ripgrep, krb5 headers,
# build tools) and code-server from npm (a real VS Code 1.100.3 server + web workbench) into CS_DIR.
# Idempotent: a stamp file makes a second run a no-op (~0.2 s).
# Usage: bash test/e2e/setup-e2e.sh <dir-for-code-server>      e.g. bash test/e2e/setup-e2e.sh test/e2e/.server
# CS_DIR holds the committed package.json + package-lock.json pinning code-server (one is written if missing).
# Recipe and pitfalls: /work/shared/E2E.md (proven on Debian 12, Node 20, no network but npm + apt).
set -euo pipefail
CS_DIR=${1:?usage: setup-e2e.sh CS_DIR}
CS_VERSION=${CS_VERSION:-4.100.3}   # newest code-server whose engines say node 20 (bundles VS Code 1.100.3)
T0=$(date +%s)

# 1. Debian packages: the browser; ripgrep (stands in for @vscode/ripgrep's GitHub download);
#    krb5 headers (the kerberos native module); build tools for node-gyp; curl (health check in run-e2e.sh);
#    setsid (util-linux); a Devanagari font.
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v rg >/dev/null || need+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
command -v setsid >/dev/null || need+=(util-linux)
# a Devanagari font, so the Hindi articles render as text (not boxes) in the screenshots
{ command -v fc-list >/dev/null && [ -n "$(fc-list :lang=hi 2>/dev/null)" ]; } || need+=(fonts-lohit-deva)
for t in python3 make g++ pkg-config curl; do command -v "$t" >/dev/null || need+=("$t"); done
if [ ${#need[@]} -gt 0 ]; then
  echo "setup-e2e: installing Debian packages: ${need[*]}"
  SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# 2. Already installed? (stamp written only after a complete install; the lockfile's hash is part of it)
mkdir -p "$CS_DIR"; CS_DIR=$(cd "$CS_DIR" && pwd)
[ -f "$CS_DIR/package.json" ] || printf '{"name":"lekh-e2e-code-server","private":true,"dependencies":{"code-server":"%s"},"allowScripts":{"code-server":true,"argon2":true}}\n' "$CS_VERSION" > "$CS_DIR/package.json"
CS_VERSION=$(node -p "require('$CS_DIR/package.json').dependencies['code-server']")
stamp() { echo "$CS_DIR/node_modules/.e2e-installed-$CS_VERSION-node$(node -p 'process.versions.node.split(".")[0]')-$({ cat "$CS_DIR/package-lock.json" 2>/dev/null || true; } | md5sum | cut -c1-8)"; }
STAMP=$(stamp)
if [ -f "$STAMP" ] && [ -x "$CS_DIR/node_modules/.bin/code-server" ]; then echo "setup-e2e: code-server $CS_VERSION already installed in $CS_DIR"; exit 0; fi
echo "setup-e2e: installing code-server $CS_VERSION into $CS_DIR (1-2 min: builds native modules)"

# 3. Pre-seed @vscode/ripgrep's download cache ($TMPDIR/vscode-ripgrep-cache-<ver>/<asset>) with Debian's rg,
#    so its postinstall finds a "cached download" and never goes to GitHub. Versions are read from the packages.
SEED=$(mktemp -d -t lekh-e2e-setup.XXXXXX)
trap 'rm -rf "$SEED"' EXIT
( cd "$SEED" && npm pack --silent "code-server@$CS_VERSION" >/dev/null 2>&1 && tar xzf code-server-*.tgz package/lib/vscode/npm-shrinkwrap.json )
RG_VER=$(node -p "require('$SEED/package/lib/vscode/npm-shrinkwrap.json').packages['node_modules/@vscode/ripgrep'].version")
( cd "$SEED" && npm pack --silent "@vscode/ripgrep@$RG_VER" >/dev/null 2>&1 && tar xzf vscode-ripgrep-*.tgz package/lib/postinstall.js )
RG_TAG=$(sed -n "s/^const VERSION = '\(.*\)';/\1/p" "$SEED/package/lib/postinstall.js")
mkdir -p "$SEED/tmp/vscode-ripgrep-cache-$RG_VER"
tar czf "$SEED/tmp/vscode-ripgrep-cache-$RG_VER/ripgrep-$RG_TAG-x86_64-unknown-linux-musl.tar.gz" -C "$(dirname "$(command -v rg)")" rg
echo "setup-e2e: seeded @vscode/ripgrep@$RG_VER cache (asset $RG_TAG) with $(rg --version | head -1)"

# 4. Install. code-server's postinstall runs `npm install` in lib/vscode and lib/vscode/extensions and builds
#    ~9 native modules with node-gyp.
#    npm_config_unsafe_perm=true: postinstall.sh refuses to run as root without it (npm >= 7 no longer sets it).
#    npm_config_yes=true: node-pty's postinstall runs `npx node-gyp ...`, which a `yes=false` npmrc cancels.
#    npm_config_dangerously_allow_all_scripts=true: the nested `npm install`s code-server's postinstall runs in
#    lib/vscode have no allowScripts of their own; allow their scripts for this folder only.
#    XDG_*: code-server writes config.yaml / logs under XDG dirs even for --version; keep them out of $HOME.
cmd=install; [ -f "$CS_DIR/package-lock.json" ] && cmd=ci
( cd "$CS_DIR" && TMPDIR="$SEED/tmp" XDG_CONFIG_HOME="$SEED/xdg" XDG_DATA_HOME="$SEED/xdg" XDG_CACHE_HOME="$SEED/xdg" \
    npm_config_unsafe_perm=true npm_config_yes=true npm_config_dangerously_allow_all_scripts=true \
    npm "$cmd" --no-audit --no-fund --foreground-scripts > "$CS_DIR/install.log" 2>&1 ) \
  || { echo "setup-e2e: npm $cmd failed; last lines of $CS_DIR/install.log:"; tail -60 "$CS_DIR/install.log"; exit 1; }
V=$(XDG_CONFIG_HOME="$SEED/xdg" XDG_DATA_HOME="$SEED/xdg" "$CS_DIR/node_modules/.bin/code-server" --version 2>/dev/null | tail -1)
[ -n "$V" ] || { echo "setup-e2e: code-server does not start after install"; tail -40 "$CS_DIR/install.log"; exit 1; }
STAMP=$(stamp)
touch "$STAMP"
echo "setup-e2e: code-server $V installed in $(( $(date +%s) - T0 )) s"
