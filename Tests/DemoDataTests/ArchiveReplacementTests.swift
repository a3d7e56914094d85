import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// Replacing an archive where directories cannot be swapped atomically: the previous archive
/// is moved aside under a name the next run knows, and put back if the run dies before the
/// new one is in place.
@Suite(.serialized) struct ArchiveReplacementTests {
    private static func withoutExchange(_ body: () throws -> Void) rethrows {
        ArchiveTarget.exchangeUnavailable.store(true, ordering: .relaxed)
        defer { ArchiveTarget.exchangeUnavailable.store(false, ordering: .relaxed) }
        try body()
    }

    @Test func forceReplacesWithoutExchangeAndLeavesNothingBehind() throws {
        let directory = try TestDirectory()
        let archive = directory.file("archive")
        try ArchiveResetTests.writeArchive(archive)
        var other = ArchiveResetTests.parameters
        other.seed = 7
        try Self.withoutExchange {
            try ArchiveGenerator(parameters: other, threads: 1).writeArchive(
                to: archive, force: true)
        }
        #expect(try directory.contents() == ["archive"])
        #expect(try ArchiveReader(archive).manifest().seed == 7)
        #expect(try ArchiveVerifier(directory: archive).verify().passed)
    }

    /// Killed between its two renames: no archive at the path, the previous one aside. The
    /// next run puts it back (and, with the same parameters, finds it up to date).
    @Test func theNextRunRestoresAPreviousArchiveMovedAside() async throws {
        let directory = try TestDirectory()
        let archive = directory.file("archive")
        try ArchiveResetTests.writeArchive(archive)
        let before = try FileSystem.read(archive + "/manifest.json")
        try FileSystem.rename(archive, to: directory.file(".archive.demodata-old-0123"))

        let outcome = try await GeneratorService().generate(
            ArchiveResetTests.parameters, threads: 1, to: archive, force: false)
        #expect(outcome.upToDate)
        #expect(try directory.contents() == ["archive"])
        #expect(try FileSystem.read(archive + "/manifest.json") == before)
    }

    /// Killed after the new archive was in place: the previous one aside is removed.
    @Test func theNextRunRemovesAPreviousArchiveOnceReplaced() throws {
        let directory = try TestDirectory()
        try ArchiveResetTests.writeArchive(directory.file("archive"))
        try ArchiveResetTests.writeArchive(directory.file(".archive.demodata-old-4567"))
        try ArchiveResetTests.writeArchive(directory.file("archive"), force: true)
        #expect(try directory.contents() == ["archive"])
    }

    /// A directory named like a previous archive but holding a file of the user's is left.
    @Test func aPreviousArchiveWithForeignFilesIsLeft() throws {
        let directory = try TestDirectory()
        let aside = directory.file(".archive.demodata-old-89ab")
        try ArchiveResetTests.writeArchive(aside)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: aside + "/notes.txt"))
        try ArchiveResetTests.writeArchive(directory.file("archive"))
        #expect(try directory.contents() == [".archive.demodata-old-89ab", "archive"])
    }

    /// A file saved into the previous archive after the run's last check, just before the
    /// swap: the new archive is in place, the previous one stays aside with the file, and
    /// every message says exactly that — the run's error, the next run's note, and reset.
    @Test(arguments: [false, true])
    func aFileSavedAtTheLastMomentIsKeptAndSaidWhere(exchange: Bool) async throws {
        let directory = try TestDirectory()
        let archive = directory.file("archive")
        try ArchiveResetTests.writeArchive(archive)
        var other = ArchiveResetTests.parameters
        other.seed = 7
        ArchiveTarget.beforeSwap.withLock {
            $0 = { path in
                guard path == archive else { return }
                try? Data("chapter one".utf8).write(to: URL(fileURLWithPath: path + "/thesis.txt"))
            }
        }
        defer { ArchiveTarget.beforeSwap.withLock { $0 = nil } }
        let write = {
            _ = try ArchiveGenerator(parameters: other, threads: 1).writeArchive(
                to: archive, force: true)
        }
        let error = #expect(throws: ArchiveError.self) {
            if exchange { try write() } else { try Self.withoutExchange(write) }
        }
        ArchiveTarget.beforeSwap.withLock { $0 = nil }

        // The new archive is in place; the previous one is aside, with the user's file.
        #expect(try ArchiveReader(archive).manifest().seed == 7)
        #expect(try ArchiveVerifier(directory: archive).verify().passed)
        let aside = try #require(try directory.contents().first { $0 != "archive" })
        #expect(aside.hasPrefix(exchange ? ".archive.demodata-tmp-" : ".archive.demodata-old-"))
        #expect(
            try FileSystem.read(directory.file(aside + "/thesis.txt")) == Array("chapter one".utf8))
        #expect(
            ArchiveContents.ownManifest(at: directory.file(aside + "/manifest.json"))?.seed == 42)
        let message = error?.description ?? ""
        #expect(message.contains("\(archive) now holds the new archive"), "\(message)")
        #expect(message.contains(directory.file(aside) + "/thesis.txt"), "\(message)")
        #expect(!message.contains("untouched"), "\(message)")

        // The next run leaves it, and says where it is.
        let outcome = try await GeneratorService().generate(
            other, threads: 1, to: archive, force: false)
        #expect(outcome.upToDate)
        #expect(outcome.notes.count == 1)
        #expect(outcome.notes.first?.contains(directory.file(aside)) == true, "\(outcome.notes)")
        #expect(outcome.notes.first?.contains("thesis.txt") == true, "\(outcome.notes)")

        // So does reset, which removes the archive and keeps the directory with the file.
        let reset = try ArchiveReset(directory: directory.path)
        #expect(reset.paths == [archive])
        #expect(reset.kept.map(\.path) == [directory.file(aside)])
        #expect(reset.kept.first?.reason.contains("thesis.txt") == true)
        try reset.remove()
        #expect(try directory.contents() == [aside])
    }
}
