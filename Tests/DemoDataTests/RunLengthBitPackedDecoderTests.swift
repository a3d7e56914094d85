import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// The hybrid's decoder: what the writer's encoder makes reads back at every bit width, and
/// short or malformed runs end the values instead of reading past the bytes.
@Suite struct RunLengthBitPackedDecoderTests {
    /// Up to `count` values decoded from `bytes`, fewer if the decoder ends first.
    static func decode(_ bytes: [UInt8], bitWidth: Int, count: Int) -> [UInt32] {
        bytes.withUnsafeBytes { raw in
            var decoder = RunLengthBitPackedDecoder(bytes: raw, bitWidth: bitWidth)
            var values: [UInt32] = []
            while values.count < count, let value = decoder.next() {
                values.append(value)
            }
            return values
        }
    }

    @Test(arguments: [1, 2, 3, 7, 8, 12, 17, 31, 32])
    func readsWhatTheEncoderWrites(bitWidth: Int) {
        var random = SplitMix64(seed: UInt64(bitWidth))
        let mask = UInt64((1 << bitWidth) - 1)
        // Runs of random lengths: some long enough for RLE, some bit-packed.
        var values: [UInt32] = []
        while values.count < 5000 {
            let value = UInt32(random.next() & mask)
            values += Array(repeating: value, count: random.number(in: 1...20))
        }
        let encoded = RunLengthBitPackedTests.hybrid(values, bitWidth: bitWidth)
        #expect(Self.decode(encoded, bitWidth: bitWidth, count: values.count) == values)
    }

    @Test func theSpecificationsExampleAndWidthZero() {
        #expect(Self.decode([0x03, 0x88, 0xC6, 0xFA], bitWidth: 3, count: 8) == Array(0...7))
        // Width 0: an RLE run of 5 zeros has no value bytes; a bit-packed group of 8 none.
        #expect(
            Self.decode([0x0A, 0x03], bitWidth: 0, count: 20) == Array(repeating: 0, count: 13))
    }

    @Test func shortOrMalformedRunsEndTheValues() {
        // A bit-packed run of one group at width 8 with only 3 of its 8 bytes: 3 values.
        #expect(Self.decode([0x03, 1, 2, 3], bitWidth: 8, count: 8) == [1, 2, 3])
        // An RLE run without its value byte.
        #expect(Self.decode([0x10], bitWidth: 8, count: 8).isEmpty)
        // An RLE value wider than the bit width.
        #expect(Self.decode([0x10, 0x02], bitWidth: 1, count: 8).isEmpty)
        // A header that does not fit in 32 bits, and one cut short.
        #expect(Self.decode([0xFF, 0xFF, 0xFF, 0xFF, 0x7F, 0x01], bitWidth: 1, count: 8).isEmpty)
        #expect(Self.decode([0xFF], bitWidth: 1, count: 8).isEmpty)
        // A huge RLE run yields values only as they are asked for.
        #expect(
            Self.decode([0xFE, 0xFF, 0xFF, 0xFF, 0x0F, 0x01], bitWidth: 1, count: 3) == [1, 1, 1])
    }
}
