import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// The lock file beside an archive is written only when demodata created it: a file that is
/// not recognisably a lock file of ours (other content, a hard link, a symbolic link, a
/// directory, another owner) is refused in one line and left exactly as it was.
@Suite struct ArchiveLockTests {
    /// What a test puts at the lock path.
    enum Squatter: String, CaseIterable, Sendable {
        case text, hardLink, symbolicLink, directory, empty, otherOwner
    }

    /// Puts `squatter` at `lock` (with its victim file, if any, in `directory`).
    private static func place(_ squatter: Squatter, at lock: String, in directory: TestDirectory)
        throws
    {
        let notes = directory.file("notes.txt")
        try Data("my notes\n".utf8).write(to: URL(fileURLWithPath: notes))
        switch squatter {
        case .text:
            try Data("my notes\n".utf8).write(to: URL(fileURLWithPath: lock))
        case .hardLink:
            try FileManager.default.linkItem(atPath: notes, toPath: lock)
        case .symbolicLink:
            try FileManager.default.createSymbolicLink(atPath: lock, withDestinationPath: notes)
        case .directory:
            try FileManager.default.createDirectory(
                atPath: lock, withIntermediateDirectories: false)
        case .empty:
            try Data().write(to: URL(fileURLWithPath: lock))
        case .otherOwner:
            // A lock file of a run of another user: its text is ours, but not its owner.
            try Data(RunIdentity.current().text.utf8).write(to: URL(fileURLWithPath: lock))
            try FileManager.default.setAttributes(
                [.ownerAccountID: geteuid() + 1], ofItemAtPath: lock)
        }
    }

    /// Everything in the directory: names, kinds, link counts and bytes.
    private static func state(of directory: TestDirectory) throws -> [String] {
        try directory.contents().map { name in
            let path = directory.file(name)
            var info = stat()
            guard lstat(path, &info) == 0 else { return name + " gone" }
            let bytes = (info.st_mode & S_IFMT) == S_IFREG ? (try? FileSystem.read(path)) ?? [] : []
            return "\(name) mode \(info.st_mode) links \(info.st_nlink) uid \(info.st_uid) "
                + Hex.string(bytes)
        }
    }

    @Test(arguments: Squatter.allCases)
    func aFileThatIsNotOurLockIsRefusedAndLeftAlone(squatter: Squatter) throws {
        if squatter == .otherOwner, geteuid() != 0 { return }  // Only root can give files away.
        let directory = try TestDirectory()
        let archive = directory.file("archive")
        let lock = ArchiveLock.lockPath(of: archive)
        try Self.place(squatter, at: lock, in: directory)
        let before = try Self.state(of: directory)

        let error = #expect(throws: ArchiveError.self) {
            try ArchiveLock(archive: archive, identity: RunIdentity.current())
        }
        let message = error?.description ?? ""
        #expect(message.contains(lock), "\(message)")
        #expect(message.contains("move it away"), "\(message)")
        #expect(!message.contains("\n"))
        #expect(try Self.state(of: directory) == before)
        // A reset does not take it for a killed run's lock file either.
        #expect(try ArchiveReset(directory: directory.path).paths == [])
    }

    /// A lock file that a killed run of ours left is taken over, and removed when released.
    @Test func aKilledRunsLockFileIsTakenOver() throws {
        let directory = try TestDirectory()
        let archive = directory.file("archive")
        let lock = ArchiveLock.lockPath(of: archive)
        var killed = RunIdentity.current()
        killed.pid = TestProcess.deadProcessID()
        try Data(killed.text.utf8).write(to: URL(fileURLWithPath: lock))

        let identity = RunIdentity.current()
        let taken = try ArchiveLock(archive: archive, identity: identity)
        #expect(try FileSystem.read(lock) == Array(identity.text.utf8))
        let busy = #expect(throws: ArchiveError.self) {
            try ArchiveLock(archive: archive, identity: RunIdentity.current())
        }
        #expect(busy?.description.contains("another demodata run") == true)
        taken.unlock()
        #expect(try directory.contents() == [])
    }

    /// A new lock file is created, holds the run's identity, and goes when released.
    @Test func aNewLockFileHoldsTheRunsIdentity() throws {
        let directory = try TestDirectory()
        let archive = directory.file("archive")
        let identity = RunIdentity.current()
        let lock = try ArchiveLock(archive: archive, identity: identity)
        #expect(try FileSystem.read(lock.path) == Array(identity.text.utf8))
        var info = stat()
        #expect(lstat(lock.path, &info) == 0 && info.st_nlink == 1)
        lock.unlock()
        #expect(try directory.contents() == [])
    }
}
