#!/usr/bin/env bash
# Installs the npm packages locked in <package dir> into <work dir>/node_modules with the machine's own npm.
# Used by the Maven build (gateway-service's web UI, system-tests' browser tests); nothing is installed globally
# and the source tree stays clean. A second run with the same lock file does nothing.
set -euo pipefail
src=$1
work=$2
if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  cat >&2 <<'MSG'
ERROR: node and npm were not found on the PATH.
The DataSage web UI takes Plotly.js from the npm registry at build time, so the build needs Node.js 20 or newer
with npm. Install them and build again, e.g. on Debian or Ubuntu: apt-get install nodejs npm
MSG
  exit 1
fi
major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 20 ]; then
  echo "ERROR: Node.js $(node --version) is too old; the build needs Node.js 20 or newer." >&2
  exit 1
fi
mkdir -p "$work"
if cmp -s "$src/package-lock.json" "$work/installed-lock.json"; then
  exit 0
fi
cp "$src/package.json" "$src/package-lock.json" "$work/"
(cd "$work" && npm ci --no-audit --no-fund --loglevel=error)
cp "$src/package-lock.json" "$work/installed-lock.json"
