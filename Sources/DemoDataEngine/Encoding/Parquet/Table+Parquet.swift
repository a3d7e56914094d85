import DemoDataCore
import DemoDataVocabulary

extension Table {
    /// How the table's columns are stored in Parquet, in file order.
    package var parquetColumns: [ParquetColumnLayout] {
        columns.map(ParquetColumnLayout.init)
    }
}

extension TableSpec {
    /// Registry chunks per Parquet row group.
    ///
    /// A chunk is about 128 KiB of text, so a row group is about 8 MiB of it: 16,384
    /// customers, invoices or products, or the line items of 4,096 invoices (about 27,000
    /// rows) — the order of the row groups DuckDB writes (122,880 rows), large enough that
    /// each column's page compresses well and the footer stays small at any volume, small
    /// enough that a row group in memory is a few megabytes on every thread.
    package static let chunksPerParquetRowGroup = 64

    /// Roots per Parquet row group: fixed by the table, never by the thread count, so the
    /// row groups and every byte of the file depend on the data alone.
    package var rootsPerRowGroup: Int { rootsPerChunk * Self.chunksPerParquetRowGroup }
}
