import DemoDataCore
import DemoDataEngine

/// What a directory holds, judged strictly enough that `--force`, `reset` and the up-to-date
/// check never take a user's directory for an archive.
///
/// A directory is an archive of ours only when its manifest parses as one this tool writes
/// (format version, generator name, the eight tables in load order — or the subset its
/// `table_subset` names, closed under parents — each with the file name its format and
/// compression give) and the directory holds those files, `SHA256SUMS`,
/// `datapackage.json` (absent from archives written before it) and the manifest, all regular
/// files, and nothing else. While a reset removes an archive, the
/// manifest is first renamed to `.demodata-reset`: such a directory is an incomplete archive
/// of ours, which a later reset or `--force` finishes.
package enum ArchiveContents {
    case missing
    /// A file, link or anything else that is not a directory.
    case notDirectory
    case empty
    /// An archive of ours; `complete` is false while a reset is removing it.
    case archive(Manifest, complete: Bool)
    /// A directory that is not (only) an archive of ours: `entry` is the first thing in it
    /// that is not ours, `reason` says why.
    case foreign(entry: String, reason: String)

    package static let manifestName = "manifest.json"
    package static let sumsName = "SHA256SUMS"
    /// The Frictionless Data Package descriptor, written before the manifest.
    package static let dataPackageName = "datapackage.json"
    /// The manifest's name while a reset removes the archive.
    package static let resetMarkerName = ".demodata-reset"
    /// The file in a run's temporary directory that names the run.
    package static let runMarkerName = ".demodata-run"

    /// Inspects the directory at `path`.
    package static func inspect(_ path: String) -> ArchiveContents {
        switch FileSystem.kind(of: path) {
        case .missing: return .missing
        case .file, .other: return .notDirectory
        case .directory: break
        }
        guard let entries = try? FileSystem.contents(of: path) else {
            return .foreign(entry: ".", reason: "cannot be read")
        }
        if entries.isEmpty { return .empty }
        let complete = entries.contains(manifestName)
        let manifestFile = complete ? manifestName : resetMarkerName
        guard entries.contains(manifestFile) else {
            return .foreign(entry: entries[0], reason: "is not part of a demodata archive")
        }
        guard let manifest = ownManifest(at: path + "/" + manifestFile) else {
            return .foreign(entry: manifestFile, reason: "is not a manifest written by demodata")
        }
        let allowed = Set(
            manifest.tables.map(\.file) + [
                manifestName, sumsName, dataPackageName, resetMarkerName,
            ])
        for entry in entries {
            guard allowed.contains(entry) else {
                return .foreign(entry: entry, reason: "is not part of the archive")
            }
            guard FileSystem.kind(of: path + "/" + entry) == .file else {
                return .foreign(entry: entry, reason: "is not a regular file")
            }
        }
        return .archive(manifest, complete: complete)
    }

    /// The manifest at `path` when it is one this tool writes, else nil.
    package static func ownManifest(at path: String) -> Manifest? {
        guard let bytes = try? FileSystem.readSmallFile(path),
            let manifest = try? ArchiveReader.decodeManifest(bytes),
            manifest.generator.name == "demodata",
            manifest.formatVersion == Manifest.currentFormatVersion,
            let subset = manifest.listedSubset
        else { return nil }
        for (entry, table) in zip(manifest.tables, subset.tables)
        where entry.file != fileName(of: table, manifest.format, manifest.compression) {
            return nil
        }
        return manifest
    }

    package static func fileName(
        of table: Table, _ format: OutputFormat, _ compression: Compression
    )
        -> String
    {
        format.fileName(of: table, compression: compression)
    }

    /// Every name a file of ours can have inside an archive or a run's temporary directory.
    package static let ownNames: Set<String> = {
        var names: Set<String> = [
            manifestName, sumsName, dataPackageName, resetMarkerName, runMarkerName,
        ]
        for table in Table.allCases {
            for format in OutputFormat.allCases {
                for compression in Compression.allCases {
                    names.insert(fileName(of: table, format, compression))
                }
            }
        }
        return names
    }()

    /// The first entry of the directory at `path` that is not a regular file with one of our
    /// names (`.` when the directory cannot be read); nil when there is none.
    package static func foreignEntry(in path: String) -> String? {
        guard let entries = try? FileSystem.contents(of: path) else { return "." }
        return entries.first {
            !ownNames.contains($0) || FileSystem.kind(of: path + "/" + $0) != .file
        }
    }

    /// Removes a directory of ours, manifest first, so that an interruption at any point leaves
    /// either a complete archive or one that is recognisably being removed: the manifest is
    /// renamed to the reset marker, then `SHA256SUMS`, the table files and the markers go, and
    /// finally the directory itself unless `keepDirectory`. Only names of ours are removed;
    /// anything else makes it stop before removing a thing.
    ///
    /// - Parameter shouldStop: asked after each step; when it returns true the removal stops
    ///   with `CancellationError`, leaving an archive that is recognisably being removed.
    package static func removeOwned(
        _ path: String, keepDirectory: Bool, shouldStop: () -> Bool = { false }
    ) throws {
        func step() throws {
            if shouldStop() { throw CancellationError() }
        }
        let entries = try FileSystem.contents(of: path)
        if let foreign = foreignEntry(in: path) {
            throw ArchiveError(
                "left \(path) in place: it holds \(foreign), which is not a file of a demodata "
                    + "archive; move it away and try again")
        }
        if entries.contains(manifestName) {
            if entries.contains(resetMarkerName) {
                try FileSystem.removeTree(path + "/" + manifestName)
            } else {
                try FileSystem.rename(path + "/" + manifestName, to: path + "/" + resetMarkerName)
            }
            try FileSystem.syncDirectory(path)
            try step()
        }
        let last = [resetMarkerName, runMarkerName]
        for entry in entries where entry != manifestName && !last.contains(entry) {
            try FileSystem.removeTree(path + "/" + entry)
            try step()
        }
        for entry in last {
            try FileSystem.removeTree(path + "/" + entry)
        }
        if !keepDirectory {
            try FileSystem.removeDirectory(path)
        }
    }
}
