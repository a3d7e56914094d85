import CZlib
import DemoDataCore
import DemoDataVocabulary

/// CRC-32 as gzip uses it, computed by zlib, with zlib's combination of the CRCs of two
/// adjacent pieces (so blocks can be checksummed in parallel).
package enum CRC32 {
    /// The CRC-32 of `bytes`, continuing from `crc` (0 to start).
    package static func update(_ crc: UInt32, _ bytes: UnsafeRawBufferPointer) -> UInt32 {
        var value = UInt(crc)
        var offset = 0
        let maximumChunk = Int(UInt32.max / 2)
        while offset < bytes.count {
            let length = min(bytes.count - offset, maximumChunk)
            value = crc32(
                value, bytes.baseAddress?.advanced(by: offset).assumingMemoryBound(to: Bytef.self),
                uInt(length))
            offset += length
        }
        return UInt32(truncatingIfNeeded: value)
    }

    /// The CRC-32 of the concatenation of two pieces, from their CRCs and the second's length.
    package static func combine(_ first: UInt32, _ second: UInt32, secondLength: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: crc32_combine(UInt(first), UInt(second), off_t(secondLength)))
    }
}
