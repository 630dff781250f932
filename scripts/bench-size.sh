#!/usr/bin/env bash
# Prints the sizes of the release build: what a browser downloads on first load, raw and gzipped.
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
ensure_build_tools
cd "$NIANBAO_ROOT"
trunk build --release --offline >/dev/null 2>&1 || { say "构建失败"; exit 1; }
total_raw=0
total_gz=0
printf '%-40s %10s %10s\n' "file" "raw (B)" "gzip (B)"
while IFS= read -r file; do
  raw=$(stat -c %s "$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  printf '%-40s %10d %10d\n' "${file#dist/}" "$raw" "$gz"
done < <(find dist -type f | sort)
printf '%-40s %10d %10d\n' "total" "$total_raw" "$total_gz"
