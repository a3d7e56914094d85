import DemoDataCore
import DemoDataVocabulary

/// What the footer says about one row group: its rows, sizes and column chunks.
package struct ParquetRowGroupMetaData: Equatable {
    package var columns: [ParquetColumnChunkMetaData]
    package let rowCount: Int64

    /// The uncompressed size of the column chunks (`total_byte_size`).
    package var totalByteSize: Int64 { columns.reduce(0) { $0 + $1.totalUncompressedSize } }
    package var totalCompressedSize: Int64 { columns.reduce(0) { $0 + $1.totalCompressedSize } }
    /// Where the row group's first page starts.
    package var fileOffset: Int64 { columns.first?.startOffset ?? 0 }

    /// The same row group moved `offset` bytes further into the file.
    package func rebased(by offset: Int64) -> ParquetRowGroupMetaData {
        var moved = self
        moved.columns = columns.map { $0.rebased(by: offset) }
        return moved
    }

    /// Writes the `RowGroup` as a list element.
    package func write(to writer: inout ThriftCompactWriter) {
        writer.beginStruct()
        writer.beginList(field: 1, of: .structure, count: columns.count)
        for column in columns {
            column.write(to: &writer)
        }
        writer.field(2, i64: totalByteSize)
        writer.field(3, i64: rowCount)
        writer.field(5, i64: fileOffset)
        writer.field(6, i64: totalCompressedSize)
        writer.endStruct()
    }
}
