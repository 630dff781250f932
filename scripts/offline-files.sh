#!/usr/bin/env bash
# Part of Trunk's post-build step (scripts/post-build.sh), and run by the tests on a copy of a
# build to make "a new version": writes into the build folder
#   embed.js — web/embed.js with the build's hashed file names (the glue, the module, the styles);
#   sw.js    — web/sw.js with every file of the build and a version taken from their contents.
# It also gives the export worker's files a hash of their contents in their names (Trunk gives
# them none): a page must never load another version's worker, and a service worker may then
# serve them from an older version's cache to a page of that version.
# Usage: offline-files.sh [BUILD_DIR]   (default: Trunk's staging folder; run again on a build
# it has already done, it renames nothing twice)
set -euo pipefail
dir="${1:-${TRUNK_STAGING_DIR:?give the build folder}}"
web="$(cd "$(dirname "${BASH_SOURCE[0]}")/../web" && pwd)"
index="$dir/index.html"

# index.html may be minified (attributes unquoted): read it with patterns for both.
attribute() { perl -ne 'print "$1\n" if /'"$1"'="?([^" >]+)/' "$index" | head -n1 | sed 's|^\./||'; }
if [ -f "$dir/nianbao-worker-loader.js" ]; then
  hash=$(cat "$dir/nianbao-worker.js" "$dir/nianbao-worker_bg.wasm" "$dir/nianbao-worker-loader.js" | sha256sum | cut -c1-16)
  mv "$dir/nianbao-worker.js" "$dir/nianbao-worker-$hash.js"
  mv "$dir/nianbao-worker_bg.wasm" "$dir/nianbao-worker-${hash}_bg.wasm"
  sed -e "s|nianbao-worker\.js|nianbao-worker-$hash.js|" -e "s|nianbao-worker_bg\.wasm|nianbao-worker-${hash}_bg.wasm|" \
    "$dir/nianbao-worker-loader.js" >"$dir/nianbao-worker-loader-$hash.js"
  rm "$dir/nianbao-worker-loader.js"
  WORKER="nianbao-worker-loader-$hash.js" perl -pi -e 's/(data-nianbao-js=)/data-nianbao-worker="$ENV{WORKER}" $1/' "$index"
fi
# The 汇总 view's module likewise; web/huizong.js, which loads it, is given its name.
if [ -f "$dir/nianbao-huizong.js" ]; then
  hash=$(cat "$dir/nianbao-huizong.js" "$dir/nianbao-huizong_bg.wasm" | sha256sum | cut -c1-16)
  mv "$dir/nianbao-huizong.js" "$dir/nianbao-huizong-$hash.js"
  mv "$dir/nianbao-huizong_bg.wasm" "$dir/nianbao-huizong-${hash}_bg.wasm"
  sed -i "s|nianbao-huizong\.js|nianbao-huizong-$hash.js|" "$dir/huizong.js"
fi
# The print sheet likewise: boot.js links it by the name on its tag once the editor is drawn.
if [ -f "$dir/print.css" ]; then
  hash=$(sha256sum "$dir/print.css" | cut -c1-16)
  mv "$dir/print.css" "$dir/print-$hash.css"
  PRINT="print-$hash.css" perl -pi -e 's/(data-nianbao-js=)/data-nianbao-print="$ENV{PRINT}" $1/' "$index"
fi
worker=$(attribute data-nianbao-worker)
js=$(attribute data-nianbao-js)
wasm=$(attribute data-nianbao-wasm)
mapfile -t sheets < <(perl -ne 'while (/<link\b([^>]*)>/g) { my $a = $1; print "$1\n" if $a =~ /rel="?stylesheet\b/ && $a =~ /href="?([^" >]+)/ }' "$index" | sed 's|^\./||')
css=()
for sheet in "${sheets[@]}"; do
  css+=("\"$sheet\"")
done
print=$(attribute data-nianbao-print)
if [ -z "$js" ] || [ -z "$wasm" ] || [ -z "$worker" ] || [ ${#css[@]} -eq 0 ] || [ -z "$print" ]; then
  echo "[nianbao] 无法从 $index 读出应用的文件名（脚本、模块、样式表）" >&2
  exit 1
fi
files_json="{\"js\":\"$js\",\"wasm\":\"$wasm\",\"worker\":\"$worker\",\"css\":[$(IFS=,; echo "${css[*]}")],\"print\":\"$print\"}"
replace() { # template placeholder value > out (the value may hold any character but a newline)
  local text
  text=$(<"$1")
  printf '%s\n' "${text//\"$2\"/$3}"
}
replace "$web/embed.js" "@FILES@" "$files_json" >"$dir/embed.js"

# Every file but the service worker itself, by its path in the build.
mapfile -t files < <(cd "$dir" && find . -type f ! -name sw.js -printf '%P\n' | LC_ALL=C sort)
# The worker's own code counts too: a release that changes only sw.js is a new version.
version=$( (cd "$dir" && sha256sum -- "${files[@]}") | cat - "$web/sw.js" | sha256sum | cut -c1-16)
list=$(printf '"%s",' "${files[@]}")
sw=$(replace "$web/sw.js" "@FILES@" "[${list%,}]")
sw=${sw//\"@VERSION@\"/\"$version\"}
printf '%s\n' "$sw" >"$dir/sw.js"
