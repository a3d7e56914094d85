import Foundation
import Testing

/// The test script's last line counts individual tests, never the run's own result line.
@Suite("Test summary")
struct TestSummaryTests {
    /// A Swift Testing log: one test passed, two failed (one parameterized), one skipped,
    /// and the run's failing last line.
    static let failingRun = """
        ◇ Test run started.
        ✔ Test passing() passed after 0.001 seconds.
        ✘ Test failing() recorded an issue at A.swift:3:5: Expectation failed: 1 == 2
        ✘ Test failing() failed after 0.002 seconds with 1 issue.
        ✘ Test cases(x:) recorded an issue with 1 argument x → 2 at A.swift:9:5: Expectation failed
        ✘ Test cases(x:) with 3 test cases failed after 0.003 seconds with 1 issue.
        ➜ Test skipped() skipped: "needs PostgreSQL"
        ✘ Suite "Things" failed after 0.004 seconds with 2 issues.
        ✘ Test run with 4 tests in 1 suite failed after 0.005 seconds with 2 issues.

        """

    static let passingRun = """
        ◇ Test run started.
        ✔ Test passing() passed after 0.001 seconds.
        ✔ Test run with 1 test in 1 suite passed after 0.002 seconds.

        """

    @Test func aFailingRunCountsOnlyItsFailedTests() async throws {
        #expect(
            try await Self.summary(of: Self.failingRun) == "tests: 1 passed, 2 failed, 1 skipped")
    }

    @Test func aPassingRunCountsNoFailure() async throws {
        #expect(
            try await Self.summary(of: Self.passingRun) == "tests: 1 passed, 0 failed, 0 skipped")
    }

    /// The summary line of `log`. The logs are no test arguments: Swift Testing would print
    /// them into the real test log, whose failures the test script counts.
    private static func summary(of log: String) async throws -> String {
        try await TestDirectory.with { temporary in
            let file = temporary.url.appending(path: "test-output.txt")
            try Data(log.utf8).write(to: file)
            let library = TestPackage.root.appending(path: "Scripts/lib/test-summary.sh").path
            let result = try await TestProcess.run(
                program: "bash",
                [
                    "-c", "set -euo pipefail; source \"$1\"; test_summary \"$2\"", "bash",
                    library, file.path,
                ])
            #expect(result.status == 0, "\(result)")
            return result.outputText.trimmingCharacters(in: .newlines)
        }
    }
}
