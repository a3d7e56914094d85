// swift-tools-version: 6.2
import PackageDescription

/// Warnings are errors for this package's own targets only, so the test command's build and
/// the main command's build share their flags (and their build products) and dependencies
/// are compiled once.
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

/// The library's targets, each depending only on those before it (`TargetGraphTests` fails
/// when a dependency runs the other way): its name, what it is for, and what it uses.
let layers: [(name: String, dependencies: [Target.Dependency])] = [
    // Hashing, calendar dates, the data version: what every other target uses.
    ("DemoDataCore", ["CLibcrypto"]),
    // The words, names and places the data is made of, as plain Swift data.
    ("DemoDataVocabulary", []),
    // Tables and columns, random streams, the generators, the row encoders (NDJSON, CSV,
    // Parquet writer and reader) and the compressors.
    ("DemoDataEngine", ["DemoDataCore", "DemoDataVocabulary", "CZlib", "CZstd"]),
    // Archives on disk: writing, reading, merging, resetting, locks.
    ("DemoDataArchive", ["DemoDataEngine", "DemoDataCore", "CPlatform"]),
    // `verify`: the regeneration, the schema and business-rule checks.
    (
        "DemoDataVerification",
        [
            "DemoDataArchive", "DemoDataEngine", "DemoDataCore", "DemoDataVocabulary",
        ]
    ),
    // The generator service the command-line tool and library users call.
    (
        "DemoDataService",
        [
            "DemoDataVerification", "DemoDataArchive", "DemoDataEngine", "DemoDataCore",
            "DemoDataVocabulary",
        ]
    ),
]

let libraryTargets: [Target] =
    layers.map { layer in
        .target(
            name: layer.name, dependencies: layer.dependencies, exclude: ["README.md"],
            swiftSettings: strict)
    } + [
        // The library product: every layer, re-exported.
        .target(
            name: "DemoData", dependencies: layers.map { .target(name: $0.name) },
            exclude: ["README.md"], swiftSettings: strict)
    ]

let package = Package(
    // Linux only: the library calls Glibc, /proc and renameat2 directly.
    name: "demodata",
    products: [
        .library(name: "DemoData", targets: ["DemoData"]),
        .executable(name: "demodata", targets: ["demodata"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        .systemLibrary(
            name: "CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .systemLibrary(
            name: "CZstd",
            providers: [.apt(["libzstd-dev"])]
        ),
        // SHA-256 from the system's OpenSSL libcrypto, so no cryptography library is compiled.
        .systemLibrary(
            name: "CLibcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        .target(name: "CPlatform"),
    ] + libraryTargets + [
        .executableTarget(
            name: "demodata",
            dependencies: [
                "DemoData",
                "CPlatform",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        // What the three test targets share: one process runner, one temporary directory
        // type, one archive reader (zlib and libzstd called directly, not through DemoData's
        // decompressors), one failure type, the pinned dates.
        .target(
            name: "DemoDataTestSupport",
            dependencies: ["DemoData", "CZlib", "CZstd"],
            path: "Tests/DemoDataTestSupport",
            swiftSettings: strict
        ),
        .testTarget(
            name: "DemoDataTests",
            dependencies: ["DemoData", "DemoDataTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "DemoDataCLITests",
            dependencies: ["DemoData", "DemoDataTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "DemoDataIntegrationTests",
            dependencies: ["DemoData", "DemoDataTestSupport"],
            swiftSettings: strict
        ),
    ],
    swiftLanguageModes: [.v6]
)
