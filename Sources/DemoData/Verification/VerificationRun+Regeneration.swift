extension VerificationRun {
    /// Regenerates every table from the manifest's parameters and compares it, byte for byte,
    /// with the file's content, reporting the first difference of each file with its line and
    /// column; checks each file's bytes against the manifest, its gzip members' headers, and
    /// the compressed bytes of its first block. Returns whether every check held. Memory stays
    /// at a few chunks whatever the volume.
    func regenerate(_ manifest: Manifest, _ parameters: GenerationParameters) -> Bool {
        let mark = log.count
        let context = DataContext(parameters: parameters)
        for entry in manifest.tables {
            guard let table = Table(name: entry.name) else { continue }
            let file = tableFile(table, manifest)
            guard FileSystem.kind(of: path(file)) == .file else {
                log.add(file, 0, nil, "the file is missing or is not a regular file")
                continue
            }
            let regenerated = RegeneratedTable(table, context: context)
            let scan = scanTable(table, entry, manifest, content: regenerated.compare)
            let findings = byteFindings(scan, file: file, entry: entry)
            log.insert(findings, at: log.mark)
            if scan.problem == nil {
                regenerated.finish()
                if let difference = regenerated.difference {
                    log.add(file, difference.line, difference.column, difference.message)
                } else if manifest.format == .parquet,
                    let expected = try? ParquetCodec.contentSHA256(
                        of: table, roots: parameters.roots(of: table), context: context),
                    expected != scan.contentSHA256
                {
                    log.add(
                        file, 0, nil,
                        "the pages hold the regenerated values but are not the pages these "
                            + "parameters give (re-encoded: another dictionary, bit width or "
                            + "level encoding)")
                } else if entry.rows != regenerated.rows {
                    log.add(
                        file, 0, nil,
                        "the manifest says \(entry.rows) rows; the table has \(regenerated.rows)")
                }
            }
            tables.append(VerifiedTable(name: table.name, file: file, rows: regenerated.rows))
            // The compressed bytes matter once the content is right.
            if scan.problem == nil, regenerated.difference == nil,
                manifest.compression != .none || !manifest.format.compressesFiles
            {
                checkCompression(table, file: file, members: scan.members, manifest, parameters)
            }
        }
        return log.count == mark
    }

    /// The framing that only the manifest's parameters give: one gzip member per shard merged
    /// (else one), one zstd frame per chunk, or a Parquet row group per run of the table's
    /// roots; and a first block that is the first chunk compressed at the manifest's level, or
    /// the first row group with its pages so compressed (checked when the archive was written
    /// with this zlib or libzstd, which alone makes the same bytes).
    private func checkCompression(
        _ table: Table, file: String, members: Int, _ manifest: Manifest,
        _ parameters: GenerationParameters
    ) {
        let compression = manifest.compression
        let unit =
            !manifest.format.compressesFiles
            ? "row groups" : compression == .gzip ? "gzip members" : "zstd frames"
        let expectedMembers = FirstBlock.members(
            table, parameters, mergedShards: manifest.mergedShards)
        guard members == expectedMembers else {
            log.add(
                file, 0, nil,
                "the file has \(members) \(unit); an archive of these parameters has "
                    + "\(expectedMembers)")
            return
        }
        if compression == .none {
            // Uncompressed Parquet pages: the first row group's bytes depend on no library.
            checkFirstBlock(table, file: file, manifest, parameters)
            return
        }
        let (library, recorded, running) =
            compression == .gzip
            ? ("zlib", manifest.generator.zlib, ZlibVersion.text)
            : ("zstd", manifest.generator.zstd, ZstdVersion.text)
        guard recorded == running else {
            if !log.notes.contains(where: { $0.hasPrefix(library) }) {
                log.note(
                    "\(library) \(recorded ?? "unrecorded") wrote this archive and this program "
                        + "has \(library) \(running): the compressed bytes were checked by their "
                        + "framing and content, not recompressed")
            }
            return
        }
        checkFirstBlock(table, file: file, manifest, parameters)
    }

    /// Compares the file's first block with the one the parameters give.
    private func checkFirstBlock(
        _ table: Table, file: String, _ manifest: Manifest, _ parameters: GenerationParameters
    ) {
        var first = parameters
        // A merged Parquet file is the whole table's file; a merged text file starts with
        // shard 0's.
        if let count = manifest.mergedShards, manifest.format.compressesFiles {
            first.shard = Shard(index: 0, count: count)
        }
        do {
            let expected = try FirstBlock.compressed(table, first)
            let actual = try FileSystem.readPrefix(path(file), count: expected.count)
            if actual != expected {
                log.add(
                    file, 0, nil,
                    "the compressed bytes differ from what level \(manifest.level) gives for this "
                        + "content (recompressed, or the manifest's level was changed)")
            }
        } catch {
            log.add(file, 0, nil, "the first block cannot be checked: \(error)")
        }
    }
}

/// The bytes a table file starts with — the file header and the first chunk compressed on its
/// own, as the archive writer makes them, or `PAR1` and the first row group — and how many gzip
/// members, zstd frames or row groups it has.
enum FirstBlock {
    /// One gzip member per file (per shard when merged); one zstd frame per chunk; one
    /// Parquet row group per run of the table's roots (shards split between runs, so a merged
    /// file has the whole file's).
    static func members(_ table: Table, _ parameters: GenerationParameters, mergedShards: Int?)
        -> Int
    {
        if !parameters.format.compressesFiles {
            let roots =
                mergedShards == nil
                ? parameters.roots(of: table).count : parameters.rootCount(of: table)
            let size = table.spec.rootsPerRowGroup
            return (roots + size - 1) / size
        }
        guard parameters.compression == .zstd else { return mergedShards ?? 1 }
        func chunks(_ roots: Range<Int>) -> Int {
            let size = ChunkPipeline.rootsPerChunk(
                table, codec: parameters.format.codec, compression: parameters.compression)
            return max(1, (roots.count + size - 1) / size)
        }
        guard let count = mergedShards else { return chunks(parameters.roots(of: table)) }
        var shard = parameters
        return (0..<count).reduce(0) { total, index in
            shard.shard = Shard(index: index, count: count)
            return total + chunks(shard.roots(of: table))
        }
    }

    static func compressed(_ table: Table, _ parameters: GenerationParameters) throws -> [UInt8] {
        let roots = parameters.roots(of: table)
        let chunk =
            roots
            .lowerBound..<min(
                roots.lowerBound
                    + ChunkPipeline.rootsPerChunk(
                        table, codec: parameters.format.codec, compression: parameters.compression),
                roots.upperBound)
        let raw = ByteBuffer(capacity: 1 << 18)
        let codec = parameters.format.codec
        guard codec.pipelineCompresses else {
            // A Parquet row group compresses its own pages.
            _ = try codec.writeChunk(
                table, roots: chunk, context: DataContext(parameters: parameters), first: true,
                last: false, into: raw)
            return raw.array
        }
        _ = try codec.writeChunk(
            table, roots: chunk, context: DataContext(parameters: parameters), first: true,
            last: chunk.upperBound == roots.upperBound, into: raw)
        let compressed = ByteBuffer(capacity: 1 << 16)
        try parameters.compression.makeChunkCompressor(level: parameters.level)?.compress(
            raw.bytes, dictionary: UnsafeRawBufferPointer(start: nil, count: 0),
            last: chunk.upperBound == roots.upperBound, into: compressed)
        return parameters.compression.fileHeader(level: parameters.level)
            + Array(compressed.bytes)
    }
}
