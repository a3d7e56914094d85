import DemoDataCore
import DemoDataVocabulary

/// Writes Thrift structures in the compact protocol, the encoding of Parquet's page headers and
/// footer: a field is a header byte holding the field-id delta and the type (or the type and a
/// zigzag varint id when the delta is not 1…15), integers are zigzag varints, binary is a
/// varint length and the bytes, a bool field carries its value in its type, and a struct ends
/// with a stop byte.
///
/// Only what Parquet's metadata needs: no maps, sets, doubles or messages.
package struct ThriftCompactWriter {
    package let buffer: ByteBuffer
    /// The id of the last field written in the current struct.
    private var lastFieldID = 0
    /// The last field ids of the structs that enclose the current one.
    private var enclosing: [Int] = []

    package init(buffer: ByteBuffer) {
        self.buffer = buffer
    }

    /// ZigZag: small negative and positive numbers both become small unsigned ones.
    package static func zigzag(_ value: Int64) -> UInt64 {
        UInt64(bitPattern: (value << 1) ^ (value >> 63))
    }

    private mutating func fieldHeader(_ id: Int, _ type: ThriftCompactType) {
        let delta = id - lastFieldID
        if delta > 0 && delta <= 15 {
            buffer.append(UInt8(delta << 4) | type.rawValue)
        } else {
            buffer.append(type.rawValue)
            buffer.appendVarint(Self.zigzag(Int64(id)))
        }
        lastFieldID = id
    }

    /// Starts a struct that is not a field: the message's top-level struct or a list element.
    package mutating func beginStruct() {
        enclosing.append(lastFieldID)
        lastFieldID = 0
    }

    /// Starts a struct-valued field.
    package mutating func beginStruct(field id: Int) {
        fieldHeader(id, .structure)
        beginStruct()
    }

    /// Ends the current struct with the stop byte.
    package mutating func endStruct() {
        buffer.append(0)
        lastFieldID = enclosing.popLast() ?? 0
    }

    /// A union or struct field with no fields of its own (Parquet's `StringType`, `UUIDType`).
    package mutating func emptyStruct(field id: Int) {
        beginStruct(field: id)
        endStruct()
    }

    package mutating func field(_ id: Int, bool value: Bool) {
        fieldHeader(id, value ? .boolTrue : .boolFalse)
    }

    package mutating func field(_ id: Int, i8 value: Int8) {
        fieldHeader(id, .byte)
        buffer.append(UInt8(bitPattern: value))
    }

    package mutating func field(_ id: Int, i32 value: Int32) {
        fieldHeader(id, .i32)
        buffer.appendVarint(Self.zigzag(Int64(value)))
    }

    package mutating func field(_ id: Int, i64 value: Int64) {
        fieldHeader(id, .i64)
        buffer.appendVarint(Self.zigzag(value))
    }

    package mutating func field(_ id: Int, binary value: [UInt8]) {
        fieldHeader(id, .binary)
        element(binary: value)
    }

    package mutating func field(_ id: Int, string value: String) {
        field(id, binary: Array(value.utf8))
    }

    /// Starts a list field of `count` elements of `type`; the elements follow.
    package mutating func beginList(field id: Int, of type: ThriftCompactType, count: Int) {
        fieldHeader(id, .list)
        if count < 15 {
            buffer.append(UInt8(count << 4) | type.rawValue)
        } else {
            buffer.append(0xF0 | type.rawValue)
            buffer.appendVarint(UInt64(count))
        }
    }

    /// A list element of type i32.
    package mutating func element(i32 value: Int32) {
        buffer.appendVarint(Self.zigzag(Int64(value)))
    }

    /// A list element of type binary (or the value of a binary field).
    package mutating func element(binary value: [UInt8]) {
        buffer.appendVarint(UInt64(value.count))
        buffer.append(contentsOf: value)
    }

    /// A list element of type string.
    package mutating func element(string value: String) {
        element(binary: Array(value.utf8))
    }
}
