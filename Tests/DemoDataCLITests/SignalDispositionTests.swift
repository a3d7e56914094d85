import Foundation
import Testing

/// A signal the program was started with ignored (`nohup`, a shell's `trap '' INT`) stays
/// ignored, as in every POSIX tool; and a signal that arrives the moment the program can catch
/// it stops it as cleanly as one that arrives later: exit 130, nothing left behind.
@Suite("Signal dispositions", .serialized)
struct SignalDispositionTests {
    @Test(arguments: [("HUP", SIGHUP), ("INT", SIGINT)] as [(String, Int32)])
    func anInheritedIgnoreIsRespected(name: String, signal: Int32) async throws {
        try await TestDirectory.with { temporary in
            let archive = temporary.url.appending(path: "archive")
            let result = try await BackgroundProcess.with(
                [
                    "generate", "--volume", "large", "--as-of", TestDates.asOf, "--quiet",
                    "--output", archive.path,
                ], ignoring: [name]
            ) { running in
                // Sent while the run is writing: its temporary directory is still there after.
                let sentMidway = try await running.act(
                    when: { BackgroundProcess.isWriting(archive, pid: $0) }
                ) { pid in
                    kill(pid, signal)
                    return BackgroundProcess.temporaryName(of: archive, pid: pid) != nil
                }
                #expect(sentMidway == true)
                return try await running.result().0
            }
            #expect(result.status == 0, "\(result)")
            #expect(result.standardError.isEmpty, "\(result)")
            let verified = try await CLI.run(["verify", archive.path])
            #expect(verified.status == 0, "\(verified)")
            #expect(try temporary.contents() == ["archive"])
        }
    }

    /// The trap is installed before the command line is even read, and a signal caught at
    /// that first moment is never lost: sent as soon as the process catches it, it always
    /// ends the run with 130 (never 143, 129 or 131, the statuses of a default action) and
    /// leaves nothing.
    @Test func aSignalAtTheFirstMomentStopsTheRunCleanly() async throws {
        try await TestDirectory.with { temporary in
            let archive = temporary.url.appending(path: "archive")
            for trial in 0..<24 {
                let signal = CommandSignalTests.signals[trial % 4]
                let result = try await BackgroundProcess.with(
                    [
                        "generate", "--volume", "small", "--as-of", TestDates.asOf, "--quiet",
                        "--output", archive.path,
                    ]
                ) { running in
                    let sent = try await running.act(
                        when: { BackgroundProcess.catches(signal, pid: $0) }
                    ) { kill($0, signal) }
                    #expect(sent != nil, "trial \(trial): it ended before it caught \(signal)")
                    return try await running.result().0
                }
                #expect(result.status == 130, "trial \(trial), signal \(signal): \(result)")
                #expect(result.errorIsOneLine, "trial \(trial): \(result)")
                #expect(result.errorText.contains("interrupted"), "trial \(trial): \(result)")
                #expect(try temporary.contents() == [], "trial \(trial)")
            }
        }
    }
}
