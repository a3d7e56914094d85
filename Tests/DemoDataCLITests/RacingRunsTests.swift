import Foundation
import Testing

/// Runs racing for the same archive serialise on its lock: each race ends with one complete
/// archive that verifies (or, after a reset, an empty directory), never a mixture of two runs'
/// files or a half-removed archive, and nothing else left beside it.
@Suite("Racing runs", .serialized)
struct RacingRunsTests {
    static let trials = 50

    /// What a race may leave at `archive`: a complete archive that `demodata verify` accepts,
    /// or (when `resetMayWin`) the empty directory a reset leaves.
    private func expectOneWholeOutcome(
        _ archive: URL, in parent: TestDirectory, resetMayWin: Bool, trial: Int,
        _ first: TestProcess.Result, _ second: TestProcess.Result
    ) async throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: archive.path)
        if names.isEmpty {
            #expect(resetMayWin, "trial \(trial): the archive vanished; \(first) \(second)")
        } else {
            let verified = try await CLI.run(["verify", archive.path])
            #expect(
                verified.status == 0,
                "trial \(trial): \(verified.errorText); \(first) \(second)")
        }
        #expect(try parent.contents() == ["archive"], "trial \(trial): leftovers")
        // A run that lost the race says so in one line and changes nothing.
        for result in [first, second] where result.status != 0 {
            #expect(result.status == 1, "trial \(trial): \(result)")
            #expect(result.errorText.contains("another demodata run"), "trial \(trial): \(result)")
        }
    }

    @Test func racingGenerationsLeaveOneCompleteArchive() async throws {
        try await TestDirectory.with { parent in
            let archive = parent.url.appending(path: "archive")
            try await CLI.generate(["--volume", "small"], into: archive)
            var refusals = 0
            for trial in 0..<Self.trials {
                let options = [
                    "--volume", "small", "--as-of", TestDates.asOf, "--force", "--quiet",
                ]
                async let first = CLI.run(
                    ["generate", "--seed", "7", "--output", archive.path] + options)
                async let second = CLI.run(
                    ["generate", "--seed", "9", "--output", archive.path] + options)
                let (one, two) = try await (first, second)
                refusals += [one, two].filter { $0.status != 0 }.count
                #expect(one.status == 0 || two.status == 0, "trial \(trial): \(one) \(two)")
                try await expectOneWholeOutcome(
                    archive, in: parent, resetMayWin: false, trial: trial, one, two)
            }
            // Reported, not asserted: how often the runs overlapped depends on the machine.
            print("racing generations: \(refusals) of \(Self.trials) trials had a refused run")
        }
    }

    @Test func racingResetAndGenerationNeverLeaveAMixture() async throws {
        try await TestDirectory.with { parent in
            let archive = parent.url.appending(path: "archive")
            var refusals = 0
            for trial in 0..<Self.trials {
                try await CLI.generate(["--volume", "small", "--force"], into: archive)
                async let reset = CLI.run(["reset", "--output", archive.path, "--yes"])
                async let generate = CLI.run(
                    [
                        "generate", "--volume", "small", "--seed", "7", "--as-of", TestDates.asOf,
                        "--force", "--quiet", "--output", archive.path,
                    ])
                let (one, two) = try await (reset, generate)
                refusals += [one, two].filter { $0.status != 0 }.count
                try await expectOneWholeOutcome(
                    archive, in: parent, resetMayWin: true, trial: trial, one, two)
            }
            print(
                "racing reset and generate: \(refusals) of \(Self.trials) trials had a refused run")
        }
    }
}
