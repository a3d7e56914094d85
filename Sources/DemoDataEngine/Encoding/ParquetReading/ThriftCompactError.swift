import DemoDataCore
import DemoDataVocabulary

/// Thrift compact-protocol bytes that cannot be decoded: truncated, malformed, nested too
/// deeply, or a field of another type than the structure defines. The message names the byte
/// where reading stopped, counted from the start of the bytes being decoded.
package struct ThriftCompactError: Error, CustomStringConvertible {
    package let offset: Int
    package let message: String

    package init(_ message: String, at offset: Int) {
        self.message = message
        self.offset = offset
    }

    package var description: String { "\(message) (byte \(offset))" }
}
