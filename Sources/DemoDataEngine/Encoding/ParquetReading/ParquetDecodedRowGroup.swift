import DemoDataCore
import DemoDataVocabulary

/// One row group of a Parquet file read back and checked: its column chunks' pages parsed,
/// decompressed and decoded, their value counts and statistics checked against the footer,
/// and its content digest computed; then its rows can be written through any `RowEncoder`.
///
/// The value is reused for every row group of a file: it holds one row group's page bodies
/// (about the size of its values) and no per-row memory, so a file of any length is read in
/// the memory of its largest row group.
package final class ParquetDecodedRowGroup {
    package let table: Table
    private let layouts: [ParquetColumnLayout]
    private let types: [ColumnType]
    /// Reused for every page (the chunk reading is in `+Chunks`).
    package let decompressor = ParquetPageDecompressor()
    /// Every page body of the row group, uncompressed, in column order and, in a column, in
    /// file order (the dictionary page before the data pages).
    package let bodies = ByteBuffer(capacity: 1 << 20)
    package private(set) var columns: [ParquetDecodedColumn] = []
    /// The rows of the row group decoded last; 0 until one is decoded.
    package private(set) var rows = 0
    /// The row group's content digest: the SHA-256 of `bodies`.
    package private(set) var digest: [UInt8] = []

    package init(table: Table) {
        self.table = table
        layouts = table.parquetColumns
        types = table.columns.map(\.type)
    }

    /// Decodes and checks a row group whose column chunks lie in `bytes`, the file's bytes
    /// from offset `fileOffset`. The footer's schema is checked against the table's first
    /// (`ParquetFooter.schemaProblem(for:)`); here each chunk's name and physical type are
    /// checked again, since the values are decoded as the table's layout says.
    ///
    /// - Parameter number: the row group's number in the file, from 1, for messages.
    package func decode(
        _ metaData: ParquetRowGroupMetaData, number: Int, bytes: UnsafeRawBufferPointer,
        at fileOffset: Int
    ) throws {
        bodies.removeAll()
        columns = []
        rows = 0
        digest = []
        let context = "row group \(number)"
        let stored = Int(metaData.totalCompressedSize)
        let rowCount = Int(metaData.rowCount)
        guard rowCount / ParquetReadLimits.rowsPerByte <= stored else {
            throw ParquetReadError(
                "\(context) says it has \(rowCount) rows in \(stored) bytes; this reader takes "
                    + "at most \(ParquetReadLimits.rowsPerByte) rows a byte")
        }
        let bodyLimit =
            stored >= ParquetReadLimits.rowGroupBodyBytes
            ? ParquetReadLimits.rowGroupBodyBytes
            : min(
                ParquetReadLimits.rowGroupBodyBytes,
                ParquetReadLimits.expansion * stored + ParquetReadLimits.expansionSlack)
        guard metaData.totalByteSize <= bodyLimit else {
            throw ParquetReadError(
                "\(context) says its \(stored) bytes decompress to \(metaData.totalByteSize), "
                    + "more than this reader takes (\(bodyLimit))")
        }
        guard metaData.columns.count == layouts.count else {
            throw ParquetReadError(
                "\(context) has \(metaData.columns.count) column chunks; the table has "
                    + "\(layouts.count) columns")
        }
        var decoded: [ParquetDecodedColumn] = []
        for (index, chunk) in metaData.columns.enumerated() {
            let layout = layouts[index]
            do {
                guard chunk.name == layout.name, chunk.physicalType == layout.physicalType else {
                    throw ParquetReadError(
                        "its chunk is \(ParquetReadError.quoted(chunk.name)), "
                            + ParquetFormat.physicalTypeName(chunk.physicalType.rawValue)
                            + "; the schema's column is \(layout.typeDescription)")
                }
                guard chunk.valueCount == metaData.rowCount else {
                    throw ParquetReadError(
                        "the footer says the chunk has \(chunk.valueCount) values; the row group "
                            + "has \(rowCount) rows")
                }
                let column = try decodeChunk(
                    chunk, layout: layout, rows: rowCount, bytes: bytes, at: fileOffset)
                try checkValues(
                    of: column, type: types[index], rows: rowCount, against: chunk.statistics)
                decoded.append(column)
            } catch let error as ParquetReadError {
                throw error.within("\(context), column \"\(layout.name)\"")
            }
        }
        columns = decoded
        rows = rowCount
        var hasher = SHA256Hasher()
        hasher.update(bodies.bytes)
        digest = hasher.finalize()
    }

    /// Reads every value of a column once: checks each against its page and its type's
    /// range, and the statistics they give against the footer's.
    private func checkValues(
        of column: ParquetDecodedColumn, type: ColumnType, rows: Int,
        against stated: ParquetStatistics
    ) throws {
        var cursor = ParquetValueCursor(column: column, bodies: bodies.bytes)
        var bounds = ParquetValueBounds(physicalType: column.layout.physicalType)
        for row in 0..<rows {
            let value = try cursor.next()
            if case .bytes(let bytes) = value, let problem = Self.rangeProblem(bytes, type) {
                throw ParquetReadError("row \(row + 1) of the row group " + problem)
            }
            bounds.add(value)
        }
        try cursor.finish()
        let found = bounds.statistics
        guard found == stated else {
            throw ParquetReadError(
                "the footer's statistics (\(stated.description(for: type))) are not the "
                    + "values' (\(found.description(for: type)))")
        }
    }
}
