#!/usr/bin/env bash
# Builds the site into dist/: the reader (index.html) and, through the Trunk
# hook scripts/trunk-post-build.sh, the exploration views (explore.html), the
# CSP headers and the service worker. Release: opt-level "z", LTO, wasm-opt -Oz.
# Uses the toolchain that has the wasm32 target; assumes scripts/setup.sh wasm has run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
cargo fetch --quiet
RUSTUP_TOOLCHAIN="$(bash scripts/setup.sh toolchain)" trunk build --release --offline "$@"
