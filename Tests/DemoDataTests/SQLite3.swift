import Foundation

/// Runs the sqlite3 command line shell on an in-memory database.
enum SQLite3 {
    static let executable = "/usr/bin/sqlite3"

    static var isInstalled: Bool {
        FileManager.default.isExecutableFile(atPath: executable)
    }

    /// Runs `script` (SQL and dot commands) and stops at the first error.
    static func run(_ script: String) throws -> (status: Int32, output: String, error: String) {
        let scratch = FileManager.default.temporaryDirectory.appending(
            path: "demodata-sqlite3-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let input = scratch.appending(path: "script.sql")
        let output = scratch.appending(path: "stdout")
        let error = scratch.appending(path: "stderr")
        try Data(script.utf8).write(to: input)
        try Data().write(to: output)
        try Data().write(to: error)

        let process = Process()
        process.executableURL = URL(filePath: executable)
        process.arguments = ["-batch", "-bail", "-init", "/dev/null", ":memory:"]
        process.standardInput = try FileHandle(forReadingFrom: input)
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: error)
        try process.run()
        process.waitUntilExit()
        return (
            process.terminationStatus, try String(contentsOf: output, encoding: .utf8),
            try String(contentsOf: error, encoding: .utf8)
        )
    }
}
