/// Writes one table of a generation as a Parquet file, row group by row group, on the calling
/// thread: the first milestone of `--format parquet`, used by the tests until the chunk
/// pipeline writes Parquet.
///
/// How this plugs into the pipeline (the design the integration should follow):
/// - **A chunk is a row group** of `TableSpec.rootsPerRowGroup` roots, fixed by the table.
///   Column chunks are contiguous per column, so no byte of a row group can be written before
///   all its rows exist: row groups, not pages, are the pipeline's unit. One job generates a
///   row group into a worker's `ParquetRowGroup` and encodes it (pages compressed in the
///   job, so every core compresses); the slot keeps only the encoded bytes. File-level
///   compression is none: a Parquet file is its own framing.
/// - **The footer through the `TableCodec` seam:** `encode` returns the chunk's rows and its
///   `ParquetRowGroupMetaData` (offsets from the chunk's start; nil for NDJSON and CSV);
///   `TableFileWriter.append` rebases it by the bytes written before the chunk and keeps it;
///   and `writeEnd(of:rowGroups:into:)` is called once by the pipeline after the last chunk
///   is written (on the writer queue, so it sees every row group) instead of inside the last
///   chunk's job. NDJSON and CSV ends stay empty.
/// - **Memory:** the wave size becomes the codec's: 16 text chunks of 128 KiB, but `threads`
///   row groups of about 8 MiB of text each. A worker reuses one `ParquetRowGroup` (column
///   buffers about the size of the text), and 3 × `threads` slots hold encoded row groups,
///   so memory is tens of megabytes and flat from huge to huge ×10.
/// - **Shards** split a table at multiples of `rootsPerRowGroup`, so a shard's row groups are
///   exactly the whole table's.
/// - **`content_sha256`** is the SHA-256 of the sequence of each row group's digest, the
///   SHA-256 of its pages' uncompressed bodies in column order. It depends only on the
///   values (not on threads, the codec, its level or the libzstd or zlib build), each digest
///   is computed by the job that encodes the row group, and with row-group-aligned shards
///   the digests of the shards, concatenated, are those of the whole table, as NDJSON's
///   content concatenates.
/// - **Merge** copies each shard's bytes between its leading `PAR1` and its footer, reads
///   the shard's footer, rebases its row groups by where they land, and writes one footer
///   with `ParquetFileAssembler.footer`: the merged file is byte for byte the unsharded one.
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
            let metaData = try rowGroup.encode(with: compressor, into: output).metaData
            try assembler.append(output.bytes, metaData: metaData)
            rows += rowGroup.rows
        }
        try assembler.finish()
        try file.syncAndClose()
        return (rows, assembler.rowGroups.count)
    }
}
