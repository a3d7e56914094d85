import DemoDataCore
import DemoDataVocabulary

/// One `SchemaElement` of a file's footer as read back: the root, or a column's leaf with its
/// physical type, repetition and annotations. Numbers are kept raw, so that a type demodata
/// never writes can still be named in a message.
package struct ParquetSchemaElement: Equatable {
    package var name = ""
    package var physicalType: Int32?
    package var typeLength: Int32?
    package var repetition: Int32?
    package var childCount: Int32?
    package var convertedType: Int32?
    package var scale: Int32?
    package var precision: Int32?
    package var logicalType: ParquetLogicalType?
    /// A logical type demodata never writes, by name.
    package var otherLogicalType: String?

    package init(decoding reader: inout ThriftCompactReader) throws {
        var hasName = false
        try reader.readStruct { reader, field in
            switch field.id {
            case 1: physicalType = try reader.readI32(field)
            case 2: typeLength = try reader.readI32(field)
            case 3: repetition = try reader.readI32(field)
            case 4:
                name = try reader.readString(field)
                hasName = true
            case 5: childCount = try reader.readI32(field)
            case 6: convertedType = try reader.readI32(field)
            case 7: scale = try reader.readI32(field)
            case 8: precision = try reader.readI32(field)
            case 10:
                (logicalType, otherLogicalType) = try ParquetLogicalType.decode(
                    field, from: &reader)
            default: return false
            }
            return true
        }
        guard hasName else {
            throw ParquetReadError("a schema element has no name")
        }
    }

    /// The stored type and its annotation: `INT32 DECIMAL(9,2)`, `FIXED_LEN_BYTE_ARRAY(16) UUID`.
    package var typeDescription: String {
        var text = physicalType.map(ParquetFormat.physicalTypeName) ?? "a group"
        if physicalType == ParquetFormat.PhysicalType.fixedLenByteArray.rawValue {
            text += "(\(typeLength ?? 0))"
        }
        if let annotation = logicalType?.name ?? otherLogicalType
            ?? convertedType.map(ParquetFormat.convertedTypeName)
        {
            text += " " + annotation
        }
        return text
    }
}
