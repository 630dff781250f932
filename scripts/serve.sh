#!/usr/bin/env bash
# Builds the release app offline and serves it on http://127.0.0.1:8080 (installing the build
# tools first when they are missing).
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
ensure_build_tools
cd "$NIANBAO_ROOT"
say "构建并启动：http://127.0.0.1:8080"
exec trunk serve --release --offline --no-autoreload --address 127.0.0.1 --port 8080
