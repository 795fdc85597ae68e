#!/usr/bin/env bash
# Prints the whole first load of the built site (every file in dist/), in bytes
# and gzip -9 bytes, against the budget. A figure, not a test.
set -euo pipefail
cd "$(dirname "$0")/../dist"
budget=200000
total=0; total_gz=0
printf '%-48s %10s %10s\n' file bytes gzip-9
for f in $(ls | sort); do
  [ -f "$f" ] || continue
  b=$(stat -c %s "$f"); g=$(gzip -9c "$f" | wc -c)
  total=$((total + b)); total_gz=$((total_gz + g))
  printf '%-48s %10d %10d\n' "$f" "$b" "$g"
done
printf '%-48s %10d %10d   (budget %d gzip, aim 150000)\n' "first load" "$total" "$total_gz" "$budget"
