#!/usr/bin/env bash
# Builds the release app into dist/ (installing the build tools first when they are missing): the
# files to copy to a static host (README, 部署到网站).
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
ensure_build_tools
cd "$NIANBAO_ROOT"
trunk build --release --offline
say "已构建到 dist/：把其中的文件复制到网站的任意目录即可"
