import DemoDataCore
import DemoDataVocabulary

/// Where a column chunk's decompressed dictionary page lies in its row group's page bodies,
/// and where each entry starts in it.
package struct ParquetDictionaryPage {
    package let count: Int
    /// The first entry's offset and, for a fixed-width type, every entry's width.
    package let start: Int
    package let width: Int
    /// For BYTE_ARRAY entries, the offset of each one's length prefix (a row group's bodies
    /// are far below 4 GiB); empty for fixed-width entries.
    package let offsets: [UInt32]

    /// The bytes of entry `index` (below `count`) in `bodies`.
    @inline(__always)
    package func entry(_ index: Int, in bodies: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        if width > 0 {
            let offset = start + index * width
            return UnsafeRawBufferPointer(rebasing: bodies[offset..<offset + width])
        }
        let offset = Int(offsets[index])
        let length = Int(
            UInt32(littleEndian: bodies.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
        return UnsafeRawBufferPointer(rebasing: bodies[offset + 4..<offset + 4 + length])
    }
}
