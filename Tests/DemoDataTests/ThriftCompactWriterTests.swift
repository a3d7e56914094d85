import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// The compact protocol, byte by byte, against encodings worked out by hand from the Thrift
/// compact protocol specification.
@Suite struct ThriftCompactWriterTests {
    static func bytes(_ body: (inout ThriftCompactWriter) -> Void) -> [UInt8] {
        let buffer = ByteBuffer()
        var writer = ThriftCompactWriter(buffer: buffer)
        body(&writer)
        return buffer.array
    }

    @Test func fieldDeltasZigzagBinaryBoolsAndStop() {
        let bytes = Self.bytes { writer in
            writer.beginStruct()
            writer.field(1, i32: 1)  // delta 1, type 5; zigzag(1) = 2
            writer.field(2, i64: -1)  // delta 1, type 6; zigzag(-1) = 1
            writer.field(4, string: "ab")  // delta 2, type 8; length 2
            writer.field(20, bool: true)  // delta 16: type 1 alone, then zigzag(20) = 40
            writer.field(21, i8: -2)  // delta 1, type 3; the byte itself
            writer.endStruct()
        }
        #expect(
            bytes == [
                0x15, 0x02, 0x16, 0x01, 0x28, 0x02, 0x61, 0x62, 0x01, 0x28, 0x13, 0xFE, 0x00,
            ])
    }

    @Test func nestedStructsRestoreTheOuterFieldID() {
        let bytes = Self.bytes { writer in
            writer.beginStruct()
            writer.field(1, i32: 300)  // zigzag 600 = varint D8 04
            writer.beginStruct(field: 3)  // delta 2, type 12
            writer.field(1, bool: false)  // delta 1, type 2
            writer.endStruct()
            writer.field(4, i32: -2)  // delta 1 from 3, not from the inner 1; zigzag 3
            writer.endStruct()
        }
        #expect(bytes == [0x15, 0xD8, 0x04, 0x2C, 0x12, 0x00, 0x15, 0x03, 0x00])
    }

    @Test func shortAndLongLists() {
        let short = Self.bytes { writer in
            writer.beginList(field: 2, of: .i32, count: 3)  // size 3 in the high nibble
            for value: Int32 in [0, 2, 6] {
                writer.element(i32: value)
            }
        }
        #expect(short == [0x29, 0x35, 0x00, 0x04, 0x0C])
        let long = Self.bytes { writer in
            writer.beginList(field: 2, of: .binary, count: 15)  // 15 or more: F, then varint
            for _ in 0..<15 {
                writer.element(string: "x")
            }
        }
        #expect(long == [0x29, 0xF8, 0x0F] + Array(repeating: [0x01, 0x78], count: 15).joined())
    }

    @Test func logicalTypes() {
        func union(_ type: ParquetLogicalType) -> [UInt8] {
            Self.bytes { writer in
                writer.beginStruct()
                type.write(field: 10, to: &writer)
            }
        }
        // Field 10 is a struct (AC); the member is an empty struct ending in stop; the union
        // ends in stop.
        #expect(union(.string) == [0xAC, 0x1C, 0x00, 0x00])
        #expect(union(.date) == [0xAC, 0x6C, 0x00, 0x00])
        // UUID is member 14: delta 14 fits the nibble.
        #expect(union(.uuid) == [0xAC, 0xEC, 0x00, 0x00])
        // DecimalType {1: scale 2, 2: precision 12}.
        #expect(
            union(.decimal(precision: 12, scale: 2))
                == [0xAC, 0x5C, 0x15, 0x04, 0x15, 0x18, 0x00, 0x00])
        // TimestampType {1: isAdjustedToUTC true, 2: TimeUnit {2: MICROS {}}}.
        #expect(
            union(.timestampMicrosUTC)
                == [0xAC, 0x8C, 0x11, 0x1C, 0x2C, 0x00, 0x00, 0x00, 0x00])
    }

    @Test func dataAndDictionaryPageHeaders() {
        let data = ByteBuffer()
        ParquetPageHeader(
            type: .dataPage, uncompressedSize: 100, compressedSize: 50, valueCount: 10,
            encoding: .plain
        ).write(to: data)
        // type 0; sizes 100 (zigzag 200 = C8 01) and 50 (64); field 5: values 10 (14),
        // PLAIN (00), levels RLE (3 → 06) twice.
        #expect(
            data.array == [
                0x15, 0x00, 0x15, 0xC8, 0x01, 0x15, 0x64, 0x2C, 0x15, 0x14, 0x15, 0x00, 0x15,
                0x06, 0x15, 0x06, 0x00, 0x00,
            ])
        let dictionary = ByteBuffer()
        ParquetPageHeader(
            type: .dictionaryPage, uncompressedSize: 7, compressedSize: 7, valueCount: 2,
            encoding: .plain
        ).write(to: dictionary)
        // type 2 (04); field 7 is 4 after field 3: 4C; entries 2 (04), PLAIN.
        #expect(
            dictionary.array == [
                0x15, 0x04, 0x15, 0x0E, 0x15, 0x0E, 0x4C, 0x15, 0x04, 0x15, 0x00, 0x00, 0x00,
            ])
    }

    @Test func statisticsWithAndWithoutValues() {
        let empty = Self.bytes { writer in
            writer.beginStruct()
            ParquetStatistics(nullCount: 3).write(field: 12, to: &writer)
        }
        // Field 12 (C C); null_count 3 (field 3, zigzag 6); stop.
        #expect(empty == [0xCC, 0x36, 0x06, 0x00])
        let full = Self.bytes { writer in
            writer.beginStruct()
            ParquetStatistics(nullCount: 0, min: [0x01], max: [0x02]).write(
                field: 12, to: &writer)
        }
        // null_count 0; max_value (5) [02]; min_value (6) [01]; both exact (7, 8: true).
        #expect(
            full == [
                0xCC, 0x36, 0x00, 0x28, 0x01, 0x02, 0x18, 0x01, 0x01, 0x11, 0x11, 0x00,
            ])
    }
}
