import DemoDataCore
import DemoDataEngine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive advisory lock (`flock`) on one archive path, held through a lock file beside
/// it (`.<name>.demodata-lock`). Every run that writes, replaces or removes the archive or its
/// temporary directories holds it, so such runs never interleave: a second one is refused at
/// once with a line naming the holder. The lock is released when the value is released or the
/// process ends, however it ends; the file is removed while still locked, so it exists only
/// while a run holds it (or after a run was killed, when the next run takes it over).
///
/// The lock file is only ever written by the run that created it (`O_EXCL`), with its
/// identity. A file at that name that is not recognisably such a file — not a regular file,
/// with other hard links, of another owner, or holding anything but a run's identity — is
/// never written, truncated or removed: the run refuses, naming it.
package final class ArchiveLock {
    /// The lock file's path.
    package let path: String
    private var descriptor: Int32

    /// The lock file of the archive at `archive`.
    package static func lockPath(of archive: String) -> String {
        FileSystem.parentDirectory(of: archive) + "/." + FileSystem.lastComponent(of: archive)
            + lockSuffix
    }

    package static let lockSuffix = ".demodata-lock"

    /// The most bytes a lock file of ours holds (a run's identity is a few hundred).
    private static let sizeLimit = 4096

    /// Takes the lock of the archive at `archive`, whose parent directory must exist.
    ///
    /// - Throws: `ArchiveError` naming the run that holds it, the file at the lock file's
    ///   name that is not a lock file of ours, or why the lock file cannot be used.
    package init(archive: String, identity: RunIdentity) throws {
        path = Self.lockPath(of: archive)
        descriptor = -1
        // The file at the path may go or change between two steps: a holder removes it before
        // it unlocks it, a run that has just created it locks it a moment later, and a run
        // taking over a killed run's file removes it. Whoever meets that starts again.
        for _ in 0..<200 {
            let created = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
            if created >= 0 {
                try takeNew(created, identity: identity)
                return
            }
            guard errno == EEXIST else {
                throw ArchiveError.system("create the lock file", path, code: errno)
            }
            if try takeOver(archive: archive) {
                continue
            }
            // An empty file: a run created it a moment ago and has not locked it yet.
            usleep(1000)
        }
        throw ArchiveError(
            "cannot lock \(archive): \(path) keeps changing, or is an empty file that is not a "
                + "lock file of demodata's; if no demodata run is using \(archive), move it "
                + "away, then run again")
    }

    /// Locks the file this run has just created and writes its identity into it. Another run
    /// may have opened and locked it in the instant between: finding it empty, it lets go at
    /// once, so the lock is tried again for a while.
    private func takeNew(_ created: Int32, identity: RunIdentity) throws {
        for _ in 0..<1000 {
            if flock(created, LOCK_EX | LOCK_NB) == 0 {
                descriptor = created
                let text = Array(identity.text.utf8)
                _ = text.withUnsafeBytes { pwrite(created, $0.baseAddress, $0.count, 0) }
                return
            }
            guard errno == EWOULDBLOCK else {
                let code = errno
                unlink(path)
                close(created)
                throw ArchiveError.system("lock", path, code: code)
            }
            usleep(1000)
        }
        unlink(path)
        close(created)
        throw ArchiveError("cannot lock \(path): another process keeps it locked")
    }

    /// Deals with a file already at the lock file's path. Throws when a run holds it or when
    /// it is not a lock file of ours; returns true when the caller must look again (the file
    /// went, or it was a killed run's and is now removed), false when it is empty.
    private func takeOver(archive: String) throws -> Bool {
        let opened = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard opened >= 0 else {
            if errno == ENOENT { return true }
            if errno == ELOOP { throw foreign(archive, "is a symbolic link") }
            throw ArchiveError.system("open the lock file", path, code: errno)
        }
        defer { close(opened) }
        var info = stat()
        guard fstat(opened, &info) == 0 else {
            throw ArchiveError.system("open the lock file", path, code: errno)
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw foreign(archive, "is not a regular file")
        }
        if flock(opened, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            // The holder removed it and is letting go: look again.
            guard isAtPath(info) else { return true }
            if code == EWOULDBLOCK {
                let who = Self.holder(opened).map { " (\($0.description))" } ?? ""
                throw ArchiveError(
                    "another demodata run\(who) is using \(archive); wait for it to finish "
                        + "or stop it, then try again")
            }
            throw ArchiveError.system("lock", path, code: code)
        }
        guard isAtPath(info) else { return true }
        if info.st_size == 0 { return false }
        if let reason = Self.foreignReason(info, text: Self.contents(opened)) {
            throw foreign(archive, reason)
        }
        // A lock file of ours that no run holds: its run was killed. It is removed while
        // locked, and this run creates its own.
        if unlink(path) != 0, errno != ENOENT {
            throw ArchiveError.system("remove the abandoned lock file", path, code: errno)
        }
        return true
    }

    /// Whether the file described by `info` is still the one at the path.
    private func isAtPath(_ info: stat) -> Bool {
        var current = stat()
        return lstat(path, &current) == 0 && current.st_ino == info.st_ino
            && current.st_dev == info.st_dev
    }

    private func foreign(_ archive: String, _ reason: String) -> ArchiveError {
        ArchiveError(
            "cannot lock \(archive): \(path) \(reason), so it is not a lock file of demodata's "
                + "and is left as it is; move it away, then run again")
    }

    /// Why the regular file described by `info`, holding `text`, is not a lock file of ours;
    /// nil when it is one.
    private static func foreignReason(_ info: stat, text: String?) -> String? {
        if info.st_nlink > 1 {
            return "has \(info.st_nlink) hard links"
        }
        if info.st_uid != geteuid() {
            return "belongs to another user"
        }
        guard let text, RunIdentity(text: text) != nil else {
            return "does not hold a demodata run's identity"
        }
        return nil
    }

    /// Why the file at `path` is not a lock file of ours; nil when it is one, is being
    /// created, or is not there.
    package static func foreignReason(_ path: String) -> String? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else {
            return errno == ELOOP ? "is a symbolic link" : nil
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return "is not a regular file" }
        guard info.st_size > 0 else { return nil }
        return foreignReason(info, text: contents(descriptor))
    }

    /// The lock, or nil where the archive's directory cannot be written at all (a read-only
    /// file system, no permission): no run can change the archive there, so reading it needs
    /// no lock, and any attempt to write fails with its own error.
    package static func unlessReadOnly(archive: String, identity: RunIdentity) throws
        -> ArchiveLock?
    {
        let parent = FileSystem.parentDirectory(of: archive)
        if access(parent, W_OK) != 0, errno == EROFS || errno == EACCES {
            return nil
        }
        return try ArchiveLock(archive: archive, identity: identity)
    }

    deinit {
        unlock()
    }

    /// Removes the lock file and releases the lock.
    package func unlock() {
        guard descriptor >= 0 else { return }
        unlink(path)
        close(descriptor)
        descriptor = -1
    }

    /// Whether the file at `path` is a lock file of ours that no run holds (left by a run
    /// that was killed).
    package static func isAbandoned(_ path: String) -> Bool {
        guard FileSystem.kind(of: path) == .file else { return false }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_size > 0,
            foreignReason(info, text: contents(descriptor)) == nil
        else { return false }
        return flock(descriptor, LOCK_SH | LOCK_NB) == 0
    }

    /// The archive whose lock file is named `entry`, if it is one.
    package static func target(ofLockFile entry: String) -> String? {
        guard entry.hasPrefix("."), entry.hasSuffix(lockSuffix), entry.count > lockSuffix.count + 1
        else { return nil }
        return String(entry.dropFirst().dropLast(lockSuffix.count))
    }

    /// The text of an open lock file; nil when it is larger than a lock file of ours can be.
    private static func contents(_ descriptor: Int32) -> String? {
        var buffer = [UInt8](repeating: 0, count: sizeLimit + 1)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count >= 0, count <= sizeLimit else { return nil }
        return String(decoding: buffer[0..<count], as: UTF8.self)
    }

    /// The identity written into a lock file, if it can be read.
    private static func holder(_ descriptor: Int32) -> RunIdentity? {
        contents(descriptor).flatMap(RunIdentity.init(text:))
    }
}
