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
final class ArchiveLock {
    /// The lock file's path.
    let path: String
    private var descriptor: Int32

    /// The lock file of the archive at `archive`.
    static func lockPath(of archive: String) -> String {
        FileSystem.parentDirectory(of: archive) + "/." + FileSystem.lastComponent(of: archive)
            + lockSuffix
    }

    static let lockSuffix = ".demodata-lock"

    /// Takes the lock of the archive at `archive`, whose parent directory must exist.
    ///
    /// - Throws: `ArchiveError` naming the run that holds it, or why the lock file cannot be
    ///   used.
    init(archive: String, identity: RunIdentity) throws {
        path = Self.lockPath(of: archive)
        descriptor = -1
        // A holder removes the file before it unlocks it; whoever locked the removed file
        // must start again with the file now at the path.
        for _ in 0..<100 {
            let opened = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
            guard opened >= 0 else {
                throw ArchiveError.system("create the lock file", path, code: errno)
            }
            if flock(opened, LOCK_EX | LOCK_NB) != 0 {
                let code = errno
                let holder = Self.holder(opened)
                close(opened)
                if code == EWOULDBLOCK {
                    let who = holder.map { " (\($0.description))" } ?? ""
                    throw ArchiveError(
                        "another demodata run\(who) is using \(archive); wait for it to finish "
                            + "or stop it, then try again")
                }
                throw ArchiveError.system("lock", path, code: code)
            }
            var openedInfo = stat()
            var pathInfo = stat()
            if fstat(opened, &openedInfo) == 0, lstat(path, &pathInfo) == 0,
                openedInfo.st_ino == pathInfo.st_ino, openedInfo.st_dev == pathInfo.st_dev
            {
                descriptor = opened
                let text = Array(identity.text.utf8)
                _ = ftruncate(opened, 0)
                _ = text.withUnsafeBytes { pwrite(opened, $0.baseAddress, $0.count, 0) }
                return
            }
            close(opened)
        }
        throw ArchiveError("cannot lock \(archive): its lock file \(path) keeps changing")
    }

    /// The lock, or nil where the archive's directory cannot be written at all (a read-only
    /// file system, no permission): no run can change the archive there, so reading it needs
    /// no lock, and any attempt to write fails with its own error.
    static func unlessReadOnly(archive: String, identity: RunIdentity) throws -> ArchiveLock? {
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
    func unlock() {
        guard descriptor >= 0 else { return }
        unlink(path)
        close(descriptor)
        descriptor = -1
    }

    /// Whether the lock file at `path` is a regular file that no run holds (left by a run
    /// that was killed).
    static func isAbandoned(_ path: String) -> Bool {
        guard FileSystem.kind(of: path) == .file else { return false }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return flock(descriptor, LOCK_SH | LOCK_NB) == 0
    }

    /// The archive whose lock file is named `entry`, if it is one.
    static func target(ofLockFile entry: String) -> String? {
        guard entry.hasPrefix("."), entry.hasSuffix(lockSuffix), entry.count > lockSuffix.count + 1
        else { return nil }
        return String(entry.dropFirst().dropLast(lockSuffix.count))
    }

    /// The identity written into a lock file, if it can be read.
    private static func holder(_ descriptor: Int32) -> RunIdentity? {
        var buffer = [UInt8](repeating: 0, count: 1024)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return RunIdentity(text: String(decoding: buffer[0..<count], as: UTF8.self))
    }
}
