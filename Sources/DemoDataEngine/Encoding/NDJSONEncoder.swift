import DemoDataCore
import DemoDataVocabulary

/// Encodes rows as newline-delimited JSON objects: `{"id":"…","name":"…"}` and `\n`.
///
/// Decimals are strings with exactly their scale of fraction digits, integers and booleans are
/// JSON numbers and literals, and null is `null`.
package struct NDJSONEncoder: RowEncoder {
    package let buffer: ByteBuffer
    package private(set) var rows = 0
    #if DEBUG
        /// Set by the generator's driver in debug builds: every value is checked against the
        /// schema. Release builds have neither the property nor the checks.
        package var conformance: SchemaConformance?
    #endif
    /// `{"id":`, `,"name":`, …: the bytes before each column's value.
    private let keys: [StoredText]
    private var column = 0
    private var escapeString = false
    #if DEBUG
        /// Where the text of the string being written starts, for its length check.
        private var stringStart = 0
    #endif

    package init(table: Table, buffer: ByteBuffer) {
        self.buffer = buffer
        keys = NDJSONEncoder.keys(for: table)
    }

    private static let keysByTable: [Table: [StoredText]] = {
        var keys: [Table: [StoredText]] = [:]
        for table in Table.allCases {
            keys[table] = table.columns.enumerated().map { index, column in
                StoredText((index == 0 ? "{\"" : ",\"") + column.name + "\":")
            }
        }
        return keys
    }()

    package static func keys(for table: Table) -> [StoredText] {
        keysByTable[table] ?? []
    }

    @inline(__always)
    private mutating func key() {
        let text = keys[column]
        buffer.append(text.start, count: text.count)
        column += 1
    }

    @inline(__always)
    package mutating func beginRow() {
        #if DEBUG
            conformance?.beginRow()
        #endif
        column = 0
    }

    @inline(__always)
    package mutating func endRow() {
        #if DEBUG
            conformance?.endRow()
        #endif
        buffer.appendASCII("}\n")
        rows += 1
    }

    @inline(__always)
    package mutating func uuid(_ value: UUIDBits) {
        #if DEBUG
            conformance?.check(.uuid)
        #endif
        key()
        buffer.append(UInt8(ascii: "\""))
        buffer.appendUUID(value)
        buffer.append(UInt8(ascii: "\""))
    }

    @inline(__always)
    package mutating func integer(_ value: Int) {
        #if DEBUG
            conformance?.check(.integer)
        #endif
        key()
        buffer.appendInteger(value)
    }

    @inline(__always)
    package mutating func boolean(_ value: Bool) {
        #if DEBUG
            conformance?.check(.boolean)
        #endif
        key()
        if value {
            buffer.appendASCII("true")
        } else {
            buffer.appendASCII("false")
        }
    }

    @inline(__always)
    package mutating func decimal(_ units: Int, scale: Int) {
        #if DEBUG
            conformance?.check(.decimal(scale: scale))
        #endif
        key()
        buffer.append(UInt8(ascii: "\""))
        buffer.appendDecimal(units, scale: scale)
        buffer.append(UInt8(ascii: "\""))
    }

    @inline(__always)
    package mutating func date(_ daysSinceEpoch: Int) {
        #if DEBUG
            conformance?.check(.date)
        #endif
        key()
        buffer.append(UInt8(ascii: "\""))
        buffer.appendDate(daysSinceEpoch: daysSinceEpoch)
        buffer.append(UInt8(ascii: "\""))
    }

    @inline(__always)
    package mutating func timestamp(_ microseconds: Int64) {
        #if DEBUG
            conformance?.check(.timestamp)
        #endif
        key()
        buffer.append(UInt8(ascii: "\""))
        buffer.appendTimestamp(microseconds: microseconds)
        buffer.append(UInt8(ascii: "\""))
    }

    @inline(__always)
    package mutating func null() {
        #if DEBUG
            conformance?.check(.null)
        #endif
        key()
        buffer.appendASCII("null")
    }

    @inline(__always)
    package mutating func beginString() {
        #if DEBUG
            conformance?.check(.string)
        #endif
        key()
        buffer.append(UInt8(ascii: "\""))
        #if DEBUG
            stringStart = buffer.count
        #endif
    }

    @inline(__always)
    package mutating func piece(_ text: StoredText) {
        if text.plain {
            buffer.append(text.start, count: text.count)
        } else {
            buffer.appendJSONEscaped(UnsafeRawBufferPointer(start: text.start, count: text.count))
        }
    }

    package mutating func piece(bytes: UnsafeRawBufferPointer) {
        buffer.appendJSONEscaped(bytes)
    }

    @inline(__always)
    package mutating func piece(number: Int, width: Int) {
        buffer.appendDigits(UInt64(number), minimumWidth: width)
    }

    @inline(__always)
    package mutating func piece(ascii: UInt8) {
        buffer.append(ascii)
    }

    @inline(__always)
    package mutating func endString() {
        #if DEBUG
            conformance?.checkString(length: buffer.count - stringStart)
        #endif
        buffer.append(UInt8(ascii: "\""))
    }
}
