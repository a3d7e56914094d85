import DemoDataCore
import DemoDataVocabulary

/// A Parquet file's footer read back (`FileMetaData`): the schema's leaves, the row count, the
/// row groups as the writer's own metadata structures, and the writer's name.
///
/// What merge needs to rewrite a shard's footer: decode it, rebase `rowGroups`, and write
/// them again with `ParquetFileAssembler.footer(columns:rowGroups:createdBy:)` — for a file
/// demodata wrote, decoding and writing again gives the footer's bytes.
package struct ParquetFooter {
    /// The schema's leaves, one per column, in file order.
    package let columns: [ParquetSchemaElement]
    package let rowCount: Int64
    package let rowGroups: [ParquetRowGroupMetaData]
    package let createdBy: String?

    /// Decodes `FileMetaData` from `bytes`, the footer without its length and `PAR1`.
    package init(decoding bytes: UnsafeRawBufferPointer) throws {
        var reader = ThriftCompactReader(bytes: bytes)
        var schema: [ParquetSchemaElement]?
        var rowCount: Int64?
        var rowGroups: [ParquetRowGroupMetaData]?
        var createdBy: String?
        var orders: [Int]?
        do {
            try reader.readStruct { reader, field in
                switch field.id {
                case 2:
                    var elements: [ParquetSchemaElement] = []
                    try reader.readList(field, of: .structure) { reader in
                        elements.append(try ParquetSchemaElement(decoding: &reader))
                    }
                    schema = elements
                case 3:
                    rowCount = try reader.readI64(field)
                case 4:
                    var groups: [ParquetRowGroupMetaData] = []
                    try reader.readList(field, of: .structure) { reader in
                        groups.append(
                            try ParquetRowGroupMetaData(decoding: &reader, number: groups.count + 1)
                        )
                    }
                    rowGroups = groups
                case 6:
                    createdBy = try reader.readString(field)
                case 7:
                    // ColumnOrder is a union: the member's id says which order.
                    var members: [Int] = []
                    try reader.readList(field, of: .structure) { reader in
                        var member = 0
                        try reader.readStruct { _, field in
                            member = field.id
                            return false
                        }
                        members.append(member)
                    }
                    orders = members
                case 8:
                    throw ParquetReadError("the file is encrypted, which this reader does not read")
                default:
                    return false
                }
                return true
            }
        } catch let error as ThriftCompactError {
            throw ParquetReadError("the footer is not valid Parquet metadata: \(error)")
        }
        guard reader.remaining == 0 else {
            throw ParquetReadError(
                "the footer has \(reader.remaining) bytes after its metadata")
        }
        guard let schema, let rowCount, let rowGroups else {
            throw ParquetReadError("the footer has no schema, num_rows or row_groups")
        }
        columns = try Self.leaves(of: schema)
        self.rowCount = rowCount
        self.rowGroups = rowGroups
        self.createdBy = createdBy
        try check(orders: orders)
    }

    /// The leaves of a flat schema: a root group whose children are all columns.
    private static func leaves(of schema: [ParquetSchemaElement]) throws -> [ParquetSchemaElement] {
        guard let root = schema.first, root.physicalType == nil,
            Int(root.childCount ?? -1) == schema.count - 1
        else {
            throw ParquetReadError(
                "the footer's schema is not a root group with one element per column")
        }
        let leaves = Array(schema.dropFirst())
        if let group = leaves.first(where: { $0.physicalType == nil || ($0.childCount ?? 0) != 0 })
        {
            throw ParquetReadError(
                "column \(ParquetReadError.quoted(group.name)) is a group (a nested column), which this reader does "
                    + "not read")
        }
        return leaves
    }

    /// Checks the row counts, the chunks per row group, and the column orders: TYPE_ORDER,
    /// which gives min_value and max_value their meaning, or none.
    private func check(orders: [Int]?) throws {
        let total = ParquetRowGroupMetaData.sum(rowGroups.map(\.rowCount))
        guard total == rowCount else {
            let have = rowGroups.count == 1 ? "its row group has" : "its row groups have"
            throw ParquetReadError(
                "the footer says \(rowCount) rows; \(have) "
                    + (total.map(String.init) ?? "more than any file"))
        }
        for (index, rowGroup) in rowGroups.enumerated()
        where rowGroup.columns.count != columns.count {
            throw ParquetReadError(
                "row group \(index + 1) has \(rowGroup.columns.count) column chunks; the file "
                    + "has \(columns.count) columns")
        }
        if let orders, orders.count != columns.count || orders.contains(where: { $0 != 1 }) {
            throw ParquetReadError(
                "the footer's column orders are not TYPE_ORDER for every column")
        }
    }
}
