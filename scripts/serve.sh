#!/usr/bin/env bash
# Installs what is missing, builds the app and serves it at http://127.0.0.1:8080/
# (rebuilding on changes). Nothing is fetched at run time: the page is self-contained.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
bash scripts/setup.sh wasm
cargo fetch --quiet
RUSTUP_TOOLCHAIN="$(bash scripts/setup.sh toolchain)" exec trunk serve --release --offline "$@"
