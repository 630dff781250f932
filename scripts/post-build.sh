#!/usr/bin/env bash
# Trunk's post-build step (Trunk.toml), on the build before it moves to dist/: index.html must
# pass a strict Content-Security-Policy; the glue is minified; then embed.js and sw.js get the
# build's file names (last: the service worker's version is taken from the final files).
set -euo pipefail
here="$(dirname "${BASH_SOURCE[0]}")"
bash "$here/check-index.sh"
bash "$here/minify-glue.sh"
bash "$here/offline-files.sh"
