#!/usr/bin/env bash
# Installs everything the build and the tests need, idempotently.
#
# On an ordinary connected machine this is `rustup target add wasm32-unknown-unknown`
# plus the cargo/npm installs below. On air-gapped and firewalled machines (ours,
# and institutional ones) rustup cannot fetch the target, so the wasm32 standard
# library is built from Debian's rustc-web and its library source instead
# (see ../shared/toolchain/README.md for why each step is there).
#
# Usage: scripts/setup.sh [native|wasm|browser|all|toolchain]   (default: all)
#   toolchain: print the rustup toolchain that builds wasm32 (installs nothing)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
ROOT=$PWD
TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132
what=${1:-all}

log() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=
apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq; apt_updated=1; fi
  log "apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
}

# The wasm-bindgen version Trunk needs on PATH is the one Cargo.lock pins.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

# Prints the rustup toolchain name that can build wasm32: "stable" when rustup has
# the target, else "system" (Debian's rustc-web, linked into rustup by setup_wasm_std).
wasm_toolchain_name() {
  if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    echo stable
  else
    echo system
  fi
}

setup_wasm_std() {
  if [ "$(wasm_toolchain_name)" = stable ]; then log "rustup has wasm32"; return; fi
  if [ -f /usr/lib/rustlib/wasm32-unknown-unknown/lib/.built-by-principle-lens ] \
     && rustup toolchain list | grep -q '^system'; then
    log "wasm32 std from Debian's rustc-web already built"; return
  fi
  log "building the wasm32 standard library from Debian's rustc-web (about a minute)"
  apt_install rustc-web cargo-web rust-web-src lld-22
  local tmp; tmp=$(mktemp -d)
  (cd "$tmp" && /usr/bin/cargo new -q --lib throwaway && cd throwaway &&
    RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 RUSTFLAGS="-Cembed-bitcode=yes" \
      /usr/bin/cargo test -q --no-run --release --target wasm32-unknown-unknown \
      -Zbuild-std=std,panic_abort,panic_unwind,proc_macro,test >/dev/null 2>&1 &&
    as_root mkdir -p /usr/lib/rustlib/wasm32-unknown-unknown/lib &&
    find target/wasm32-unknown-unknown/release/deps -name 'lib*.rlib' ! -name 'libthrowaway*' \
      -exec cp {} /usr/lib/rustlib/wasm32-unknown-unknown/lib/ \;)
  rm -rf "$tmp"
  as_root mkdir -p /usr/lib/rustlib/x86_64-unknown-linux-gnu/bin
  as_root ln -sf /usr/lib/llvm-22/bin/lld /usr/lib/rustlib/x86_64-unknown-linux-gnu/bin/rust-lld
  rustup toolchain link system /usr
  touch /usr/lib/rustlib/wasm32-unknown-unknown/lib/.built-by-principle-lens
}

setup_wasm_tools() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    log "cargo install trunk $TRUNK_VERSION (about 12 minutes on two cores)"
    cargo +stable install -q --locked trunk --version "$TRUNK_VERSION"
  fi
  local wbg; wbg=$(wasm_bindgen_version)
  [ -n "$wbg" ] || { echo "setup: Cargo.lock pins no wasm-bindgen; run cargo generate-lockfile" >&2; exit 1; }
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wbg" ]; then
    # Not --locked: that lock asks for a webpki-roots release the registry does not serve.
    log "cargo install wasm-bindgen-cli $wbg (about 6 minutes)"
    cargo +stable install -q wasm-bindgen-cli --version "$wbg" --force
  fi
  if ! wasm-opt --version 2>/dev/null | grep -q "version $BINARYEN_VERSION"; then
    # Debian's binaryen (108) cannot read what rustc 1.96 emits; npm's can.
    log "npm install binaryen@$BINARYEN_VERSION (wasm-opt)"
    dpkg -s binaryen >/dev/null 2>&1 && as_root apt-get remove -y -qq binaryen >/dev/null
    npm install -g --silent "binaryen@$BINARYEN_VERSION" >/dev/null
  fi
  log "npm ci in scripts (terser, for the wasm-bindgen glue)"
  (cd scripts && npm ci --silent --no-audit --no-fund >/dev/null)
}

setup_browser() {
  apt_install chromium chromium-driver
  log "npm ci in tests/browser (playwright-core, axe-core)"
  (cd tests/browser && npm ci --silent --no-audit --no-fund >/dev/null)
}

case "$what" in
  native) ;;
  wasm) setup_wasm_std; setup_wasm_tools ;;
  browser) setup_browser ;;
  all) setup_wasm_std; setup_wasm_tools; setup_browser ;;
  toolchain) wasm_toolchain_name ;;
  *) echo "usage: scripts/setup.sh [native|wasm|browser|all|toolchain]" >&2; exit 2 ;;
esac
