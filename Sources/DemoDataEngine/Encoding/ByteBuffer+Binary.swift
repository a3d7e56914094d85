import DemoDataCore
import DemoDataVocabulary

/// Binary layouts: little-endian fixed-width integers and unsigned LEB128 varints, as Parquet
/// pages and the Thrift compact protocol write them.
extension ByteBuffer {
    /// Appends the low `byteCount` bytes of `value`, least significant first.
    @inline(__always)
    package func appendLittleEndian(_ value: UInt64, byteCount: Int) {
        reserve(byteCount)
        let out = base + count
        var rest = value
        for index in 0..<byteCount {
            out[index] = UInt8(truncatingIfNeeded: rest)
            rest >>= 8
        }
        count += byteCount
    }

    /// Appends a fixed-width integer, least significant byte first.
    @inline(__always)
    package func appendLittleEndian<Value: FixedWidthInteger>(_ value: Value) {
        appendInMemoryOrder(value.littleEndian)
    }

    /// Appends a fixed-width integer, most significant byte first.
    @inline(__always)
    package func appendBigEndian<Value: FixedWidthInteger>(_ value: Value) {
        appendInMemoryOrder(value.bigEndian)
    }

    @inline(__always)
    private func appendInMemoryOrder<Value: FixedWidthInteger>(_ value: Value) {
        let size = MemoryLayout<Value>.size
        reserve(size)
        UnsafeMutableRawPointer(base + count).storeBytes(of: value, as: Value.self)
        count += size
    }

    /// Overwrites four bytes at `offset` (below `count`) with `value`, little endian.
    @inline(__always)
    package func storeLittleEndian(_ value: UInt32, at offset: Int) {
        UnsafeMutableRawPointer(base + offset).storeBytes(of: value.littleEndian, as: UInt32.self)
    }

    /// The fixed-width little-endian integer at `offset`.
    @inline(__always)
    package func loadLittleEndian<Value: FixedWidthInteger>(_ type: Value.Type, at offset: Int)
        -> Value
    {
        Value(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: Value.self))
    }

    /// Appends an unsigned LEB128 varint: seven bits a byte, least significant first.
    @inline(__always)
    package func appendVarint(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        append(UInt8(truncatingIfNeeded: rest))
    }

    /// The bytes from `offset` to the end, or `count` bytes from `offset`.
    package func bytes(from offset: Int, count length: Int? = nil) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: base + offset, count: length ?? count - offset)
    }
}
