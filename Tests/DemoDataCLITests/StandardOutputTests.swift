import Foundation
import Testing

/// Data that does not reach standard output is a failure (exit 1, one line naming standard
/// output and the cause), except when the reader has gone: then the command ends quietly with
/// the status of a process ended by SIGPIPE, as `cat` does in `cat | head`.
@Suite("Standard output")
struct StandardOutputTests {
    @Test(arguments: [["schema"], ["stream", "customers", "--as-of", TestDates.asOf]])
    func aFullDeviceFailsTheCommand(arguments: [String]) async throws {
        let result = try await Self.runIntoFullDevice(arguments)
        #expect(result.status == 1, "\(result)")
        #expect(result.errorIsOneLine, "\(result)")
        #expect(result.errorText.contains("standard output"), "\(result)")
        #expect(result.errorText.contains("no space left on device"), "\(result)")
    }

    @Test func aFullDeviceFailsVerifyJSON() async throws {
        try await TestDirectory.with { temporary in
            let archive = temporary.url.appending(path: "archive")
            try await CLI.generate(["--volume", "small"], into: archive)
            let result = try await Self.runIntoFullDevice(["verify", archive.path, "--json"])
            #expect(result.status == 1, "\(result)")
            #expect(result.errorIsOneLine, "\(result)")
            #expect(result.errorText.contains("standard output"), "\(result)")
            #expect(result.errorText.contains("no space left on device"), "\(result)")
        }
    }

    /// `demodata stream customers | head -c 100`: the default volume's customers may fit in
    /// the pipe's buffer, so the command may finish (0) before the reader goes.
    @Test func streamEndsQuietlyWhenItsReaderGoes() async throws {
        let (prefix, result) = try await Self.runReadingPrefix(
            ["stream", "customers", "--as-of", TestDates.asOf], bytes: 100)
        #expect(prefix.count == 100)
        #expect(result.status == 141 || result.status == 0, "\(result)")
        #expect(result.errorText.isEmpty, "\(result)")
    }

    /// Output far larger than any pipe buffer: the reader certainly goes while the command is
    /// still writing, so it must see the broken pipe and end with 141, saying nothing.
    @Test(arguments: [
        ["customers", "--volume", "huge"],
        ["invoice_line_items", "--volume", "huge", "--format", "csv", "--threads", "4"],
    ])
    func streamEndsWithSIGPIPEStatusWhenItsReaderGoesMidway(options: [String]) async throws {
        let (prefix, result) = try await Self.runReadingPrefix(
            ["stream"] + options + ["--as-of", TestDates.asOf], bytes: 100)
        #expect(prefix.count == 100)
        #expect(result.status == 141, "\(result)")
        #expect(result.errorText.isEmpty, "\(result)")
    }

    /// Runs `demodata arguments` with standard output on `/dev/full`, where every write fails
    /// with ENOSPC.
    private static func runIntoFullDevice(_ arguments: [String]) async throws -> TestProcess.Result
    {
        let full = try FileHandle(forWritingTo: URL(filePath: "/dev/full"))
        defer { try? full.close() }
        return try await CLI.run(arguments, standardOutput: full)
    }

    /// Runs `demodata arguments` with standard output a pipe, reads `bytes` bytes from it,
    /// closes it, and waits for the process to end.
    private static func runReadingPrefix(
        _ arguments: [String], bytes: Int
    ) async throws -> (Data, TestProcess.Result) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else {
            throw TestFailure("cannot create a pipe: errno \(errno)")
        }
        // Close-on-exec, so that no other process the tests start holds an end and keeps the
        // pipe open; the child's standard output is a duplicate, which stays open.
        for end in ends {
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        let reader = FileHandle(fileDescriptor: ends[0], closeOnDealloc: true)
        let writer = FileHandle(fileDescriptor: ends[1], closeOnDealloc: true)
        return try await BackgroundProcess.with(arguments, standardOutput: writer) { running in
            // Only the process holds the write end now, so its going away is the end of file.
            try writer.close()
            let prefix = try reader.read(upToCount: bytes) ?? Data()
            try reader.close()
            let (result, _) = try await running.result()
            return (prefix, result)
        }
    }
}
