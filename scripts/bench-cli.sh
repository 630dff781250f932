#!/usr/bin/env bash
# Times `nianbao check` over a folder of 10,000 report files made from the samples, on one core.
# Budget (issue 3): under 3 s. Prints figures; asserts nothing.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
samples="$root/../shared/samples"
count=${1:-10000}
cd "$root"
cargo build --release -p nianbao-cli >/dev/null 2>&1
bin="$root/target/release/nianbao"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mapfile -t sources < <(find "$samples" -name '*.json' | sort)
for ((i = 0; i < count; i++)); do
  cp "${sources[i % ${#sources[@]}]}" "$work/report_$i.json"
done
bytes=$(du -sb "$work" | cut -f1)
echo "folder: $count files, $((bytes / 1024)) KiB, from ${#sources[@]} samples"

pin=()
command -v taskset >/dev/null && pin=(taskset -c 0)
for mode in human json; do
  flag=()
  [ "$mode" = json ] && flag=(--json)
  best=""
  for run in 1 2 3; do
    start=$(date +%s.%N)
    (cd "$work" && "${pin[@]}" "$bin" check "${flag[@]}" -- report_*.json >/dev/null) || true
    end=$(date +%s.%N)
    took=$(awk "BEGIN { printf \"%.3f\", $end - $start }")
    echo "  $mode output, run $run: ${took} s"
    if [ -z "$best" ] || awk "BEGIN { exit !($took < $best) }"; then best=$took; fi
  done
  echo "nianbao check ($mode) over $count files on one core: best ${best} s"
done
