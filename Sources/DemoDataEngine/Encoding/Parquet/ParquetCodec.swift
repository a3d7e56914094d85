import DemoDataCore
import DemoDataVocabulary
import Synchronization

/// Parquet through the `TableCodec` seam: a chunk is one row group of
/// `TableSpec.rootsPerRowGroup` roots, generated column by column and written as compressed
/// pages in the job that encodes it (so every core compresses); the file starts with `PAR1`
/// and the file writer ends it with the footer of the row groups the chunks described.
///
/// Every file is a whole Parquet file, a shard's too; `merge` joins shards' row groups under
/// one footer.
package struct ParquetCodec: TableCodec {
    /// Row groups and compressors between jobs: a row group's column buffers grow to the size
    /// of its data, and a compressor's tables to its level's, so jobs reuse them.
    private let workspaces = ParquetWorkspaces()

    package var hasHeaderLine: Bool { false }

    package var pipelineCompresses: Bool { false }

    package func rootsPerChunk(_ table: Table) -> Int {
        table.spec.rootsPerRowGroup
    }

    /// One row group per thread: a row group is about 8 MiB of rows, 64 text chunks.
    package func chunksPerWave(threads: Int) -> Int {
        threads
    }

    package func writeStart(of table: Table, beginsTable: Bool, into buffer: ByteBuffer) {
        buffer.append(contentsOf: ParquetFormat.magic)
    }

    package func encode(
        _ table: Table, roots: Range<Int>, context: DataContext, into buffer: ByteBuffer
    )
        throws -> EncodedChunk
    {
        let parameters = context.parameters
        let (rowGroup, compressor) = try workspaces.take(
            table, compression: parameters.compression, level: parameters.level)
        defer { workspaces.give(rowGroup, compressor) }
        rowGroup.generate(roots: roots, context: context)
        guard rowGroup.rows > 0 else { return EncodedChunk(rows: 0) }
        let (metaData, content) = try rowGroup.encode(with: compressor, into: buffer)
        return EncodedChunk(
            rows: rowGroup.rows, rowGroup: metaData, content: (content.finalize(), content.bytes))
    }

    package func writeEnd(of table: Table, into buffer: ByteBuffer) {}

    package func footer(of table: Table, rowGroups: [ParquetRowGroupMetaData]) -> [UInt8] {
        ParquetFileAssembler.footer(columns: table.parquetColumns, rowGroups: rowGroups)
    }

    /// The `content_sha256` of the Parquet file of `roots` of `table`: its row groups
    /// generated again and their pages encoded (uncompressed: the digest does not depend on
    /// the codec), their digests chained. The verifier compares it with the file's, which
    /// catches pages re-encoded with the same values (another dictionary order, bit width or
    /// level encoding) that the rows alone would not show.
    package static func contentSHA256(of table: Table, roots: Range<Int>, context: DataContext)
        throws
        -> String
    {
        let rowGroup = ParquetRowGroup(table: table)
        let compressor = try ParquetPageCompressor(compression: .none, level: 6)
        let scratch = ByteBuffer(capacity: 1 << 20)
        var chain = SHA256Hasher()
        let size = table.spec.rootsPerRowGroup
        for lower in stride(from: roots.lowerBound, to: roots.upperBound, by: size) {
            rowGroup.generate(roots: lower..<min(lower + size, roots.upperBound), context: context)
            guard rowGroup.rows > 0 else { continue }
            scratch.removeAll()
            let content = try rowGroup.encode(with: compressor, into: scratch).content
            chain.update(content.finalize())
        }
        return chain.finalizeHex()
    }
}

/// The row groups and page compressors that no job is using, for the table being written: a
/// job takes one of each (or makes them) and gives them back. Those of an earlier table are
/// dropped, so memory stays at the current table's working set.
package final class ParquetWorkspaces: @unchecked Sendable {
    private let lock = Mutex<Void>(())
    private var rowGroups: [ParquetRowGroup] = []
    private var compressors: [ParquetPageCompressor] = []

    package func take(_ table: Table, compression: Compression, level: Int) throws
        -> (ParquetRowGroup, ParquetPageCompressor)
    {
        let reused: (ParquetRowGroup?, ParquetPageCompressor?) = lock.withLock { _ in
            rowGroups.removeAll { $0.table != table }
            compressors.removeAll { $0.compression != compression || $0.level != level }
            return (rowGroups.popLast(), compressors.popLast())
        }
        return (
            reused.0 ?? ParquetRowGroup(table: table),
            try reused.1 ?? ParquetPageCompressor(compression: compression, level: level)
        )
    }

    package func give(_ rowGroup: ParquetRowGroup, _ compressor: ParquetPageCompressor) {
        lock.withLock { _ in
            rowGroups.append(rowGroup)
            compressors.append(compressor)
        }
    }
}
