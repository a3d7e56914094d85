import DemoDataCore
import DemoDataEngine

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
/// process that is visibly alive here (the same process id and start time) is left alone;
/// one without a marker, or whose marker records no start time (both left by older
/// versions), only once nothing in it has changed for `ageLimit` seconds.
package enum TemporaryDirectories {
    package static let temporaryMarker = ".demodata-tmp-"
    package static let previousMarker = ".demodata-old-"
    /// How long a temporary directory without a run marker, or with one that records no start
    /// time, must have been left untouched.
    package static let ageLimit = 24 * 60 * 60

    /// One such directory: its name in the parent, the archive name it belongs to, and
    /// whether it holds a previous archive being replaced.
    package struct Entry: Equatable {
        package let entry: String
        package let target: String
        package let previous: Bool
    }

    /// The entry's target and kind when `entry` is named like one of ours.
    package static func parse(_ entry: String) -> Entry? {
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
    package static func all(in parent: String, target: String? = nil) -> [Entry] {
        guard let names = try? FileSystem.contents(of: parent) else { return [] }
        return names.compactMap(parse).filter {
            (target == nil || $0.target == target)
                && FileSystem.kind(of: parent + "/" + $0.entry) == .directory
        }
    }

    /// The run marker in a temporary directory, if it holds a readable one.
    package static func marker(in path: String) -> RunIdentity? {
        guard
            let bytes = try? FileSystem.readSmallFile(
                path + "/" + ArchiveContents.runMarkerName, limit: 4096)
        else { return nil }
        return RunIdentity(text: String(decoding: bytes, as: UTF8.self))
    }

    /// Whether the directory at `path` may be removed by a run that holds its target's lock.
    package static func isRemovable(_ path: String) -> Bool {
        keepReason(path) == nil
    }

    /// Why the directory at `path` must stay, for messages; nil when a run that holds its
    /// target's lock may remove it: it holds nothing but files of ours, and its run is not
    /// visibly alive.
    package static func keepReason(_ path: String) -> String? {
        guard FileSystem.kind(of: path) == .directory else { return "it is not a directory" }
        if let entry = ArchiveContents.foreignEntry(in: path) {
            return "it holds \(entry), which is not demodata's; move that out, then run "
                + "demodata reset again"
        }
        let idle = Int(time(nil)) - FileSystem.newestModification(in: path) > ageLimit
        let wait = "it goes once nothing in it has changed for \(ageLimit / 3600) hours"
        if let marker = marker(in: path) {
            guard marker.pid != getpid(), marker.isVisiblyAlive else { return nil }
            if marker.start != nil {
                return "its run (\(marker.description)) is still running"
            }
            // An older release recorded no start time: the process may be another one that
            // was given the run's process id, so the age decides.
            return idle
                ? nil
                : "its run marker, which records no start time, names \(marker.description), "
                    + "which is running; \(wait)"
        }
        if (try? FileSystem.contents(of: path))?.isEmpty == true {
            return nil
        }
        if case .archive = ArchiveContents.inspect(path) {
            return nil
        }
        return idle
            ? nil
            : "it has no run marker (an older demodata's) and has changed recently; \(wait)"
    }

    /// The directories of ours beside the archive at `path` that hold something that is not
    /// demodata's, each with a line saying where it is and what to do: left, for instance,
    /// by a replacement during which a file was saved into the previous archive.
    package static func keptForeign(besides path: String) -> [String] {
        let parent = FileSystem.parentDirectory(of: path)
        let name = FileSystem.lastComponent(of: path)
        return all(in: parent, target: name).compactMap { entry in
            let directory = parent + "/" + entry.entry
            guard let foreign = ArchiveContents.foreignEntry(in: directory) else { return nil }
            return "\(directory) is kept: it holds \(foreign), which is not demodata's (a "
                + "directory of a run, or an archive it replaced); move that out, then run "
                + "demodata reset"
        }
    }
}
