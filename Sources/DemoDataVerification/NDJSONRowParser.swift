import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads one NDJSON line as a row: a JSON object whose keys are exactly the table's columns, in
/// order, each with a string, number, `true`, `false` or `null` value.
///
/// A hand-written scanner over the line's bytes, so that no Foundation object is made per row;
/// string escapes (`\n`, `\"`, `\u00e9`, surrogate pairs) are decoded into the row's buffer.
package struct NDJSONRowParser {
    private let names: [String]
    private let nameBytes: [[UInt8]]

    package init(columns: [Column]) {
        names = columns.map(\.name)
        nameBytes = columns.map { Array($0.name.utf8) }
    }

    /// Parses `line` (without its line end) into `row`.
    package func parse(_ line: UnsafeBufferPointer<UInt8>, into row: RowFields) throws(RowProblem) {
        row.reset()
        guard let base = line.baseAddress else {
            throw RowProblem(nil, "the line is not a JSON object")
        }
        var scanner = Scanner(base: base, end: line.count)
        scanner.skipSpace()
        guard scanner.take(UInt8(ascii: "{")) else {
            throw RowProblem(nil, "the line is not a JSON object")
        }
        for (index, name) in names.enumerated() {
            scanner.skipSpace()
            if index > 0 {
                if scanner.peek == UInt8(ascii: "}") {
                    throw RowProblem(
                        name,
                        "the key is missing: the object ends after \(index) of "
                            + "\(names.count) columns")
                }
                guard scanner.take(UInt8(ascii: ",")) else {
                    throw RowProblem(names[index - 1], "expected , or } after the value")
                }
                scanner.skipSpace()
            }
            guard scanner.peek == UInt8(ascii: "\"") else {
                throw RowProblem(name, "expected the key \"\(name)\"")
            }
            let keyStart = row.valueStart
            try scanner.string(into: row, column: name)
            if !row.equals(from: keyStart, nameBytes[index]) {
                let found = String(decoding: row.bytes(from: keyStart), as: UTF8.self)
                throw RowProblem(
                    name,
                    "found the key \"\(found)\" where \"\(name)\" belongs: the keys must "
                        + "be the table's columns in order")
            }
            row.truncate(to: keyStart)
            scanner.skipSpace()
            guard scanner.take(UInt8(ascii: ":")) else {
                throw RowProblem(name, "expected : after the key")
            }
            scanner.skipSpace()
            try value(&scanner, row, name)
        }
        scanner.skipSpace()
        if scanner.peek == UInt8(ascii: ",") {
            throw RowProblem(
                nil, "the object has more keys than the table's \(names.count) columns")
        }
        guard scanner.take(UInt8(ascii: "}")) else {
            throw RowProblem(names.last, "expected } after the value")
        }
        scanner.skipSpace()
        guard scanner.atEnd else {
            throw RowProblem(nil, "unexpected text after the JSON object")
        }
    }

    private func value(_ scanner: inout Scanner, _ row: RowFields, _ name: String)
        throws(RowProblem)
    {
        let start = row.valueStart
        switch scanner.peek {
        case UInt8(ascii: "\""):
            try scanner.string(into: row, column: name)
            row.endField(.jsonString, start: start)
        case UInt8(ascii: "t"):
            try scanner.literal("true", column: name)
            row.endField(.jsonTrue, start: start)
        case UInt8(ascii: "f"):
            try scanner.literal("false", column: name)
            row.endField(.jsonFalse, start: start)
        case UInt8(ascii: "n"):
            try scanner.literal("null", column: name)
            row.endField(.null, start: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try scanner.number(into: row, column: name)
            row.endField(.jsonNumber, start: start)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            throw RowProblem(name, "the value is a JSON object or array, not a column value")
        default:
            throw RowProblem(name, "the value is not valid JSON")
        }
    }

    /// A cursor over the bytes of one line.
    private struct Scanner {
        let base: UnsafePointer<UInt8>
        let end: Int
        var position = 0

        init(base: UnsafePointer<UInt8>, end: Int) {
            self.base = base
            self.end = end
        }

        var atEnd: Bool { position >= end }

        /// The next byte, or 0 at the end of the line.
        var peek: UInt8 { position < end ? base[position] : 0 }

        mutating func take(_ byte: UInt8) -> Bool {
            guard position < end, base[position] == byte else { return false }
            position += 1
            return true
        }

        mutating func skipSpace() {
            while position < end {
                switch base[position] {
                case 0x20, 0x09, 0x0d: position += 1
                default: return
                }
            }
        }

        mutating func literal(_ word: StaticString, column: String) throws(RowProblem) {
            let count = word.utf8CodeUnitCount
            guard end - position >= count, memcmp(base + position, word.utf8Start, count) == 0
            else {
                throw RowProblem(column, "the value is not valid JSON")
            }
            position += count
        }

        /// A JSON number: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, kept as written.
        mutating func number(into row: RowFields, column: String) throws(RowProblem) {
            let start = position
            _ = take(UInt8(ascii: "-"))
            if take(UInt8(ascii: "0")) {
                if Self.isDigit(peek) {
                    throw RowProblem(column, "the number has a leading zero, which JSON forbids")
                }
            } else {
                try digits(column)
            }
            if take(UInt8(ascii: ".")) {
                try digits(column)
            }
            if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
                position += 1
                if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") {
                    position += 1
                }
                try digits(column)
            }
            row.append(base + start, count: position - start)
        }

        private mutating func digits(_ column: String) throws(RowProblem) {
            guard Self.isDigit(peek) else {
                throw RowProblem(column, "the value is not a valid JSON number")
            }
            while Self.isDigit(peek) {
                position += 1
            }
        }

        private static func isDigit(_ byte: UInt8) -> Bool {
            byte &- UInt8(ascii: "0") < 10
        }

        /// A JSON string starting at the opening quote; its decoded bytes go to `row`.
        mutating func string(into row: RowFields, column: String) throws(RowProblem) {
            position += 1
            let start = row.valueStart
            var sawHighBytes = false
            while true {
                var run = position
                while run < end {
                    let byte = base[run]
                    if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 {
                        break
                    }
                    if byte >= 0x80 {
                        sawHighBytes = true
                    }
                    run += 1
                }
                row.append(base + position, count: run - position)
                position = run
                guard position < end else {
                    throw RowProblem(column, "the string is not closed before the end of the line")
                }
                let byte = base[position]
                position += 1
                if byte == UInt8(ascii: "\"") {
                    break
                }
                if byte < 0x20 {
                    throw RowProblem(
                        column, "the string holds a control character, which JSON must escape")
                }
                try escape(into: row, column: column)
            }
            if sawHighBytes,
                String(validating: row.bytes(from: start), as: UTF8.self) == nil
            {
                throw RowProblem(column, "the string is not valid UTF-8")
            }
        }

        private mutating func escape(into row: RowFields, column: String) throws(RowProblem) {
            guard position < end else {
                throw RowProblem(column, "the string is not closed before the end of the line")
            }
            let byte = base[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): row.append(byte)
            case UInt8(ascii: "b"): row.append(0x08)
            case UInt8(ascii: "f"): row.append(0x0c)
            case UInt8(ascii: "n"): row.append(0x0a)
            case UInt8(ascii: "r"): row.append(0x0d)
            case UInt8(ascii: "t"): row.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4(column)
                if (0xd800..<0xdc00).contains(scalar) {
                    guard take(UInt8(ascii: "\\")), take(UInt8(ascii: "u")) else {
                        throw RowProblem(column, "the string has an unpaired \\u surrogate")
                    }
                    let low = try hex4(column)
                    guard (0xdc00..<0xe000).contains(low) else {
                        throw RowProblem(column, "the string has an unpaired \\u surrogate")
                    }
                    scalar = 0x10000 + ((scalar - 0xd800) << 10) + (low - 0xdc00)
                } else if (0xdc00..<0xe000).contains(scalar) {
                    throw RowProblem(column, "the string has an unpaired \\u surrogate")
                }
                guard let unicode = Unicode.Scalar(scalar) else {
                    throw RowProblem(column, "the string has an invalid \\u escape")
                }
                for unit in UTF8.encode(unicode) ?? UTF8.EncodedScalar() {
                    row.append(unit)
                }
            default:
                throw RowProblem(
                    column, "the string has an invalid escape \\\(Character(Unicode.Scalar(byte)))")
            }
        }

        private mutating func hex4(_ column: String) throws(RowProblem) -> UInt32 {
            guard end - position >= 4 else {
                throw RowProblem(column, "the string has an invalid \\u escape")
            }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = base[position]
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: throw RowProblem(column, "the string has an invalid \\u escape")
                }
                value = value << 4 | UInt32(digit)
                position += 1
            }
            return value
        }
    }
}
