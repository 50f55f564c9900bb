#!/usr/bin/env bash
# Fuzzes the figure recognizer with libFuzzer (and AddressSanitizer).
#   bash scripts/fuzz.sh [SECONDS]      default 600
# Crashing inputs are written to .build/fuzz/ as crash-*; the corpus grows in
# .build/fuzz/corpus, seeded with the default briefing's articles.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
out=.build/fuzz
mkdir -p "$out/corpus" "$out/modules"
cp Pipeline/sources/*/*.txt Tests/Fixtures/articles/*.txt "$out/corpus/" 2>/dev/null || true

flags=(-O -sanitize=fuzzer,address -parse-as-library)
# The model types without the hashing files, which need swift-crypto (the recognizer hashes nothing).
model_sources=$(ls Sources/BriefingModel/*.swift | grep -v -e /SHA256.swift -e /BuildKey.swift)
# shellcheck disable=SC2086
swiftc "${flags[@]}" -emit-module -emit-library -static -module-name BriefingModel \
    $model_sources -emit-module-path "$out/modules/BriefingModel.swiftmodule" -o "$out/libBriefingModel.a"
swiftc "${flags[@]}" -emit-module -emit-library -static -module-name Figures -I "$out/modules" \
    Sources/Figures/*.swift -emit-module-path "$out/modules/Figures.swiftmodule" -o "$out/libFigures.a"
swiftc "${flags[@]}" -I "$out/modules" Fuzz/FigureFuzz.swift "$out/libFigures.a" "$out/libBriefingModel.a" -o "$out/figure-fuzz"

cd "$out"
./figure-fuzz -max_total_time="$seconds" -max_len=4096 -print_final_stats=1 corpus
