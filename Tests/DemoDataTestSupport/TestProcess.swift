import Foundation

/// Runs a program to completion and captures what it writes: the one process runner of the
/// test suites (the end-to-end tests' `ProcessRunner` and the integration tests'
/// `ExternalCommand` present its result in their own terms).
///
/// Standard output and standard error go to files rather than pipes, so that a program that
/// writes megabytes to one of them can never stall on a full pipe while the other is unread.
public enum TestProcess {
    /// The exit status (128 + the signal number when a signal ended the process) and
    /// everything the process wrote.
    public struct Result: Sendable {
        public let status: Int32
        public let standardOutput: Data
        public let standardError: Data
    }

    /// Runs `executable` with `arguments` and waits for it to exit.
    ///
    /// - Parameters:
    ///   - environment: the complete environment of the process; nil inherits the test's.
    ///   - directory: the working directory; nil inherits the test's.
    ///   - input: the process's standard input; nil reads /dev/null.
    ///   - standardOutput: where the process writes its standard output instead of a capture
    ///     file (`/dev/full`); the result's standard output is then empty.
    public static func run(
        _ executable: URL, _ arguments: [String], environment: [String: String]? = nil,
        in directory: URL? = nil, input: Data? = nil, standardOutput: FileHandle? = nil
    ) async throws -> Result {
        let capture = try TestDirectory(named: "capture")
        defer { capture.remove() }
        let outputURL = capture.appending("stdout")
        let errorURL = capture.appending("stderr")
        let output = try FileHandle.creatingFile(at: outputURL)
        defer { try? output.close() }
        let error = try FileHandle.creatingFile(at: errorURL)
        defer { try? error.close() }
        var standardInput = FileHandle.nullDevice
        if let input {
            let inputURL = capture.appending("stdin")
            try input.write(to: inputURL)
            standardInput = try FileHandle(forReadingFrom: inputURL)
        }
        defer { try? standardInput.close() }

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment {
            process.environment = environment
        }
        if let directory {
            process.currentDirectoryURL = directory
        }
        process.standardInput = standardInput
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
        return Result(
            status: status, standardOutput: try Data(contentsOf: outputURL),
            standardError: try Data(contentsOf: errorURL))
    }
}

/// A test helper that could not do its part (no file to capture output into, say).
public struct TestSupportFailure: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}

extension FileHandle {
    /// A handle writing to a new, empty file at `url`.
    static func creatingFile(at url: URL) throws -> FileHandle {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw TestSupportFailure("cannot create \(url.path) to capture a program's output")
        }
        return try FileHandle(forWritingTo: url)
    }
}
