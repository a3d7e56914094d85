import Foundation
import Testing

/// A `demodata` process running in the background (a `TestProcess.Running`), for tests that
/// act on it while it works — send it a signal, watch its temporary directory — before they
/// collect its result.
struct BackgroundProcess {
    private let running: TestProcess.Running

    /// Starts `demodata arguments` (without `SOURCE_DATE_EPOCH`), runs `body` with it, and
    /// kills the process (SIGKILL) if `body` leaves it running, on success and failure alike.
    ///
    /// - Parameters:
    ///   - standardOutput: where the process writes its standard output instead of a capture
    ///     file (the write end of a pipe); the result's standard output is then empty.
    ///   - ignoring: signals the process starts with ignored, as `nohup` or a shell's
    ///     `trap '' INT` leave them (it is started through `sh`, which then runs it in its
    ///     own place, with the same process id).
    ///   - variables: variables set on top of the test's environment.
    static func with<Result>(
        _ arguments: [String], standardOutput: FileHandle? = nil, ignoring: [String] = [],
        variables: [String: String] = [:], _ body: (BackgroundProcess) async throws -> Result
    ) async throws -> Result {
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = nil
        environment.merge(variables) { _, new in new }
        let binary = try TestPackage.builtBinary()
        let running =
            ignoring.isEmpty
            ? try TestProcess.Running.start(
                binary, arguments, environment: environment, standardOutput: standardOutput)
            : try TestProcess.Running.start(
                URL(filePath: "/bin/sh"),
                [
                    "-c", "trap '' \(ignoring.joined(separator: " ")); exec \"$0\" \"$@\"",
                    binary.path,
                ]
                    + arguments,
                environment: environment, standardOutput: standardOutput)
        defer {
            if running.isRunning {
                kill(running.processIdentifier, SIGKILL)
            }
        }
        return try await body(BackgroundProcess(running: running))
    }

    var processIdentifier: Int32 { running.processIdentifier }

    /// The name of the temporary directory in which this process builds the archive at
    /// `archive`, once it exists: the one whose run marker names this process.
    func temporaryName(of archive: URL) -> String? {
        Self.temporaryName(of: archive, pid: processIdentifier)
    }

    /// The name of the temporary directory in which process `pid` builds the archive at
    /// `archive`, once it exists.
    static func temporaryName(of archive: URL, pid: Int32) -> String? {
        let parent = archive.deletingLastPathComponent()
        let prefix = "." + archive.lastPathComponent + ".demodata-tmp-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        return names.first { name in
            guard name.hasPrefix(prefix),
                let marker = try? String(
                    contentsOf: parent.appending(path: name + "/.demodata-run"), encoding: .utf8)
            else { return false }
            return marker.split(separator: "\n").contains("pid=\(pid)")
        }
    }

    /// Waits until this process has created its temporary directory for the archive at
    /// `archive`, and returns its name.
    func waitForTemporary(of archive: URL, limit: Duration = .seconds(30)) async throws -> String {
        try await waitUntil("the temporary directory of \(archive.path) exists", limit: limit) {
            temporaryName(of: archive) != nil
        }
        return try #require(temporaryName(of: archive))
    }

    /// Waits until `path` exists; throws if the process ends first or after `limit`.
    func waitUntilExists(_ path: String, limit: Duration = .seconds(30)) async throws {
        try await waitUntil("\(path) exists", limit: limit) {
            FileManager.default.fileExists(atPath: path)
        }
    }

    /// Waits until the run has written table data into its temporary directory for the
    /// archive at `archive`: it is past its start and in the middle of a big table.
    func waitUntilWriting(_ archive: URL, limit: Duration = .seconds(30)) async throws {
        _ = try await waitForTemporary(of: archive, limit: limit)
        try await waitUntil("the run of \(archive.path) writes table data", limit: limit) {
            Self.isWriting(archive, pid: processIdentifier)
        }
    }

    /// Whether process `pid` has written table data into its temporary directory for the
    /// archive at `archive`.
    static func isWriting(_ archive: URL, pid: Int32) -> Bool {
        guard let name = temporaryName(of: archive, pid: pid) else { return false }
        let file = archive.deletingLastPathComponent()
            .appending(path: name)
            .appending(path: "customers.ndjson.gz").path
        let size = try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int
        return (size ?? 0) > 0
    }

    /// Polls `condition` until it holds; throws if the process ends first or after `limit`.
    func waitUntil(
        _ what: String, limit: Duration = .seconds(30), _ condition: () -> Bool
    ) async throws {
        let clock = ContinuousClock()
        let deadline = clock.now + limit
        while !condition() {
            guard clock.now < deadline else {
                throw TestFailure("timed out after \(limit) waiting until \(what)")
            }
            guard running.isRunning else {
                let (result, _) = try await running.result()
                throw TestFailure("demodata ended before \(what): \(result)")
            }
            try await Task.sleep(for: .milliseconds(2))
        }
    }

    /// Sends `signal` and returns when it was sent.
    @discardableResult
    func send(_ signal: Int32) -> ContinuousClock.Instant {
        let now = ContinuousClock.now
        kill(processIdentifier, signal)
        return now
    }

    /// Waits for the process to end and returns what it did and when it ended.
    func result() async throws -> (TestProcess.Result, ended: ContinuousClock.Instant) {
        try await running.result()
    }
}
