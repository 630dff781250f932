#!/usr/bin/env bash
# Trunk's post-build step (scripts/post-build.sh): the build fails if index.html holds what a strict
# Content-Security-Policy (script-src 'self'; style-src 'self'; default-src 'self') refuses — an
# inline script, an event-handler attribute, a javascript: URL, a <style> element, a style=
# attribute, a data: URL. Case-insensitive, across lines, quoted or not (the release build's
# index.html is minified: its attributes are unquoted).
# Usage: check-index.sh [INDEX_HTML]   (default: the one in Trunk's staging folder)
set -euo pipefail
index="${1:-${TRUNK_STAGING_DIR:?run by Trunk}/index.html}"
problems=()
found() { INDEX="$index" perl -0777 -ne 's/<!--.*?-->//gs; exit(/'"$1"'/is ? 0 : 1)' "$index"; }
found '<script\b(?:(?!(?<![\w-])src\s*=)[^>])*>' && problems+=("内联脚本（<script> 没有 src）")
found '<[a-z][^>]*\son[a-z]+\s*=' && problems+=("事件属性（onclick= 等）")
found 'javascript:' && problems+=("javascript: 地址")
found '<style\b' && problems+=("<style> 元素")
found '<[a-z][^>]*\sstyle\s*=' && problems+=("style= 属性")
found '(?:href|src)\s*=\s*["'"'"']?\s*data:' && problems+=("data: 地址")
if [ ${#problems[@]} -gt 0 ]; then
  printf '[nianbao] %s 含有严格的内容安全策略（CSP）不允许的内容：%s\n' "$index" "${problems[*]}" >&2
  exit 1
fi
