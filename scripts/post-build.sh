#!/usr/bin/env bash
# Trunk's post-build step (Trunk.toml), on the build before it moves to dist/: index.html must
# pass a strict Content-Security-Policy; the app module's imports get short names and the glue is
# minified; then embed.js and sw.js get the
# build's file names (last: the service worker's version is taken from the final files).
set -euo pipefail
here="$(dirname "${BASH_SOURCE[0]}")"
bash "$here/check-index.sh"
# Release builds only (a debug build keeps its glue readable): short import names, then the glue
# minified.
if [ "${TRUNK_PROFILE:-release}" = "release" ]; then
  node "$here/short-imports.mjs" "$TRUNK_STAGING_DIR"
fi
bash "$here/minify-glue.sh"
bash "$here/offline-files.sh"
