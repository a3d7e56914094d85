import DemoDataCore
import DemoDataVocabulary

/// Encodes rows as RFC 4180 CSV lines ending in `\n`.
///
/// Fields are quoted only when they need it; null is an empty unquoted field and an empty
/// string is `""`, so the two never mix (PostgreSQL `COPY … CSV` reads them as written).
package struct CSVEncoder: RowEncoder {
    package let buffer: ByteBuffer
    package private(set) var rows = 0
    #if DEBUG
        /// Set by the generator's driver in debug builds: every value is checked against the
        /// schema. Release builds have neither the property nor the checks.
        package var conformance: SchemaConformance?
    #endif
    private var first = true
    private var stringStart = 0
    private var stringNeedsCheck = false

    package init(buffer: ByteBuffer) {
        self.buffer = buffer
    }

    /// Writes the header line: the column names of the table.
    package static func writeHeader(for table: Table, into buffer: ByteBuffer) {
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
    package mutating func beginRow() {
        #if DEBUG
            conformance?.beginRow()
        #endif
        first = true
    }

    @inline(__always)
    package mutating func endRow() {
        #if DEBUG
            conformance?.endRow()
        #endif
        buffer.append(UInt8(ascii: "\n"))
        rows += 1
    }

    @inline(__always)
    package mutating func uuid(_ value: UUIDBits) {
        #if DEBUG
            conformance?.check(.uuid)
        #endif
        separator()
        buffer.appendUUID(value)
    }

    @inline(__always)
    package mutating func integer(_ value: Int) {
        #if DEBUG
            conformance?.check(.integer)
        #endif
        separator()
        buffer.appendInteger(value)
    }

    @inline(__always)
    package mutating func boolean(_ value: Bool) {
        #if DEBUG
            conformance?.check(.boolean)
        #endif
        separator()
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
        separator()
        buffer.appendDecimal(units, scale: scale)
    }

    @inline(__always)
    package mutating func date(_ daysSinceEpoch: Int) {
        #if DEBUG
            conformance?.check(.date)
        #endif
        separator()
        buffer.appendDate(daysSinceEpoch: daysSinceEpoch)
    }

    @inline(__always)
    package mutating func timestamp(_ microseconds: Int64) {
        #if DEBUG
            conformance?.check(.timestamp)
        #endif
        separator()
        buffer.appendTimestamp(microseconds: microseconds)
    }

    @inline(__always)
    package mutating func null() {
        #if DEBUG
            conformance?.check(.null)
        #endif
        separator()
    }

    @inline(__always)
    package mutating func beginString() {
        #if DEBUG
            conformance?.check(.string)
        #endif
        separator()
        stringStart = buffer.count
        stringNeedsCheck = false
    }

    @inline(__always)
    package mutating func piece(_ text: StoredText) {
        buffer.append(text.start, count: text.count)
        if !text.plain {
            stringNeedsCheck = true
        }
    }

    package mutating func piece(bytes: UnsafeRawBufferPointer) {
        buffer.append(contentsOf: bytes)
        stringNeedsCheck = true
    }

    @inline(__always)
    package mutating func piece(number: Int, width: Int) {
        buffer.appendDigits(UInt64(number), minimumWidth: width)
    }

    @inline(__always)
    package mutating func piece(ascii: UInt8) {
        assert(
            ascii >= 0x20 && ascii != 0x22 && ascii != 0x2c && ascii != 0x5c,
            "piece(ascii:) takes bytes that need no quoting; pass others to piece(_:)")
        buffer.append(ascii)
    }

    @inline(__always)
    package mutating func endString() {
        #if DEBUG
            conformance?.checkString(length: buffer.count - stringStart)
        #endif
        if stringNeedsCheck || buffer.count == stringStart {
            buffer.quoteCSVField(from: stringStart)
        }
    }
}
