import Foundation

/// Runs programs to completion and captures what they write.
///
/// Output goes to files rather than pipes, so that a program that writes a lot to one stream
/// can never stall on a full pipe while the other is unread.
enum ExternalCommand {
    /// Runs `executable` with `arguments` and waits for it to exit.
    ///
    /// - Parameters:
    ///   - environment: variables set on top of the test process's environment.
    ///   - directory: the working directory; nil inherits the test's.
    ///   - input: the program's standard input; nil reads /dev/null.
    static func run(
        _ executable: URL, _ arguments: [String], environment: [String: String] = [:],
        in directory: URL? = nil, input: String? = nil
    ) async throws -> CommandOutput {
        let capture = try ScratchDirectory(named: "capture")
        defer { capture.remove() }
        let outputURL = capture.url.appending(path: "stdout")
        let errorURL = capture.url.appending(path: "stderr")
        let inputURL = capture.url.appending(path: "stdin")
        try Data((input ?? "").utf8).write(to: inputURL)
        let output = try FileHandle.creatingFile(at: outputURL)
        defer { try? output.close() }
        let error = try FileHandle.creatingFile(at: errorURL)
        defer { try? error.close() }
        let standardInput = try FileHandle(forReadingFrom: inputURL)
        defer { try? standardInput.close() }

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = IntegrationEnvironment.variables.merging(environment) { $1 }
        if let directory {
            process.currentDirectoryURL = directory
        }
        process.standardInput = standardInput
        process.standardOutput = output
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
        return CommandOutput(
            command: ([executable.path] + arguments).joined(separator: " "), status: status,
            standardOutput: String(decoding: try Data(contentsOf: outputURL), as: UTF8.self),
            standardError: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self))
    }

    /// Runs a bash script with `set -euo pipefail`, for pipelines; pass paths through
    /// `environment` and quote them in the script ("$ARCHIVE"), never by interpolation.
    static func bash(
        _ script: String, environment: [String: String] = [:], in directory: URL? = nil
    ) async throws -> CommandOutput {
        try await run(
            URL(filePath: "/bin/bash"), ["-c", "set -euo pipefail\n" + script],
            environment: environment, in: directory)
    }

    /// Runs the program `name` found on the `PATH`.
    static func run(
        program name: String, _ arguments: [String], environment: [String: String] = [:],
        in directory: URL? = nil, input: String? = nil
    ) async throws -> CommandOutput {
        try await run(
            URL(filePath: "/usr/bin/env"), [name] + arguments, environment: environment,
            in: directory, input: input)
    }

    /// `command` run from a shell that first closes every descriptor above 2, for a program that
    /// leaves a daemon behind (pg_ctl start, munged, slurmctld): Foundation's `Process` learns
    /// that a child exited when a socket it shares with the child closes, and a daemon
    /// inheriting that socket would keep it open, so the test would wait for the program forever.
    static func closingInheritedDescriptors(_ command: [String]) -> [String] {
        let closeInherited = """
            for fd in /proc/$$/fd/*; do fd=${fd##*/}
                [ "$fd" -gt 2 ] && eval "exec $fd>&-"
            done
            exec "$@"
            """
        return ["/bin/bash", "-c", closeInherited, "bash"] + command
    }

    /// Whether the program `name` is on the `PATH`.
    static func isInstalled(_ name: String) -> Bool {
        let path = IntegrationEnvironment.variables["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(name)")
        }
    }
}

extension FileHandle {
    /// A handle writing to a new, empty file at `url`.
    fileprivate static func creatingFile(at url: URL) throws -> FileHandle {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw IntegrationFailure("cannot create \(url.path) to capture a program's output")
        }
        return try FileHandle(forWritingTo: url)
    }
}
