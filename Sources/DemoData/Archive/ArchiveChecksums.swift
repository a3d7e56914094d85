import Crypto

/// Checks that an archive's files are the ones its manifest and SHA256SUMS describe: every
/// file present with the recorded size and SHA-256. (`demodata verify` checks far more; this is
/// the fast check behind up-to-date detection and `merge`.)
enum ArchiveChecksums {
    /// Reads and decodes the manifest of the archive at `directory`.
    static func manifest(at directory: String) throws -> Manifest {
        let path = directory + "/manifest.json"
        let bytes = try FileSystem.read(path)
        do {
            return try ManifestDecoding.decode(bytes)
        } catch {
            throw ArchiveError("cannot read \(path): it is not a valid demodata manifest")
        }
    }

    /// Throws an `ArchiveError` naming the first file whose size or checksum is wrong.
    static func verify(_ directory: String, _ manifest: Manifest) throws {
        let sums = String(decoding: try FileSystem.read(directory + "/SHA256SUMS"), as: UTF8.self)
        var expected: [String: String] = [:]
        for line in sums.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            if parts.count == 2 {
                expected[String(parts[1].drop { $0 == " " || $0 == "*" })] = String(parts[0])
            }
        }
        let manifestHash = TableFileWriter.hex(
            SHA256Digest.of(try FileSystem.read(directory + "/manifest.json")))
        guard expected["manifest.json"] == manifestHash else {
            throw ArchiveError("\(directory)/manifest.json does not match SHA256SUMS")
        }
        for entry in manifest.tables {
            let path = directory + "/" + entry.file
            let (size, digest) = try hashFile(path)
            guard size == entry.bytes, digest == entry.sha256, expected[entry.file] == digest
            else {
                throw ArchiveError("\(path) does not match its manifest entry (size or sha256)")
            }
        }
    }

    /// The size and SHA-256 of a file, streamed.
    static func hashFile(_ path: String) throws -> (UInt64, String) {
        var hasher = SHA256()
        var size: UInt64 = 0
        try FileSystem.stream(path) { chunk in
            hasher.update(bufferPointer: chunk)
            size += UInt64(chunk.count)
        }
        return (size, TableFileWriter.hex(hasher.finalize()))
    }
}
