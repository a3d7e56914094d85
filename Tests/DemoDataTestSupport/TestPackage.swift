import Foundation

/// Where the tests find the package, its scripts and the `demodata` binary under test.
public enum TestPackage {
    /// The package's root directory, three levels above this file.
    public static let root = URL(filePath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `DEMODATA_BINARY` when that is set (the test script points it at the release build),
    /// else `.build/debug/demodata` in the package.
    public static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["DEMODATA_BINARY"], !path.isEmpty {
            return URL(filePath: path)
        }
        return root.appending(path: ".build/debug/demodata")
    }

    /// `binary`, or a failure that says how to make it when it is not there.
    public static func builtBinary() throws -> URL {
        let binary = binary
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw TestFailure(
                "no demodata binary at \(binary.path); build it (swift build) or set "
                    + "DEMODATA_BINARY")
        }
        return binary
    }

    /// A file of the package's `Scripts` folder.
    public static func script(_ name: String) -> URL {
        root.appending(path: "Scripts").appending(path: name)
    }
}
