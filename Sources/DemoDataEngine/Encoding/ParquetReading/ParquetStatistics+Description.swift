import DemoDataCore
import DemoDataVocabulary

extension ParquetStatistics {
    /// The statistics in words, each bound written as the column's type reads: `2 nulls, min
    /// "Acme", max "Zeta"`, `0 nulls, min 0.01, max 99.50`, `25 nulls, no values`.
    package func description(for type: ColumnType) -> String {
        var text = "\(nullCount) null\(nullCount == 1 ? "" : "s")"
        if min == nil && max == nil {
            return text + ", no min or max"
        }
        text += ", min " + (min.map { Self.text(of: $0, as: type) } ?? "none")
        text += ", max " + (max.map { Self.text(of: $0, as: type) } ?? "none")
        return text
    }

    /// A PLAIN-encoded bound as a value of `type`; hex digits when it has the wrong length.
    package static func text(of bytes: [UInt8], as type: ColumnType) -> String {
        let buffer = ByteBuffer(capacity: 64)
        bytes.withUnsafeBytes { raw in
            let number: Int64? =
                switch raw.count {
                case 4: Int64(Int32(littleEndian: raw.loadUnaligned(as: Int32.self)))
                case 8: Int64(littleEndian: raw.loadUnaligned(as: Int64.self))
                default: nil
                }
            switch type {
            case .string:
                buffer.append(UInt8(ascii: "\""))
                buffer.appendJSONEscaped(UnsafeRawBufferPointer(rebasing: raw.prefix(40)))
                buffer.append(contentsOf: Array((raw.count > 40 ? "…\"" : "\"").utf8))
            case .uuid where raw.count == 16:
                buffer.appendUUID(UUIDBits(storedBytes: raw))
            case .boolean where raw.count == 1 && raw[0] <= 1:
                buffer.append(raw[0] == 1 ? "true" : "false")
            case .integer where number != nil:
                buffer.appendInteger(Int(number ?? 0))
            case .decimal(_, let scale) where number != nil:
                buffer.appendDecimal(Int(number ?? 0), scale: scale)
            case .date
            where raw.count == 4
                && ParquetDecodedRowGroup.writableDays.contains(Int(number ?? 0)):
                buffer.appendDate(daysSinceEpoch: Int(number ?? 0))
            case .timestamp
            where raw.count == 8
                && ParquetDecodedRowGroup.writableMicroseconds.contains(number ?? 0):
                buffer.appendTimestamp(microseconds: number ?? 0)
            default:
                buffer.append("0x" + raw.map { String($0, radix: 16).leftPadded(to: 2) }.joined())
            }
        }
        return String(decoding: buffer.bytes, as: UTF8.self)
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: Swift.max(0, width - count)) + self
    }
}
