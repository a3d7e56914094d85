import DemoDataCore
import DemoDataVocabulary

extension ParquetColumnChunkMetaData {
    /// The largest offset or size a footer may give: 256 TiB. Larger numbers cannot describe
    /// a real file, and refusing them keeps every sum of them far from overflowing.
    package static let largestOffset: Int64 = 1 << 48

    /// Reads a `ColumnChunk` list element with its `ColumnMetaData`, keeping what the writer
    /// writes. Encodings the writer never lists are left out of `encodings` (the pages' own
    /// headers say how each page is encoded).
    ///
    /// Refused: a chunk in another file (`file_path`), an encrypted chunk, a physical type or
    /// codec the writer never writes, a nested column, and a chunk without statistics.
    package init(decoding reader: inout ThriftCompactReader) throws {
        var metaData: ParquetColumnChunkMetaData?
        try reader.readStruct { reader, field in
            switch field.id {
            case 1:
                throw ParquetReadError(
                    "its pages are in another file (file_path), which this reader does not read")
            case 3:
                metaData = try Self.decodeMetaData(field, from: &reader)
            case 8, 9:
                throw ParquetReadError(
                    "it is encrypted, which this reader does not read")
            default:
                return false
            }
            return true
        }
        guard let metaData else {
            throw ParquetReadError("it has no metadata (ColumnMetaData)")
        }
        self = metaData
    }

    private static func decodeMetaData(
        _ field: ThriftCompactReader.Field, from reader: inout ThriftCompactReader
    ) throws -> ParquetColumnChunkMetaData {
        var type: ParquetFormat.PhysicalType?
        var encodings: [ParquetFormat.Encoding]?
        var path: [String]?
        var codec: ParquetFormat.Codec?
        var numbers: [Int: Int64] = [:]
        var statistics: ParquetStatistics?
        try reader.readStruct(field) { reader, field in
            switch field.id {
            case 1:
                let value = try reader.readI32(field)
                guard let known = ParquetFormat.PhysicalType(rawValue: value) else {
                    throw ParquetReadError(
                        "it has the physical type \(ParquetFormat.physicalTypeName(value)), "
                            + "which this reader does not read")
                }
                type = known
            case 2:
                var list: [ParquetFormat.Encoding] = []
                try reader.readList(field, of: .i32) { reader in
                    if let encoding = ParquetFormat.Encoding(rawValue: try reader.readI32Element())
                    {
                        list.append(encoding)
                    }
                }
                encodings = list
            case 3:
                var names: [String] = []
                try reader.readList(field, of: .binary) { reader in
                    names.append(try reader.readStringElement())
                }
                path = names
            case 4:
                let value = try reader.readI32(field)
                guard let known = ParquetFormat.Codec(rawValue: value) else {
                    throw ParquetReadError(
                        "it is compressed with \(ParquetFormat.codecName(value)); this reader "
                            + "reads ZSTD, GZIP and UNCOMPRESSED pages")
                }
                codec = known
            case 5, 6, 7, 9, 11:
                let value = try reader.readI64(field)
                guard (0...largestOffset).contains(value) else {
                    throw ParquetReadError(
                        "its \(numberNames[field.id] ?? "") is \(value), which no file has")
                }
                numbers[field.id] = value
            case 12:
                statistics = try ParquetStatistics(decoding: field, from: &reader)
            default:
                return false
            }
            return true
        }
        guard let type, let encodings, let path, let codec, let valueCount = numbers[5],
            let uncompressed = numbers[6], let compressed = numbers[7],
            let dataPageOffset = numbers[9]
        else {
            throw ParquetReadError(
                "its metadata lacks the type, encodings, path, codec, value count, sizes or "
                    + "data page offset")
        }
        guard path.count == 1, let name = path.first else {
            throw ParquetReadError(
                "it is the nested column \(ParquetReadError.quoted(path.joined(separator: "."))), which this reader "
                    + "does not read")
        }
        guard let statistics else {
            throw ParquetReadError(
                "column \(ParquetReadError.quoted(name)) has no statistics; demodata writes them for every chunk"
            )
        }
        return ParquetColumnChunkMetaData(
            physicalType: type, name: name, encodings: encodings, codec: codec,
            valueCount: valueCount, totalUncompressedSize: uncompressed,
            totalCompressedSize: compressed, dataPageOffset: dataPageOffset,
            dictionaryPageOffset: numbers[11], statistics: statistics)
    }

    private static let numberNames = [
        5: "num_values", 6: "total_uncompressed_size", 7: "total_compressed_size",
        9: "data_page_offset", 11: "dictionary_page_offset",
    ]
}
