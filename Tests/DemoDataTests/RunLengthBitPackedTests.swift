import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// Parquet's RLE/bit-packing hybrid and PLAIN boolean packing, against the specification's
/// examples and runs worked out by hand.
@Suite struct RunLengthBitPackedTests {
    static func hybrid(_ values: [UInt32], bitWidth: Int) -> [UInt8] {
        let buffer = ByteBuffer()
        values.withUnsafeBufferPointer { buffer.appendRunLengthBitPacked($0, bitWidth: bitWidth) }
        return buffer.array
    }

    @Test func theSpecificationsBitPackingExample() {
        // Encodings.md: 0…7 at bit width 3 pack to 10001000 11000110 11111010.
        #expect(Self.hybrid(Array(0...7), bitWidth: 3) == [0x03, 0x88, 0xC6, 0xFA])
    }

    @Test func longRunsAreRepeatedRuns() {
        // 10 ones: header 10 << 1 = 20, then the value in one byte.
        #expect(Self.hybrid(Array(repeating: 1, count: 10), bitWidth: 1) == [0x14, 0x01])
        // 300 twos at width 9: header 600 (varint D8 04), value in two bytes.
        #expect(
            Self.hybrid(Array(repeating: 2, count: 300), bitWidth: 9) == [0xD8, 0x04, 0x02, 0x00])
    }

    @Test func shortRunsArePaddedBitPackedGroups() {
        // 1, 0, 1 at width 1: one group (header 3), bits 101 → 0x05, zero padding.
        #expect(Self.hybrid([1, 0, 1], bitWidth: 1) == [0x03, 0x05])
    }

    @Test func aBitPackedRunBorrowsFromTheRunAfterIt() {
        // 5, 6 then fourteen 7s at width 3: the first group takes six of the 7s
        // (5 | 6 << 3 | 7 << 6 | … = 0xFFFFF5 → F5 FF FF), the other eight are a run of 8.
        #expect(
            Self.hybrid([5, 6] + Array(repeating: 7, count: 14), bitWidth: 3)
                == [0x03, 0xF5, 0xFF, 0xFF, 0x10, 0x07])
        // With twelve 7s only six would be left: too few for a run, so all is bit-packed.
        let packed = Self.hybrid([5, 6] + Array(repeating: 7, count: 12), bitWidth: 3)
        #expect(packed.first == 0x05)
        #expect(packed.count == 1 + 6)
    }

    @Test func plainBooleansPackLeastSignificantBitFirst() {
        let buffer = ByteBuffer()
        let values: [UInt8] = [1, 1, 0, 0, 0, 0, 0, 1, 1]
        values.withUnsafeBufferPointer {
            buffer.appendBitPacked($0, bitWidth: 1, paddedTo: $0.count)
        }
        #expect(buffer.array == [0x83, 0x01])
    }
}
