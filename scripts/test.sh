#!/usr/bin/env bash
# Runs every test, from a fresh machine: installs what is missing, checks
# formatting and lints, tests the engine, the CLI and the app natively, builds
# the site, tests it in headless Chromium, and prints the benchmark figures.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "set-up"
bash scripts/setup.sh all
step "format and lints"
cargo fmt --all --check
cargo clippy --quiet --workspace --all-targets -- -D warnings
step "native tests (engine, CLI, app logic)"
cargo test --workspace
step "build the site"
cargo build --quiet --release --bin lens
bash scripts/build.sh
step "browser tests (headless Chromium, the built site)"
(cd tests/browser && LENS_BIN="$PWD/../../target/release/lens" node --test --test-concurrency=1)
step "benchmarks (figures, not tests)"
bash scripts/bench.sh
