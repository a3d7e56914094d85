// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    // Linux only: the library calls Glibc, /proc and renameat2 directly.
    name: "demodata",
    products: [
        .library(name: "DemoData", targets: ["DemoData"]),
        .executable(name: "demodata", targets: ["demodata"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "CPlatform"),
        .target(
            name: "DemoData",
            dependencies: [
                "CZlib",
                "CPlatform",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "demodata",
            dependencies: [
                "DemoData",
                "CPlatform",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "DemoDataTests",
            dependencies: ["DemoData"]
        ),
        .testTarget(
            name: "DemoDataCLITests",
            dependencies: ["DemoData"]
        ),
        .testTarget(
            name: "DemoDataIntegrationTests",
            dependencies: ["DemoData"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
