import Foundation

/// Runs a program to completion and captures what it writes (through the test suites' one
/// process runner, `TestProcess`).
enum ProcessRunner {
    /// Runs `executable` with `arguments` and waits for it to exit.
    ///
    /// - Parameters:
    ///   - environment: the complete environment of the process; nil inherits the test's.
    ///   - directory: the working directory; nil inherits the test's.
    ///   - standardOutput: where the process writes its standard output instead of a capture
    ///     file (`/dev/full`); the result's standard output is then empty.
    static func run(
        _ executable: URL, _ arguments: [String], environment: [String: String]? = nil,
        in directory: URL? = nil, standardOutput: FileHandle? = nil
    ) async throws -> ProcessResult {
        let result = try await TestProcess.run(
            executable, arguments, environment: environment, in: directory,
            standardOutput: standardOutput)
        return ProcessResult(
            status: result.status, standardOutput: result.standardOutput,
            standardError: result.standardError)
    }

    static func run(
        program name: String, _ arguments: [String], in directory: URL? = nil
    ) async throws -> ProcessResult {
        try await run(URL(filePath: "/usr/bin/env"), [name] + arguments, in: directory)
    }
}
