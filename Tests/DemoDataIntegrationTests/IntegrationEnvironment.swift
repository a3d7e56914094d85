import Foundation

/// Where the integration tests find the package, the `demodata` binary, the load scripts and
/// PostgreSQL, from the environment with fallbacks.
enum IntegrationEnvironment {
    /// The package's root directory, three levels above this file.
    static let packageRoot = URL(filePath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    static let variables = ProcessInfo.processInfo.environment

    /// `DEMODATA_BINARY` when set (the test script points it at the release build), else the
    /// package's debug build.
    static var binary: URL {
        if let path = variables["DEMODATA_BINARY"], !path.isEmpty {
            return URL(filePath: path)
        }
        return packageRoot.appending(path: ".build/debug/demodata")
    }

    /// A script of the package's `Scripts` folder.
    static func script(_ name: String) -> URL {
        packageRoot.appending(path: "Scripts").appending(path: name)
    }

    /// `POSTGRES_BIN_DIR` when set, else where Debian and Ubuntu install PostgreSQL 15.
    static var postgresBinDirectory: URL {
        URL(filePath: variables["POSTGRES_BIN_DIR"] ?? "/usr/lib/postgresql/15/bin")
    }

    /// Whether the tests run in CI (`CI=true`), where a missing PostgreSQL is a failure.
    static var isCI: Bool {
        variables["CI"]?.lowercased() == "true"
    }

    /// The fixed as-of date of the archives, so that no result depends on today's date.
    static let asOf = TestDates.asOf

    /// The seed of the archives.
    static let seed = "7"
}
