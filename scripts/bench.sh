#!/usr/bin/env bash
# Prints the benchmark figures: engine throughput natively, bundle size, and
# speed in headless Chromium. Fails on nothing but a broken run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
cargo bench --quiet -p lens-engine 2>&1 | grep -v '^$' | grep -v 'running 0 tests\|test result: ok. 0 passed'
bash scripts/size.sh
(cd tests/browser && node bench.mjs && node bench-worker.mjs)
