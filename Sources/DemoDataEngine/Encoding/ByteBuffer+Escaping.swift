import DemoDataCore
import DemoDataVocabulary

extension ByteBuffer {
    /// Appends UTF-8 bytes escaped for the inside of a JSON string: quote, backslash and control
    /// bytes are escaped; everything else, non-ASCII included, is written as it is.
    package func appendJSONEscaped(_ bytes: UnsafeRawBufferPointer) {
        reserve(bytes.count)
        for byte in bytes {
            switch byte {
            case 0x22: appendASCII("\\\"")
            case 0x5c: appendASCII("\\\\")
            case 0x0a: appendASCII("\\n")
            case 0x0d: appendASCII("\\r")
            case 0x09: appendASCII("\\t")
            case 0x08: appendASCII("\\b")
            case 0x0c: appendASCII("\\f")
            case 0..<0x20:
                appendASCII("\\u00")
                appendTwoHex(byte)
            default: append(byte)
            }
        }
    }

    /// Appends a JSON string literal, quotes included.
    package func appendJSONString(_ string: String) {
        var string = string
        append(UInt8(ascii: "\""))
        string.withUTF8 { appendJSONEscaped(UnsafeRawBufferPointer($0)) }
        append(UInt8(ascii: "\""))
    }

    /// Makes the CSV field written from `start` to the end valid RFC 4180: when it holds a
    /// comma, quote, CR or LF it is wrapped in quotes with inner quotes doubled; an empty field
    /// becomes `""` so that it is never read as null.
    package func quoteCSVField(from start: Int) {
        if start == count {
            appendASCII("\"\"")
            return
        }
        var quotes = 0
        var special = false
        for offset in start..<count {
            switch self[offset] {
            case 0x22:
                quotes += 1
                special = true
            case 0x2c, 0x0a, 0x0d: special = true
            default: break
            }
        }
        guard special else { return }
        let length = count - start
        let copy = Array(UnsafeBufferPointer(start: base + start, count: length))
        count = start
        reserve(length + quotes + 2)
        append(UInt8(ascii: "\""))
        for byte in copy {
            if byte == 0x22 {
                append(byte)
            }
            append(byte)
        }
        append(UInt8(ascii: "\""))
    }

    @inline(__always)
    package func appendASCII(_ literal: StaticString) {
        append(literal.utf8Start, count: literal.utf8CodeUnitCount)
    }

    private func appendTwoHex(_ byte: UInt8) {
        let digits: StaticString = "0123456789abcdef"
        append(digits.utf8Start[Int(byte >> 4)])
        append(digits.utf8Start[Int(byte & 15)])
    }
}
