import DemoDataCore
import DemoDataEngine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Joins a complete set of shard archives into one archive.
///
/// Each table file of the result is the shard files concatenated in shard order: for gzip, a
/// multi-member gzip file (valid gzip, which every reader decompresses as one stream), so its
/// uncompressed bytes — and its `content_sha256` — equal those of the unsharded archive. Every
/// shard is checked on the way (sizes, checksums, decompression, content checksums, matching
/// parameters), and the result is installed atomically like a generated archive. A shard file
/// whose size differs from its manifest entry is refused before a byte of it is read, and no
/// shard file is decompressed past its manifest's `uncompressed_bytes`.
public struct ArchiveMerger: Sendable {
    public let shardDirectories: [String]

    public init(shardDirectories: [String]) {
        self.shardDirectories = shardDirectories
    }

    /// Writes the merged archive to `path` and returns its manifest.
    ///
    /// - Parameters:
    ///   - shouldStop: polled while copying; returning true abandons the merge with
    ///     `CancellationError`, leaving nothing behind.
    ///   - note: receives lines the user should read about what is beside the archive (as
    ///     `GenerationOutcome.notes`), before the merge starts.
    @discardableResult
    public func merge(
        to path: String, force: Bool, shouldStop: @escaping @Sendable () -> Bool = { false },
        note: (String) -> Void = { _ in }
    ) throws -> Manifest {
        let shards = try orderedShards()
        let first = shards[0].manifest
        let target = try ArchiveTarget(path: path)
        target.notes.forEach(note)
        return try target.build(force: force) { temporary in
            var manifest = first
            manifest.shard = nil
            manifest.mergedShards = shards.count
            manifest.tables = try first.tables.indices.map {
                try mergeTable($0, of: shards, into: temporary, shouldStop: shouldStop)
            }
            try ArchiveGenerator.writeManifestAndSums(manifest, into: temporary)
            return manifest
        }
    }

    private struct ShardArchive {
        let reader: ArchiveReader
        let manifest: Manifest

        var directory: String { reader.directory }
    }

    /// Reads and checks the shards' manifests and returns them in shard order.
    private func orderedShards() throws -> [ShardArchive] {
        guard !shardDirectories.isEmpty else {
            throw ArchiveError("merge needs the shard archives to join; name every shard directory")
        }
        var shards: [ShardArchive] = []
        for directory in shardDirectories {
            let reader = ArchiveReader(directory)
            let manifest = try reader.manifest()
            try reader.checkSums(manifest)
            guard manifest.shard != nil else {
                throw ArchiveError(
                    "\(directory) is not a shard archive (its manifest has no shard); "
                        + "generate shards with --shard K/N")
            }
            shards.append(ShardArchive(reader: reader, manifest: manifest))
        }
        shards.sort { ($0.manifest.shard?.index ?? 0) < ($1.manifest.shard?.index ?? 0) }
        let first = shards[0].manifest
        let count = first.shard?.count ?? 0
        for shard in shards where shard.manifest.shard?.count != count {
            throw ArchiveError(
                "cannot merge: \(shard.directory) is one of \(shard.manifest.shard?.count ?? 0) "
                    + "shards and \(shards[0].directory) one of \(count); merge the shards of "
                    + "one generation only")
        }
        for shard in shards {
            var comparable = shard.manifest
            comparable.shard = first.shard
            // Shards may come from machines with other zlib builds: the content is the same.
            comparable.generator.libraries = first.generator.libraries
            comparable.tables = first.tables
            guard comparable == first else {
                throw ArchiveError(
                    "\(shard.directory) was generated with other parameters than "
                        + "\(shards[0].directory); merge shards of one generation only")
            }
        }
        for shard in shards {
            let entry = shard.manifest.shard
            guard let entry, Shard(index: entry.index, count: entry.count) != nil else {
                throw ArchiveError(
                    "\(shard.directory) is not a shard archive of ours (its manifest's shard is "
                        + "\(entry?.index ?? 0)/\(entry?.count ?? 0), not K/N with 0 ≤ K < N); "
                        + "generate shards with --shard K/N")
            }
        }
        // The count comes from a file: nothing is made of it before it is checked.
        let indexes = shards.compactMap { $0.manifest.shard?.index }
        guard indexes.count == count, indexes.elementsEqual(0..<count) else {
            let given = Set(indexes)
            let missing = (0..<count).lazy.filter { !given.contains($0) }.prefix(11)
                .map(String.init)
            let listed =
                missing.prefix(10).joined(separator: ", ") + (missing.count > 10 ? ", …" : "")
            let detail = missing.isEmpty ? "a shard is given twice" : "missing shard(s) \(listed)"
            throw ArchiveError("cannot merge: \(detail) of \(count); pass each shard exactly once")
        }
        return shards
    }

