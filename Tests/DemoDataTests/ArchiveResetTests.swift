import Foundation
import Testing

@testable import DemoData

/// What `demodata reset` would remove: archives (directories holding a demodata manifest) and
/// stale temporary directories of killed runs, and nothing else.
@Suite struct ArchiveResetTests {
    private static let parameters = GenerationParameters(
        volume: .small, asOf: GeneratedArchive.asOf)

    private static func writeArchive(_ path: String) throws {
        try ArchiveGenerator(parameters: parameters, threads: 1).writeArchive(
            to: path, force: false)
    }

    private static func makeDirectory(_ path: String, holding files: [String: String] = [:])
        throws
    {
        try FileManager.default.createDirectory(
            atPath: path, withIntermediateDirectories: true)
        for (name, text) in files {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + name))
        }
    }

    /// A process id that no running process has.
    private static func deadProcessID() -> Int32 {
        var pid: Int32 = 999_999
        while TemporaryDirectories.isAlive(pid) {
            pid += 1
        }
        return pid
    }

    @Test func planListsArchivesAndStaleTemporaryDirectoriesOnly() throws {
        let directory = try TemporaryDirectory()
        let dead = Self.deadProcessID()
        let own = getpid()
        try Self.writeArchive(directory.file("small"))
        try Self.writeArchive(directory.file("nested/deeper"))
        try Self.makeDirectory(directory.file(".a.demodata-tmp-\(dead)"), holding: ["x": "1"])
        try Self.makeDirectory(directory.file(".b.demodata-old-\(dead)"))
        // This process is not generating into the directory, so its own name is stale too.
        try Self.makeDirectory(directory.file(".c.demodata-tmp-\(own)"))
        let keep = [
            ".gitkeep", "README.txt", "photos", "nested", "fake", "broken", "link",
            ".hidden", ".live.demodata-tmp-1", ".file.demodata-tmp-\(dead)",
            "plain.demodata-tmp-\(dead)",
        ]
        try Data().write(to: URL(fileURLWithPath: directory.file(".gitkeep")))
        try Data("read me\n".utf8).write(to: URL(fileURLWithPath: directory.file("README.txt")))
        try Self.makeDirectory(directory.file("photos"), holding: ["beach.txt": "sand"])
        try Self.makeDirectory(
            directory.file("fake"),
            holding: [
                "manifest.json": #"{"generator":{"name":"other","version":"1"}}"#
            ])
        try Self.makeDirectory(directory.file("broken"), holding: ["manifest.json": "{"])
        try FileManager.default.createSymbolicLink(
            atPath: directory.file("link"), withDestinationPath: directory.file("small"))
        try Self.writeArchive(directory.file(".hidden"))
        // Process 1 always runs: its temporary directory belongs to a live run.
        try Self.makeDirectory(directory.file(".live.demodata-tmp-1"))
        try Data("x".utf8).write(
            to: URL(fileURLWithPath: directory.file(".file.demodata-tmp-\(dead)")))
        try Self.makeDirectory(directory.file("plain.demodata-tmp-\(dead)"))

        let removed = [
            ".a.demodata-tmp-\(dead)", ".b.demodata-old-\(dead)", ".c.demodata-tmp-\(own)",
            "small",
        ].map(directory.file)
        let plan = try ArchiveReset.plan(directory.path)
        #expect(plan == removed.sorted())
        // A reset of the parent does not look into subdirectories that are not archives.
        #expect(!plan.contains(directory.file("nested/deeper")))

        try ArchiveReset.remove(plan)
        #expect(try directory.contents() == keep.sorted())
        #expect(try FileSystem.contents(of: directory.file("photos")) == ["beach.txt"])
        #expect(try FileSystem.contents(of: directory.file("nested")) == ["deeper"])
        #expect(FileSystem.exists(directory.file(".hidden/manifest.json")))
        #expect(try ArchiveReset.plan(directory.path) == [])
    }

    @Test func anArchiveDirectoryIsItselfThePlan() throws {
        let directory = try TemporaryDirectory()
        let archive = directory.file("archive")
        try Self.writeArchive(archive)
        #expect(try ArchiveReset.plan(archive) == [archive])
        try ArchiveReset.remove([archive])
        #expect(try directory.contents() == [])
    }

    @Test func aMissingDirectoryHasNothingAndAFileIsRefused() throws {
        let directory = try TemporaryDirectory()
        #expect(try ArchiveReset.plan(directory.file("missing")) == [])
        #expect(try ArchiveReset.plan(directory.path) == [])
        let file = directory.file("notes.txt")
        try Data("keep".utf8).write(to: URL(fileURLWithPath: file))
        let error = #expect(throws: ArchiveError.self) { try ArchiveReset.plan(file) }
        #expect(error?.description.contains(file) == true)
        #expect(try FileSystem.read(file) == Array("keep".utf8))
    }

    @Test(
        arguments: [
            (".x.demodata-tmp-123", Int32(123)),
            (".large-x3.demodata-tmp-7", 7),
            (".large-x3.demodata-old-45", 45),
            (".a.demodata-tmp-7.demodata-tmp-8", 8),
            (".x.demodata-tmp-2147483647", Int32.max),
        ] as [(String, Int32)])
    func ownerIsTheProcessIDInTheName(name: String, pid: Int32) {
        #expect(TemporaryDirectories.owner(of: name) == pid)
    }

    @Test(arguments: [
        "x.demodata-tmp-123", ".x.demodata-tmp-", ".x.demodata-tmp-12a", ".x.demodata-tmp",
        ".x.demodata-tmp-2147483648", ".x.demodata-new-5", ".gitkeep", "large", "",
    ])
    func namesThatAreNotOursHaveNoOwner(name: String) {
        #expect(TemporaryDirectories.owner(of: name) == nil)
    }

    @Test func staleForATargetOnlyListsThatTargetsLeftovers() throws {
        let directory = try TemporaryDirectory()
        let dead = Self.deadProcessID()
        for name in [
            ".large.demodata-tmp-\(dead)", ".large.demodata-old-\(dead)",
            ".large-x2.demodata-tmp-\(dead)", ".small.demodata-tmp-\(dead)",
            ".large.demodata-tmp-1",
        ] {
            try Self.makeDirectory(directory.file(name))
        }
        #expect(
            TemporaryDirectories.stale(in: directory.path, name: "large")
                == [".large.demodata-old-\(dead)", ".large.demodata-tmp-\(dead)"].map(
                    directory.file))
        #expect(TemporaryDirectories.stale(in: directory.file("missing")) == [])
        #expect(TemporaryDirectories.isAlive(getpid()))
        #expect(TemporaryDirectories.isAlive(1))
        #expect(!TemporaryDirectories.isAlive(dead))
        #expect(!TemporaryDirectories.isAlive(0))
        #expect(!TemporaryDirectories.isAlive(-1))
    }

    @Test func generatingRemovesTheStaleTemporaryDirectoryOfItsTarget() throws {
        let directory = try TemporaryDirectory()
        let dead = Self.deadProcessID()
        let stale = directory.file(".archive.demodata-tmp-\(dead)")
        let other = directory.file(".other.demodata-tmp-\(dead)")
        try Self.makeDirectory(stale, holding: ["customers.ndjson.gz": "partial"])
        try Self.makeDirectory(other)
        try Self.writeArchive(directory.file("archive"))
        #expect(try directory.contents() == [".other.demodata-tmp-\(dead)", "archive"])
    }
}
