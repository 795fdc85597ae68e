#!/usr/bin/env bash
# Prints what the built site transfers, in bytes and gzip -9 bytes: the first
# load (index.html and what it loads: the reader) against the budget, then the
# exploration page's own files. Figures, not a test.
set -euo pipefail
cd "$(dirname "$0")/../dist"
budget=200000
row() { printf '%-48s %10d %10d\n' "$1" "$(stat -c %s "$1")" "$(gzip -9c "$1" | wc -c)"; }
# What an HTML page loads: itself, and the files it names.
page_files() { echo "$1"; grep -oE '\./[A-Za-z0-9._-]+\.(js|wasm|css|svg|png|webmanifest)' "$1" | cut -c3- | sort -u; }
sum() { local b=0 g=0; for f in "$@"; do b=$((b + $(stat -c %s "$f"))); g=$((g + $(gzip -9c "$f" | wc -c))); done; echo "$b $g"; }
printf '%-48s %10s %10s\n' file bytes gzip-9
mapfile -t first < <(page_files index.html)
for f in "${first[@]}"; do row "$f"; done
read -r b g < <(sum "${first[@]}")
printf '%-48s %10d %10d   (budget %d gzip, aim 150000)\n' "first load (index.html)" "$b" "$g" "$budget"
mapfile -t explore < <(page_files explore.html)
extra=()
for f in "${explore[@]}"; do [[ " ${first[*]} " == *" $f "* ]] || extra+=("$f"); done
for f in "${extra[@]}"; do row "$f"; done
read -r b g < <(sum "${extra[@]}")
printf '%-48s %10d %10d   (loaded on opening an exploration view)\n' "explore.html adds" "$b" "$g"
worker=(principle-lens-worker.js principle-lens-worker_loader.js principle-lens-worker_bg.wasm)
for f in "${worker[@]}"; do row "$f"; done
read -r b g < <(sum "${worker[@]}")
printf '%-48s %10d %10d   (the analysis worker with the classifier: fetched on the first own text)\n' "worker" "$b" "$g"
printf '%-48s %10d %10d   (its share: the heads, assets/heads.txt)\n' "classifier heads" "$(stat -c %s ../assets/heads.txt)" "$(gzip -9c ../assets/heads.txt | wc -c)"
