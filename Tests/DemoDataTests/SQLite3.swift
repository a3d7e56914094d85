import Foundation

/// Runs the sqlite3 command line shell on an in-memory database.
enum SQLite3 {
    static let executable = "/usr/bin/sqlite3"

    static var isInstalled: Bool {
        FileManager.default.isExecutableFile(atPath: executable)
    }

    /// Runs `script` (SQL and dot commands) and stops at the first error.
    static func run(_ script: String) async throws -> TestProcess.Result {
        try await TestProcess.run(
            URL(filePath: executable), ["-batch", "-bail", "-init", "/dev/null", ":memory:"],
            input: Data(script.utf8))
    }
}
