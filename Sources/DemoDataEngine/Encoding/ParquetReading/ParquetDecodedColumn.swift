import DemoDataCore
import DemoDataVocabulary

/// One column chunk of a decoded row group: its layout, its dictionary page if it has one, and
/// its data pages, all in the row group's page bodies.
package struct ParquetDecodedColumn {
    package let layout: ParquetColumnLayout
    package let dictionary: ParquetDictionaryPage?
    package let pages: [ParquetDataPage]

    /// The bytes of one PLAIN value of the column: 4 or 8 for integers, the type length for a
    /// fixed-length byte array; 0 for a BYTE_ARRAY (length-prefixed) or a BOOLEAN (one bit).
    package static func plainWidth(of layout: ParquetColumnLayout) -> Int {
        switch layout.physicalType {
        case .int32: 4
        case .int64: 8
        case .fixedLenByteArray: layout.typeLength
        case .boolean, .byteArray: 0
        }
    }
}