    /// Checks, before a byte of it is read, that the shard file at `path` is a regular file of
    /// its manifest entry's size, so that a file grown (even sparse, costing no disk) is
    /// refused before it is copied.
    private static func checkSize(_ path: String, _ entry: Manifest.TableEntry) throws {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw ArchiveError(
                "cannot merge \(path): it is missing or not a regular file; regenerate that shard")
        }
        guard UInt64(max(0, info.st_size)) == entry.bytes else {
            throw ArchiveError(
                "cannot merge \(path): it has \(info.st_size) bytes and its manifest says "
                    + "\(entry.bytes); regenerate that shard")
        }
    }

    /// `total` + `value`, or an error naming the table when the sum overflows (counts from
    /// shards' manifests that no generation makes).
    private static func add<Count: FixedWidthInteger>(
        _ total: Count, _ value: Count, _ table: String
    ) throws -> Count {
        let (sum, overflow) = total.addingReportingOverflow(value)
        guard !overflow else {
            throw ArchiveError(
                "cannot merge: the shards' \(table) add up past what a 64-bit number holds; "
                    + "their manifests are not ones demodata writes")
        }
        return sum
    }

    /// Concatenates table `index` of every shard into `directory`, checking each shard file.
    private func mergeTable(
        _ index: Int, of shards: [ShardArchive], into directory: String,
        shouldStop: @escaping @Sendable () -> Bool
    ) throws -> Manifest.TableEntry {
        let template = shards[0].manifest.tables[index]
        let first = shards[0].manifest
        guard let table = Table(name: template.name) else {
            throw ArchiveError(
                "cannot merge: \(shards[0].directory)/manifest.json lists an unknown table")
        }
        // A plain name from the schema, never a path taken from a shard's manifest.
        let fileName = ArchiveContents.fileName(of: table, first.format, first.compression)
        if first.format == .parquet {
            return try mergeParquet(
                table, index, of: shards, into: directory + "/" + fileName,
                shouldStop: shouldStop)
        }
        let copy = MergedFile(try OutputFile(creating: directory + "/" + fileName), shouldStop)
        var contentHasher = SHA256Hasher()
        var rows = 0
        var uncompressed: UInt64 = 0
        for shard in shards {
            let entry = shard.manifest.tables[index]
            let path = shard.reader.path(entry.file)
            try Self.checkSize(path, entry)
            // The scan reads no more than the entry's bytes and decompresses no more than its
            // uncompressed_bytes; each piece of the file is appended to the merged file as it
            // is read.
            let scan = shard.reader.scan(
                table, entry, shard.manifest, strictGzipHeaders: false, observer: copy.append
            ) { content in
                contentHasher.update(content)
                return true
            }
            if let failure = scan.failure {
                throw failure
            }
            if let problem = scan.problem {
                throw ArchiveError(
                    "cannot merge \(path): the file \(problem); regenerate that shard")
            }
            guard scan.fileBytes == entry.bytes, scan.fileSHA256 == entry.sha256,
                scan.contentBytes == entry.uncompressedBytes,
                scan.contentSHA256 == entry.contentSHA256
            else {
                throw ArchiveError(
                    "cannot merge \(path): it does not match its manifest (size or checksum); "
                        + "regenerate that shard")
            }
            rows = try Self.add(rows, entry.rows, "rows of \(table.name)")
            uncompressed = try Self.add(uncompressed, scan.contentBytes, "bytes of \(table.name)")
        }
        return try Self.finish(
            copy.output, template, rows: rows, file: copy.hasher, uncompressed: uncompressed,
            content: contentHasher)
    }

    /// Syncs and closes a merged file and returns `template` with its rows, sizes and
    /// checksums.
    private static func finish(
        _ output: OutputFile, _ template: Manifest.TableEntry, rows: Int, file: SHA256Hasher,
        uncompressed: UInt64, content: SHA256Hasher
    ) throws -> Manifest.TableEntry {
        try output.syncAndClose()
        var entry = template
        entry.rows = rows
        entry.bytes = output.written
        entry.sha256 = file.finalizeHex()
        entry.uncompressedBytes = uncompressed
        entry.contentSHA256 = content.finalizeHex()
        return entry
    }

    /// Joins table `index` of Parquet shards: every shard file is read whole (its checksums,
    /// footer, pages and content digest checked), the bytes of its row groups copied, and one
    /// footer written for all of them at their new offsets. Shards split a table between row
    /// groups, so the result is byte for byte the unsharded archive's file.
    private func mergeParquet(
        _ table: Table, _ index: Int, of shards: [ShardArchive], into path: String,
        shouldStop: () -> Bool
    ) throws -> Manifest.TableEntry {
        let output = try OutputFile(creating: path)
        var fileHasher = SHA256Hasher()
        func emit(_ bytes: UnsafeRawBufferPointer) throws {
            fileHasher.update(bytes)
            try output.append(bytes)
        }
        try ParquetFormat.magic.withUnsafeBytes(emit)
        var contentHasher = SHA256Hasher()
        var rowGroups: [ParquetRowGroupMetaData] = []
        var rows = 0
        var uncompressed: UInt64 = 0
        let codec = ParquetFormat.Codec(shards[0].manifest.compression)
        let piece = ByteBuffer(capacity: 1 << 20)
        for shard in shards {
            if shouldStop() { throw CancellationError() }
            let entry = shard.manifest.tables[index]
            let shardPath = shard.directory + "/" + entry.file
            try Self.checkSize(shardPath, entry)
            let scan = ParquetFileScan(
                path: shardPath, table: table, codec: codec, content: nil)
            if let problem = scan.problem {
                throw ArchiveError(
                    "cannot merge \(shardPath): it is not valid Parquet (\(problem))")
            }
            guard scan.fileBytes == entry.bytes, scan.fileSHA256 == entry.sha256,
                scan.contentBytes == entry.uncompressedBytes,
                scan.contentSHA256 == entry.contentSHA256
            else {
                throw ArchiveError(
                    "cannot merge \(shardPath): it does not match its manifest (size or checksum); "
                        + "regenerate that shard")
            }
            let file = try ParquetInputFile(path: shardPath)
            let (footer, dataEnd) = try ParquetFooter.read(from: file)
            let shift = Int64(output.written) - Int64(ParquetFormat.magic.count)
            rowGroups += footer.rowGroups.map { $0.rebased(by: shift) }
            var offset = ParquetFormat.magic.count
            while offset < dataEnd {
                if shouldStop() { throw CancellationError() }
                piece.removeAll()
                try file.read(at: offset, count: min(1 << 20, dataEnd - offset), into: piece)
                try emit(piece.bytes)
                offset += piece.count
            }
            for digest in scan.rowGroupDigests {
                contentHasher.update(digest)
            }
            rows = try Self.add(rows, entry.rows, "rows of \(table.name)")
            uncompressed = try Self.add(uncompressed, scan.contentBytes, "bytes of \(table.name)")
        }
        try ParquetFileAssembler.footer(columns: table.parquetColumns, rowGroups: rowGroups)
            .withUnsafeBytes(emit)
        return try Self.finish(
            output, shards[0].manifest.tables[index], rows: rows, file: fileHasher,
            uncompressed: uncompressed, content: contentHasher)
    }
}
