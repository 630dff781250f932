#!/usr/bin/env bash
# Prints the sizes of the release build, raw and gzipped: what a browser downloads on first load
# (index.html and what it links), and apart from that what it loads only on demand (the export
# worker, fetched when 「导出」 is opened).
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

mapfile -t on_demand < <(find dist -type f -name 'nianbao-worker*' | sort)
mapfile -t first_load < <(find dist -type f ! -name 'nianbao-worker*' | sort)
table "first load" "${first_load[@]}"
table "on demand (导出)" "${on_demand[@]}"
