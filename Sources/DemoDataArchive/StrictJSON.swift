import DemoDataCore
import DemoDataEngine

/// Checks that bytes are exactly one JSON document (RFC 8259) in which no object names a key
/// twice, nested at most `maximumDepth` deep.
///
/// Readers disagree about duplicate keys — Foundation's decoder keeps the first, Python's the
/// last — so a manifest with two `columns` arrays would show one reader one table and another
/// reader another. Every reader of ours refuses such a document instead. Keys are compared as
/// the strings they decode to, so `"a"` and `"\u0061"` are the same key.
package struct StrictJSON {
    /// Why a document was refused, and on which line.
    package struct Problem: Error, Equatable, CustomStringConvertible {
        package let line: Int
        package let message: String
        /// Whether the document is valid JSON whose only fault is a key named twice.
        package let isDuplicateKey: Bool

        package var description: String {
            isDuplicateKey
                ? "line \(line): \(message)" : "it is not valid JSON (line \(line): \(message))"
        }
    }

    private let bytes: [UInt8]
    private let maximumDepth: Int
    private var index = 0
    private var depth = 0

    private init(_ bytes: [UInt8], maximumDepth: Int) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
    }

    /// Throws the first problem of `bytes` as a JSON document without duplicate keys.
    package static func validate(_ bytes: [UInt8], maximumDepth: Int = 64) throws(Problem) {
        var parser = StrictJSON(bytes, maximumDepth: maximumDepth)
        parser.skipSpace()
        try parser.value()
        parser.skipSpace()
        if parser.index < bytes.count {
            throw parser.problem("text follows the end of the document")
        }
    }

    private func problem(_ message: String, duplicateKey: Bool = false) -> Problem {
        let end = min(index, bytes.count)
        var line = 1
        for byte in bytes[0..<end] where byte == UInt8(ascii: "\n") {
            line += 1
        }
        return Problem(line: line, message: message, isDuplicateKey: duplicateKey)
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipSpace() {
        while let byte = current,
            byte == 0x20 || byte == 0x0a || byte == 0x0d || byte == 0x09
        {
            index += 1
        }
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws(Problem) {
        guard current == byte else { throw problem("expected \(what)") }
        index += 1
    }

    private mutating func value() throws(Problem) {
        switch current {
        case UInt8(ascii: "{"): try object()
        case UInt8(ascii: "["): try array()
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case .some(let byte) where byte == UInt8(ascii: "-") || Self.isDigit(byte):
            try number()
        case nil: throw problem("the document ends where a value was expected")
        default: throw problem("expected a value")
        }
    }

    private mutating func enter() throws(Problem) {
        depth += 1
        if depth > maximumDepth {
            throw problem("values are nested more than \(maximumDepth) deep")
        }
    }

    private mutating func object() throws(Problem) {
        try enter()
        index += 1
        skipSpace()
        var keys = Set<[UInt8]>()
        if current == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return
        }
        while true {
            skipSpace()
            guard current == UInt8(ascii: "\"") else { throw problem("expected a key") }
            let key = try string()
            guard keys.insert(key).inserted else {
                throw problem(
                    "the key \"\(String(decoding: key, as: UTF8.self))\" appears twice in one "
                        + "object", duplicateKey: true)
            }
            skipSpace()
            try expect(UInt8(ascii: ":"), "':' after a key")
            skipSpace()
            try value()
            skipSpace()
            if current == UInt8(ascii: ",") {
                index += 1
                continue
            }
            try expect(UInt8(ascii: "}"), "',' or '}'")
            depth -= 1
            return
        }
    }

    private mutating func array() throws(Problem) {
        try enter()
        index += 1
        skipSpace()
        if current == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return
        }
        while true {
            skipSpace()
            try value()
            skipSpace()
            if current == UInt8(ascii: ",") {
                index += 1
                continue
            }
            try expect(UInt8(ascii: "]"), "',' or ']'")
            depth -= 1
            return
        }
    }

    /// Reads a string and returns what it decodes to, as UTF-8 (escapes resolved).
    private mutating func string() throws(Problem) -> [UInt8] {
        index += 1
        var decoded: [UInt8] = []
        while true {
            guard let byte = current else { throw problem("a string is not closed") }
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                guard String(validating: decoded, as: UTF8.self) != nil else {
                    throw problem("a string is not valid UTF-8")
                }
                return decoded
            case UInt8(ascii: "\\"):
                try escape(into: &decoded)
            case 0..<0x20:
                throw problem("a string holds a control character")
            default:
                decoded.append(byte)
            }
        }
    }

    private mutating func escape(into decoded: inout [UInt8]) throws(Problem) {
        guard let byte = current else { throw problem("a string is not closed") }
        index += 1
        let simple: [UInt8: UInt8] = [
            UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5c, UInt8(ascii: "/"): 0x2f,
            UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0c, UInt8(ascii: "n"): 0x0a,
            UInt8(ascii: "r"): 0x0d, UInt8(ascii: "t"): 0x09,
        ]
        if let plain = simple[byte] {
            decoded.append(plain)
            return
        }
        guard byte == UInt8(ascii: "u") else { throw problem("a string has an invalid escape") }
        var scalar = try hexQuad()
        if (0xD800..<0xDC00).contains(scalar), current == UInt8(ascii: "\\"),
            index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u")
        {
            index += 2
            let low = try hexQuad()
            guard (0xDC00..<0xE000).contains(low) else {
                throw problem("a string has an unpaired surrogate escape")
            }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let unicode = Unicode.Scalar(scalar) else {
            throw problem("a string has an unpaired surrogate escape")
        }
        decoded.append(contentsOf: Array(String(Character(unicode)).utf8))
    }

    private mutating func hexQuad() throws(Problem) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = Self.hexDigit(byte) else {
                throw problem("a \\u escape needs four hex digits")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private mutating func number() throws(Problem) {
        if current == UInt8(ascii: "-") {
            index += 1
        }
        guard let first = current, Self.isDigit(first) else { throw problem("invalid number") }
        index += 1
        if first != UInt8(ascii: "0") {
            skipDigits()
        }
        if current == UInt8(ascii: ".") {
            index += 1
            guard try digits() else { throw problem("invalid number") }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") {
                index += 1
            }
            guard try digits() else { throw problem("invalid number") }
        }
    }

    private mutating func digits() throws(Problem) -> Bool {
        let start = index
        skipDigits()
        return index > start
    }

    private mutating func skipDigits() {
        while let byte = current, Self.isDigit(byte) {
            index += 1
        }
    }

    private mutating func literal(_ word: String) throws(Problem) {
        let expected = Array(word.utf8)
        guard index + expected.count <= bytes.count,
            bytes[index..<index + expected.count].elementsEqual(expected)
        else { throw problem("expected a value") }
        index += expected.count
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
