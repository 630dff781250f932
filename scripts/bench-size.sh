#!/usr/bin/env bash
# Prints the sizes of the release build, raw and gzipped: what a browser downloads on the first
# load before the editor is up (index.html and what it links, the favicon and the manifest), and
# apart from that what comes later — the service worker and the rest of the build it caches for
# offline use once the editor is up, including the export worker (fetched when 「导出」 is opened).
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
ensure_build_tools
cd "$NIANBAO_ROOT"
trunk build --release --offline >/dev/null 2>&1 || { say "构建失败"; exit 1; }

table() {
  local title=$1 total_raw=0 total_gz=0 file raw gz
  shift
  printf '%s\n%-40s %10s %10s\n' "$title" "file" "raw (B)" "gzip (B)"
  for file in "$@"; do
    raw=$(stat -c %s "$file")
    gz=$(gzip -9 -c "$file" | wc -c)
    total_raw=$((total_raw + raw))
    total_gz=$((total_gz + gz))
    printf '%-40s %10d %10d\n' "${file#dist/}" "$raw" "$gz"
  done
  printf '%-40s %10d %10d\n\n' "total" "$total_raw" "$total_gz"
}

# Before the editor is ready: the page, boot.js, the app's glue and module, both style sheets,
# the favicon and the manifest (a browser may fetch it at once). Not huizong.css: the 汇总
# view's sheet, loaded with it; nor the print sheet, which boot.js asks for once the editor is up.
mapfile -t first_load < <(find dist -maxdepth 1 -type f \( -name index.html -o -name boot.js \
  -o -name 'nianbao-app-*' -o \( -name '*.css' ! -name huizong.css ! -name 'print-*' \) -o -name icon.svg -o -name manifest.webmanifest \) | sort)
mapfile -t later < <(find dist -maxdepth 1 -type f | sort | grep -vxF -f <(printf '%s\n' "${first_load[@]}"))
table "first load (before the editor is ready)" "${first_load[@]}"
table "after start-up (offline.js, sw.js and its precache; the export worker, also fetched when 导出 is opened; the 汇总 module, also fetched when 汇总 is opened)" "${later[@]}"
