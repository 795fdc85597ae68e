#!/usr/bin/env bash
# Remakes every trained file from tests/data/dev-gold, byte for byte (tests
# check each is fresh): the classifier's heads (assets/heads.txt), the bundled
# speeches' labels the reader shows (assets/corpus/model-labels.txt), and the
# figures of the reliability page (assets/eval/: codebook and classifier
# cross-validated by document, 5 folds, and the codebook alone, on all 56
# speeches and on the 5 bundled ones). Run it after any change to the codebook,
# the matcher or the classifier.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
gold=tests/data/dev-gold/gold.jsonl
lens=target/release/lens
cargo build --quiet --release --bin lens
$lens train "$gold" > assets/heads.txt
# The CLI carries the heads it was built with: build again before labelling.
cargo build --quiet --release --bin lens
$lens annotate --format labels --corpus > assets/corpus/model-labels.txt
mkdir -p assets/eval
$lens eval --json --cv 5 "$gold" > assets/eval/cv.json
$lens eval --json --cv 5 --bundled "$gold" > assets/eval/cv-bundled.json
$lens eval --json --no-model "$gold" > assets/eval/codebook.json
$lens eval --json --no-model --bundled "$gold" > assets/eval/codebook-bundled.json
