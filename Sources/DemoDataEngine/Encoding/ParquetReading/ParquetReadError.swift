import DemoDataCore
import DemoDataVocabulary

/// Why a Parquet file cannot be read: one line saying what is wrong and where, in the words
/// the verifier reports (`row group 3, column "email": the data page says 16384 values; the
/// row group has 16385 rows`).
package struct ParquetReadError: Error, CustomStringConvertible {
    package let description: String

    package init(_ description: String) {
        self.description = description
    }

    /// A name read from the file, as a JSON string literal cut to 64 bytes, so that a damaged
    /// name cannot break the message's line or length.
    package static func quoted(_ name: String) -> String {
        let bytes = Array(name.utf8)
        let buffer = ByteBuffer(capacity: 80)
        buffer.appendJSONString(String(decoding: bytes.prefix(64), as: UTF8.self))
        if bytes.count > 64 {
            buffer.append("…")
        }
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    /// The same error with `context` (a row group, a column) before it.
    package func within(_ context: String) -> ParquetReadError {
        ParquetReadError(context + ": " + description)
    }
}
