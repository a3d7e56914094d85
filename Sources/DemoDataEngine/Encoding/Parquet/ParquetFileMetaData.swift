import DemoDataCore
import DemoDataVocabulary

/// The footer of a Parquet file (`FileMetaData`): the schema as a root and one leaf per
/// column, the row count, the row groups with their absolute offsets, the writer's name, and
/// the order every column's statistics follow.
package struct ParquetFileMetaData {
    package let columns: [ParquetColumnLayout]
    package let rowGroups: [ParquetRowGroupMetaData]
    /// `demodata version 0.2.0 (build data-2)`: the `<application> version <version> (build
    /// <build>)` form readers parse, with no time or host, so equal data gives equal bytes.
    package let createdBy: String

    package static let defaultCreatedBy =
        "demodata version \(DemoDataVersion.generator) (build data-\(DemoDataVersion.data))"

    package var rowCount: Int64 { rowGroups.reduce(0) { $0 + $1.rowCount } }

    /// Appends the footer in the compact protocol.
    package func write(to buffer: ByteBuffer) {
        var writer = ThriftCompactWriter(buffer: buffer)
        writer.beginStruct()
        writer.field(1, i32: ParquetFormat.version)
        writer.beginList(field: 2, of: .structure, count: columns.count + 1)
        writer.beginStruct()
        writer.field(4, string: "schema")
        writer.field(5, i32: Int32(columns.count))
        writer.endStruct()
        for column in columns {
            column.writeSchemaElement(to: &writer)
        }
        writer.field(3, i64: rowCount)
        writer.beginList(field: 4, of: .structure, count: rowGroups.count)
        for rowGroup in rowGroups {
            rowGroup.write(to: &writer)
        }
        writer.field(6, string: createdBy)
        // column_orders: TYPE_ORDER (member 1 of the ColumnOrder union) for every leaf, which
        // gives min_value and max_value their meaning.
        writer.beginList(field: 7, of: .structure, count: columns.count)
        for _ in columns {
            writer.beginStruct()
            writer.emptyStruct(field: 1)
            writer.endStruct()
        }
        writer.endStruct()
    }
}
