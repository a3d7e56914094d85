import DemoDataCore
import DemoDataVocabulary

/// One row group of a table's Parquet file: its rows are generated into column builders,
/// then encoded as column chunks of compressed pages. The value is reused for every row
/// group of the table, so its memory is that of the largest.
package final class ParquetRowGroup {
    package let table: Table
    package let columns: [ParquetColumnBuilder]
    /// Rows generated into the columns.
    package private(set) var rows = 0
    private let page = ByteBuffer(capacity: 1 << 16)
    private let compressed = ByteBuffer(capacity: 1 << 16)

    package init(table: Table) {
        self.table = table
        columns = table.parquetColumns.map(ParquetColumnBuilder.init(layout:))
    }

    /// Generates the rows of `roots` into the columns, replacing the previous row group's.
    package func generate(roots: Range<Int>, context: DataContext) {
        for column in columns {
            column.reset()
        }
        var encoder = ParquetRowGroupEncoder(columns: columns)
        #if DEBUG
            encoder.conformance = SchemaConformance(table: table)
        #endif
        table.spec.encodeParquet(context, roots, &encoder)
        rows = encoder.rows
    }

    /// Appends the row group's column chunks to `output` and returns its metadata, with
    /// offsets counted from the start of `output` (the file writer moves them to where the
    /// row group lands in the file), and its content (`ParquetContentHasher`).
    package func encode(with compressor: ParquetPageCompressor, into output: ByteBuffer) throws
        -> (metaData: ParquetRowGroupMetaData, content: ParquetContentHasher)
    {
        var content = ParquetContentHasher()
        let chunks = try columns.map {
            try $0.writeChunk(
                rows: rows, compressor: compressor, page: page, compressed: compressed,
                into: output, content: &content)
        }
        return (ParquetRowGroupMetaData(columns: chunks, rowCount: Int64(rows)), content)
    }
}
