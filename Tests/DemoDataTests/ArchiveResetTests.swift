import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// What `demodata reset` removes: archives of ours (every file of which the manifest lists)
/// and the temporary directories of ended runs, each under its archive's lock; nothing else.
@Suite struct ArchiveResetTests {
    static let parameters = GenerationParameters(volume: .small, asOf: TestDates.asOfDate)

    static func writeArchive(_ path: String, force: Bool = false) throws {
        try ArchiveGenerator(parameters: parameters, threads: 1).writeArchive(
            to: path, force: force)
    }

    static func makeDirectory(_ path: String, holding files: [String: String] = [:]) throws {
        try FileManager.default.createDirectory(
            atPath: path, withIntermediateDirectories: true)
        for (name, text) in files {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + name))
        }
    }

    /// The marker of a run with process `pid` (and its start time, when it runs), here or on
    /// another host.
    static func marker(pid: Int32, elsewhere: Bool = false) -> String {
        var identity = RunIdentity.current()
        identity.pid = pid
        identity.start = RunIdentity.startTime(of: pid)
        if elsewhere {
            identity.host = "another-host"
            identity.pidNamespace = "pid:[1]"
        }
        return identity.text
    }

    @Test func planListsArchivesAndEndedRunsOnly() throws {
        let directory = try TestDirectory()
        let dead = TestProcess.deadProcessID()
        try Self.writeArchive(directory.file("small"))
        try Self.writeArchive(directory.file("nested/deeper"))
        try Self.makeDirectory(
            directory.file(".a.demodata-tmp-1f"),
            holding: [".demodata-run": Self.marker(pid: dead), "customers.ndjson.gz": "partial"])
        try Self.writeArchive(directory.file(".b.demodata-old-2e"))
        try Self.makeDirectory(directory.file(".c.demodata-tmp-3d"))
        let keep = [
            ".gitkeep", "README.txt", "photos", "nested", "fake", "broken", "link", ".hidden",
            ".live.demodata-tmp-4c", ".foreign.demodata-tmp-5b", ".recent.demodata-tmp-6a",
            ".file.demodata-tmp-79", "plain.demodata-tmp-88",
        ]
        try Data().write(to: URL(fileURLWithPath: directory.file(".gitkeep")))
        try Data("read me\n".utf8).write(to: URL(fileURLWithPath: directory.file("README.txt")))
        try Self.makeDirectory(directory.file("photos"), holding: ["beach.txt": "sand"])
        try Self.makeDirectory(
            directory.file("fake"),
            holding: ["manifest.json": #"{"generator":{"name":"other","version":"1"}}"#])
        try Self.makeDirectory(directory.file("broken"), holding: ["manifest.json": "{"])
        try FileManager.default.createSymbolicLink(
            atPath: directory.file("link"), withDestinationPath: directory.file("small"))
        try Self.writeArchive(directory.file(".hidden"))
        // Process 1 always runs here: its directory belongs to a live run.
        try Self.makeDirectory(
            directory.file(".live.demodata-tmp-4c"), holding: [".demodata-run": Self.marker(pid: 1)]
        )
        // A file that is not ours keeps a temporary directory, whoever made it.
        try Self.makeDirectory(
            directory.file(".foreign.demodata-tmp-5b"),
            holding: [".demodata-run": Self.marker(pid: dead), "notes.txt": "mine"])
        // No marker (an older version's run): kept until it is a day old.
        try Self.makeDirectory(
            directory.file(".recent.demodata-tmp-6a"), holding: ["customers.csv": "id\n"])
        try Data("x".utf8).write(to: URL(fileURLWithPath: directory.file(".file.demodata-tmp-79")))
        try Self.makeDirectory(directory.file("plain.demodata-tmp-88"))

        let reset = try ArchiveReset(directory: directory.path)
        #expect(
            reset.paths.sorted()
                == ["small", ".a.demodata-tmp-1f", ".b.demodata-old-2e", ".c.demodata-tmp-3d"]
                .map(directory.file).sorted())
        try reset.remove()
        #expect(try directory.contents() == keep.sorted())
        #expect(try FileSystem.contents(of: directory.file("photos")) == ["beach.txt"])
        #expect(try FileSystem.contents(of: directory.file("nested")) == ["deeper"])
        #expect(FileSystem.exists(directory.file(".hidden/manifest.json")))
        #expect(try ArchiveReset(directory: directory.path).paths == [])
    }

    @Test func anArchiveLosesItsFilesButKeepsItsDirectory() throws {
        let directory = try TestDirectory()
        let archive = directory.file("archive")
        try Self.writeArchive(archive)
        let reset = try ArchiveReset(directory: archive)
        #expect(reset.paths == [archive])
        try reset.remove()
        #expect(try directory.contents() == ["archive"])
        #expect(try FileSystem.contents(of: archive) == [])
    }

    @Test func aMissingDirectoryOrAFileIsRefused() throws {
        let directory = try TestDirectory()
        let missing = #expect(throws: ArchiveError.self) {
            try ArchiveReset(directory: directory.file("missing"))
        }
        #expect(missing?.description.contains("no such directory") == true)
        #expect(try ArchiveReset(directory: directory.path).paths == [])
        let file = directory.file("notes.txt")
        try Data("keep".utf8).write(to: URL(fileURLWithPath: file))
        let error = #expect(throws: ArchiveError.self) { try ArchiveReset(directory: file) }
        #expect(error?.description.contains(file) == true)
        #expect(try FileSystem.read(file) == Array("keep".utf8))
    }

    /// A project directory with an archive's manifest copied into it is not an archive: the
    /// reset refuses, naming what is not ours, and removes nothing (not even the archive in
    /// its Output folder).
    @Test func aCopiedManifestMakesTheResetRefuse() throws {
        let project = try TestDirectory()
        try Self.makeDirectory(project.file("src"), holding: ["main.swift": "print(1)"])
        try Data("hello".utf8).write(to: URL(fileURLWithPath: project.file("README.txt")))
        try Self.writeArchive(project.file("Output/small"))
        try FileManager.default.copyItem(
            atPath: project.file("Output/small/manifest.json"),
            toPath: project.file("manifest.json"))
        let error = #expect(throws: ArchiveError.self) {
            try ArchiveReset(directory: project.path)
        }
        #expect(error?.description.contains("Output") == true)
        #expect(error?.description.contains("nothing was removed") == true)
        #expect(try project.contents() == ["Output", "README.txt", "manifest.json", "src"])
        #expect(FileSystem.exists(project.file("Output/small/SHA256SUMS")))
    }

    /// An archive with a file of the user's in it is refused by `--force` and by reset, and
    /// the file stays.
    @Test func aForeignFileInAnArchiveIsNeverRemoved() throws {
        let directory = try TestDirectory()
        let archive = directory.file("archive")
        try Self.writeArchive(archive)
        try Data("precious".utf8).write(to: URL(fileURLWithPath: archive + "/thesis.txt"))
        let forced = #expect(throws: ArchiveError.self) {
            try Self.writeArchive(archive, force: true)
        }
        #expect(forced?.description.contains("thesis.txt") == true)
        let reset = #expect(throws: ArchiveError.self) {
            try ArchiveReset(directory: directory.path)
        }
        #expect(reset?.description.contains("thesis.txt") == true)
        #expect(try FileSystem.read(archive + "/thesis.txt") == Array("precious".utf8))
        #expect(FileSystem.exists(archive + "/manifest.json"))
    }

    /// A reset interrupted after it renamed the manifest leaves an archive that is
    /// recognisably incomplete: not up to date, refused without --force, finished by reset,
    /// replaced by --force.
    @Test func anInterruptedResetIsFinishedLater() throws {
        let directory = try TestDirectory()
        let archive = directory.file("archive")
        try Self.writeArchive(archive)
        try FileSystem.rename(archive + "/manifest.json", to: archive + "/.demodata-reset")
        try FileSystem.removeTree(archive + "/customers.ndjson.gz")
        guard case .archive(_, complete: false) = ArchiveContents.inspect(archive) else {
            Issue.record("an interrupted reset should leave an incomplete archive of ours")
            return
        }
        #expect(throws: ArchiveError.self) { try Self.writeArchive(archive) }
        try ArchiveReset(directory: archive).remove()
        #expect(try FileSystem.contents(of: archive) == [])

        try Self.writeArchive(archive, force: true)
        try FileSystem.rename(archive + "/manifest.json", to: archive + "/.demodata-reset")
        try Self.writeArchive(archive, force: true)
        #expect(ArchiveContents.inspect(archive).isArchive)
        #expect(try ArchiveVerifier(directory: archive).verify().passed)
    }

    @Test(
        arguments: [
            (".x.demodata-tmp-12ab", "x", false),
            (".large-x3.demodata-tmp-7", "large-x3", false),
            (".large-x3.demodata-old-45", "large-x3", true),
            (".a.demodata-tmp-7.demodata-tmp-8", "a.demodata-tmp-7", false),
        ] as [(String, String, Bool)])
    func temporaryNamesGiveTheirTarget(name: String, target: String, previous: Bool) {
        #expect(
            TemporaryDirectories.parse(name)
                == TemporaryDirectories.Entry(entry: name, target: target, previous: previous))
    }

    @Test(arguments: [
        "x.demodata-tmp-123", ".x.demodata-tmp-", ".x.demodata-tmp", ".demodata-tmp-5",
        ".x.demodata-new-5", ".gitkeep", "large", "",
    ])
    func namesThatAreNotOursAreNotTemporary(name: String) {
        #expect(TemporaryDirectories.parse(name) == nil)
    }

    /// A run in another container or on another host cannot be judged by its process id:
    /// while it holds the archive's lock, its temporary directory stays; once the lock is
    /// free, its run has ended and the directory goes.
    @Test func aRunElsewhereIsJudgedByTheLock() throws {
        let directory = try TestDirectory()
        let temporary = directory.file(".archive.demodata-tmp-9f")
        try Self.makeDirectory(
            temporary,
            holding: [".demodata-run": Self.marker(pid: 1, elsewhere: true), "customers.csv": "x"])
        var lock: ArchiveLock? = try ArchiveLock(
            archive: directory.file("archive"), identity: RunIdentity.current())
        let busy = #expect(throws: ArchiveError.self) {
            try Self.writeArchive(directory.file("archive"))
        }
        #expect(busy?.description.contains("another demodata run") == true)
        #expect(throws: ArchiveError.self) {
            try ArchiveReset(directory: directory.path).remove()
        }
        #expect(FileSystem.exists(temporary))
        _ = lock
        lock = nil
        try ArchiveReset(directory: directory.path).remove()
        #expect(try directory.contents() == [])
    }

    /// The marker of a run of process `pid` started at `start` (in clock ticks after boot, as
    /// `/proc/PID/stat` gives it), or without a start time, as an older release wrote it.
    static func marker(pid: Int32, start: UInt64?) -> String {
        let lines = marker(pid: pid).split(separator: "\n").filter { !$0.hasPrefix("start=") }
        return lines.joined(separator: "\n") + "\n" + (start.map { "start=\($0)\n" } ?? "")
    }

    /// The start time of process `pid`, field 22 of `/proc/PID/stat`.
    static func startTime(of pid: Int32) throws -> UInt64 {
        let stat = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
        let fields = try #require(stat.split(separator: ")").last).split(separator: " ")
        return try #require(UInt64(fields[19]))
    }

    /// Process 1 always runs, but a marker naming it with another start time belongs to a run
    /// that ended before the process id was given to process 1: its directory goes. A
    /// marker without a start time (an older release's) naming a running process is kept
    /// until nothing in it has changed for a day.
    @Test func aReusedProcessIDIsRecognisedByItsStartTime() throws {
        let directory = try TestDirectory()
        let start = try Self.startTime(of: 1)
        let ended = ".reused.demodata-tmp-1a"
        let live = ".live.demodata-tmp-2b"
        let old = ".old.demodata-tmp-3c"
        let oldAndIdle = ".idle.demodata-tmp-4d"
        try Self.makeDirectory(
            directory.file(ended),
            holding: [".demodata-run": Self.marker(pid: 1, start: start + 1), "customers.csv": "x"])
        try Self.makeDirectory(
            directory.file(live), holding: [".demodata-run": Self.marker(pid: 1, start: start)])
        for name in [old, oldAndIdle] {
            try Self.makeDirectory(
                directory.file(name), holding: [".demodata-run": Self.marker(pid: 1, start: nil)])
        }
        let twoDaysAgo = Date(timeIntervalSinceNow: -2 * 24 * 60 * 60)
        for path in [directory.file(oldAndIdle + "/.demodata-run"), directory.file(oldAndIdle)] {
            try FileManager.default.setAttributes(
                [.modificationDate: twoDaysAgo], ofItemAtPath: path)
        }

        let reset = try ArchiveReset(directory: directory.path)
        #expect(reset.paths.sorted() == [ended, oldAndIdle].map(directory.file).sorted())
        try reset.remove()
        #expect(try directory.contents() == [live, old].sorted())
    }

    @Test func generatingRemovesTheEndedRunsOfItsTargetOnly() throws {
        let directory = try TestDirectory()
        let dead = TestProcess.deadProcessID()
        try Self.makeDirectory(
            directory.file(".archive.demodata-tmp-aa"),
            holding: [".demodata-run": Self.marker(pid: dead), "customers.ndjson.gz": "partial"])
        try Self.makeDirectory(
            directory.file(".other.demodata-tmp-bb"),
            holding: [".demodata-run": Self.marker(pid: dead)])
        try Self.writeArchive(directory.file("archive"))
        #expect(try directory.contents() == [".other.demodata-tmp-bb", "archive"])
    }

    @Test func anArchiveIsNeverWrittenInsideAnother() throws {
        let directory = try TestDirectory()
        let outer = directory.file("outer")
        try Self.writeArchive(outer)
        let error = #expect(throws: ArchiveError.self) {
            try Self.writeArchive(outer + "/inner/deeper")
        }
        #expect(error?.description.contains("inside the archive") == true)
        #expect(try ArchiveVerifier(directory: outer).verify().passed)
        #expect(throws: ArchiveError.self) { try Self.writeArchive(outer + "/.") }
    }
}

/// A reset stopped after any step leaves the archive complete (verify passes) or without its
/// manifest, never a manifest with missing files; the next reset finishes it.
@Suite struct InterruptedResetTests {
    @Test(arguments: 0..<10)
    func aResetStoppedAfterAnyStepIsSafe(steps: Int) throws {
        let directory = try TestDirectory()
        let archive = directory.file("archive")
        try ArchiveResetTests.writeArchive(archive)
        var taken = 0
        let reset = try ArchiveReset(directory: archive)
        do {
            try reset.remove {
                taken += 1
                return taken > steps
            }
        } catch is CancellationError {}
        let names = try FileSystem.contents(of: archive)
        #expect(!names.contains("manifest.json") || steps == 0, "\(names)")
        if names.contains("manifest.json") {
            #expect(try ArchiveVerifier(directory: archive).verify().passed)
        }
        try ArchiveReset(directory: archive).remove()
        #expect(try FileSystem.contents(of: archive) == [])
        #expect(try directory.contents() == ["archive"])
    }
}
