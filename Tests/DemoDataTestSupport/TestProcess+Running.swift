import Foundation

extension TestProcess {
    /// A started process, for a test that acts on it while it works (sends it a signal,
    /// watches what it writes) before it collects the result.
    ///
    /// Standard output and standard error go to files in a capture directory rather than
    /// pipes, so that a program that writes megabytes to one of them can never stall on a full
    /// pipe while the other is unread; the directory goes when the last copy of this value does.
    public struct Running {
        private let process: Process
        private let command: String
        private let capture: TestDirectory
        private let termination: AsyncStream<(status: Int32, at: ContinuousClock.Instant)>

        /// Starts `executable` with `arguments`.
        ///
        /// - Parameters:
        ///   - environment: the complete environment of the process; nil inherits the test's.
        ///   - directory: the working directory; nil inherits the test's.
        ///   - input: the process's standard input; nil reads /dev/null.
        ///   - standardOutput: where the process writes its standard output instead of a
        ///     capture file (`/dev/full`, the write end of a pipe); the result's standard
        ///     output is then empty.
        public static func start(
            _ executable: URL, _ arguments: [String], environment: [String: String]? = nil,
            in directory: URL? = nil, input: Data? = nil, standardOutput: FileHandle? = nil
        ) throws -> Running {
            let capture = try TestDirectory()
            let output = try FileHandle.creatingFile(at: capture.appending("stdout"))
            defer { try? output.close() }
            let error = try FileHandle.creatingFile(at: capture.appending("stderr"))
            defer { try? error.close() }
            var inputFile: FileHandle?
            if let input {
                let inputURL = capture.appending("stdin")
                try input.write(to: inputURL)
                inputFile = try FileHandle(forReadingFrom: inputURL)
            }
            defer { try? inputFile?.close() }

            let process = Process()
            process.executableURL = executable
            process.arguments = arguments
            if let environment {
                process.environment = environment
            }
            if let directory {
                process.currentDirectoryURL = directory
            }
            process.standardInput = inputFile ?? FileHandle.nullDevice
            process.standardOutput = standardOutput ?? output
            process.standardError = error
            let (termination, continuation) = AsyncStream.makeStream(
                of: (status: Int32, at: ContinuousClock.Instant).self)
            process.terminationHandler = { finished in
                let now = ContinuousClock.now
                let signalled = finished.terminationReason == .uncaughtSignal
                continuation.yield(
                    (signalled ? 128 + finished.terminationStatus : finished.terminationStatus, now)
                )
                continuation.finish()
            }
            try process.run()
            return Running(
                process: process, command: ([executable.path] + arguments).joined(separator: " "),
                capture: capture, termination: termination)
        }

        public var processIdentifier: Int32 { process.processIdentifier }

        public var isRunning: Bool { process.isRunning }

        /// Waits for the process to end and returns what it did and when it ended.
        public func result() async throws -> (Result, ended: ContinuousClock.Instant) {
            var iterator = termination.makeAsyncIterator()
            guard let (status, ended) = await iterator.next() else {
                throw TestFailure("the end of \(command) was already collected")
            }
            let result = Result(
                command: command, status: status,
                standardOutput: try Data(contentsOf: capture.appending("stdout")),
                standardError: try Data(contentsOf: capture.appending("stderr")))
            return (result, ended)
        }
    }
}

extension FileHandle {
    /// A handle writing to a new, empty file at `url`.
    static func creatingFile(at url: URL) throws -> FileHandle {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw TestFailure("cannot create \(url.path) to capture a program's output")
        }
        return try FileHandle(forWritingTo: url)
    }
}
