import Foundation
import Testing

/// SIGINT, SIGTERM, SIGHUP and SIGQUIT stop a generation cleanly: exit 130, one line on stderr
/// (no crash report), the temporary directory removed, and the archive that was there before
/// untouched.
@Suite("Interruption")
struct InterruptionTests {
    /// Options whose run takes far longer than any test waits (about 40 GB of output at full
    /// speed), so it is certainly still writing when signalled, however loaded the machine.
    static let endless = [
        "generate", "--volume", "huge", "--scale", "1000", "--as-of", TestDates.asOf, "--threads",
        "2",
        "--force", "--ignore-free-space",
    ]

    @Test(arguments: [SIGINT, SIGTERM, SIGHUP, SIGQUIT])
    func signalStopsCleanlyAndKeepsThePreviousArchive(signal: Int32) async throws {
        try await TestDirectory.with { temporary in
            let archive = temporary.url.appending(path: "archive")
            try await CLI.generate(["--volume", "small"], into: archive)
            let before = try DirectorySnapshot(of: archive)

            let result = try await BackgroundProcess.with(
                Self.endless + ["--output", archive.path]
            ) { running in
                try await running.waitUntilWriting(archive)
                _ = running.send(signal)
                return try await running.result().0
            }

            // How soon it stops is measured by Scripts/bench.sh, not here: a loaded machine
            // would fail a time bound at random.
            #expect(result.status == 130, "\(result)")
            #expect(result.errorIsOneLine, "\(result)")
            #expect(result.errorText.contains("interrupted"), "\(result)")
            #expect(result.standardOutput.isEmpty, "stdout: \(result.outputText)")
            #expect(try temporary.contents() == ["archive"])
            #expect(try DirectorySnapshot(of: archive) == before)
        }
    }

    @Test func interruptedFirstRunLeavesNothing() async throws {
        try await TestDirectory.with { temporary in
            let archive = temporary.url.appending(path: "Output/archive")
            let (result, _) = try await BackgroundProcess.with(
                Self.endless + ["--output", archive.path]
            ) { running in
                _ = try await running.waitForTemporary(of: archive)
                running.send(SIGINT)
                return try await running.result()
            }
            #expect(result.status == 130, "\(result)")
            #expect(result.errorIsOneLine, "\(result)")
            // The parent it created stays (it may hold other archives); nothing is in it.
            #expect(try temporary.contents() == ["Output"])
            #expect(
                try FileManager.default.contentsOfDirectory(
                    atPath: temporary.path("Output")) == [])
        }
    }
}
