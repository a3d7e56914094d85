import DemoDataCore
import DemoDataEngine
import Synchronization

/// Where an archive goes, checked before any work starts, and held for the whole run.
///
/// Opening a target takes the archive's lock (so no other run writes, replaces or removes it
/// meanwhile), puts back a previous archive that a killed run left moved aside, removes the
/// temporary directories of ended runs, and inspects what is at the path: nothing, an empty
/// directory, an archive of ours, or something else, which is never written over.
package final class ArchiveTarget {
    package let path: String
    package let parent: String
    package let name: String
    package let identity: RunIdentity
    /// What was at the path when the target was opened.
    package let existing: ArchiveContents
    /// Lines for the user about directories of runs beside the archive that were kept
    /// because they hold files that are not demodata's (`TemporaryDirectories.keptForeign`).
    package let notes: [String]
    private let lock: ArchiveLock?

    /// For tests: replace archives the way file systems without `RENAME_EXCHANGE` must.
    package static let exchangeUnavailable = Atomic<Bool>(false)

    /// For tests: runs with the target's path after the last check of what is at the path,
    /// just before the new archive is swapped in.
    package static let beforeSwap = Mutex<(@Sendable (String) -> Void)?>(nil)

    package init(path: String) throws {
        self.path = path
        parent = FileSystem.parentDirectory(of: path)
        name = FileSystem.lastComponent(of: path)
        guard !["", ".", "..", "/"].contains(name) else {
            throw ArchiveError(
                "cannot write an archive to \(path): name a directory of its own, such as "
                    + "Output/small")
        }
        if let archive = Self.enclosingArchive(of: path) {
            throw ArchiveError(
                "cannot write \(path): it is inside the archive \(archive), which it would "
                    + "damage; choose an --output outside it")
        }
        try FileSystem.createDirectories(parent)
        identity = RunIdentity.current()
        lock = try ArchiveLock.unlessReadOnly(archive: path, identity: identity)
        try Self.recoverInterruptedReplacement(of: path)
        try Self.removeEndedRuns(of: path)
        notes = TemporaryDirectories.keptForeign(besides: path)
        existing = ArchiveContents.inspect(path)
    }

    /// Throws unless the path may be written: it is free, an empty directory, or (with
    /// `force`) an archive of ours. `intended` is the manifest of the archive to be written,
    /// whose differences from an existing archive the refusal names.
    package func checkWritable(force: Bool, intended: Manifest? = nil) throws {
        switch existing {
        case .missing, .empty:
            return
        case .notDirectory where FileSystem.isSymbolicLink(path):
            throw ArchiveError(
                "cannot write \(path): it is a symbolic link, and an archive must be a directory "
                    + "of its own; name the directory it points to, or another --output")
        case .notDirectory:
            throw ArchiveError(
                "cannot write \(path): it is a file, not a directory; choose another --output")
        case .foreign(let entry, let reason):
            throw ArchiveError(
                "cannot write \(path): it is a directory that is not a demodata archive "
                    + "(\(path)/\(entry) \(reason)); choose another --output or move it away")
        case .archive(let manifest, let complete):
            guard force else {
                throw ArchiveError(refusal(of: manifest, complete: complete, intended: intended))
            }
        }
    }

    /// Throws when the archive `estimate` describes would not fit in the free space of the
    /// target's file system (the previous archive stays until the new one is complete, so it
    /// counts as taken).
    package func checkFreeSpace(for estimate: ArchiveEstimate) throws {
        guard let (needed, available) = estimate.shortfall(at: path) else { return }
        throw ArchiveError(
            "not starting \(path): the archive needs about \(ArchiveEstimate.sizeText(needed)) (estimated) and "
                + "the file system of \(parent) has \(ArchiveEstimate.sizeText(available)) free; free some space, "
                + "choose another --output, or pass --ignore-free-space")
    }

    /// Why an existing archive is not replaced without `--force`, naming what differs.
    private func refusal(of manifest: Manifest, complete: Bool, intended: Manifest?) -> String {
        guard complete else {
            return "\(path) is an archive that an interrupted reset was removing; pass --force "
                + "to replace it, or run demodata reset --output \(path) --yes"
        }
        guard let intended else {
            return "\(path) already holds an archive; pass --force to replace it, or choose "
                + "another --output"
        }
        let differences = manifest.parameterDifferences(to: intended)
        guard differences.isEmpty else {
            return "\(path) already holds an archive with other parameters ("
                + differences.joined(separator: ", ") + "); pass --force to replace it, or "
                + "choose another --output"
        }
        return "\(path) already holds an archive with these parameters whose files do not "
            + "match its manifest or SHA256SUMS (damaged); pass --force to regenerate it"
    }

    /// Builds the archive: lets `body` fill a fresh temporary sibling directory, and installs
    /// it; on any failure before it is installed the temporary directory is removed and the
    /// target is left as it was, and the message says so. What a failure after the swap says
    /// is where the previous archive is.
    package func build<Result>(
        force: Bool, intended: Manifest? = nil, _ body: (String) throws -> Result
    ) throws -> Result {
        try checkWritable(force: force, intended: intended)
        let temporary = parent + "/." + name + TemporaryDirectories.temporaryMarker + identity.run
        try FileSystem.createDirectory(temporary)
        var installed = false
        defer {
            if !installed {
                try? ArchiveContents.removeOwned(temporary, keepDirectory: false)
            }
        }
        let result: Result
        let aside: String?
        // Where the previous archive is while it is moved aside (without an atomic swap).
        var movedAside: String?
        do {
            let marker = try OutputFile(creating: temporary + "/" + ArchiveContents.runMarkerName)
            try marker.append(Array(identity.text.utf8))
            try marker.syncAndClose()
            result = try body(temporary)
            try FileSystem.removeTree(temporary + "/" + ArchiveContents.runMarkerName)
            try FileSystem.syncDirectory(temporary)
            let current = try currentContents()
            Self.beforeSwap.withLock { $0 }?(path)
            aside = try swapIn(temporary, replacing: current, movedAside: &movedAside)
            installed = true
        } catch let error as ArchiveError {
            // Name the archive the user asked for, not the temporary directory that is gone by
            // the time they read the message, and say what became of the previous archive.
            let outcome =
                if let movedAside {
                    "the previous archive is at \(movedAside), where the next run of \(path) "
                        + "finds it and puts it back"
                } else if existing.isArchive {
                    "the previous archive at \(path) is untouched"
                } else {
                    "no archive was written"
                }
            throw ArchiveError(
                error.description.replacingOccurrences(of: temporary, with: path) + "; "
                    + outcome)
        }
        // From here on the new archive is in place, and no message may say otherwise.
        try FileSystem.syncDirectory(parent)
        if let aside {
            try removePrevious(at: aside)
        }
        return result
    }

    /// What is at the path just before the new archive goes there, which must still be
    /// what the run may replace: the user may have saved a file into the previous archive (or
    /// the empty directory) meanwhile, which a swap would carry away with it.
    private func currentContents() throws -> ArchiveContents {
        let current = ArchiveContents.inspect(path)
        switch current {
        case .missing, .empty:
            return current
        case .archive where existing.isArchive:
            return current
        case .foreign(let entry, _) where entry != ".":
            throw ArchiveError(
                "not replacing \(path): \(path)/\(entry) was saved into it during the run and "
                    + "is not demodata's; move it away, then run again")
        default:
            throw ArchiveError(
                "not replacing \(path): it changed during the run; look at it, then run again")
        }
    }

    /// Moves the finished archive at `temporary` into place (the caller syncs the parent) and
    /// returns where what was at the path went, if anything was. Where two directories cannot be swapped atomically,
    /// the previous archive is first moved aside under a name that the next run recognises
    /// and puts back if this one is killed before the new one is in place.
    private func swapIn(
        _ temporary: String, replacing current: ArchiveContents, movedAside: inout String?
    ) throws -> String? {
        if case .missing = current {
            try FileSystem.rename(temporary, to: path)
            return nil
        }
        if !Self.exchangeUnavailable.load(ordering: .relaxed),
            try FileSystem.exchange(temporary, path)
        {
            return temporary
        }
        let previous = parent + "/." + name + TemporaryDirectories.previousMarker + identity.run
        try FileSystem.rename(path, to: previous)
        movedAside = previous
        try FileSystem.syncDirectory(parent)
        do {
            try FileSystem.rename(temporary, to: path)
        } catch {
            if (try? FileSystem.rename(previous, to: path)) != nil {
                movedAside = nil
            }
            throw error
        }
        return previous
    }

    /// Removes what the new archive replaced, now at `aside`. It holds only files of ours
    /// unless one was saved into it after the last check; then it stays, and the message
    /// says where it is.
    private func removePrevious(at aside: String) throws {
        if let entry = ArchiveContents.foreignEntry(in: aside) {
            throw ArchiveError(
                "\(path) now holds the new archive, but what was there before is kept at "
                    + "\(aside): \(aside)/\(entry) was saved into it during the run and is not "
                    + "demodata's; move it out, then run demodata reset")
        }
        do {
            try ArchiveContents.removeOwned(aside, keepDirectory: false)
            try FileSystem.syncDirectory(parent)
        } catch let error as ArchiveError {
            throw ArchiveError(
                "\(path) now holds the new archive, but what was there before, at \(aside), "
                    + "could not be removed (\(error.description)); run demodata reset")
        }
    }

    /// The nearest directory above `path` that is an archive of ours, if any.
    package static func enclosingArchive(of path: String) -> String? {
        var existing = FileSystem.parentDirectory(of: path)
        while !FileSystem.exists(existing) {
            let up = FileSystem.parentDirectory(of: existing)
            if up == existing { return nil }
            existing = up
        }
        guard var current = FileSystem.realPath(existing) else { return nil }
        while true {
            if FileSystem.exists(current + "/" + ArchiveContents.manifestName)
                || FileSystem.exists(current + "/" + ArchiveContents.resetMarkerName),
                ArchiveContents.inspect(current).isArchive
            {
                return current
            }
            let up = FileSystem.parentDirectory(of: current)
            if up == current { return nil }
            current = up
        }
    }

    /// Puts back a previous archive that a run killed while replacing it had moved aside, or
    /// removes it when the new archive is in place. The caller holds the lock.
    package static func recoverInterruptedReplacement(of path: String) throws {
        let parent = FileSystem.parentDirectory(of: path)
        let name = FileSystem.lastComponent(of: path)
        for entry in TemporaryDirectories.all(in: parent, target: name) where entry.previous {
            let previous = parent + "/" + entry.entry
            guard case .archive = ArchiveContents.inspect(previous) else { continue }
            switch ArchiveContents.inspect(path) {
            case .missing:
                try FileSystem.rename(previous, to: path)
                try FileSystem.syncDirectory(parent)
            case .archive:
                try ArchiveContents.removeOwned(previous, keepDirectory: false)
            default:
                continue
            }
        }
    }

    /// Removes the temporary directories of ended runs of the archive at `path`. The caller
    /// holds the lock.
    package static func removeEndedRuns(of path: String) throws {
        let parent = FileSystem.parentDirectory(of: path)
        let name = FileSystem.lastComponent(of: path)
        for entry in TemporaryDirectories.all(in: parent, target: name) where !entry.previous {
            let temporary = parent + "/" + entry.entry
            if TemporaryDirectories.isRemovable(temporary) {
                try ArchiveContents.removeOwned(temporary, keepDirectory: false)
            }
        }
    }
}

extension ArchiveContents {
    package var isArchive: Bool {
        if case .archive = self { return true }
        return false
    }
}
