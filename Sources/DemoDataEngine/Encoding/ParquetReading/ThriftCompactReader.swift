import DemoDataCore
import DemoDataVocabulary

/// Reads Thrift structures in the compact protocol, the encoding of Parquet's footer and page
/// headers, from bytes in memory: the decoding side of `ThriftCompactWriter`.
///
/// Every length and count is checked against the bytes left before anything is read or
/// allocated, nesting is bounded, and any field a caller does not ask for is skipped whatever
/// its type (doubles, sets, maps and UUIDs included), so hostile bytes give a
/// `ThriftCompactError`, never a trap, a hang or a large allocation.
///
/// The reader points into `bytes`; use it only while they are valid.
package struct ThriftCompactReader {
    /// A field's header: its id and type. A bool field's value is its type.
    package struct Field {
        package let id: Int
        package let type: ThriftCompactType
    }

    /// Structs, lists, sets and maps nested deeper than this are refused: Parquet's metadata
    /// nests a few levels, and a bound keeps skipping hostile bytes off a deep recursion.
    package static let maximumDepth = 32

    private let bytes: UnsafeRawBufferPointer
    /// The next byte to read.
    package private(set) var offset: Int
    /// The id of the last field read in the current struct.
    private var lastFieldID = 0
    /// The last field ids of the structs that enclose the current one.
    private var enclosing: [Int] = []
    /// Structs and collections open around the current position.
    private var depth = 0

    package init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
        offset = 0
    }

    /// Runs `body` with a reader over `bytes`.
    package static func decode<Result>(
        _ bytes: [UInt8], _ body: (inout ThriftCompactReader) throws -> Result
    ) throws -> Result {
        try bytes.withUnsafeBytes { buffer in
            var reader = ThriftCompactReader(bytes: buffer)
            return try body(&reader)
        }
    }

    /// The bytes not read yet.
    package var remaining: Int { bytes.count - offset }

    private func failure(_ message: String) -> ThriftCompactError {
        ThriftCompactError(message, at: offset)
    }

    // MARK: Primitive values

    private mutating func readByte() throws -> UInt8 {
        guard offset < bytes.count else { throw failure("the data ends in the middle of a value") }
        let byte = bytes[offset]
        offset += 1
        return byte
    }

    /// An unsigned LEB128 varint of at most 64 bits.
    package mutating func readVarint() throws -> UInt64 {
        let start = offset
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count else {
                throw ThriftCompactError("the data ends in the middle of a varint", at: start)
            }
            let byte = bytes[offset]
            offset += 1
            if shift == 63 && byte > 1 {
                throw ThriftCompactError("a varint does not fit in 64 bits", at: start)
            }
            value |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 {
                return value
            }
            shift += 7
        }
    }

    private static func unzigzag(_ value: UInt64) -> Int64 {
        Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1)
    }

    private mutating func readZigzag<Value: FixedWidthInteger & SignedInteger>(
        _ type: Value.Type
    ) throws -> Value {
        let start = offset
        let wide = Self.unzigzag(try readVarint())
        guard let value = Value(exactly: wide) else {
            throw ThriftCompactError(
                "\(wide) does not fit in \(Value.bitWidth) bits", at: start)
        }
        return value
    }

    /// A binary's length or a list's count, checked against the bytes left: `what` names one
    /// unit (`byte`, `element`) and `size` is the fewest bytes it takes.
    private mutating func readLength(of what: String, size: Int) throws -> Int {
        let start = offset
        let length = try readVarint()
        guard length <= UInt64(remaining / size) else {
            throw ThriftCompactError(
                "a length of \(length) \(what)s cannot fit in the \(remaining) bytes left",
                at: start)
        }
        return Int(length)
    }

    // MARK: Structs

    /// Reads a struct: calls `body` with each field's header, in order, until the struct
    /// ends. `body` reads the value of a field it knows and returns true; the value of a field
    /// it returns false for is skipped.
    package mutating func readStruct(
        _ body: (inout ThriftCompactReader, Field) throws -> Bool
    ) throws {
        try enter()
        enclosing.append(lastFieldID)
        lastFieldID = 0
        while let field = try readFieldHeader() {
            if try !body(&self, field) {
                try skip(field.type, inCollection: false)
            }
        }
        lastFieldID = enclosing.popLast() ?? 0
        depth -= 1
    }

    /// Reads a struct-valued field.
    package mutating func readStruct(
        _ field: Field, _ body: (inout ThriftCompactReader, Field) throws -> Bool
    ) throws {
        try expect(field, .structure)
        try readStruct(body)
    }

    /// The next field's header, or nil at the struct's stop byte.
    private mutating func readFieldHeader() throws -> Field? {
        let start = offset
        let byte = try readByte()
        if byte == 0 {
            return nil
        }
        guard let type = ThriftCompactType(rawValue: byte & 0x0F) else {
            throw ThriftCompactError("unknown field type \(byte & 0x0F)", at: start)
        }
        let delta = Int(byte >> 4)
        let id = delta == 0 ? Int(try readZigzag(Int16.self)) : lastFieldID + delta
        lastFieldID = id
        return Field(id: id, type: type)
    }

    private mutating func enter() throws {
        guard depth < Self.maximumDepth else {
            throw failure("structures are nested more than \(Self.maximumDepth) deep")
        }
        depth += 1
    }

    private func expect(_ field: Field, _ type: ThriftCompactType) throws {
        let matches =
            field.type == type
            || (type == .boolTrue && field.type == .boolFalse)
        guard matches else {
            throw failure(
                "field \(field.id) is a \(field.type.name) where a \(type.name) was expected")
        }
    }

    // MARK: Field values

    package mutating func readBool(_ field: Field) throws -> Bool {
        try expect(field, .boolTrue)
        return field.type == .boolTrue
    }

    package mutating func readI16(_ field: Field) throws -> Int16 {
        try expect(field, .i16)
        return try readZigzag(Int16.self)
    }

    package mutating func readI32(_ field: Field) throws -> Int32 {
        try expect(field, .i32)
        return try readZigzag(Int32.self)
    }

    package mutating func readI64(_ field: Field) throws -> Int64 {
        try expect(field, .i64)
        return try readZigzag(Int64.self)
    }

    /// A binary or string field's bytes (pointing into the reader's bytes).
    package mutating func readBinary(_ field: Field) throws -> UnsafeRawBufferPointer {
        try expect(field, .binary)
        return try readBinaryElement()
    }

    package mutating func readBytes(_ field: Field) throws -> [UInt8] {
        Array(try readBinary(field))
    }

    /// A string field; bytes that are not UTF-8 are replaced, as `String(decoding:)` does.
    package mutating func readString(_ field: Field) throws -> String {
        String(decoding: try readBinary(field), as: UTF8.self)
    }

    /// Reads a list field of `type` elements: `body` is called once per element and must read
    /// it (with the `…Element` methods, or `readStruct` for a struct).
    package mutating func readList(
        _ field: Field, of type: ThriftCompactType,
        _ body: (inout ThriftCompactReader) throws -> Void
    ) throws {
        try expect(field, .list)
        let start = offset
        let (elementType, count) = try readCollectionHeader()
        let matches =
            elementType == type
            || (type == .boolTrue && elementType == .boolFalse)
        guard matches || count == 0 else {
            throw ThriftCompactError(
                "field \(field.id) is a list of \(elementType.name) where a list of "
                    + "\(type.name) was expected", at: start)
        }
        try enter()
        for _ in 0..<count {
            try body(&self)
        }
        depth -= 1
    }

    /// A list's or set's header: the element type and count (the count in the high nibble,
    /// or 15 there and a varint after).
    private mutating func readCollectionHeader() throws -> (ThriftCompactType, Int) {
        let start = offset
        let byte = try readByte()
        guard let type = ThriftCompactType(rawValue: byte & 0x0F) else {
            throw ThriftCompactError("unknown element type \(byte & 0x0F)", at: start)
        }
        let short = Int(byte >> 4)
        if short < 15 {
            guard short <= remaining / type.minimumElementSize else {
                throw ThriftCompactError(
                    "a list of \(short) elements cannot fit in the \(remaining) bytes left",
                    at: start)
            }
            return (type, short)
        }
        return (type, try readLength(of: "element", size: type.minimumElementSize))
    }

    // MARK: List elements

    package mutating func readI32Element() throws -> Int32 {
        try readZigzag(Int32.self)
    }

    package mutating func readI64Element() throws -> Int64 {
        try readZigzag(Int64.self)
    }

    package mutating func readBinaryElement() throws -> UnsafeRawBufferPointer {
        let length = try readLength(of: "byte", size: 1)
        let value = UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length])
        offset += length
        return value
    }

    package mutating func readStringElement() throws -> String {
        String(decoding: try readBinaryElement(), as: UTF8.self)
    }

    // MARK: Skipping

    /// Skips a value of `type`: a field's (`inCollection` false: a bool is in its type) or a
    /// collection element's (a bool is one byte).
    package mutating func skip(_ type: ThriftCompactType, inCollection: Bool) throws {
        switch type {
        case .boolTrue, .boolFalse:
            if inCollection {
                _ = try readByte()
            }
        case .byte:
            _ = try readByte()
        case .i16, .i32, .i64:
            _ = try readVarint()
        case .double:
            try skipBytes(8)
        case .uuid:
            try skipBytes(16)
        case .binary:
            _ = try readBinaryElement()
        case .list, .set:
            let (elementType, count) = try readCollectionHeader()
            try enter()
            for _ in 0..<count {
                try skip(elementType, inCollection: true)
            }
            depth -= 1
        case .map:
            try skipMap()
        case .structure:
            try readStruct { _, _ in false }
        }
    }

    /// A map: a varint count, then (when not empty) a byte with the key type in the high nibble
    /// and the value type in the low one, then the pairs.
    private mutating func skipMap() throws {
        let start = offset
        let count = try readVarint()
        guard count > 0 else { return }
        let byte = try readByte()
        guard let keyType = ThriftCompactType(rawValue: byte >> 4),
            let valueType = ThriftCompactType(rawValue: byte & 0x0F)
        else {
            throw ThriftCompactError("unknown map key or value type \(byte)", at: start)
        }
        let pairSize = keyType.minimumElementSize + valueType.minimumElementSize
        guard count <= UInt64(remaining / pairSize) else {
            throw ThriftCompactError(
                "a map of \(count) entries cannot fit in the \(remaining) bytes left", at: start)
        }
        try enter()
        for _ in 0..<count {
            try skip(keyType, inCollection: true)
            try skip(valueType, inCollection: true)
        }
        depth -= 1
    }

    private mutating func skipBytes(_ count: Int) throws {
        guard count <= remaining else {
            throw failure("the data ends in the middle of a value")
        }
        offset += count
    }
}
