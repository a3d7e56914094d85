import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

extension VerificationRun {
    /// Regenerates every table from the manifest's parameters and compares it with the file.
    ///
    /// With `compressedBytes` (the archive's release and compression library are this
    /// program's), each file is made again exactly as the writer makes it, on the verifier's
    /// threads, and its size and SHA-256 compared with the file's, read at the same time: equal
    /// means every byte is. A file that differs — and every file when the compressed bytes
    /// cannot be compared — is read again and its content compared with the regenerated
    /// content as it streams past, to report the first difference with its line and column.
    /// Then the manifest must be, byte for byte, the one the writer makes for these
    /// parameters. Returns whether every check held. Memory stays at a few chunks whatever the
    /// volume.
    package func regenerate(
        _ manifest: Manifest, _ parameters: GenerationParameters, compressedBytes: Bool
    ) -> Bool {
        let mark = log.count
        let context = DataContext(parameters: parameters)
        var expectedEntries: [Manifest.TableEntry] = []
        for entry in manifest.tables {
            guard let table = Table(name: entry.name) else { continue }
            let file = tableFile(table, manifest)
            guard FileSystem.kind(of: path(file)) == .file else {
                log.add(file, 0, nil, "the file is missing or is not a regular file")
                continue
            }
            var expected: Manifest.TableEntry?
            if compressedBytes {
                let allowance = ReadAllowance()
                let actual = BackgroundFileDigest(
                    path: path(file), limit: entry.bytes, allowance: allowance)
                do {
                    expected = try RegeneratedFile.entry(
                        of: table, parameters, mergedShards: manifest.mergedShards,
                        threads: threads, allowance: allowance)
                } catch {
                    log.add(file, 0, nil, "cannot be regenerated: \(error)")
                }
                if let expected, FileSystem.size(of: path(file)) != expected.bytes {
                    actual.cancel()
                }
                let digest = actual.result()
                bytesRead += actual.bytesRead
                if let expected,
                    digest
                        == BackgroundFileDigest.Digest(
                            size: expected.bytes, sha256: expected.sha256)
                {
                    tables.append(VerifiedTable(name: table.name, file: file, rows: expected.rows))
                    expectedEntries.append(expected)
                    compareEntry(entry, with: expected, file: file)
                    continue
                }
            }
            if let found = compareContent(
                table, entry: entry, file: file, manifest, parameters, context: context)
            {
                if let expected {
                    // The content is the regenerated content; the bytes that hold it are not.
                    log.add(
                        file, 0, nil,
                        "the compressed bytes differ from those these parameters give with "
                            + compressionLibrary(manifest)
                            + " (the file was recompressed, or its manifest's level or library "
                            + "version was changed)")
                    expectedEntries.append(expected)
                } else {
                    expectedEntries.append(found)
                }
            }
        }
        if log.count == mark {
            compareManifest(manifest, parameters, tables: expectedEntries)
        }
        return log.count == mark
    }

    /// Compares a table's manifest entry and `SHA256SUMS` line with what the file, equal to its
    /// regeneration, is: each wrong figure named (the whole manifest is compared after).
    private func compareEntry(
        _ entry: Manifest.TableEntry, with expected: Manifest.TableEntry, file: String
    ) {
        if entry.rows != expected.rows {
            log.add(
                file, 0, nil,
                "the manifest says \(entry.rows) rows; the table has \(expected.rows)")
        }
        if entry.bytes != expected.bytes {
            log.add(
                file, 0, nil,
                "the file has \(expected.bytes) bytes; the manifest says \(entry.bytes)")
        }
        if entry.sha256 != expected.sha256 {
            log.add(file, 0, nil, "the file's SHA-256 differs from the manifest's sha256")
        }
        if entry.uncompressedBytes != expected.uncompressedBytes {
            log.add(
                file, 0, nil,
                "the content has \(expected.uncompressedBytes) bytes uncompressed; the manifest's "
                    + "uncompressed_bytes is \(entry.uncompressedBytes)")
        }
        if entry.contentSHA256 != expected.contentSHA256 {
            log.add(
                file, 0, nil, "the content's SHA-256 differs from the manifest's content_sha256")
        }
        if let listed = listedDigests[file], listed.digest != expected.sha256 {
            log.add(
                Self.sumsName, listed.line, nil, "the checksum of \(file) does not match the file")
        }
    }

    /// The library that compressed the archive, as messages name it: `zlib 1.2.13 at level 6`.
    private func compressionLibrary(_ manifest: Manifest) -> String {
        guard let library = manifest.compression.codec.library else { return "no compression" }
        return "\(library.name) \(library.version) at level \(manifest.level)"
    }

