import DemoDataCore
import DemoDataVocabulary

/// Reads a decoded column's values in row order, page after page: a definition level per row
/// for a nullable column, then a PLAIN value or a dictionary entry for each non-null one.
///
/// Every value is checked against the bytes that hold it as it is read, so the first pass
/// over a column (the statistics) finds any malformed page, and the second (the rows) reads
/// the same values. The cursor points into the row group's page bodies; use it only while
/// they are unchanged.
package struct ParquetValueCursor {
    private let bodies: UnsafeRawBufferPointer
    private let physicalType: ParquetFormat.PhysicalType
    private let width: Int
    private let nullable: Bool
    private let pages: [ParquetDataPage]
    private let dictionary: ParquetDictionaryPage?
    /// The current page's index; -1 before the first.
    private var page = -1
    /// Values left in the current page, and values read from it.
    private var left = 0
    private var read = 0
    private var levels = RunLengthBitPackedDecoder()
    private var indices = RunLengthBitPackedDecoder()
    private var dictionaryEncoded = false
    /// The next PLAIN value's offset in the bodies (its bit, for booleans), and the end.
    private var position = 0
    private var end = 0

    package init(column: ParquetDecodedColumn, bodies: UnsafeRawBufferPointer) {
        self.bodies = bodies
        physicalType = column.layout.physicalType
        width = ParquetDecodedColumn.plainWidth(of: column.layout)
        nullable = column.layout.nullable
        pages = column.pages
        dictionary = column.dictionary
    }

    /// The next row's value.
    @inline(__always)
    package mutating func next() throws -> ParquetValue {
        while left == 0 {
            try startPage()
        }
        left -= 1
        read += 1
        if nullable {
            guard let level = levels.next() else {
                throw failure("its definition levels end before its last value")
            }
            guard level <= 1 else {
                throw failure("a definition level is \(level); the column's maximum is 1")
            }
            if level == 0 {
                return .null
            }
        }
        if dictionaryEncoded {
            guard let index = indices.next() else {
                throw failure("its dictionary indices end before its last value")
            }
            guard let dictionary, Int(index) < dictionary.count else {
                throw failure(
                    "a dictionary index is \(index); the dictionary has "
                        + "\(dictionary?.count ?? 0) entries")
            }
            return .bytes(dictionary.entry(Int(index), in: bodies))
        }
        return try plainValue()
    }

    @inline(__always)
    private mutating func plainValue() throws -> ParquetValue {
        switch physicalType {
        case .boolean:
            guard position < end else { throw failure("its values end before its last value") }
            let bit = bodies[position >> 3] >> UInt8(position & 7) & 1
            position += 1
            return .boolean(bit == 1)
        case .byteArray:
            guard end - position >= 4 else {
                throw failure("its values end before its last value")
            }
            let length = Int(
                UInt32(
                    littleEndian: bodies.loadUnaligned(fromByteOffset: position, as: UInt32.self)))
            guard length <= end - position - 4 else {
                throw failure("a value of \(length) bytes runs past the end of the page")
            }
            let start = position + 4
            position = start + length
            return .bytes(UnsafeRawBufferPointer(rebasing: bodies[start..<position]))
        case .int32, .int64, .fixedLenByteArray:
            guard end - position >= width else {
                throw failure("its values end before its last value")
            }
            let start = position
            position += width
            return .bytes(UnsafeRawBufferPointer(rebasing: bodies[start..<position]))
        }
    }

    /// Checks that the current page's PLAIN values were all read, and starts the next page.
    private mutating func startPage() throws {
        try finishPage()
        guard page + 1 < pages.count else {
            throw ParquetReadError("the data pages end before the row group's last row")
        }
        page += 1
        let current = pages[page]
        left = current.valueCount
        read = 0
        levels = RunLengthBitPackedDecoder(
            bytes: UnsafeRawBufferPointer(rebasing: bodies[current.levels]), bitWidth: 1)
        dictionaryEncoded = current.dictionaryEncoded
        if dictionaryEncoded {
            indices = RunLengthBitPackedDecoder(
                bytes: UnsafeRawBufferPointer(rebasing: bodies[current.values]),
                bitWidth: current.bitWidth)
        } else if physicalType == .boolean {
            position = current.values.lowerBound * 8
            end = current.values.upperBound * 8
        } else {
            position = current.values.lowerBound
            end = current.values.upperBound
        }
    }

    /// Throws unless the current page's PLAIN values fill its values exactly (booleans: to
    /// the last byte they need).
    private func finishPage() throws {
        guard page >= 0, !pages[page].dictionaryEncoded else { return }
        let values = pages[page].values
        let used =
            physicalType == .boolean
            ? (position - values.lowerBound * 8 + 7) / 8 : position - values.lowerBound
        guard used == values.count else {
            throw ParquetReadError(
                "data page \(page + 1) holds \(values.count) bytes of values; the \(read) values "
                    + "read from it (nulls included) take \(used)")
        }
    }

    /// Throws unless every value of every page was read, and the last page's fill it.
    package mutating func finish() throws {
        while left == 0 && page + 1 < pages.count {
            try startPage()
        }
        guard left == 0 else {
            throw ParquetReadError("the data pages hold more values than the row group has rows")
        }
        try finishPage()
    }

    private func failure(_ message: String) -> ParquetReadError {
        ParquetReadError("data page \(page + 1), value \(read): " + message)
    }
}
