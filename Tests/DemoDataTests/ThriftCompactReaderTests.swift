import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// The compact-protocol decoder: what the writer writes reads back, the forms the writer
/// never uses (long field headers after a delta of 0, long lists, every type) decode or skip,
/// and truncated or malformed bytes give an error that says where.
@Suite struct ThriftCompactReaderTests {
    /// Reads every field of one struct as `(id, value)` with `body`, skipping those it returns
    /// nil for.
    static func fields(
        _ bytes: [UInt8],
        _ body: (inout ThriftCompactReader, ThriftCompactReader.Field) throws -> String? = { _, _ in
            nil
        }
    ) throws -> [String] {
        var seen: [String] = []
        try ThriftCompactReader.decode(bytes) { reader in
            try reader.readStruct { reader, field in
                guard let value = try body(&reader, field) else {
                    seen.append("\(field.id):skipped")
                    return false
                }
                seen.append("\(field.id):\(value)")
                return true
            }
            #expect(reader.remaining == 0)
        }
        return seen
    }

    /// The message of the error reading `bytes` as one struct (skipping every field) throws.
    static func error(_ bytes: [UInt8]) -> String? {
        do {
            _ = try fields(bytes)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func readsWhatTheWriterWrites() throws {
        let buffer = ByteBuffer()
        var writer = ThriftCompactWriter(buffer: buffer)
        writer.beginStruct()
        writer.field(1, i32: -300)
        writer.field(2, i64: Int64.min)
        writer.field(4, string: "päckchen")
        writer.field(20, bool: true)
        writer.field(21, bool: false)
        writer.field(22, i8: -2)
        writer.beginStruct(field: 23)
        writer.field(1, i64: Int64.max)
        writer.endStruct()
        writer.beginList(field: 24, of: .i32, count: 20)
        for value in 0..<20 {
            writer.element(i32: Int32(value) - 10)
        }
        writer.beginList(field: 25, of: .binary, count: 2)
        writer.element(string: "a")
        writer.element(string: "")
        writer.field(26, i32: Int32.min)
        writer.endStruct()
        var inner: Int64 = 0
        let seen = try Self.fields(buffer.array) { reader, field in
            switch field.id {
            case 1, 26: return "\(try reader.readI32(field))"
            case 2: return "\(try reader.readI64(field))"
            case 4: return try reader.readString(field)
            case 20, 21: return "\(try reader.readBool(field))"
            case 23:
                try reader.readStruct(field) { reader, field in
                    inner = try reader.readI64(field)
                    return true
                }
                return "struct"
            case 24:
                var values: [Int32] = []
                try reader.readList(field, of: .i32) { values.append(try $0.readI32Element()) }
                return values.map(String.init).joined(separator: ",")
            case 25:
                var values: [String] = []
                try reader.readList(field, of: .binary) {
                    values.append(try $0.readStringElement())
                }
                return values.joined(separator: "|")
            default: return nil
            }
        }
        #expect(
            seen == [
                "1:-300", "2:\(Int64.min)", "4:päckchen", "20:true", "21:false", "22:skipped",
                "23:struct", "24:" + (-10..<10).map(String.init).joined(separator: ","), "25:a|",
                "26:\(Int32.min)",
            ])
        #expect(inner == Int64.max)
    }

    @Test func longFieldHeadersAndDecreasingIDs() throws {
        // Field 5 (delta 5, i32 10), then field 3 in the long form: type byte 5, id zigzag(3)
        // = 6, value zigzag(7) = 14; then field 300: type 6, id zigzag(300) = 600 = D8 04.
        let bytes: [UInt8] = [0x55, 0x14, 0x05, 0x06, 0x0E, 0x06, 0xD8, 0x04, 0x02, 0x00]
        let seen = try Self.fields(bytes) { reader, field in
            field.type == .i32
                ? "\(try reader.readI32(field))" : "\(try reader.readI64(field))"
        }
        #expect(seen == ["5:10", "3:7", "300:1"])
    }

    @Test func skipsEveryTypeItIsNotAskedFor() throws {
        var bytes: [UInt8] = [0x13, 0x7F]  // 1: byte
        bytes += [0x14, 0x03]  // 2: i16 -2
        bytes += [0x17] + Array(repeating: 0x40, count: 8)  // 3: double
        bytes += [0x1D] + Array(repeating: 0xAB, count: 16)  // 4: uuid
        bytes += [0x1A, 0x35, 0x02, 0x04, 0x06]  // 5: set of three i32
        bytes += [0x19, 0x21, 0x01, 0x02]  // 6: list of two bools, one byte each
        bytes += [0x1B, 0x02, 0x58, 0x02, 0x01, 0x61, 0x04, 0x01, 0x62]  // 7: map i32 → binary
        bytes += [0x1B, 0x00]  // 8: empty map
        bytes += [0x19, 0x2C, 0x15, 0x02, 0x00, 0x1C, 0x00, 0x00]  // 9: list of two structs
        bytes += [0x19, 0x19, 0x15, 0x02]  // 10: list of one list of one i32
        bytes += [0x11, 0x12]  // 11, 12: bools
        bytes += [0x00]
        #expect(try Self.fields(bytes) == (1...12).map { "\($0):skipped" })
    }

    @Test func truncatedBytesGiveAnErrorAtEveryLength() throws {
        let buffer = ByteBuffer()
        var writer = ThriftCompactWriter(buffer: buffer)
        writer.beginStruct()
        writer.field(1, i64: 123_456_789)
        writer.field(2, string: "some text")
        writer.beginList(field: 3, of: .binary, count: 3)
        for text in ["x", "yy", "zzz"] {
            writer.element(string: text)
        }
        writer.beginStruct(field: 4)
        writer.field(1, bool: true)
        writer.endStruct()
        writer.endStruct()
        let bytes = buffer.array
        #expect(Self.error(bytes) == nil)
        for length in 0..<bytes.count {
            let message = Self.error(Array(bytes.prefix(length)))
            #expect(message?.contains("(byte ") == true, "\(length): \(message ?? "no error")")
        }
    }

    @Test func malformedBytesSayWhatIsWrong() {
        // A binary longer than what is left.
        #expect(
            Self.error([0x18, 0xFF, 0x7F, 0x61, 0x00])
                == "a length of 16383 bytes cannot fit in the 2 bytes left (byte 1)")
        // A list whose count could never fit.
        #expect(
            Self.error([0x19, 0xF5, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F, 0x00])
                == "a length of 4294967295 elements cannot fit in the 1 bytes left (byte 2)")
        #expect(
            Self.error([0x19, 0x97, 0x00])
                == "a list of 9 elements cannot fit in the 1 bytes left (byte 1)")
        // A varint of eleven bytes, and one that overflows 64 bits.
        #expect(
            Self.error([0x16] + Array(repeating: 0xFF, count: 10) + [0x01, 0x00])
                == "a varint does not fit in 64 bits (byte 1)")
        // An i32 field whose value needs more than 32 bits.
        #expect(
            (try? Self.fields([0x15, 0x80, 0x80, 0x80, 0x80, 0x20, 0x00]) { reader, field in
                "\(try reader.readI32(field))"
            }) == nil)
        // Unknown type codes.
        #expect(Self.error([0x1E, 0x00]) == "unknown field type 14 (byte 0)")
        #expect(Self.error([0x19, 0x1F, 0x00]) == "unknown element type 15 (byte 1)")
        #expect(
            Self.error([0x1B, 0x01, 0xEE, 0x00]) == "unknown map key or value type 238 (byte 1)")
    }

    @Test func aFieldOfAnotherTypeIsAnError() {
        #expect(throws: ThriftCompactError.self) {
            try Self.fields([0x18, 0x01, 0x61, 0x00]) { reader, field in
                "\(try reader.readI64(field))"
            }
        }
    }

    @Test func nestingIsBounded() {
        // Structs in structs, 40 deep: field 1 of each is the next struct.
        let deep = Array(repeating: UInt8(0x1C), count: 40) + Array(repeating: 0x00, count: 41)
        #expect(Self.error(deep)?.hasPrefix("structures are nested more than 32 deep") == true)
        // Lists of lists, one element each, 40 deep.
        let lists = [0x19] + Array(repeating: UInt8(0x19), count: 40) + [0x15, 0x02, 0x00]
        #expect(Self.error(lists)?.hasPrefix("structures are nested more than 32 deep") == true)
        // 31 deep is read.
        let shallow = Array(repeating: UInt8(0x1C), count: 30) + Array(repeating: 0x00, count: 31)
        #expect(Self.error(shallow) == nil)
    }
}
