#!/usr/bin/env bash
# Runs every test layer of nianbao, installing first whatever they need (build tools, Debian
# Chromium and its driver, Chinese fonts, LibreOffice and poppler, the npm test packages). Exits non-zero when any layer fails.
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
# Debian and npm downloads wait on the network while cargo installs wait on the CPU: on a bare
# machine, doing both at once saves minutes.
ensure_test_packages &
test_packages=$!
ensure_build_tools
wait "$test_packages"
cd "$NIANBAO_ROOT"

failed=()
layer() {
  local name=$1 start=$SECONDS
  shift
  say "── $name"
  if "$@"; then
    say "── $name：通过（$((SECONDS - start)) 秒）"
  else
    say "── $name：失败（$((SECONDS - start)) 秒）"
    failed+=("$name")
  fi
}

wasm_browser_tests() {
  # wasm-bindgen-test-runner drives Debian's Chromium through chromedriver; webdriver.json holds
  # the flags a root, headless, offline Chromium needs.
  CHROMEDRIVER=/usr/bin/chromedriver \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    cargo test -p nianbao-app -p nianbao-huizong --target wasm32-unknown-unknown
}

exports_in_libreoffice() {
  # Every sample exported as .docx and Word-ready HTML, rendered by LibreOffice, read back by poppler;
  # and LibreOffice's own .docx and PDF text of three samples imported again.
  cargo test -p nianbao-cli --test libreoffice --test libreoffice_import -- --ignored
}

wasm_clippy() {
  # The library's own tests use proptest, which has no wasm32 build; the library itself must.
  cargo clippy -p nianbao-app --lib --bins --tests --target wasm32-unknown-unknown -- -D warnings &&
    cargo clippy -p nianbao --lib --target wasm32-unknown-unknown -- -D warnings &&
    cargo clippy -p nianbao-worker --lib --bins --target wasm32-unknown-unknown -- -D warnings &&
    cargo clippy -p nianbao-huizong --lib --bins --tests --target wasm32-unknown-unknown -- -D warnings
}

end_to_end_tests() {
  trunk build --release --offline && node --test --test-concurrency=1 tests/e2e/
}

layer "格式（cargo fmt）" cargo fmt --all -- --check
layer "静态检查（clippy，本机）" cargo clippy --workspace --all-targets -- -D warnings
layer "静态检查（clippy，wasm32）" wasm_clippy
layer "库与命令行测试（cargo test）" cargo test --workspace
layer "导出文件在 LibreOffice 中的排版与再导入（soffice、pdftotext）" exports_in_libreoffice
layer "浏览器组件测试（wasm-bindgen-test，Chromium）" wasm_browser_tests
layer "端到端测试（Playwright，Chromium）" end_to_end_tests

if [ ${#failed[@]} -gt 0 ]; then
  say "失败的测试层：${failed[*]}"
  exit 1
fi
say "全部测试层通过（共 ${SECONDS} 秒）"
