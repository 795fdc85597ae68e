#!/usr/bin/env bash
# Builds the site into dist/ (release: opt-level "z", LTO, wasm-opt -Oz), with
# the toolchain that has the wasm32 target. Assumes scripts/setup.sh wasm has run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
cargo fetch --quiet
RUSTUP_TOOLCHAIN="$(bash scripts/setup.sh toolchain)" trunk build --release --offline "$@"
