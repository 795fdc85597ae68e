#!/usr/bin/env bash
# Trunk post-build hook (Trunk.toml), so that plain `trunk build` and `trunk
# serve` at the root give the whole site:
# - builds the second page, explore.html (the exploration views and the
#   analysis worker, each with its own wasm, so that the first load carries
#   only the reader), and adds it to the build being staged; Trunk builds one
#   HTML page per run, and the inner run sets LENS_EXPLORE_BUILD so that its
#   own run of this hook does nothing;
# - on release builds, minifies the pages' wasm-bindgen glue (Trunk does not);
# - writes the CSP headers (_headers) and the service worker (sw.js) for
#   exactly the files of this build.
set -euo pipefail
[ -z "${LENS_EXPLORE_BUILD:-}" ] || exit 0
cd "$TRUNK_SOURCE_DIR"
out=target/dist-explore
profile=()
[ "${TRUNK_PROFILE:-debug}" = release ] && profile=(--release)
LENS_EXPLORE_BUILD=1 trunk build "${profile[@]}" --offline --dist "$out" explore.html
# Trunk names its output index.html whatever the source page was called.
mv "$out/index.html" "$TRUNK_STAGING_DIR/explore.html"
cp -n "$out"/* "$TRUNK_STAGING_DIR/"
if [ "${TRUNK_PROFILE:-debug}" = release ]; then node scripts/minify-glue.mjs "$TRUNK_STAGING_DIR" > /dev/null; fi
node scripts/csp.mjs "$TRUNK_STAGING_DIR" > /dev/null
node scripts/make-sw.mjs "$TRUNK_STAGING_DIR"