    /// Streams the file's content past the regenerated table, reporting the first difference
    /// and what is wrong with the file's bytes. Returns the table's manifest entry as it must
    /// be when the content equals the regenerated content (its file size and SHA-256 as
    /// recorded, which only the compression library that wrote them can make again), else nil.
    private func compareContent(
        _ table: Table, entry: Manifest.TableEntry, file: String, _ manifest: Manifest,
        _ parameters: GenerationParameters, context: DataContext
    ) -> Manifest.TableEntry? {
        let mark = log.count
        let regenerated = RegeneratedTable(table, context: context)
        let scan = scanTable(table, entry, manifest, content: regenerated.compare)
        log.insert(byteFindings(scan, file: file, entry: entry), at: log.mark)
        tables.append(VerifiedTable(name: table.name, file: file, rows: regenerated.rows))
        guard scan.problem == nil else { return nil }
        regenerated.finish()
        if let difference = regenerated.difference {
            log.add(file, difference.line, difference.column, difference.message)
            return nil
        }
        if manifest.format == .parquet,
            let expected = try? ParquetCodec.contentSHA256(
                of: table, roots: parameters.roots(of: table), context: context),
            expected != scan.contentSHA256
        {
            log.add(
                file, 0, nil,
                "the pages hold the regenerated values but are not the pages these "
                    + "parameters give (re-encoded: another dictionary, bit width or "
                    + "level encoding)")
            return nil
        }
        if entry.rows != regenerated.rows {
            log.add(
                file, 0, nil,
                "the manifest says \(entry.rows) rows; the table has \(regenerated.rows)")
        }
        checkFraming(table, file: file, members: scan.members, manifest, parameters)
        guard log.count == mark, let contentSHA256 = scan.contentSHA256 else { return nil }
        var found = entry
        found.rows = regenerated.rows
        found.uncompressedBytes = scan.contentBytes
        found.contentSHA256 = contentSHA256
        found.columns = table.columns.map(Manifest.ColumnEntry.init(schema:))
        found.primaryKey = [Table.primaryKey]
        return found
    }

    /// The framing that only the manifest's parameters give: one gzip member per shard merged
    /// (else one), one zstd frame per chunk, or a Parquet row group per run of the table's
    /// roots. (Checked where the compressed bytes themselves cannot be compared.)
    private func checkFraming(
        _ table: Table, file: String, members: Int, _ manifest: Manifest,
        _ parameters: GenerationParameters
    ) {
        guard manifest.compression != .none || !manifest.format.compressesFiles else { return }
        let unit =
            !manifest.format.compressesFiles
            ? "row groups"
            : "\(manifest.compression.rawValue) \(manifest.compression.codec.unitName)s"
        let expected = FileFraming.members(table, parameters, mergedShards: manifest.mergedShards)
        if members != expected {
            log.add(
                file, 0, nil,
                "the file has \(members) \(unit); an archive of these parameters has \(expected)")
        }
    }

    /// Compares `manifest.json` with the manifest the writer makes for these parameters and
    /// the regenerated tables — keeping the release and library versions it records, which
    /// the scope of the verification accounts for — byte for byte.
    private func compareManifest(
        _ manifest: Manifest, _ parameters: GenerationParameters,
        tables entries: [Manifest.TableEntry]
    ) {
        var expected = Manifest(parameters: parameters, tables: entries)
        expected.generator = manifest.generator
        expected.mergedShards = manifest.mergedShards
        guard let bytes = try? reader.small(Self.manifestName),
            let difference = LineDifference(expected: expected.serialized(), actual: bytes)
        else { return }
        log.add(
            Self.manifestName, difference.line, nil,
            "differs from the manifest demodata writes for these parameters and tables: "
                + difference.description)
    }
}

/// How many gzip members, zstd frames or Parquet row groups a table file of given parameters
/// has.
package enum FileFraming {
    /// One gzip member per file (per shard when merged); one zstd frame per chunk; one
    /// Parquet row group per run of the table's roots (shards split between runs, so a merged
    /// file has the whole file's).
    package static func members(
        _ table: Table, _ parameters: GenerationParameters, mergedShards: Int?
    )
        -> Int
    {
        if !parameters.format.compressesFiles {
            let roots =
                mergedShards == nil
                ? parameters.roots(of: table).count : parameters.rootCount(of: table)
            let size = table.spec.rootsPerRowGroup
            return (roots + size - 1) / size
        }
        guard parameters.compression.codec.unitPerChunk else { return mergedShards ?? 1 }
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
}
