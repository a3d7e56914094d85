import DemoDataCore
import DemoDataVocabulary

/// Writes the fields of rows, in column order, as bytes of one output format.
///
/// Generators are generic over the encoder so that each format's code is specialised and
/// inlined into the row loops. A string value is written as pieces between `beginString` and
/// `endString`, so composite values (a name, an address) are never built as `String`s.
package protocol RowEncoder {
    /// Rows written since the encoder was created.
    var rows: Int { get }

    mutating func beginRow()
    mutating func endRow()
    mutating func uuid(_ value: UUIDBits)
    mutating func integer(_ value: Int)
    mutating func boolean(_ value: Bool)
    mutating func decimal(_ units: Int, scale: Int)
    mutating func date(_ daysSinceEpoch: Int)
    mutating func timestamp(_ microseconds: Int64)
    mutating func null()
    mutating func beginString()
    /// Appends a piece of the current string.
    mutating func piece(_ text: StoredText)
    /// Appends arbitrary UTF-8 bytes to the current string (escaped as the format needs).
    mutating func piece(bytes: UnsafeRawBufferPointer)
    /// Appends a number to the current string, zero-padded to `width` digits.
    mutating func piece(number: Int, width: Int)
    /// Appends one ASCII byte that needs no escaping (a space, a dash, a letter).
    mutating func piece(ascii: UInt8)
    mutating func endString()
}

extension RowEncoder {
    /// Writes a whole string value made of one piece.
    @inline(__always)
    package mutating func string(_ text: StoredText) {
        beginString()
        piece(text)
        endString()
    }

    /// Writes a whole string value.
    package mutating func string(_ value: String) {
        var value = value
        beginString()
        value.withUTF8 { piece(bytes: UnsafeRawBufferPointer($0)) }
        endString()
    }

    /// Writes a string value, or null when it is absent.
    @inline(__always)
    package mutating func optionalString(_ text: StoredText?) {
        if let text {
            string(text)
        } else {
            null()
        }
    }
}
