# shellcheck shell=bash
# Source this file: it puts the project's toolchain (Node >= 22 and pnpm) on PATH.
# When the machine's node is older, Node 24 and pnpm are installed from the npm registry
# into .toolchain/ (git-ignored) first. Idempotent and quiet once installed.
OPENITA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OPENITA_NODE_VERSION="${OPENITA_NODE_VERSION:-24}"
OPENITA_PNPM_VERSION="${OPENITA_PNPM_VERSION:-12.21.0}"
OPENITA_TOOLCHAIN="$OPENITA_ROOT/.toolchain"

_openita_node_major() { command -v node >/dev/null 2>&1 && node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

_openita_bootstrap() {
  local sys_npm
  sys_npm="$(command -v npm)" || { echo "env.sh: npm is required to bootstrap Node" >&2; return 1; }
  if [ ! -x "$OPENITA_TOOLCHAIN/bin/node" ]; then
    echo "env.sh: installing node@$OPENITA_NODE_VERSION into $OPENITA_TOOLCHAIN" >&2
    "$sys_npm" install -g --no-fund --no-audit --loglevel=error --prefix "$OPENITA_TOOLCHAIN" "node@$OPENITA_NODE_VERSION" >&2 || return 1
  fi
  if [ ! -x "$OPENITA_TOOLCHAIN/bin/pnpm" ] || [ "$("$OPENITA_TOOLCHAIN/bin/pnpm" --version 2>/dev/null)" != "$OPENITA_PNPM_VERSION" ]; then
    echo "env.sh: installing npm@11 and pnpm@$OPENITA_PNPM_VERSION into $OPENITA_TOOLCHAIN" >&2
    PATH="$OPENITA_TOOLCHAIN/bin:$PATH" "$sys_npm" install -g --no-fund --no-audit --loglevel=error --prefix "$OPENITA_TOOLCHAIN" npm@11 "pnpm@$OPENITA_PNPM_VERSION" >&2 || return 1
  fi
}

if [ -x "$OPENITA_TOOLCHAIN/bin/node" ] || [ "$(_openita_node_major)" -lt 22 ] \
  || [ "$(pnpm --version 2>/dev/null)" != "$OPENITA_PNPM_VERSION" ]; then
  _openita_bootstrap || return 1 2>/dev/null || exit 1
  case ":$PATH:" in *":$OPENITA_TOOLCHAIN/bin:"*) ;; *) export PATH="$OPENITA_TOOLCHAIN/bin:$PATH" ;; esac
fi
export OPENITA_ROOT
# Keep Turborepo quiet and offline: no telemetry, no remote cache.
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1
unset -f _openita_node_major _openita_bootstrap
