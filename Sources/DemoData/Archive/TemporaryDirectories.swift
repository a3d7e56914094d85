#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The directories runs keep beside their target: `.<name>.demodata-tmp-<run>` while they
/// build an archive (with a `.demodata-run` marker naming the run), and
/// `.<name>.demodata-old-<run>` while they replace one on a file system that cannot swap two
/// directories atomically.
///
/// Such a directory is removed only by a run that holds the target's lock (`ArchiveLock`),
/// which every live run holds for as long as it works: so its run has ended, whatever host,
/// container or PID namespace it ran in. As a second guard, a directory whose marker names a
/// process that is visibly alive here is left alone, and one without a marker (left by an
/// older version) only once nothing in it has changed for `ageLimit` seconds.
enum TemporaryDirectories {
    static let temporaryMarker = ".demodata-tmp-"
    static let previousMarker = ".demodata-old-"
    /// How long a temporary directory without a run marker must have been left untouched.
    static let ageLimit = 24 * 60 * 60

    /// One such directory: its name in the parent, the archive name it belongs to, and
    /// whether it holds a previous archive being replaced.
    struct Entry: Equatable {
        let entry: String
        let target: String
        let previous: Bool
    }

    /// The entry's target and kind when `entry` is named like one of ours.
    static func parse(_ entry: String) -> Entry? {
        guard entry.hasPrefix(".") else { return nil }
        for marker in [temporaryMarker, previousMarker] {
            if let range = entry.range(of: marker, options: .backwards),
                range.lowerBound > entry.startIndex, range.upperBound < entry.endIndex
            {
                let target = String(entry[entry.index(after: entry.startIndex)..<range.lowerBound])
                guard !target.isEmpty else { return nil }
                return Entry(entry: entry, target: target, previous: marker == previousMarker)
            }
        }
        return nil
    }

    /// The directories of ours in `parent` (only those of `target` when given), sorted.
    static func all(in parent: String, target: String? = nil) -> [Entry] {
        guard let names = try? FileSystem.contents(of: parent) else { return [] }
        return names.compactMap(parse).filter {
            (target == nil || $0.target == target)
                && FileSystem.kind(of: parent + "/" + $0.entry) == .directory
        }
    }

    /// The run marker in a temporary directory, if it holds a readable one.
    static func marker(in path: String) -> RunIdentity? {
        guard
            let bytes = try? FileSystem.readSmallFile(
                path + "/" + ArchiveContents.runMarkerName, limit: 4096)
        else { return nil }
        return RunIdentity(text: String(decoding: bytes, as: UTF8.self))
    }

    /// Whether the directory at `path` may be removed by a run that holds its target's lock:
    /// it holds nothing but files of ours, and its run is not visibly alive.
    static func isRemovable(_ path: String) -> Bool {
        guard FileSystem.kind(of: path) == .directory, ArchiveContents.holdsOnlyOwnFiles(path)
        else { return false }
        if let marker = marker(in: path) {
            return !marker.isVisiblyAlive || marker.pid == getpid()
        }
        if (try? FileSystem.contents(of: path))?.isEmpty == true {
            return true
        }
        if case .archive = ArchiveContents.inspect(path) {
            return true
        }
        return Int(time(nil)) - FileSystem.newestModification(in: path) > ageLimit
    }
}
