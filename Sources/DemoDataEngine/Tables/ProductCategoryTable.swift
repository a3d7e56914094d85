import DemoDataCore
import DemoDataVocabulary

// The product categories table: its columns, random stream and fields, registry entry and generator.

extension Table {
    package static let productCategoryColumns: [Column] = [
        Column("id", .uuid),
        Column("name", .string, unique: true, check: .oneOf(Domain.categoryNames)),
        Column("description", .string, maximumLength: 200),
        Column("sort_order", .integer, check: .between("1", "5")),
        Column("active", .boolean),
        Column("created_at", .timestamp),
    ]
}

extension RandomStream {
    /// The product categories' own random values: id 2, never reused.
    package static var productCategories: RandomStream { RandomStream(2) }
}

package enum ProductCategoryField: UInt64, RandomFieldSet {
    case uuid = 0
    package var width: UInt64 { 2 }
}

extension TableSpec {
    package static let productCategories = TableSpec(
        table: .productCategories, noun: RowNoun("product category", "product categories"),
        columns: Table.productCategoryColumns,
        root: .productCategories, isFoundation: true, randomStream: .productCategories,
        randomFields: ProductCategoryField.allocations,
        rootsPerChunk: 64, bytesPerRoot: 350,
        rootCount: .fixed(Domain.categoryNames.count),
        rowsPerRoot: nil,
        ndjsonSize: MeasuredSize(bytesPerRowTenths: 2352, gzipPerTenThousand: 5085),
        csvSize: MeasuredSize(bytesPerRowTenths: 1760, gzipPerTenThousand: 6398),
        encodeNDJSON: { ProductCategoryRows(context: $0).encode(roots: $1, into: &$2) },
        encodeCSV: { ProductCategoryRows(context: $0).encode(roots: $1, into: &$2) },
        encodeParquet: { ProductCategoryRows(context: $0).encode(roots: $1, into: &$2) })
}

/// The five product categories.
package struct ProductCategoryRows: TableRows {
    package let context: DataContext

    package func encode<Encoder: RowEncoder>(roots: Range<Int>, into encoder: inout Encoder) {
        let lexicon = context.lexicon
        for index in roots {
            let random = context.random.row(.productCategories, index)
            encoder.beginRow()
            encoder.uuid(random.uuid(RandomFields.uuid))
            encoder.string(lexicon.categoryNames[index])
            encoder.string(lexicon.categoryDescriptions[index])
            encoder.integer(index + 1)
            encoder.boolean(true)
            let day = context.asOfDay - CustomerTypeRows.foundationAge
            encoder.timestamp(
                DataContext.startOfDay(day) + DataContext.businessTime(random, 2))
            encoder.endRow()
        }
    }
}
