import DemoDataCore
import DemoDataEngine
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads an archive of ours: the one place that decodes its manifest, parses its `SHA256SUMS`,
/// scans its table files and hashes whole files. `verify`, `info`, `merge`, `reset` and the
/// up-to-date check of `generate` read archives through it.
package struct ArchiveReader: Sendable {
    /// The archive's directory.
    package let directory: String

    package init(_ directory: String) {
        self.directory = directory
    }

    /// The path of `name` inside the archive.
    package func path(_ name: String) -> String {
        directory + "/" + name
    }

    /// The manifest of the directory when it is a complete archive of ours; otherwise an error
    /// saying what the directory is instead.
    package func manifest() throws -> Manifest {
        switch ArchiveContents.inspect(directory) {
        case .archive(let manifest, complete: true):
            return manifest
        case .archive:
            throw ArchiveError(
                "\(directory) is an incomplete archive (a reset was interrupted); generate it again"
            )
        case .missing:
            throw ArchiveError("cannot read \(directory): no such directory")
        case .notDirectory:
            throw ArchiveError("cannot read \(directory): it is not a directory")
        case .empty:
            throw ArchiveError("\(directory) is empty, not a demodata archive")
        case .foreign(let entry, let reason):
            throw ArchiveError("\(directory) is not a demodata archive: \(entry) \(reason)")
        }
    }

    /// Decodes manifest bytes, refusing a document that is not strict JSON (a key twice in one
    /// object above all), so that every reader sees the same manifest.
    package static func decodeManifest(_ bytes: [UInt8]) throws -> Manifest {
        try StrictJSON.validate(bytes)
        return try JSONDecoder().decode(Manifest.self, from: Data(bytes))
    }

    /// The bytes of a small file of the archive (the manifest, `SHA256SUMS`, the data package).
    package func small(_ name: String) throws -> [UInt8] {
        try FileSystem.readSmallFile(path(name))
    }

    /// `SHA256SUMS`, parsed.
    package func sums() throws -> SumsListing {
        SumsListing(parsing: try small(ArchiveContents.sumsName))
    }

    /// Checks `SHA256SUMS` and `datapackage.json` against `manifest` without reading the table
    /// files: the data package must be the one the manifest describes, and the sums exactly
    /// the text demodata writes for them.
    package func checkSums(_ manifest: Manifest) throws {
        let sumsPath = path(ArchiveContents.sumsName)
        let text = try small(ArchiveContents.sumsName)
        let dataPackagePath = path(ArchiveContents.dataPackageName)
        let dataPackage = DataPackage(manifest: manifest).serialized()
        guard FileSystem.exists(dataPackagePath),
            try small(ArchiveContents.dataPackageName) == dataPackage
        else {
            throw ArchiveError(
                "\(dataPackagePath) is missing or does not describe the archive's manifest; "
                    + "generate the archive again")
        }
        let manifestBytes = try small(ArchiveContents.manifestName)
        guard
            text
                == SumsListing.text(of: manifest, dataPackage: dataPackage, manifest: manifestBytes)
        else {
            throw ArchiveError(
                "\(sumsPath) does not list the manifest's checksums (or manifest.json does not match "
                    + "it); the archive was changed")
        }
    }

    /// Checks that every file is the one the manifest and `SHA256SUMS` describe (present, of
    /// the recorded size and SHA-256), without decompressing: the fast check behind the
    /// up-to-date detection. Throws an `ArchiveError` naming the first file that is not.
    package func checkFiles(_ manifest: Manifest) throws {
        try checkSums(manifest)
        for entry in manifest.tables {
            // A file of another size is not read: it may be a sparse file of any size.
            guard (try? digest(entry.file, expectedBytes: entry.bytes)) == entry.sha256 else {
                throw ArchiveError(
                    "\(path(entry.file)) does not match its manifest entry (size or sha256)")
            }
        }
    }

    /// The SHA-256 of the file `name`, read whole, when it is a regular file of
    /// `expectedBytes`; nil when it has another size (then nothing of it is read).
    package func digest(_ name: String, expectedBytes: UInt64) throws -> String? {
        var info = stat()
        guard lstat(path(name), &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
            UInt64(max(0, info.st_size)) == expectedBytes
        else { return nil }
        var hasher = SHA256Hasher()
        var size: UInt64 = 0
        try FileSystem.stream(path(name)) { chunk in
            hasher.update(chunk)
            size += UInt64(chunk.count)
        }
        return size == expectedBytes ? hasher.finalizeHex() : nil
    }

    /// Scans the file of the table of `entry` as the manifest's format stores it, within the
    /// limits its entry and the schema give (`TableFileScan`), passing its content to
    /// `content` while it returns true, and its raw bytes to `observer`, if given.
    package func scan(
        _ table: Table, _ entry: Manifest.TableEntry, _ manifest: Manifest,
        strictGzipHeaders: Bool = true, observer: TableFileScan.Observer? = nil,
        content: (UnsafeRawBufferPointer) -> Bool
    ) -> TableFileScan {
        TableFileScan(
            path: path(manifest.format.fileName(of: table, compression: manifest.compression)),
            table: table, manifest: manifest, entry: entry, strictGzipHeaders: strictGzipHeaders,
            observer: observer, content: content)
    }
}
