import DemoDataCore
import DemoDataVocabulary

/// The fixed parts of a gzip member (RFC 1952) around a raw deflate stream.
///
/// The header carries no file name and a zero modification time, so the same data always
/// gives the same bytes.
package enum GzipFraming {
    /// The 10-byte header for a stream compressed at `level`.
    package static func header(level: Int) -> [UInt8] {
        // XFL: 2 for maximum compression, 4 for the fastest, as gzip itself writes it.
        let extraFlags: UInt8 = level >= 9 ? 2 : (level <= 1 ? 4 : 0)
        return [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, extraFlags, 0x03]
    }

    /// The 8-byte trailer: CRC-32 and the uncompressed length modulo 2^32, little endian.
    package static func trailer(crc: UInt32, length: UInt64) -> [UInt8] {
        let size = UInt32(truncatingIfNeeded: length)
        return (0..<4).map { UInt8(truncatingIfNeeded: crc >> (8 * $0)) }
            + (0..<4).map { UInt8(truncatingIfNeeded: size >> (8 * $0)) }
    }
}
