/// Encodes rows as newline-delimited JSON objects: `{"id":"…","name":"…"}` and `\n`.
///
/// Decimals are strings with exactly their scale of fraction digits, integers and booleans are
/// JSON numbers and literals, and null is `null`.
struct NDJSONEncoder: RowEncoder {
    let buffer: ByteBuffer
    private(set) var rows = 0
    /// `{"id":`, `,"name":`, …: the bytes before each column's value.
    private let keys: [Text]
    private var column = 0
    private var escapeString = false

    init(table: Table, buffer: ByteBuffer) {
        self.buffer = buffer
        keys = NDJSONEncoder.keys(for: table)
    }

    private static let keysByTable: [Table: [Text]] = {
        var keys: [Table: [Text]] = [:]
        for table in Table.allCases {
            keys[table] = table.columns.enumerated().map { index, column in
                Text((index == 0 ? "{\"" : ",\"") + column.name + "\":")
            }
        }
        return keys
    }()

    static func keys(for table: Table) -> [Text] {
        keysByTable[table] ?? []
    }

    @inline(__always)
    private mutating func key() {
        let text = keys[column]
        buffer.append(text.start, count: text.count)
        column += 1
    }

    @inline(__always)
    mutating func beginRow() {
        column = 0
    }

    @inline(__always)
    mutating func endRow() {
        buffer.appendASCII("}\n")
        rows += 1
    }

    @inline(__always)
    mutating func uuid(_ value: UUIDBits) {
        key()
        buffer.append(UInt8(ascii: "\""))
        buffer.appendUUID(value)
        buffer.append(UInt8(ascii: "\""))
    }

    @inline(__always)
    mutating func integer(_ value: Int) {
        key()
        buffer.appendInteger(value)
    }

    @inline(__always)
    mutating func boolean(_ value: Bool) {
        key()
        if value {
            buffer.appendASCII("true")
        } else {
            buffer.appendASCII("false")
        }
    }

    @inline(__always)
    mutating func decimal(_ units: Int, scale: Int) {
        key()
        buffer.append(UInt8(ascii: "\""))
        buffer.appendDecimal(units, scale: scale)
        buffer.append(UInt8(ascii: "\""))
    }

    @inline(__always)
    mutating func date(_ daysSinceEpoch: Int) {
        key()
        buffer.append(UInt8(ascii: "\""))
        buffer.appendDate(daysSinceEpoch: daysSinceEpoch)
        buffer.append(UInt8(ascii: "\""))
    }

    @inline(__always)
    mutating func timestamp(_ microseconds: Int64) {
        key()
        buffer.append(UInt8(ascii: "\""))
        buffer.appendTimestamp(microseconds: microseconds)
        buffer.append(UInt8(ascii: "\""))
    }

    @inline(__always)
    mutating func null() {
        key()
        buffer.appendASCII("null")
    }

    @inline(__always)
    mutating func beginString() {
        key()
        buffer.append(UInt8(ascii: "\""))
    }

    @inline(__always)
    mutating func piece(_ text: Text) {
        if text.plain {
            buffer.append(text.start, count: text.count)
        } else {
            buffer.appendJSONEscaped(UnsafeRawBufferPointer(start: text.start, count: text.count))
        }
    }

    mutating func piece(bytes: UnsafeRawBufferPointer) {
        buffer.appendJSONEscaped(bytes)
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
        buffer.append(UInt8(ascii: "\""))
    }
}
