#!/usr/bin/env bash
# Installs, when missing or of the wrong version, what building and testing nianbao needs.
# Sourced by scripts/serve.sh and scripts/test.sh; every step checks before it installs, so a
# second run only checks versions and takes seconds.

set -euo pipefail

NIANBAO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
NIANBAO_TOOLS="$NIANBAO_ROOT/.tools"
TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132.0.0
ESBUILD_VERSION=0.24.2
# LibreOffice (Writer, no GUI) and poppler render the exports to PDF and read them back.
APT_TEST_PACKAGES=(chromium chromium-driver fonts-noto-cjk libreoffice-writer-nogui poppler-utils)

# cargo installs into $CARGO_HOME/bin; rustup's own proxies live in ~/.cargo/bin.
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$HOME/.cargo/bin:$NIANBAO_TOOLS/node_modules/.bin:$PATH"

say() { printf '[nianbao] %s\n' "$*" >&2; }

# The wasm-bindgen CLI must be exactly the version of the crate in Cargo.lock, or the build fails.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' \
    "$NIANBAO_ROOT/Cargo.lock"
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "安装 wasm32-unknown-unknown 目标"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "安装 Trunk $TRUNK_VERSION（约 6 分钟）"
    # 0.22 needs a newer rustc than this machine has, so the version is pinned.
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
}

ensure_wasm_bindgen() {
  local want
  want=$(wasm_bindgen_version)
  if [ -z "$want" ]; then
    say "Cargo.lock 中找不到 wasm-bindgen 的版本"
    return 1
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $want" ] ||
    ! command -v wasm-bindgen-test-runner >/dev/null; then
    say "安装 wasm-bindgen-cli $want（约 2 分钟）"
    # Not --locked: the CLI's own lock file asks for a dependency version the registry lacks.
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

ensure_node_tools() {
  # Debian's binaryen is too old for what rustc emits; npm's binaryen ships a working wasm-opt.
  # esbuild minifies the app's glue after the build (scripts/minify-glue.sh). One npm install
  # for both: a second one with --no-save would remove the first's package.
  if ! wasm-opt --version 2>/dev/null | grep -q "version ${BINARYEN_VERSION%%.*}\b" ||
    [ "$(esbuild --version 2>/dev/null)" != "$ESBUILD_VERSION" ]; then
    say "安装 wasm-opt（npm binaryen@$BINARYEN_VERSION）和 esbuild@$ESBUILD_VERSION"
    mkdir -p "$NIANBAO_TOOLS"
    npm install --prefix "$NIANBAO_TOOLS" --no-save --no-package-lock --no-audit --no-fund \
      "binaryen@$BINARYEN_VERSION" "esbuild@$ESBUILD_VERSION" >&2
  fi
}

ensure_build_tools() {
  ensure_wasm_target
  ensure_trunk
  ensure_wasm_bindgen
  ensure_node_tools
}

ensure_test_packages() {
  local missing=() pkg
  for pkg in "${APT_TEST_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    say "安装 Debian 软件包：${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
  local e2e="$NIANBAO_ROOT/tests/e2e" want have
  # Every test package at exactly the version package.json names, or they are installed again.
  want=$(cd "$e2e" && node -p "Object.entries(require('./package.json').devDependencies).map(([n, v]) => n + '@' + v).join(' ')")
  have=$(cd "$e2e" && node -p "Object.keys(require('./package.json').devDependencies).map((n) => { try { return n + '@' + require(n + '/package.json').version } catch { return n + '@-' } }).join(' ')" 2>/dev/null || true)
  if [ "$have" != "$want" ]; then
    say "安装端到端测试所需的 npm 包（$want）"
    # Exact versions in package.json and no lock file: the lock would record download addresses.
    (cd "$e2e" && npm install --no-package-lock --no-audit --no-fund >&2)
  fi
}
