#!/usr/bin/env bash
# Part of Trunk's post-build step (scripts/post-build.sh): minifies the app's JavaScript glue with
# esbuild (Trunk's own minifier cannot parse wasm-bindgen's output and leaves it whole), about
# 2.5 KB less on the first load, and puts the new file's hash in index.html's preload integrity;
# and boot.js and offline.js (copied as they are, comments and all). embed.js and sw.js stay
# readable: a portal's team reads them.
set -euo pipefail
dir="${1:-${TRUNK_STAGING_DIR:?give the build folder}}"
index="$dir/index.html"
glue=$(perl -ne 'print "$1\n" if /data-nianbao-js="?\.?\/?([^" >]+)/' "$index" | head -n1)
if [ -z "$glue" ] || [ ! -f "$dir/$glue" ]; then
  echo "[nianbao] 在 $index 中找不到应用的脚本" >&2
  exit 1
fi
# Debug builds keep the readable glue.
[ "${TRUNK_PROFILE:-release}" = "release" ] || exit 0
esbuild "$dir/$glue" --minify --format=esm --charset=utf8 --log-level=warning --outfile="$dir/$glue.min"
mv "$dir/$glue.min" "$dir/$glue"
for script in boot.js offline.js; do
  esbuild "$dir/$script" --minify --format=esm --charset=utf8 --log-level=warning --outfile="$dir/$script.min"
  mv "$dir/$script.min" "$dir/$script"
done
integrity="sha384-$(node -e 'process.stdout.write(require("crypto").createHash("sha384").update(require("fs").readFileSync(process.argv[1])).digest("base64"))' "$dir/$glue")"
# The modulepreload link of the glue carries Trunk's integrity of the unminified file.
GLUE="$glue" INTEGRITY="$integrity" perl -0pi -e 's/(<link\b[^>]*href="?\.?\/?\Q$ENV{GLUE}\E[^>]*integrity=)"?sha384-[A-Za-z0-9+\/=]+"?/$1"$ENV{INTEGRITY}"/' "$index"
grep -q "$integrity" "$index" || { echo "[nianbao] 未能更新 $glue 的 integrity" >&2; exit 1; }
