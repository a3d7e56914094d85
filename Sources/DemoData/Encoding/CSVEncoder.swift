/// Encodes rows as RFC 4180 CSV lines ending in `\n`.
///
/// Fields are quoted only when they need it; null is an empty unquoted field and an empty
/// string is `""`, so the two never mix (PostgreSQL `COPY … CSV` reads them as written).
struct CSVEncoder: RowEncoder {
    let buffer: ByteBuffer
    private(set) var rows = 0
    private var first = true
    private var stringStart = 0
    private var stringNeedsCheck = false

    init(buffer: ByteBuffer) {
        self.buffer = buffer
    }

    /// Writes the header line: the column names of the table.
    static func writeHeader(for table: Table, into buffer: ByteBuffer) {
        for (index, column) in table.columns.enumerated() {
            if index > 0 {
                buffer.append(UInt8(ascii: ","))
            }
            buffer.append(column.name)
        }
        buffer.append(UInt8(ascii: "\n"))
    }

    @inline(__always)
    private mutating func separator() {
        if first {
            first = false
        } else {
            buffer.append(UInt8(ascii: ","))
        }
    }

    @inline(__always)
    mutating func beginRow() {
        first = true
    }

    @inline(__always)
    mutating func endRow() {
        buffer.append(UInt8(ascii: "\n"))
        rows += 1
    }

    @inline(__always)
    mutating func uuid(_ value: UUIDBits) {
        separator()
        buffer.appendUUID(value)
    }

    @inline(__always)
    mutating func integer(_ value: Int) {
        separator()
        buffer.appendInteger(value)
    }

    @inline(__always)
    mutating func boolean(_ value: Bool) {
        separator()
        if value {
            buffer.appendASCII("true")
        } else {
            buffer.appendASCII("false")
        }
    }

    @inline(__always)
    mutating func decimal(_ units: Int, scale: Int) {
        separator()
        buffer.appendDecimal(units, scale: scale)
    }

    @inline(__always)
    mutating func date(_ daysSinceEpoch: Int) {
        separator()
        buffer.appendDate(daysSinceEpoch: daysSinceEpoch)
    }

    @inline(__always)
    mutating func timestamp(_ microseconds: Int64) {
        separator()
        buffer.appendTimestamp(microseconds: microseconds)
    }

    @inline(__always)
    mutating func null() {
        separator()
    }

    @inline(__always)
    mutating func beginString() {
        separator()
        stringStart = buffer.count
        stringNeedsCheck = false
    }

    @inline(__always)
    mutating func piece(_ text: Text) {
        buffer.append(text.start, count: text.count)
        if !text.plain {
            stringNeedsCheck = true
        }
    }

    mutating func piece(bytes: UnsafeRawBufferPointer) {
        buffer.append(contentsOf: bytes)
        stringNeedsCheck = true
    }

    @inline(__always)
    mutating func piece(number: Int, width: Int) {
        buffer.appendDigits(UInt64(number), minimumWidth: width)
    }

    @inline(__always)
    mutating func piece(ascii: UInt8) {
        buffer.append(ascii)
    }

    @inline(__always)
    mutating func endString() {
        if stringNeedsCheck || buffer.count == stringStart {
            buffer.quoteCSVField(from: stringStart)
        }
    }
}
