import DemoDataCore
import DemoDataVocabulary

/// Parquet's RLE/bit-packing hybrid, used for definition levels and dictionary indices, and
/// its LSB-first bit-packing, used for PLAIN booleans.
extension ByteBuffer {
    /// Appends `values` in the hybrid encoding at `bitWidth` bits a value (no length prefix).
    ///
    /// Runs of at least eight equal values become RLE runs; everything between them is
    /// bit-packed in groups of eight (a bit-packed run must hold whole groups, so it borrows
    /// the first values of the run after it, and the last one is padded with zeros). The
    /// output depends only on the values.
    package func appendRunLengthBitPacked<Value: FixedWidthInteger & UnsignedInteger>(
        _ values: UnsafeBufferPointer<Value>, bitWidth: Int
    ) {
        let count = values.count
        var literalStart = 0
        var index = 0
        while index < count {
            let value = values[index]
            var end = index + 1
            while end < count && values[end] == value {
                end += 1
            }
            let pending = index - literalStart
            let borrowed = (8 - pending % 8) % 8
            if end - index - borrowed >= 8 {
                if pending + borrowed > 0 {
                    appendBitPackedRun(
                        UnsafeBufferPointer(rebasing: values[literalStart..<index + borrowed]),
                        bitWidth: bitWidth)
                }
                appendRepeatedRun(
                    UInt64(value), count: end - index - borrowed, bitWidth: bitWidth)
                literalStart = end
            }
            index = end
        }
        if literalStart < count {
            appendBitPackedRun(
                UnsafeBufferPointer(rebasing: values[literalStart..<count]), bitWidth: bitWidth)
        }
    }

    /// An RLE run: its length, then the value in whole bytes.
    private func appendRepeatedRun(_ value: UInt64, count: Int, bitWidth: Int) {
        appendVarint(UInt64(count) << 1)
        appendLittleEndian(value, byteCount: (bitWidth + 7) / 8)
    }

    /// A bit-packed run: its number of groups of eight, then the values packed.
    private func appendBitPackedRun<Value: FixedWidthInteger & UnsignedInteger>(
        _ values: UnsafeBufferPointer<Value>, bitWidth: Int
    ) {
        let groups = (values.count + 7) / 8
        appendVarint(UInt64(groups) << 1 | 1)
        appendBitPacked(values, bitWidth: bitWidth, paddedTo: groups * 8)
    }

    /// Packs `values` at `bitWidth` bits each, least significant bit first, padding with
    /// zero values up to `paddedTo` values and the last byte with zero bits.
    package func appendBitPacked<Value: FixedWidthInteger & UnsignedInteger>(
        _ values: UnsafeBufferPointer<Value>, bitWidth: Int, paddedTo total: Int
    ) {
        let width = UInt64(bitWidth)
        reserve((total * bitWidth + 7) / 8)
        var accumulator: UInt64 = 0
        var bits: UInt64 = 0
        for value in values {
            accumulator |= UInt64(value) << bits
            bits += width
            while bits >= 8 {
                base[count] = UInt8(truncatingIfNeeded: accumulator)
                count += 1
                accumulator >>= 8
                bits -= 8
            }
        }
        bits += width * UInt64(total - values.count)
        while bits >= 8 {
            base[count] = UInt8(truncatingIfNeeded: accumulator)
            count += 1
            accumulator >>= 8
            bits -= 8
        }
        if bits > 0 {
            base[count] = UInt8(truncatingIfNeeded: accumulator)
            count += 1
        }
    }
}
