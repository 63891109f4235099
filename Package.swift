// swift-tools-version: 6.0
// The shape: model (pure) ← UI core (pure) ← terminal backend (the only ncurses importer) ← commands ← executable.
import PackageDescription

let package = Package(
    name: "summit",
    products: [
        .executable(name: "summit", targets: ["summit"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // The config file's TOML (docs/DECISIONS.md 45: cost in size and start time).
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // Dataset types, loader, validator and query engine. Imports FoundationEssentials only (full Foundation links ICU).
        .target(name: "SummitModel"),

        // The bundled dataset, embedded into the binary at build time (no resource bundle at run time).
        .target(name: "SummitData", dependencies: ["SummitModel"], plugins: ["EmbedDataset"]),
        // Validates Resources/dataset.json at build time and writes it as JSON text and as ready Swift values.
        .executableTarget(name: "summit-embed", dependencies: ["SummitModel"], path: "Sources/SummitEmbed"),
        .plugin(
            name: "EmbedDataset", capability: .buildTool(), dependencies: ["summit-embed"], path: "Sources/EmbedDataset"
        ),

        // Pure UI: state, commands, key bindings, reducer, layout, rendering into a cell grid.
        .target(name: "SummitUI", dependencies: ["SummitModel"]),

        // ncursesw from the system (libncurses-dev).
        .systemLibrary(
            name: "CNcursesw",
            path: "Sources/CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // The one place that talks to the terminal.
        .target(name: "SummitTerminal", dependencies: ["SummitModel", "SummitUI", "CNcursesw"]),

        // The config file: TOML read by TOMLKit, checked against the binding table, the themes and the styles.
        .target(
            name: "SummitConfig",
            dependencies: ["SummitModel", "SummitUI", .product(name: "TOMLKit", package: "TOMLKit")],
            // TOMLKit imports Foundation: without this, Foundation's String methods (and ICU with them) would be
            // picked over the standard library's in this module's files (docs/DECISIONS.md 45).
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
        ),

        // Command-line interface: subcommands, plain and JSON output, man page.
        .target(
            name: "SummitCommands",
            dependencies: [
                "SummitModel", "SummitData", "SummitUI", "SummitTerminal", "SummitConfig",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // It sees TOMLKit, hence Foundation, through SummitConfig: see SummitConfig above.
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
        ),
        .executableTarget(name: "summit", dependencies: ["SummitCommands"]),
        .executableTarget(
            name: "summit-bench", dependencies: ["SummitModel", "SummitUI"], path: "Sources/SummitBench"),

        .testTarget(name: "SummitModelTests", dependencies: ["SummitModel", "SummitData"]),
        .testTarget(name: "SummitUITests", dependencies: ["SummitUI", "SummitModel", "SummitData", "summit-bench"]),
        .testTarget(
            name: "SummitConfigTests", dependencies: ["SummitConfig", "SummitUI", "SummitModel", "SummitData"]),
        // Depends on the `summit` executable so that `swift test` builds it: the CLI tests run it as a subprocess.
        .testTarget(
            name: "SummitEndToEndTests",
            dependencies: [
                "summit", "SummitCommands", "SummitConfig", "SummitModel", "SummitData", "SummitUI", "SummitTerminal",
                "summit-bench",
            ]),
    ]
)
