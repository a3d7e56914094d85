import DemoDataCore
import DemoDataVocabulary

/// The numbers of the Apache Parquet format (`parquet.thrift`) that demodata writes.
package enum ParquetFormat {
    /// `PAR1`: the first and last four bytes of every Parquet file.
    package static let magic: [UInt8] = Array("PAR1".utf8)

    /// The footer's `version`: 1, which the specification asks writers to use.
    package static let version: Int32 = 1

    /// `Type`: how values are stored.
    package enum PhysicalType: Int32 {
        case boolean = 0
        case int32 = 1
        case int64 = 2
        case byteArray = 6
        case fixedLenByteArray = 7
    }

    /// `ConvertedType`: the legacy annotations older readers look for.
    package enum ConvertedType: Int32 {
        case utf8 = 0
        case decimal = 5
        case date = 6
        case timestampMicros = 10
    }

    /// `FieldRepetitionType`.
    package enum Repetition: Int32 {
        case required = 0
        case optional = 1
    }

    /// `Encoding`.
    package enum Encoding: Int32 {
        case plain = 0
        case rle = 3
        case rleDictionary = 8
    }

    /// `CompressionCodec`.
    package enum Codec: Int32 {
        case uncompressed = 0
        case gzip = 2
        case zstd = 6

        /// The codec of pages compressed with an archive's compression.
        package init(_ compression: Compression) {
            switch compression {
            case .none: self = .uncompressed
            case .gzip: self = .gzip
            case .zstd: self = .zstd
            }
        }
    }

    /// `PageType`.
    package enum PageType: Int32 {
        case dataPage = 0
        case dictionaryPage = 2
    }
}
