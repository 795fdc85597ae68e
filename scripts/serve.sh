#!/usr/bin/env bash
# Installs what is missing, builds the site, and serves it at
# http://127.0.0.1:8080/ (set PORT to change). The page fetches nothing from
# elsewhere; any static file server works the same.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh wasm
bash scripts/build.sh
port="${PORT:-8080}"
echo "Principle Lens: http://127.0.0.1:$port/"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory dist
