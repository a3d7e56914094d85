#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Checks that an archive's files are the ones its manifest and SHA256SUMS describe: every
/// file present with the recorded size and SHA-256. (`demodata verify` checks far more; this is
/// the fast check behind up-to-date detection and `merge`.)
enum ArchiveChecksums {
    /// The manifest of the directory at `directory` when it is a complete archive of ours.
    static func manifest(at directory: String) throws -> Manifest {
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

    /// The text of `SHA256SUMS`: each table file with the manifest's sha256, then the data
    /// package and the manifest with the digests of their bytes.
    static func sums(_ manifest: Manifest, dataPackage: [UInt8], manifest manifestBytes: [UInt8])
        -> [UInt8]
    {
        var lines = manifest.tables.map { $0.sha256 + "  " + $0.file + "\n" }
        lines.append(
            SHA256Hasher.hex(dataPackage) + "  "
                + ArchiveContents.dataPackageName + "\n")
        lines.append(
            SHA256Hasher.hex(manifestBytes) + "  "
                + ArchiveContents.manifestName + "\n")
        return Array(lines.joined().utf8)
    }

    /// Checks `SHA256SUMS` and `datapackage.json` against the manifest without reading the
    /// table files: the data package must be the one the manifest describes, and the sums must
    /// list each table file with the manifest's sha256, the data package and the manifest with
    /// their own digests, and nothing else.
    static func checkSums(_ directory: String, _ manifest: Manifest) throws {
        let path = directory + "/" + ArchiveContents.sumsName
        let text = try FileSystem.readSmallFile(path)
        let dataPackagePath = directory + "/" + ArchiveContents.dataPackageName
        let dataPackage = DataPackage(manifest: manifest).serialized()
        guard FileSystem.exists(dataPackagePath),
            try FileSystem.readSmallFile(dataPackagePath) == dataPackage
        else {
            throw ArchiveError(
                "\(dataPackagePath) is missing or does not describe the archive's manifest; "
                    + "generate the archive again")
        }
        let manifestBytes = try FileSystem.readSmallFile(
            directory + "/" + ArchiveContents.manifestName)
        guard text == sums(manifest, dataPackage: dataPackage, manifest: manifestBytes) else {
            throw ArchiveError(
                "\(path) does not list the manifest's checksums (or manifest.json does not match "
                    + "it); the archive was changed")
        }
    }

    /// Throws an `ArchiveError` naming the first file whose size or checksum is wrong.
    static func verify(_ directory: String, _ manifest: Manifest) throws {
        try checkSums(directory, manifest)
        for entry in manifest.tables {
            let path = directory + "/" + entry.file
            // A file of another size is not read: it may be a sparse file of any size.
            var info = stat()
            guard lstat(path, &info) == 0, UInt64(max(0, info.st_size)) == entry.bytes else {
                throw ArchiveError("\(path) does not match its manifest entry (size or sha256)")
            }
            let (size, digest) = try hashFile(path)
            guard size == entry.bytes, digest == entry.sha256 else {
                throw ArchiveError("\(path) does not match its manifest entry (size or sha256)")
            }
        }
    }

    /// The size and SHA-256 of a file, streamed.
    static func hashFile(_ path: String) throws -> (UInt64, String) {
        var hasher = SHA256Hasher()
        var size: UInt64 = 0
        try FileSystem.stream(path) { chunk in
            hasher.update(chunk)
            size += UInt64(chunk.count)
        }
        return (size, hasher.finalizeHex())
    }
}
