import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

/// A 128-bit key: the bits of a UUID, or a hash of a text value, so that what the verifier
/// remembers about a row costs 16 bytes rather than a `String`.
package struct Key128: Hashable, Comparable, Sendable {
    package let high: UInt64
    package let low: UInt64

    package init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// Parses a UUID in its canonical lowercase 8-4-4-4-12 form; nil for any other text.
    package init?(uuid bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 36, let base = bytes.baseAddress,
            base[8] == UInt8(ascii: "-"), base[13] == UInt8(ascii: "-"),
            base[18] == UInt8(ascii: "-"), base[23] == UInt8(ascii: "-")
        else { return nil }
        // Invalid digits read as 0xff; or-ing them all shows any at the end, with one branch.
        var invalid: UInt8 = 0
        @inline(__always) func digits(_ range: Range<Int>, into value: inout UInt64) {
            for offset in range {
                let digit = Self.hexValue(base[offset])
                invalid |= digit
                value = value << 4 | UInt64(digit & 15)
            }
        }
        var high: UInt64 = 0
        var low: UInt64 = 0
        digits(0..<8, into: &high)
        digits(9..<13, into: &high)
        digits(14..<18, into: &high)
        digits(19..<23, into: &low)
        digits(24..<36, into: &low)
        guard invalid & 0xf0 == 0 else { return nil }
        self.init(high: high, low: low)
    }

    /// The value of a lowercase hex digit, or 0xff.
    @inline(__always)
    private static func hexValue(_ byte: UInt8) -> UInt8 {
        let decimal = byte &- UInt8(ascii: "0")
        if decimal < 10 { return decimal }
        let letter = byte &- UInt8(ascii: "a")
        return letter < 6 ? letter &+ 10 : 0xff
    }

    /// A 128-bit hash of `bytes`: two independent 64-bit chains over 8-byte words, seeded with
    /// the length. Distinct values share a key with a chance near 2^-128 per pair, so a unique
    /// column can be checked on keys; a collision could only report a false duplicate, never
    /// hide a real one.
    package init(hashing bytes: UnsafeBufferPointer<UInt8>) {
        var first: UInt64 = 0x243f_6a88_85a3_08d3 ^ UInt64(bytes.count)
        var second: UInt64 = 0x1319_8a2e_0370_7344 &+ UInt64(bytes.count) &* goldenGamma
        var offset = 0
        while offset < bytes.count {
            var word: UInt64 = 0
            for index in 0..<min(8, bytes.count - offset) {
                word |= UInt64(bytes[offset + index]) << (8 * UInt64(index))
            }
            first = mix64(first ^ word)
            second = mix64((second &+ word) &* 0xff51_afd7_ed55_8ccd)
            offset += 8
        }
        self.init(high: first, low: second)
    }

    /// The key of a text value.
    package init(hashing text: String) {
        var text = text
        self = text.withUTF8 { Key128(hashing: $0) }
    }

    /// The canonical UUID text of these bits.
    package var uuidText: String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(36)
        for index in 0..<32 {
            if index == 8 || index == 12 || index == 16 || index == 20 {
                bytes.append(UInt8(ascii: "-"))
            }
            let word = index < 16 ? high : low
            let shift = UInt64(60 - 4 * (index % 16))
            bytes.append(digits[Int((word >> shift) & 15)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    package static func < (lhs: Key128, rhs: Key128) -> Bool {
        (lhs.high, lhs.low) < (rhs.high, rhs.low)
    }
}
