import DemoDataCore
import DemoDataVocabulary

/// Everything the program knows about one table, in one value: its columns, where its rows go
/// in a shard, its random stream, how many roots make a chunk, how much text a root makes, how
/// many roots a generation has, and its generator. The pipeline, the manifest, the DDL, the
/// verifier and progress reporting all read a table's facts from here (`Table.spec`).
package struct TableSpec: Sendable {
    package let table: Table
    /// What one row is called in messages.
    package let noun: RowNoun
    /// The columns, in file order.
    package let columns: [Column]
    /// The table whose rows carry this table's rows into a shard (itself for a root table).
    package let root: Table
    /// Fixed data that is the same at every volume; shard 0 writes all of it.
    package let isFoundation: Bool
    /// The table's own random stream: fixed for ever, so that adding a table never changes
    /// another table's data.
    package let randomStream: RandomStream
    /// The random fields of the stream's rows (`RandomFieldSet.allocations`).
    package let randomFields: [(name: String, first: UInt64, width: UInt64)]
    /// Roots per chunk: about 128 KiB of text, the block size at which deflate's working set
    /// stays in cache.
    package let rootsPerChunk: Int
    /// About how many bytes of NDJSON one root makes (its own row and its children's), to
    /// weigh progress and estimate sizes.
    package let bytesPerRoot: Int
    /// How many roots a generation has; nil for a child table, which has its root's.
    package let rootCount: RootCount?
    /// The fewest roots a count given for this table may ask for at a volume (a sized root
    /// table's `--count`).
    package var leastCount: @Sendable (Volume) -> Int = { _ in 1 }
    /// How many rows of this table each root has at a volume; nil for a table with one row
    /// per root.
    package let rowsPerRoot: (@Sendable (Volume) -> ClosedRange<Int>)?
    /// The measured mean of rows per root at a volume, in hundredths (the counts are skewed
    /// within `rowsPerRoot`), for estimates.
    package var meanRowsPerRootHundredths: (@Sendable (Volume) -> Int)? = nil
    /// Measured sizes (NDJSON, CSV): uncompressed bytes per row and gzip level 6's share.
    package let ndjsonSize: MeasuredSize
    package let csvSize: MeasuredSize
    /// Encodes the rows of some roots, once for each format so that every row loop is
    /// compiled for its encoder.
    package let encodeNDJSON: @Sendable (DataContext, Range<Int>, inout NDJSONEncoder) -> Void
    package let encodeCSV: @Sendable (DataContext, Range<Int>, inout CSVEncoder) -> Void
    package let encodeParquet:
        @Sendable (DataContext, Range<Int>, inout ParquetRowGroupEncoder) -> Void

    /// The measured size of a table's rows in one format.
    package func size(_ format: OutputFormat) -> MeasuredSize {
        format == .ndjson ? ndjsonSize : csvSize
    }
}

/// Sizes measured on a huge archive (`--as-of 2026-06-30 --threads 1`, gzip level 6).
package struct MeasuredSize: Sendable {
    /// Uncompressed bytes per row, in tenths.
    package let bytesPerRowTenths: Int
    /// Compressed bytes per 10,000 uncompressed bytes at gzip level 6.
    package let gzipPerTenThousand: Int
}
