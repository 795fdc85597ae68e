#!/usr/bin/env bash
# Builds the site into dist/: the reader (app/index.html) and the exploration
# views (app/explore.html), each with its own wasm so that the first load only
# carries the reader. Release: opt-level "z", LTO, wasm-opt -Oz. Uses the
# toolchain that has the wasm32 target; assumes scripts/setup.sh wasm has run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
cargo fetch --quiet
toolchain="$(bash scripts/setup.sh toolchain)"
# explore.html is index.html with the other binary, the analysis worker (its
# own wasm, loaded by a shim script so that no blob: URL is needed) and its
# title: made here, not kept twice.
worker='<link data-trunk rel="rust" href="Cargo.toml" data-bin="principle-lens-worker" data-type="worker" data-bindgen-target="no-modules" data-loader-shim data-wasm-opt="z" />'
sed -e "/data-bin=\"principle-lens\"/a\\    $worker" \
    -e 's/data-bin="principle-lens"/data-bin="principle-lens-explore"/' \
    -e 's#<title>Principle Lens</title>#<title>Explore — Principle Lens</title>#' app/index.html > app/explore.html
RUSTUP_TOOLCHAIN="$toolchain" trunk build --release --offline --dist target/dist-explore app/explore.html "$@"
RUSTUP_TOOLCHAIN="$toolchain" trunk build --release --offline "$@"
# Trunk names its output index.html whatever the source page was called.
mv target/dist-explore/index.html target/dist-explore/explore.html
cp -n target/dist-explore/* dist/
node scripts/csp.mjs dist > /dev/null
node scripts/make-sw.mjs dist
