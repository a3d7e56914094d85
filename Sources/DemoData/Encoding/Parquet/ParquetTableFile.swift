/// Writes one table of a generation as a Parquet file, row group by row group, on the calling
/// thread: the first milestone of `--format parquet`, used by the tests until the chunk
/// pipeline writes Parquet.
///
/// How this plugs into the pipeline (the design the integration should follow):
/// - **A chunk is a row group.** Its roots are `TableSpec.rootsPerRowGroup`, fixed by the
///   table; the generate stage fills a `ParquetRowGroup`, the compress stage encodes it
///   (pages of different columns can be compressed on different workers), and the writer
///   thread appends it through a `ParquetFileAssembler`. Column chunks are contiguous per
///   column, so a row group cannot be written before all its rows exist: row groups, not
///   pages, are the pipeline's unit.
/// - **The footer through the `TableCodec` seam:** `writeEnd` becomes
///   `writeEnd(of:chunks:into:)` receiving what the writer collected from each chunk — a
///   codec-defined summary returned by `encode` (`ParquetRowGroupMetaData` with offsets
///   counted from the chunk's start) that `TableFileWriter` rebases by the bytes written
///   before the chunk. NDJSON and CSV return and ignore an empty summary.
/// - **Memory:** a row group is about 8 MiB of text, 64 times a text chunk, so a Parquet
///   pipeline runs waves of `threads` row groups rather than 16 chunks: three sets of
///   `threads` slots, each a `ParquetRowGroup` (about as large as its text) and its
///   compressed column chunks — tens of megabytes, flat from huge to huge ×10.
/// - **`content_sha256`** is the SHA-256 of the table's rows as canonical NDJSON (what
///   `stream --format ndjson` writes), computed from the same generated values, so equal data
///   gives equal values across threads, shards, merge and formats; the file's bytes have
///   their own `sha256`.
/// - **Merge** copies each shard's row groups byte for byte after the first file's `PAR1`,
///   rebases their metadata (read back from each shard's footer) by where they land, and
///   writes one footer for all of them with `ParquetFileAssembler.footer`.
package enum ParquetTableFile {
    /// Writes the rows of `table` that `parameters` generate (the shard's slice, if any) to a
    /// new file at `path`, compressed with `parameters.compression` at `parameters.level`.
    /// Returns the rows and row groups written.
    @discardableResult
    package static func write(
        _ table: Table, of parameters: GenerationParameters, to path: String
    ) throws -> (rows: Int, rowGroups: Int) {
        let file = try OutputFile(creating: path)
        let context = DataContext(parameters: parameters)
        let compressor = try ParquetPageCompressor(
            compression: parameters.compression, level: parameters.level)
        let assembler = try ParquetFileAssembler(columns: table.parquetColumns) {
            try file.append($0)
        }
        let rowGroup = ParquetRowGroup(table: table)
        let output = ByteBuffer(capacity: 1 << 20)
        let roots = parameters.roots(of: table)
        var rows = 0
        for lower in stride(
            from: roots.lowerBound, to: roots.upperBound, by: table.spec.rootsPerRowGroup)
        {
            rowGroup.generate(
                roots: lower..<min(lower + table.spec.rootsPerRowGroup, roots.upperBound),
                context: context)
            output.removeAll()
            let metaData = try rowGroup.encode(with: compressor, into: output)
            try assembler.append(output.bytes, metaData: metaData)
            rows += rowGroup.rows
        }
        try assembler.finish()
        try file.syncAndClose()
        return (rows, assembler.rowGroups.count)
    }
}
