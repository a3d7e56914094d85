import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// A run's identity records its process's start time, so that a process that was later given
/// the same id is not taken for the run; markers of older releases, without it, still parse.
@Suite struct RunIdentityTests {
    @Test func theIdentityRecordsTheProcessStartTime() throws {
        let identity = RunIdentity.current()
        let start = try ArchiveResetTests.startTime(of: getpid())
        #expect(identity.start == start)
        #expect(identity.text.hasSuffix("\npid=\(getpid())\nstart=\(start)\n"))
        #expect(RunIdentity(text: identity.text) == identity)
        #expect(identity.isVisiblyAlive)
    }

    @Test func aMarkerOfAnOlderReleaseHasNoStartTime() throws {
        var identity = RunIdentity.current()
        identity.start = nil
        #expect(!identity.text.contains("start="))
        let parsed = try #require(RunIdentity(text: identity.text))
        #expect(parsed.start == nil)
        #expect(parsed.isVisiblyAlive)
        #expect(RunIdentity(text: identity.text + "start=soon\n") == nil)
    }

    @Test func anotherStartTimeIsAnotherProcess() {
        var identity = RunIdentity.current()
        identity.start = identity.start.map { $0 + 1 }
        #expect(!identity.isVisiblyAlive)
    }

    @Test(
        arguments: [
            ("7 (demodata) S 1 7 7 0 -1 4194560 1 0 0 0 0 0 0 0 20 0 1 0 4242 1000 10", 4242),
            ("7 (a) b (c)) S 1 7 7 0 -1 4194560 1 0 0 0 0 0 0 0 20 0 1 0 99 1000 10", 99),
        ] as [(String, UInt64)])
    func theStartTimeIsReadAfterTheCommandName(line: String, start: UInt64) {
        #expect(RunIdentity.startTime(statLine: Array(line.utf8)) == start)
    }

    @Test(arguments: [
        "", "7 (x) S 1 2 3", "7 (x S 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 x",
    ])
    func aStatLineWithoutAStartTimeGivesNone(line: String) {
        #expect(RunIdentity.startTime(statLine: Array(line.utf8)) == nil)
    }
}
