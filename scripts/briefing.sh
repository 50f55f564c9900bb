#!/usr/bin/env bash
# Builds every briefing spec in Pipeline/ into out/<name>/ (release build).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
swift build -c release --product briefing
exec .build/release/briefing "$@"
