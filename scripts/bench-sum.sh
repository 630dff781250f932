#!/usr/bin/env bash
# `nianbao sum` over 10,000 units' JSON files (issue 11: under 3 s on one core): the 2022 samples
# copied under 10,000 different 机关 names into one folder, then the release binary run on one
# core (taskset) over the folder. Prints the wall time; asserts nothing.
#
#   ./scripts/bench-sum.sh [count, default 10000]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-10000}"
samples="${NIANBAO_SAMPLES:-$root/../shared/samples}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cargo build --release -q -p nianbao-cli --manifest-path "$root/Cargo.toml"
python3 - "$samples" "$work/units" "$count" <<'PY'
import json, os, sys
samples, out, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.makedirs(out)
sources = [json.load(open(os.path.join(samples, f), encoding="utf-8"))
           for f in sorted(os.listdir(samples)) if f.endswith("_2022.json")]
for i in range(count):
    report = sources[i % len(sources)]
    report["meta"]["agency"] = f"单位{i:05d}"
    with open(os.path.join(out, f"{i:05d}.json"), "w", encoding="utf-8") as f:
        json.dump(report, f, ensure_ascii=False)
PY
bytes=$(du -sb "$work/units" | cut -f1)
echo "units: $count files, $((bytes / 1024 / 1024)) MB"
start=$(date +%s.%N)
taskset -c 0 "${CARGO_TARGET_DIR:-$root/target}/release/nianbao" sum --agency 某县人民政府 "$work/units" -o "$work/total.json" > "$work/said.txt"
end=$(date +%s.%N)
echo "nianbao sum on one core: $(python3 -c "print(round($end - $start, 2))") s (budget 3 s)"
head -1 "$work/said.txt"
