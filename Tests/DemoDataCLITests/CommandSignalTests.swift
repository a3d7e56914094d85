import Foundation
import Testing

/// Every command that runs for a while stops cleanly on SIGINT, SIGTERM, SIGHUP and SIGQUIT:
/// exit 130 with one line on stderr, no crash report, nothing left behind, and every archive
/// that was there before as it was.
@Suite("Signals for every command", .serialized)
struct CommandSignalTests {
    static let signals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    /// Shards big enough that merging or verifying one takes seconds.
    static let shardOptions = ["--volume", "huge", "--scale", "4", "--as-of", TestDates.asOf]

    private static func shards(in directory: TestDirectory) async throws -> [URL] {
        var shards: [URL] = []
        for index in 0..<2 {
            let shard = directory.url.appending(path: "shard-\(index)")
            try await CLI.generate(shardOptions + ["--shard", "\(index)/2"], into: shard)
            shards.append(shard)
        }
        return shards
    }

    private func expectInterrupted(_ result: TestProcess.Result, _ what: String) {
        #expect(result.status == 130, "\(what): \(result)")
        #expect(result.errorIsOneLine, "\(what): \(result)")
        #expect(result.errorText.contains("interrupted"), "\(what): \(result)")
        #expect(!result.errorText.contains("Backtrace"), "\(what): \(result)")
    }

    @Test func mergeStopsAndLeavesNothing() async throws {
        try await TestDirectory.with { directory in
            let shards = try await Self.shards(in: directory)
            let merged = directory.url.appending(path: "merged")
            for signal in Self.signals {
                let result = try await BackgroundProcess.with(
                    ["merge", merged.path] + shards.map(\.path)
                ) { running in
                    _ = try await running.waitForTemporary(of: merged)
                    _ = running.send(signal)
                    return try await running.result().0
                }
                expectInterrupted(result, "merge, signal \(signal)")
                #expect(try directory.contents() == ["shard-0", "shard-1"], "signal \(signal)")
            }
        }
    }

    @Test func verifyAndStreamStop() async throws {
        try await TestDirectory.with { directory in
            let shards = try await Self.shards(in: directory)
            let before = try DirectorySnapshot(of: shards[0])
            let discard = try FileHandle(forWritingTo: URL(filePath: "/dev/null"))
            defer { try? discard.close() }
            for signal in Self.signals {
                for command in [
                    ["verify", shards[0].path],
                    // Endless (hours of output, to /dev/null): still running when signalled.
                    [
                        "stream", "invoice_line_items", "--volume", "huge", "--scale", "1000",
                        "--as-of", TestDates.asOf,
                    ],
                ] {
                    let result = try await BackgroundProcess.with(
                        command, standardOutput: discard
                    ) { running in
                        try await Task.sleep(for: .milliseconds(300))
                        _ = running.send(signal)
                        return try await running.result().0
                    }
                    expectInterrupted(result, "\(command[0]), signal \(signal)")
                }
            }
            #expect(try DirectorySnapshot(of: shards[0]) == before)
            #expect(try directory.contents() == ["shard-0", "shard-1"])
        }
    }

    /// A reset interrupted at any moment leaves either the complete archive or one without
    /// its manifest, which the next reset finishes; never a manifest with missing files.
    @Test func resetInterruptedAtAnyMomentIsFinishedByTheNext() async throws {
        try await TestDirectory.with { directory in
            let archive = directory.url.appending(path: "archive")
            var interrupted = 0
            for trial in 0..<16 {
                try await CLI.generate(["--volume", "large", "--force"], into: archive)
                let result = try await BackgroundProcess.with(
                    ["reset", "--output", archive.path, "--yes"]
                ) { running in
                    try await Task.sleep(for: .milliseconds(trial % 8))
                    _ = running.send(Self.signals[trial % 4])
                    return try await running.result().0
                }
                #expect([0, 130].contains(result.status), "trial \(trial): \(result)")
                if result.status == 130 { interrupted += 1 }
                let names = try FileManager.default.contentsOfDirectory(atPath: archive.path)
                if names.contains("manifest.json") {
                    let verified = try await CLI.run(["verify", archive.path])
                    #expect(verified.status == 0, "trial \(trial): \(verified.errorText)")
                }
                let again = try await CLI.run(["reset", "--output", archive.path, "--yes"])
                #expect(again.status == 0, "trial \(trial): \(again)")
                #expect(
                    try FileManager.default.contentsOfDirectory(atPath: archive.path) == [],
                    "trial \(trial)")
                #expect(try directory.contents() == ["archive"], "trial \(trial)")
            }
            print("reset: \(interrupted) of 16 trials were interrupted mid-way")
        }
    }
}
