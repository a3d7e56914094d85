import DemoDataCore
import DemoDataVocabulary

/// The `PageHeader` before each page: a version-1 data page or a dictionary page.
package struct ParquetPageHeader {
    package let type: ParquetFormat.PageType
    package let uncompressedSize: Int
    package let compressedSize: Int
    /// Values in the page, nulls included (entries, for a dictionary page).
    package let valueCount: Int
    /// The encoding of the values (PLAIN or RLE_DICTIONARY; PLAIN for a dictionary page).
    package let encoding: ParquetFormat.Encoding

    /// Appends the header in the compact protocol.
    package func write(to buffer: ByteBuffer) {
        var writer = ThriftCompactWriter(buffer: buffer)
        writer.beginStruct()
        writer.field(1, i32: type.rawValue)
        writer.field(2, i32: Int32(uncompressedSize))
        writer.field(3, i32: Int32(compressedSize))
        switch type {
        case .dataPage:
            writer.beginStruct(field: 5)
            writer.field(1, i32: Int32(valueCount))
            writer.field(2, i32: encoding.rawValue)
            // Definition and repetition levels: the RLE/bit-packed hybrid.
            writer.field(3, i32: ParquetFormat.Encoding.rle.rawValue)
            writer.field(4, i32: ParquetFormat.Encoding.rle.rawValue)
            writer.endStruct()
        case .dictionaryPage:
            writer.beginStruct(field: 7)
            writer.field(1, i32: Int32(valueCount))
            writer.field(2, i32: encoding.rawValue)
            writer.endStruct()
        }
        writer.endStruct()
    }
}
