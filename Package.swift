// swift-tools-version: 6.2
import PackageDescription

/// Warnings are errors for this package's own targets only, so the test command's build and
/// the main command's build share their flags (and their build products) and dependencies
/// are compiled once.
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

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
        .target(
            name: "DemoData",
            dependencies: [
                "CZlib",
                "CZstd",
                "CPlatform",
                "CLibcrypto",
            ],
            swiftSettings: strict
        ),
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
