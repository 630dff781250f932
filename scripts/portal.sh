#!/usr/bin/env bash
# Builds the release app and serves it as a portal would: the build at /tools/nianbao/, the
# example portal page (examples/portal.html, two embedded editors) at /portal/, every response
# with the strict Content-Security-Policy. Open http://127.0.0.1:8081/portal/portal.html
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
ensure_build_tools
cd "$NIANBAO_ROOT"
trunk build --release --offline
say "门户示例：http://127.0.0.1:8081/portal/portal.html　　应用本身：http://127.0.0.1:8081/tools/nianbao/"
exec node scripts/serve-portal.mjs 8081
