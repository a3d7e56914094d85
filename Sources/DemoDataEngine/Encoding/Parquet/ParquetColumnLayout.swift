import DemoDataCore
import DemoDataVocabulary

/// How one column of the schema is stored in Parquet: its physical type, annotations,
/// repetition, the order its statistics follow, and whether a dictionary is tried for it.
package struct ParquetColumnLayout: Sendable {
    package let name: String
    package let physicalType: ParquetFormat.PhysicalType
    /// The byte width of a FIXED_LEN_BYTE_ARRAY value (16 for a UUID); 0 otherwise.
    package let typeLength: Int
    package let logicalType: ParquetLogicalType?
    package let convertedType: ParquetFormat.ConvertedType?
    package let nullable: Bool
    /// Whether min and max compare as unsigned bytes (strings, UUIDs) rather than as signed
    /// numbers (integers, decimals, dates, timestamps) or booleans.
    package let unsignedByteOrder: Bool
    /// Whether the column's chunks start with a dictionary: string columns whose values the
    /// schema does not declare unique. A chunk whose values turn out too many for one falls
    /// back to plain values (decided from the data alone).
    package let triesDictionary: Bool

    package init(_ column: Column) {
        name = column.name
        nullable = column.nullable
        var length = 0
        var converted: ParquetFormat.ConvertedType?
        var logical: ParquetLogicalType?
        var unsigned = false
        var dictionary = false
        switch column.type {
        case .uuid:
            physicalType = .fixedLenByteArray
            length = 16
            logical = .uuid
            unsigned = true
        case .string:
            physicalType = .byteArray
            logical = .string
            converted = .utf8
            unsigned = true
            dictionary = !column.unique
        case .integer:
            physicalType = .int64
        case .boolean:
            physicalType = .boolean
        case .decimal(let precision, let scale):
            physicalType = precision <= 9 ? .int32 : .int64
            logical = .decimal(precision: precision, scale: scale)
            converted = .decimal
        case .date:
            physicalType = .int32
            logical = .date
            converted = .date
        case .timestamp:
            physicalType = .int64
            logical = .timestampMicrosUTC
            converted = .timestampMicros
        }
        typeLength = length
        logicalType = logical
        convertedType = converted
        unsignedByteOrder = unsigned
        triesDictionary = dictionary
    }

    /// Writes the column's leaf `SchemaElement` as a list element.
    package func writeSchemaElement(to writer: inout ThriftCompactWriter) {
        writer.beginStruct()
        writer.field(1, i32: physicalType.rawValue)
        if typeLength > 0 {
            writer.field(2, i32: Int32(typeLength))
        }
        writer.field(
            3,
            i32: (nullable ? ParquetFormat.Repetition.optional : .required).rawValue)
        writer.field(4, string: name)
        if let convertedType {
            writer.field(6, i32: convertedType.rawValue)
        }
        if case .decimal(let precision, let scale) = logicalType {
            writer.field(7, i32: Int32(scale))
            writer.field(8, i32: Int32(precision))
        }
        logicalType?.write(field: 10, to: &writer)
        writer.endStruct()
    }
}
