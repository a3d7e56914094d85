/// A strict RFC 4180 reader for the archives' CSV: `\n` line ends, fields quoted only when
/// needed, and an empty unquoted field read as null (nil), apart from a quoted `""`.
enum CSVRecords {
    static func parse(_ bytes: [UInt8]) throws -> [[String?]] {
        var records: [[String?]] = []
        var record: [String?] = []
        var index = 0
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n")
        while index < bytes.count {
            var field: [UInt8] = []
            var quoted = false
            if bytes[index] == quote {
                quoted = true
                index += 1
                while true {
                    guard index < bytes.count else {
                        throw TestFailure("CSV ends inside a quoted field")
                    }
                    if bytes[index] == quote {
                        if index + 1 < bytes.count, bytes[index + 1] == quote {
                            field.append(quote)
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    field.append(bytes[index])
                    index += 1
                }
            } else {
                while index < bytes.count, bytes[index] != comma, bytes[index] != newline {
                    if bytes[index] == quote {
                        throw TestFailure("CSV has a quote inside an unquoted field")
                    }
                    field.append(bytes[index])
                    index += 1
                }
            }
            record.append(quoted || !field.isEmpty ? String(decoding: field, as: UTF8.self) : nil)
            guard index < bytes.count else {
                throw TestFailure("CSV does not end with a line break")
            }
            if bytes[index] == newline {
                records.append(record)
                record = []
            } else if bytes[index] != comma {
                throw TestFailure("CSV has text after a closing quote")
            }
            index += 1
        }
        return records
    }
}
