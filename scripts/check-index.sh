#!/usr/bin/env bash
# Trunk's post-build step (Trunk.toml): the build fails if index.html holds what a strict
# Content-Security-Policy (script-src 'self'; style-src 'self'; default-src 'self') refuses —
# an inline script, a <style> element, a style= attribute, a data: URL.
set -euo pipefail
index="${TRUNK_STAGING_DIR:?run by Trunk}/index.html"
# Comments hold prose, not markup.
html=$(perl -0pe 's/<!--.*?-->//gs' "$index")
problems=()
grep -Eq '<script([^>]*)>' <<<"$html" && grep -Eo '<script[^>]*>' <<<"$html" | grep -vq 'src=' &&
  problems+=("内联脚本（<script> 没有 src）")
grep -Eqi '<style[ >]' <<<"$html" && problems+=("<style> 元素")
grep -Eqi '[[:space:]]style=' <<<"$html" && problems+=("style= 属性")
grep -Eqi '(href|src)="data:' <<<"$html" && problems+=("data: 地址")
if [ ${#problems[@]} -gt 0 ]; then
  printf '[nianbao] index.html 含有严格的内容安全策略（CSP）不允许的内容：%s\n' "${problems[*]}" >&2
  exit 1
fi
