import DemoDataCore
import DemoDataVocabulary

/// What the footer says about one column chunk (`ColumnChunk` with its `ColumnMetaData`):
/// where its pages are, how they are encoded and compressed, and its statistics.
package struct ParquetColumnChunkMetaData: Equatable {
    package let physicalType: ParquetFormat.PhysicalType
    package let name: String
    package let encodings: [ParquetFormat.Encoding]
    package let codec: ParquetFormat.Codec
    /// Values, nulls included: the rows of the row group.
    package let valueCount: Int64
    /// Page headers and pages, before and after compression.
    package let totalUncompressedSize: Int64
    package let totalCompressedSize: Int64
    /// The offset of the first data page and of the dictionary page, if any.
    package var dataPageOffset: Int64
    package var dictionaryPageOffset: Int64?
    package let statistics: ParquetStatistics

    /// The same chunk moved `offset` bytes further into the file.
    package func rebased(by offset: Int64) -> ParquetColumnChunkMetaData {
        var moved = self
        moved.dataPageOffset += offset
        moved.dictionaryPageOffset = dictionaryPageOffset.map { $0 + offset }
        return moved
    }

    /// Where the chunk's first page starts.
    package var startOffset: Int64 { dictionaryPageOffset ?? dataPageOffset }

    /// Writes the `ColumnChunk` as a list element.
    package func write(to writer: inout ThriftCompactWriter) {
        writer.beginStruct()
        // file_offset is deprecated: 0 when no ColumnMetaData is written outside the footer.
        writer.field(2, i64: 0)
        writer.beginStruct(field: 3)
        writer.field(1, i32: physicalType.rawValue)
        writer.beginList(field: 2, of: .i32, count: encodings.count)
        for encoding in encodings {
            writer.element(i32: encoding.rawValue)
        }
        writer.beginList(field: 3, of: .binary, count: 1)
        writer.element(string: name)
        writer.field(4, i32: codec.rawValue)
        writer.field(5, i64: valueCount)
        writer.field(6, i64: totalUncompressedSize)
        writer.field(7, i64: totalCompressedSize)
        writer.field(9, i64: dataPageOffset)
        if let dictionaryPageOffset {
            writer.field(11, i64: dictionaryPageOffset)
        }
        statistics.write(field: 12, to: &writer)
        writer.endStruct()
        writer.endStruct()
    }
}
