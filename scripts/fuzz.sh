#!/usr/bin/env bash
# Fuzzes with libFuzzer and AddressSanitizer.
#   bash scripts/fuzz.sh [SECONDS] [figures|pipeline]      default 600 figures
# figures:  the figure recognizer alone (fast: thousands of inputs a second).
# pipeline: the whole text → briefing path in memory (Fuzz/PipelineFuzz.swift):
#           ingest, figures, syntax, claims, charts, page layout and facts.json.
# Crashing inputs are written to .build/fuzz/ as crash-*; each target's corpus
# grows in .build/fuzz/corpus-<target>, seeded with every article we have.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
target="${2:-figures}"
out=.build/fuzz
mkdir -p "$out/corpus-$target" "$out/modules"
cp Pipeline/sources/*/*.txt Tests/Fixtures/articles/*.txt "$out/corpus-$target/" 2>/dev/null || true

case "$target" in
figures)
    flags=(-O -sanitize=fuzzer,address -parse-as-library)
    # The model types without the hashing files, which need swift-crypto (the recognizer hashes nothing).
    model_sources=$(ls Sources/BriefingModel/*.swift | grep -v -e /SHA256.swift -e /BuildKey.swift)
    # shellcheck disable=SC2086
    swiftc "${flags[@]}" -emit-module -emit-library -static -module-name BriefingModel \
        $model_sources -emit-module-path "$out/modules/BriefingModel.swiftmodule" -o "$out/libBriefingModel.a"
    swiftc "${flags[@]}" -emit-module -emit-library -static -module-name Figures -I "$out/modules" \
        Sources/Figures/*.swift -emit-module-path "$out/modules/Figures.swiftmodule" -o "$out/libFigures.a"
    swiftc "${flags[@]}" -I "$out/modules" Fuzz/FigureFuzz.swift "$out/libFigures.a" "$out/libBriefingModel.a" -o "$out/figure-fuzz"
    binary="$PWD/$out/figure-fuzz"
    max_len=4096
    ;;
pipeline)
    # SwiftPM builds every library target instrumented (coverage for libFuzzer,
    # AddressSanitizer) in a build folder of its own; the fuzz entry point is
    # then linked by hand against their objects, since SwiftPM would add a main.
    scratch=.build/fuzz-pipeline
    swift build -c release --scratch-path "$scratch" --target BriefingPipeline \
        -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp
    build="$scratch/x86_64-unknown-linux-gnu/release"
    # Each target's objects: its whole-module object when it has one (release
    # builds), else its per-file ones; never both, which stale files could give.
    objects=()
    for folder in "$build"/*.build; do
        name=$(basename "$folder" .build)
        case "$name" in
            BriefingCLI|BriefingBench|BriefingTrain|BriefingTests|ArgumentParser*|*-tool|*PackageTests|*PackageDiscoveredTests|generate_*) continue ;;
        esac
        if [ -f "$folder/$name.o" ]; then
            objects+=("$folder/$name.o")
        else
            while IFS= read -r object; do objects+=("$object"); done < <(find "$folder" -name '*.o' | sort)
        fi
    done
    # The module maps of the C targets the Swift modules import (not the Swift ones' own).
    maps=()
    while IFS= read -r map; do maps+=(-Xcc "-fmodule-map-file=$map"); done < <(find "$build" "$scratch/checkouts" Sources \
        -name module.modulemap -not -path '*-tool.build/*' | xargs grep -L -- '-Swift.h' | sort)
    cflags=()
    for flag in $(pkg-config --cflags pangocairo); do cflags+=(-Xcc "$flag"); done
    # shellcheck disable=SC2086
    swiftc -O -sanitize=fuzzer,address -parse-as-library -I "$build/Modules" -I "$build" "${maps[@]}" "${cflags[@]}" \
        Fuzz/PipelineFuzz.swift "${objects[@]}" $(pkg-config --libs pangocairo) -lisal -lz -o "$out/pipeline-fuzz"
    binary="$PWD/$out/pipeline-fuzz"
    max_len=16384
    export BRIEFING_ASSETS="$PWD/assets"
    ;;
*)
    echo "usage: bash scripts/fuzz.sh [SECONDS] [figures|pipeline]" >&2
    exit 2
    ;;
esac

cd "$out"
# Pango and fontconfig keep caches for the life of the process: not leaks
# (without ASAN_OPTIONS the exit-time leak check writes them out as a "crash").
ASAN_OPTIONS=detect_leaks=0 "$binary" -max_total_time="$seconds" -max_len="$max_len" -detect_leaks=0 -timeout=60 -rss_limit_mb=4096 \
    -print_final_stats=1 "corpus-$target"
