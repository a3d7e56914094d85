import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

/// Reads the fields of one CSV record (RFC 4180, without its final line end) into a row.
///
/// A quoted field may hold commas, line ends and doubled quotes (`""` for `"`); an empty
/// unquoted field is null, while `""` is an empty string. A quote inside an unquoted field,
/// text after a closing quote, an unclosed quote, a bare carriage return or a `\r\n` record end
/// is a problem. A field quoted though nothing in it needs quotes is noted in `needlessQuote`,
/// as the archive's writer quotes only when needed.
package enum CSVRecordParser {
    package static func parse(_ record: UnsafeBufferPointer<UInt8>, into row: RowFields)
        throws(RowProblem)
    {
        row.reset()
        guard let base = record.baseAddress else {
            row.endField(.null, start: row.valueStart)
            return
        }
        let end = record.count
        var position = 0
        while true {
            let start = row.valueStart
            var sawHighBytes = false
            if position < end, base[position] == UInt8(ascii: "\"") {
                position += 1
                var special = false
                while true {
                    var run = position
                    while run < end, base[run] != UInt8(ascii: "\"") {
                        switch base[run] {
                        case UInt8(ascii: ","), 0x0a, 0x0d: special = true
                        case 0x80...: sawHighBytes = true
                        default: break
                        }
                        run += 1
                    }
                    row.append(base + position, count: run - position)
                    guard run < end else {
                        throw RowProblem(nil, "a quoted field is not closed")
                    }
                    position = run + 1
                    if position < end, base[position] == UInt8(ascii: "\"") {
                        row.append(UInt8(ascii: "\""))
                        special = true
                        position += 1
                        continue
                    }
                    break
                }
                if position < end, base[position] != UInt8(ascii: ",") {
                    if base[position] == 0x0d, position + 1 == end {
                        throw RowProblem(nil, "the record ends with \\r\\n; expected \\n")
                    }
                    throw RowProblem(nil, "text follows the closing quote of a field")
                }
                if !special, row.used > start, row.needlessQuote == nil {
                    row.needlessQuote = row.count
                }
                try validate(row, from: start, sawHighBytes)
                row.endField(.csvText, start: start)
            } else {
                var run = position
                while run < end, base[run] != UInt8(ascii: ",") {
                    switch base[run] {
                    case UInt8(ascii: "\""):
                        throw RowProblem(nil, "a quote appears inside an unquoted field")
                    case 0x0d:
                        if run + 1 == end {
                            throw RowProblem(nil, "the record ends with \\r\\n; expected \\n")
                        }
                        throw RowProblem(nil, "an unquoted field holds a carriage return")
                    case 0x80...:
                        sawHighBytes = true
                        run += 1
                    default:
                        run += 1
                    }
                }
                row.append(base + position, count: run - position)
                try validate(row, from: start, sawHighBytes)
                row.endField(run == position ? .null : .csvText, start: start)
                position = run
            }
            guard position < end else { return }
            position += 1
            if position == end {
                row.endField(.null, start: row.valueStart)
                return
            }
        }
    }

    private static func validate(_ row: RowFields, from start: Int, _ sawHighBytes: Bool)
        throws(RowProblem)
    {
        if sawHighBytes, String(validating: row.bytes(from: start), as: UTF8.self) == nil {
            throw RowProblem(nil, "field \(row.count + 1) is not valid UTF-8")
        }
    }
}
