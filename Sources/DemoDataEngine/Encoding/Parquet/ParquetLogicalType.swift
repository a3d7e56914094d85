import DemoDataCore
import DemoDataVocabulary

/// The `LogicalType` union members demodata writes: what a column's stored values mean.
package enum ParquetLogicalType: Equatable {
    case string
    case uuid
    case decimal(precision: Int, scale: Int)
    case date
    /// Microseconds since the epoch, adjusted to UTC.
    case timestampMicrosUTC

    /// Writes the union as the struct-valued field `id`.
    package func write(field id: Int, to writer: inout ThriftCompactWriter) {
        writer.beginStruct(field: id)
        switch self {
        case .string:
            writer.emptyStruct(field: 1)
        case .decimal(let precision, let scale):
            writer.beginStruct(field: 5)
            writer.field(1, i32: Int32(scale))
            writer.field(2, i32: Int32(precision))
            writer.endStruct()
        case .date:
            writer.emptyStruct(field: 6)
        case .timestampMicrosUTC:
            writer.beginStruct(field: 8)
            writer.field(1, bool: true)
            // TimeUnit is a union; MICROS is its member 2, an empty struct.
            writer.beginStruct(field: 2)
            writer.emptyStruct(field: 2)
            writer.endStruct()
            writer.endStruct()
        case .uuid:
            writer.emptyStruct(field: 14)
        }
        writer.endStruct()
    }
}
