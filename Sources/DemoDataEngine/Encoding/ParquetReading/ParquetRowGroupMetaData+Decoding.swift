import DemoDataCore
import DemoDataVocabulary

extension ParquetRowGroupMetaData {
    /// Reads a `RowGroup` list element. The sizes and offset the writer derives from the
    /// column chunks (`total_byte_size`, `file_offset`, `total_compressed_size`) must be what
    /// the chunks give, so that writing the row group again gives the same bytes.
    ///
    /// - Parameter number: the row group's number in the file, from 1, for messages.
    package init(decoding reader: inout ThriftCompactReader, number: Int) throws {
        var columns: [ParquetColumnChunkMetaData] = []
        var hasColumns = false
        var numbers: [Int: Int64] = [:]
        try reader.readStruct { reader, field in
            switch field.id {
            case 1:
                hasColumns = true
                try reader.readList(field, of: .structure) { reader in
                    do {
                        columns.append(try ParquetColumnChunkMetaData(decoding: &reader))
                    } catch let error as ParquetReadError {
                        throw error.within("row group \(number), column \(columns.count + 1)")
                    }
                }
            case 2, 3, 5, 6:
                numbers[field.id] = try reader.readI64(field)
            default:
                return false
            }
            return true
        }
        guard hasColumns, numbers[2] != nil, let rowCount = numbers[3] else {
            throw ParquetReadError(
                "row group \(number) has no columns, total_byte_size or num_rows")
        }
        guard rowCount >= 0 else {
            throw ParquetReadError("row group \(number) says it has \(rowCount) rows")
        }
        // The writer's derived sizes add the chunks' up: check the sums cannot overflow first.
        guard Self.sum(columns.map(\.totalUncompressedSize)) != nil,
            Self.sum(columns.map(\.totalCompressedSize)) != nil
        else {
            throw ParquetReadError("row group \(number) has column chunks of impossible sizes")
        }
        self.init(columns: columns, rowCount: rowCount)
        let derived: [(Int, String, Int64)] = [
            (2, "total_byte_size", totalByteSize), (5, "file_offset", fileOffset),
            (6, "total_compressed_size", totalCompressedSize),
        ]
        for (id, name, value) in derived {
            if let stated = numbers[id], stated != value {
                throw ParquetReadError(
                    "row group \(number) says its \(name) is \(stated); its column chunks give "
                        + "\(value)")
            }
        }
    }

    /// The sum of `values`, or nil when it overflows.
    package static func sum(_ values: [Int64]) -> Int64? {
        var total: Int64 = 0
        for value in values {
            let (sum, overflow) = total.addingReportingOverflow(value)
            guard !overflow else { return nil }
            total = sum
        }
        return total
    }
}
