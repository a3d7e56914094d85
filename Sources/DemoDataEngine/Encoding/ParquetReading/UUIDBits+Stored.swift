import DemoDataCore
import DemoDataVocabulary

extension UUIDBits {
    /// The UUID whose 16 big-endian bytes are `bytes`, its version and variant bits as they
    /// are: `init(high:low:)` makes generated bits a version-8 UUID, but a value read back must
    /// be rendered as stored, or a damaged one would pass for its repair.
    package init(storedBytes bytes: UnsafeRawBufferPointer) {
        high = UInt64(bigEndian: bytes.loadUnaligned(as: UInt64.self))
        low = UInt64(bigEndian: bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
    }
}
