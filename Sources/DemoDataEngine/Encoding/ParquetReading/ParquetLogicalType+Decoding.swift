import DemoDataCore
import DemoDataVocabulary

extension ParquetLogicalType {
    /// The annotation as `parquet.thrift` spells it: `STRING`, `DECIMAL(12,2)`,
    /// `TIMESTAMP(MICROS, UTC)`.
    package var name: String {
        switch self {
        case .string: "STRING"
        case .uuid: "UUID"
        case .decimal(let precision, let scale): "DECIMAL(\(precision),\(scale))"
        case .date: "DATE"
        case .timestampMicrosUTC: "TIMESTAMP(MICROS, UTC)"
        }
    }

    /// The members of the `LogicalType` union by field id, for naming those demodata never
    /// writes.
    private static let memberNames: [Int: String] = [
        1: "STRING", 2: "MAP", 3: "LIST", 4: "ENUM", 5: "DECIMAL", 6: "DATE", 7: "TIME",
        8: "TIMESTAMP", 10: "INTEGER", 11: "UNKNOWN", 12: "JSON", 13: "BSON", 14: "UUID",
        15: "FLOAT16", 16: "VARIANT", 17: "GEOMETRY", 18: "GEOGRAPHY",
    ]

    /// Reads the `LogicalType` union `field`: the member demodata writes, or (`other`) the
    /// name of another — a member it never writes, or a timestamp in another unit or not in
    /// UTC.
    package static func decode(
        _ field: ThriftCompactReader.Field, from reader: inout ThriftCompactReader
    ) throws -> (type: ParquetLogicalType?, other: String?) {
        var type: ParquetLogicalType?
        var other: String?
        var members = 0
        try reader.readStruct(field) { reader, field in
            members += 1
            switch field.id {
            case 1:
                try reader.readStruct(field) { _, _ in false }
                type = .string
            case 5:
                var scale: Int32?
                var precision: Int32?
                try reader.readStruct(field) { reader, field in
                    switch field.id {
                    case 1: scale = try reader.readI32(field)
                    case 2: precision = try reader.readI32(field)
                    default: return false
                    }
                    return true
                }
                if let scale, let precision {
                    type = .decimal(precision: Int(precision), scale: Int(scale))
                } else {
                    other = "DECIMAL without its scale and precision"
                }
            case 6:
                try reader.readStruct(field) { _, _ in false }
                type = .date
            case 8:
                var utc = false
                var unit = 0
                try reader.readStruct(field) { reader, field in
                    switch field.id {
                    case 1:
                        utc = try reader.readBool(field)
                    case 2:
                        // TimeUnit is a union of empty structs: the member's id is the unit.
                        try reader.readStruct(field) { _, member in
                            unit = member.id
                            return false
                        }
                    default:
                        return false
                    }
                    return true
                }
                if utc && unit == 2 {
                    type = .timestampMicrosUTC
                } else {
                    let units = [1: "MILLIS", 2: "MICROS", 3: "NANOS"]
                    other = "TIMESTAMP(\(units[unit] ?? "unknown unit"), \(utc ? "UTC" : "local"))"
                }
            case 14:
                try reader.readStruct(field) { _, _ in false }
                type = .uuid
            default:
                other = memberNames[field.id] ?? "an unknown logical type (\(field.id))"
                return false
            }
            return true
        }
        if members > 1 {
            return (nil, "a logical type with \(members) members")
        }
        return (other == nil ? type : nil, other)
    }
}
