import DemoDataCore
import DemoDataEngine

/// Writes one table file from blocks of rows, in order: frames them as gzip (or writes them
/// plain), and keeps the checksums, sizes and row count the manifest records. One thread at a
/// time uses it (the pipeline's writer queue).
///
/// For a format that compresses inside its chunks (Parquet), the file has no compression
/// framing: the writer keeps the row groups the chunks describe, moved to where they land,
/// hashes the chunks' content digests, and ends the file with the codec's footer.
package final class TableFileWriter: @unchecked Sendable {
    package let table: Table
    package let fileName: String
    private let file: OutputFile
    private let codec: any TableCodec
    /// The compression of the file as a whole: none when the codec compresses inside chunks.
    private let compression: Compression
    /// The checksums, rows and sizes so far: this file's, or those of several shard files
    /// written one after the other into one file (a merged archive's).
    private let tally: TableFileTally
    private var crc: UInt32 = 0
    /// The content bytes of this writer's gzip member, which its trailer records.
    private var memberBytes: UInt64 = 0
    /// The rows written (by every writer that shares the tally).
    package var rows: Int { tally.rows }
    /// The row groups written, at their offsets in the file.
    package private(set) var rowGroups: [ParquetRowGroupMetaData] = []

    package init(
        table: Table, fileName: String, file: OutputFile, codec: any TableCodec,
        compression: Compression, level: Int, tally: TableFileTally = TableFileTally()
    ) throws {
        self.tally = tally
        self.table = table
        self.fileName = fileName
        self.file = file
        self.codec = codec
        self.compression = codec.pipelineCompresses ? compression : .none
        try emit(self.compression.fileHeader(level: level))
    }

    /// Appends one block: `raw` is its uncompressed bytes, `compressed` its compressed form
    /// when the file is compressed, and `chunk` what encoding it gave.
    package func append(
        raw: UnsafeRawBufferPointer, crc rawCRC: UInt32, compressed: UnsafeRawBufferPointer,
        chunk: EncodedChunk
    ) throws {
        tally.rows += chunk.rows
        if let rowGroup = chunk.rowGroup {
            rowGroups.append(rowGroup.rebased(by: Int64(file.written)))
        }
        guard codec.pipelineCompresses else {
            // The bytes are the file's, not its content: a chunk describes its content (none
            // for `PAR1` alone, the start of a file without rows).
            if let content = chunk.content {
                tally.content.update(content.digest)
                tally.uncompressedBytes += UInt64(content.bytes)
            }
            try emit(raw)
            return
        }
        tally.content.update(raw)
        tally.uncompressedBytes += UInt64(raw.count)
        memberBytes += UInt64(raw.count)
        switch compression {
        case .gzip, .zstd:
            if compression.needsCRC {
                crc = CRC32.combine(crc, rawCRC, secondLength: raw.count)
            }
            try emit(compressed)
        case .none:
            // The file is the content: one hash serves both checksums.
            try file.append(raw)
        }
    }

    /// Ends the file (gzip trailer or the codec's footer), syncs and closes it, and returns
    /// its manifest entry.
    package func finish() throws -> Manifest.TableEntry {
        try emit(compression.fileTrailer(crc: crc, length: memberBytes))
        try emit(codec.footer(of: table, rowGroups: rowGroups))
        try file.syncAndClose()
        let contentDigest = tally.content.finalizeHex()
        // Without compression a text file is its content, and the file hash was not kept.
        let fileIsContent = compression == .none && codec.pipelineCompresses
        return Manifest.TableEntry(
            name: table.name, file: fileName, rows: rows, bytes: file.written,
            sha256: fileIsContent ? contentDigest : tally.file.finalizeHex(),
            uncompressedBytes: tally.uncompressedBytes, contentSHA256: contentDigest,
            columns: table.columns.map(Manifest.ColumnEntry.init(schema:)),
            primaryKey: [Table.primaryKey])
    }

    private func emit(_ bytes: UnsafeRawBufferPointer) throws {
        tally.file.update(bytes)
        try file.append(bytes)
    }

    private func emit(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try emit($0) }
    }
}
