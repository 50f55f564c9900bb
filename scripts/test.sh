#!/usr/bin/env bash
# Runs the whole test suite: stage tests, end-to-end builds, rendered-output checks.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --browser
export LC_ALL=C.UTF-8
swift build --product briefing
swift test "$@"
