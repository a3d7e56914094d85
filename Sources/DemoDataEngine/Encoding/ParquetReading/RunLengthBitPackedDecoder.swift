import DemoDataCore
import DemoDataVocabulary

/// Reads Parquet's RLE/bit-packing hybrid (definition levels, dictionary indices) value by
/// value: the decoding side of `ByteBuffer.appendRunLengthBitPacked`.
///
/// Runs are checked against the bytes left as they start: an RLE run needs its value's
/// bytes, and a bit-packed run whose groups are cut short by the end of the data yields only
/// the values whose bits are there. The decoder points into `bytes`; use it only while they
/// are valid.
package struct RunLengthBitPackedDecoder {
    private let bytes: UnsafeRawBufferPointer
    private let bitWidth: Int
    private let mask: UInt64
    /// The next run's header.
    private var offset = 0
    /// Values left in the current run.
    private var left = 0
    private var repeated = false
    /// The value of the current RLE run.
    private var value: UInt32 = 0
    /// The bit where the current bit-packed run's next value starts.
    private var bit = 0

    /// A decoder of `bytes` at `bitWidth` bits a value (0 to 32).
    package init(bytes: UnsafeRawBufferPointer, bitWidth: Int) {
        self.bytes = bytes
        self.bitWidth = min(max(bitWidth, 0), 32)
        mask = (1 << UInt64(self.bitWidth)) - 1
    }

    /// A decoder with no values.
    package init() {
        self.init(bytes: UnsafeRawBufferPointer(start: nil, count: 0), bitWidth: 0)
    }

    /// The next value; nil when the data ends or a run's header is malformed.
    @inline(__always)
    package mutating func next() -> UInt32? {
        if left == 0 {
            guard startRun() else { return nil }
        }
        left -= 1
        if repeated {
            return value
        }
        let result = packed(at: bit)
        bit += bitWidth
        return result
    }

    /// The bit-packed value whose least significant bit is bit `bit` of the data (LSB first).
    @inline(__always)
    private func packed(at bit: Int) -> UInt32 {
        let index = bit >> 3
        let shift = UInt64(bit & 7)
        var word: UInt64 = 0
        if index + 8 <= bytes.count {
            word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        } else {
            for position in index..<bytes.count {
                word |= UInt64(bytes[position]) << UInt64(8 * (position - index))
            }
        }
        return UInt32(truncatingIfNeeded: (word >> shift) & mask)
    }

    /// Reads run headers until a run with values starts; false when the data ends first.
    private mutating func startRun() -> Bool {
        while left == 0 {
            guard let header = readHeader() else { return false }
            let count = Int(header >> 1)
            let available = bytes.count - offset
            if header & 1 == 1 {
                // `count` groups of eight values, `bitWidth` bytes a group.
                let needed = count * bitWidth
                repeated = false
                bit = offset * 8
                left = bitWidth == 0 || needed <= available ? count * 8 : available * 8 / bitWidth
                offset += min(needed, available)
            } else {
                let width = (bitWidth + 7) / 8
                guard width <= available else { return false }
                var stored: UInt64 = 0
                for index in 0..<width {
                    stored |= UInt64(bytes[offset + index]) << UInt64(8 * index)
                }
                guard stored <= mask else { return false }
                offset += width
                repeated = true
                value = UInt32(stored)
                left = count
            }
        }
        return true
    }

    /// A run header: an unsigned varint of at most 32 bits.
    private mutating func readHeader() -> UInt64? {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count && shift < 35 {
            let byte = bytes[offset]
            offset += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 {
                return result <= UInt64(UInt32.max) ? result : nil
            }
            shift += 7
        }
        return nil
    }
}
