import Foundation

/// Runs a program to completion and captures what it writes.
///
/// Standard output and standard error go to files rather than pipes, so that a program that
/// writes megabytes to one of them can never stall on a full pipe while the other is unread.
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
        try await TemporaryDirectory.with { capture in
            let outputURL = capture.url.appending(path: "stdout")
            let errorURL = capture.url.appending(path: "stderr")
            let output = try FileHandle.creatingFile(at: outputURL)
            defer { try? output.close() }
            let error = try FileHandle.creatingFile(at: errorURL)
            defer { try? error.close() }

            let process = Process()
            process.executableURL = executable
            process.arguments = arguments
            if let environment {
                process.environment = environment
            }
            if let directory {
                process.currentDirectoryURL = directory
            }
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = standardOutput ?? output
            process.standardError = error

            let status = try await withCheckedThrowingContinuation {
                (continuation: CheckedContinuation<Int32, any Error>) in
                process.terminationHandler = { finished in
                    let signalled = finished.terminationReason == .uncaughtSignal
                    continuation.resume(
                        returning: signalled
                            ? 128 + finished.terminationStatus : finished.terminationStatus)
                }
                do {
                    try process.run()
                } catch {
                    process.terminationHandler = nil
                    continuation.resume(throwing: error)
                }
            }
            return ProcessResult(
                status: status, standardOutput: try Data(contentsOf: outputURL),
                standardError: try Data(contentsOf: errorURL))
        }
    }

    /// Runs the program `name`, found on the `PATH` (`sha256sum`, `gzip`, `python3`).
    static func run(
        program name: String, _ arguments: [String], in directory: URL? = nil
    ) async throws -> ProcessResult {
        try await run(URL(filePath: "/usr/bin/env"), [name] + arguments, in: directory)
    }
}

extension FileHandle {
    /// A handle writing to a new, empty file at `url`.
    fileprivate static func creatingFile(at url: URL) throws -> FileHandle {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw TestFailure("cannot create \(url.path) to capture a process's output")
        }
        return try FileHandle(forWritingTo: url)
    }
}
