import DemoDataCore
import DemoDataVocabulary

/// A string stored once as UTF-8 bytes for the life of the process, so the hot path appends it
/// with one copy and no reference counting.
///
/// `plain` is true when the bytes need no JSON escaping (no quote, backslash or control byte)
/// and no CSV quoting (none of those nor a comma).
package struct StoredText: @unchecked Sendable {
    package let start: UnsafePointer<UInt8>
    package let count: Int
    package let plain: Bool

    /// Copies the string's bytes into memory that is never freed: vocabulary lives as long as
    /// the program.
    package init(_ string: String) {
        let bytes = Array(string.utf8)
        let storage = UnsafeMutablePointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        storage.initialize(from: bytes, count: bytes.count)
        start = UnsafePointer(storage)
        count = bytes.count
        plain = bytes.allSatisfy { $0 >= 0x20 && $0 != 0x22 && $0 != 0x5c && $0 != 0x2c }
    }

    package var string: String {
        String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    }
}
