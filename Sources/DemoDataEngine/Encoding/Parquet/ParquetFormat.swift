import DemoDataCore
import DemoDataVocabulary

/// The numbers of the Apache Parquet format (`parquet.thrift`) that demodata writes.
enum ParquetFormat {
    /// `PAR1`: the first and last four bytes of every Parquet file.
    static let magic: [UInt8] = Array("PAR1".utf8)

    /// The footer's `version`: 1, which the specification asks writers to use.
    static let version: Int32 = 1

    /// `Type`: how values are stored.
    enum PhysicalType: Int32 {
        case boolean = 0
        case int32 = 1
        case int64 = 2
        case byteArray = 6
        case fixedLenByteArray = 7
    }

    /// `ConvertedType`: the legacy annotations older readers look for.
    enum ConvertedType: Int32 {
        case utf8 = 0
        case decimal = 5
        case date = 6
        case timestampMicros = 10
    }

    /// `FieldRepetitionType`.
    enum Repetition: Int32 {
        case required = 0
        case optional = 1
    }

    /// `Encoding`.
    enum Encoding: Int32 {
        case plain = 0
        case rle = 3
        case rleDictionary = 8
    }

    /// `CompressionCodec`.
    enum Codec: Int32 {
        case uncompressed = 0
        case gzip = 2
        case zstd = 6

        /// The codec of pages compressed with an archive's compression.
        init(_ compression: Compression) {
            switch compression {
            case .none: self = .uncompressed
            case .gzip: self = .gzip
            case .zstd: self = .zstd
            }
        }
    }

    /// `PageType`.
    enum PageType: Int32 {
        case dataPage = 0
        case dictionaryPage = 2
    }
}
