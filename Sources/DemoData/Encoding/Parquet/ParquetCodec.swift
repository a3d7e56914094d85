/// Parquet through the `TableCodec` seam: a chunk is one row group of
/// `TableSpec.rootsPerRowGroup` roots, generated column by column and written as compressed
/// pages in the job that encodes it (so every core compresses); the file starts with `PAR1`
/// and the file writer ends it with the footer of the row groups the chunks described.
///
/// Every file is a whole Parquet file, a shard's too; `merge` joins shards' row groups under
/// one footer.
struct ParquetCodec: TableCodec {
    var hasHeaderLine: Bool { false }

    var pipelineCompresses: Bool { false }

    func rootsPerChunk(_ table: Table) -> Int {
        table.spec.rootsPerRowGroup
    }

    /// One row group per thread: a row group is about 8 MiB of rows, 64 text chunks.
    func chunksPerWave(threads: Int) -> Int {
        threads
    }

    func writeStart(of table: Table, beginsTable: Bool, into buffer: ByteBuffer) {
        buffer.append(contentsOf: ParquetFormat.magic)
    }

    func encode(_ table: Table, roots: Range<Int>, context: DataContext, into buffer: ByteBuffer)
        throws -> EncodedChunk
    {
        let parameters = context.parameters
        let rowGroup = ParquetRowGroup(table: table)
        rowGroup.generate(roots: roots, context: context)
        guard rowGroup.rows > 0 else { return EncodedChunk(rows: 0) }
        let compressor = try ParquetPageCompressor(
            compression: parameters.compression, level: parameters.level)
        let (metaData, content) = try rowGroup.encode(with: compressor, into: buffer)
        return EncodedChunk(
            rows: rowGroup.rows, rowGroup: metaData, content: (content.finalize(), content.bytes))
    }

    func writeEnd(of table: Table, into buffer: ByteBuffer) {}

    func footer(of table: Table, rowGroups: [ParquetRowGroupMetaData]) -> [UInt8] {
        ParquetFileAssembler.footer(columns: table.parquetColumns, rowGroups: rowGroups)
    }
}
