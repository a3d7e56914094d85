import DemoDataCore
import DemoDataVocabulary

/// The names `parquet.thrift` gives its numbers, those demodata never writes included, for
/// the reader's messages (`compressed with SNAPPY`, `encoded as DELTA_BINARY_PACKED`).
extension ParquetFormat {
    private static func name(_ value: Int32, in names: [String]) -> String {
        names.indices.contains(Int(value)) && !names[Int(value)].isEmpty
            ? names[Int(value)] : "unknown (\(value))"
    }

    package static func physicalTypeName(_ value: Int32) -> String {
        name(
            value,
            in: [
                "BOOLEAN", "INT32", "INT64", "INT96", "FLOAT", "DOUBLE", "BYTE_ARRAY",
                "FIXED_LEN_BYTE_ARRAY",
            ])
    }

    package static func encodingName(_ value: Int32) -> String {
        name(
            value,
            in: [
                "PLAIN", "", "PLAIN_DICTIONARY", "RLE", "BIT_PACKED", "DELTA_BINARY_PACKED",
                "DELTA_LENGTH_BYTE_ARRAY", "DELTA_BYTE_ARRAY", "RLE_DICTIONARY",
                "BYTE_STREAM_SPLIT",
            ])
    }

    package static func codecName(_ value: Int32) -> String {
        name(
            value,
            in: ["UNCOMPRESSED", "SNAPPY", "GZIP", "LZO", "BROTLI", "LZ4", "ZSTD", "LZ4_RAW"])
    }

    package static func pageTypeName(_ value: Int32) -> String {
        name(value, in: ["DATA_PAGE", "INDEX_PAGE", "DICTIONARY_PAGE", "DATA_PAGE_V2"])
    }

    package static func convertedTypeName(_ value: Int32) -> String {
        name(
            value,
            in: [
                "UTF8", "MAP", "MAP_KEY_VALUE", "LIST", "ENUM", "DECIMAL", "DATE", "TIME_MILLIS",
                "TIME_MICROS", "TIMESTAMP_MILLIS", "TIMESTAMP_MICROS", "UINT_8", "UINT_16",
                "UINT_32", "UINT_64", "INT_8", "INT_16", "INT_32", "INT_64", "JSON", "BSON",
                "INTERVAL",
            ])
    }
}
