// swift-tools-version:6.0
import PackageDescription

// One target per pipeline stage; each exposes a single entry function from the
// previous stage's value to its own. Only `Ingest` reads files and only
// `Publish` writes them.
let package = Package(
    name: "briefing",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "briefing", targets: ["BriefingCLI"]),
        .executable(name: "briefing-bench", targets: ["BriefingBench"]),
        .executable(name: "briefing-train", targets: ["BriefingTrain"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // Cairo + Pango, as installed by libpango1.0-dev / libcairo2-dev.
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
        ),
        // Writes Cairo image surfaces as RGB PNGs, in C for the per-byte row
        // filters; deflate by zlib (zlib1g-dev) or ISA-L's igzip (libisal-dev).
        .target(name: "CPNGWriter", linkerSettings: [.linkedLibrary("isal"), .linkedLibrary("z")]),
        // Value types shared by every stage (sources, figures, claims, spec).
        .target(name: "BriefingModel", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        // Stage 1: read spec, sources and theme; clean and split text.
        .target(name: "Ingest", dependencies: ["BriefingModel", .product(name: "Yams", package: "Yams")]),
        // Stage 2: recognise figures in UTF-8 bytes.
        .target(name: "Figures", dependencies: ["BriefingModel"]),
        // Stage 4: entities, typed claims, conflicts and derived metrics.
        .target(name: "Metrics", dependencies: ["BriefingModel", "Figures", "Syntax"]),
        // Stage 3: words, tags, lemmas and dependency trees of the sentences that matter.
        .target(name: "Syntax", dependencies: ["BriefingModel"]),
        // Geometry, colours and the output-neutral canvas protocol.
        .target(name: "Graphics", dependencies: ["BriefingModel"]),
        // Stage 4: charts drawn against the canvas protocol.
        .target(name: "Charts", dependencies: ["BriefingModel", "Graphics"]),
        // Cairo/Pango implementation of the canvas and of text layout.
        .target(name: "Rendering", dependencies: ["CPangoCairo", "CPNGWriter", "Graphics"]),
        // Stage 5a: lay the document out into pages.
        .target(name: "Compose", dependencies: ["BriefingModel", "Graphics", "Charts", "Rendering"]),
        // Stage 5b: render pages and charts and write every artifact atomically.
        .target(name: "Publish", dependencies: ["BriefingModel", "Graphics", "Charts", "Compose", "Rendering"]),
        // The list of stages and the runner that stamps errors with their stage.
        .target(name: "BriefingPipeline", dependencies: ["BriefingModel", "Ingest", "Figures", "Syntax", "Metrics", "Charts", "Compose", "Publish",
                                                        .product(name: "Logging", package: "swift-log")]),
        .executableTarget(
            name: "BriefingCLI",
            dependencies: ["BriefingPipeline", "Figures", "Ingest", "Publish", "Rendering", "Syntax",
                           .product(name: "ArgumentParser", package: "swift-argument-parser"),
                           .product(name: "Logging", package: "swift-log")]
        ),
        // Benchmarks (release build): recognition speed and batch throughput.
        .executableTarget(name: "BriefingBench", dependencies: ["BriefingModel", "Figures", "Syntax", "Ingest", "Metrics",
                                                              "BriefingPipeline", "Charts", "Compose", "Graphics", "Rendering"]),
        // Trains the Syntax stage's model on UD English EWT (deterministic).
        .executableTarget(name: "BriefingTrain", dependencies: ["Syntax"]),
        .testTarget(
            name: "BriefingTests",
            dependencies: ["BriefingModel", "Ingest", "Figures", "Syntax", "Metrics", "Graphics", "Charts", "Rendering", "Compose", "Publish", "BriefingPipeline"],
            path: "Tests/BriefingTests",
            resources: []
        ),
    ]
)
