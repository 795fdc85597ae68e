#!/usr/bin/env bash
# Writes the figures of the "How reliable is this?" page (explore.html#/reliability)
# into assets/eval/: lens eval on the labelled set in tests/data/dev-gold, the
# codebook and classifier cross-validated by document (5 folds) and the codebook
# alone, on all 56 speeches and on the 5 bundled ones. A test checks they are fresh.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
cargo build --quiet --release --bin lens
gold=tests/data/dev-gold/gold.jsonl
lens=target/release/lens
$lens eval --json --cv 5 "$gold" > assets/eval/cv.json
$lens eval --json --cv 5 --bundled "$gold" > assets/eval/cv-bundled.json
$lens eval --json --no-model "$gold" > assets/eval/codebook.json
$lens eval --json --no-model --bundled "$gold" > assets/eval/codebook-bundled.json
