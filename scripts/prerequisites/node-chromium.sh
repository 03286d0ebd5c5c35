#!/usr/bin/env bash
# Prerequisites of the scene-check tool and tests: Debian's chromium and the npm packages of tools/scene-check.
# Idempotent: installs only what is missing. Runs as root (or with sudo) on Debian 12 with node 20+ and npm.
# Usage: scripts/prerequisites/node-chromium.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
tool=tools/scene-check

say() { echo "node-chromium: $*"; }
fail() { echo "node-chromium: $*" >&2; exit 1; }

# Node 20 or newer and npm.
command -v node >/dev/null 2>&1 || fail "node is not installed (node 20 or newer is needed)"
command -v npm >/dev/null 2>&1 || fail "npm is not installed"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[[ "$node_major" -ge 20 ]] || fail "node $(node --version) is too old (20 or newer is needed)"

# Chromium from Debian (Remotion renders with it; it never downloads a browser here).
if command -v chromium >/dev/null 2>&1; then
  say "chromium present ($(command -v chromium))"
else
  as_root=()
  if [[ "$(id -u)" -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || fail "chromium is missing and installing it needs root (or sudo)"
    as_root=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  # Refresh the package lists only when they do not know chromium yet (fresh images ship without lists).
  if ! apt-cache policy chromium 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    say "apt-get update"
    "${as_root[@]}" apt-get update -qq
  fi
  say "installing chromium"
  "${as_root[@]}" apt-get install -y -qq chromium >/dev/null
  command -v chromium >/dev/null 2>&1 || fail "chromium is still not on PATH after apt-get install"
  say "chromium installed ($(command -v chromium))"
fi

# npm packages, pinned by the committed package-lock.json; npm writes node_modules/.package-lock.json on install.
if [[ ! -f "$tool/node_modules/.package-lock.json" || "$tool/package-lock.json" -nt "$tool/node_modules/.package-lock.json" ]]; then
  say "npm ci in $tool"
  (cd "$tool" && npm ci --no-audit --no-fund --loglevel=error)
else
  say "npm packages present ($tool/node_modules)"
fi
say "ready"
