import DemoDataCore
import DemoDataEngine

/// Finds and removes what `demodata reset` clears in a directory: the archives of ours in it
/// (or the directory's own archive files when it is one; the directory itself always stays)
/// and the temporary directories of runs that ended. Nothing else is ever touched: a
/// directory that holds a demodata manifest beside files that are not the archive's makes the
/// whole reset refuse, naming the foreign entry.
///
/// Each item is removed while holding its archive's lock, manifest first (see
/// `ArchiveContents.removeOwned`), so a reset never races a generation of the same archive and
/// an interrupted reset never leaves a complete-looking archive with missing files.
public struct ArchiveReset: Sendable {
    /// The directory being reset.
    public let directory: String
    /// What the reset removes, in order.
    public let items: [Item]
    /// The directories of runs (and lock files) it leaves, and why.
    public let kept: [Kept]

    /// One thing to remove.
    public struct Item: Sendable, Equatable {
        /// Its path.
        public let path: String
        package let kind: Kind

        package enum Kind: Sendable, Equatable {
            /// An archive of ours; its directory stays when it is the directory being reset.
            case archive(keepDirectory: Bool)
            /// A temporary directory of a run (or a previous archive moved aside).
            case temporary(target: String)
            /// The lock file of a run that was killed.
            case lock(target: String)
        }
    }

    /// A directory of a run, or a lock file, that the reset leaves where it is.
    public struct Kept: Sendable, Equatable {
        /// Its path.
        public let path: String
        /// Why it stays, and what to do about it when something can be done.
        public let reason: String
    }

    /// The paths that the reset removes.
    public var paths: [String] { items.map(\.path) }

    /// Plans the reset of `directory`.
    ///
    /// - Throws: `ArchiveError` when the directory does not exist, is not a directory, or holds
    ///   a demodata manifest beside entries that are not the archive's.
    public init(directory: String) throws {
        self.directory = directory
        // `Output` may be a link to a directory on another disk: what is reset is that
        // directory, under the same locks as the runs that write through the link.
        let directory =
            FileSystem.isSymbolicLink(directory) && FileSystem.isDirectoryFollowingLinks(directory)
            ? FileSystem.realPath(directory) ?? directory : directory
        switch ArchiveContents.inspect(directory) {
        case .missing:
            throw ArchiveError("cannot reset \(directory): no such directory")
        case .notDirectory:
            throw ArchiveError("cannot reset \(directory): it is a file, not a directory")
        case .archive:
            let parent = FileSystem.parentDirectory(of: directory)
            let name = FileSystem.lastComponent(of: directory)
            let (temporary, kept) = Self.temporaryItems(in: parent, target: name)
            items = [Item(path: directory, kind: .archive(keepDirectory: true))] + temporary
            self.kept = kept
            return
        case .foreign(let entry, let reason):
            try Self.refuseIfLooksLikeArchive(directory, entry: entry, reason: reason)
        case .empty:
            break
        }
        var items: [Item] = []
        for name in try FileSystem.contents(of: directory) where !name.hasPrefix(".") {
            let path = directory + "/" + name
            switch ArchiveContents.inspect(path) {
            case .archive:
                items.append(Item(path: path, kind: .archive(keepDirectory: false)))
            case .foreign(let entry, let reason):
                try Self.refuseIfLooksLikeArchive(path, entry: entry, reason: reason)
            default:
                continue
            }
        }
        let (temporary, kept) = Self.temporaryItems(in: directory, target: nil)
        self.items = items + temporary
        self.kept = kept
    }

    /// A directory that holds a manifest of ours (or a reset marker) beside entries that are
    /// not the archive's stops the reset: it may be a user's directory with an archive's
    /// manifest copied into it.
    private static func refuseIfLooksLikeArchive(_ path: String, entry: String, reason: String)
        throws
    {
        let markers = [ArchiveContents.manifestName, ArchiveContents.resetMarkerName]
        guard markers.contains(where: { ArchiveContents.ownManifest(at: path + "/" + $0) != nil })
        else { return }
        throw ArchiveError(
            "refusing to reset: \(path) holds a manifest.json but \(path)/\(entry) \(reason); "
                + "nothing was removed (move it away, or remove the directory yourself)")
    }

    /// The removable temporary directories and lock files of ended runs in `parent`, and
    /// those that stay, with why.
    private static func temporaryItems(in parent: String, target: String?)
        -> (items: [Item], kept: [Kept])
    {
        var items: [Item] = []
        var kept: [Kept] = []
        for entry in TemporaryDirectories.all(in: parent, target: target) {
            let path = parent + "/" + entry.entry
            if let reason = TemporaryDirectories.keepReason(path) {
                kept.append(Kept(path: path, reason: reason))
            } else {
                items.append(
                    Item(path: path, kind: .temporary(target: parent + "/" + entry.target)))
            }
        }
        for entry in (try? FileSystem.contents(of: parent)) ?? [] {
            guard let name = ArchiveLock.target(ofLockFile: entry), target == nil || name == target
            else { continue }
            let path = parent + "/" + entry
            if let reason = ArchiveLock.foreignReason(path) {
                kept.append(
                    Kept(
                        path: path,
                        reason: "it \(reason), so it is not a lock file of demodata's; move it away"
                    ))
            } else if ArchiveLock.isAbandoned(path) {
                items.append(Item(path: path, kind: .lock(target: parent + "/" + name)))
            }
        }
        return (items, kept)
    }

    /// Removes the planned items, each under its archive's lock, checking each again first.
    ///
    /// - Parameter shouldStop: asked between items and between the files of an archive; when
    ///   it returns true the reset stops with `CancellationError`, leaving each archive
    ///   complete, removed, or without its manifest (which the next reset finishes).
    public func remove(shouldStop: () -> Bool = { false }) throws {
        let identity = RunIdentity.current()
        for item in items {
            if shouldStop() { throw CancellationError() }
            switch item.kind {
            case .archive(let keepDirectory):
                let lock = try ArchiveLock(archive: item.path, identity: identity)
                defer { lock.unlock() }
                guard ArchiveContents.inspect(item.path).isArchive else {
                    throw ArchiveError(
                        "\(item.path) changed since the reset was planned; nothing more was "
                            + "removed, run reset again")
                }
                try ArchiveContents.removeOwned(
                    item.path, keepDirectory: keepDirectory, shouldStop: shouldStop)
            case .temporary(let target):
                let lock = try ArchiveLock(archive: target, identity: identity)
                defer { lock.unlock() }
                guard TemporaryDirectories.isRemovable(item.path) else { continue }
                try ArchiveContents.removeOwned(item.path, keepDirectory: false)
            case .lock(let target):
                // Taking the lock and letting it go removes the file; a run that took it
                // meanwhile keeps it.
                if let lock = try? ArchiveLock(archive: target, identity: identity) {
                    lock.unlock()
                }
            }
        }
    }
}
