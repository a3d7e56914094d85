import DemoDataCore
import DemoDataVocabulary

/// Thrift compact-protocol bytes that cannot be decoded: truncated, malformed, nested too
/// deeply, or a field of another type than the structure defines. The message names the byte
/// where reading stopped, counted from the start of the bytes being decoded.
struct ThriftCompactError: Error, CustomStringConvertible {
    let offset: Int
    let message: String

    init(_ message: String, at offset: Int) {
        self.message = message
        self.offset = offset
    }

    var description: String { "\(message) (byte \(offset))" }
}
