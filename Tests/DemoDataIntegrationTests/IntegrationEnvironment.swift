import Foundation

/// Where the integration tests find PostgreSQL, from the environment with fallbacks, and the
/// seed of their archives (the package, its scripts and the binary are
/// `TestPackage`'s).
enum IntegrationEnvironment {
    static let variables = ProcessInfo.processInfo.environment

    /// `POSTGRES_BIN_DIR` when set, else where Debian and Ubuntu install PostgreSQL 15.
    static var postgresBinDirectory: URL {
        URL(filePath: variables["POSTGRES_BIN_DIR"] ?? "/usr/lib/postgresql/15/bin")
    }

    /// Whether the tests run in CI (`CI=true`), where a missing PostgreSQL is a failure.
    static var isCI: Bool {
        variables["CI"]?.lowercased() == "true"
    }

    /// The seed of the archives.
    static let seed = "7"
}
