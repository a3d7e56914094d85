import DemoDataCore
import DemoDataVocabulary

// The customer types table: its columns, random stream and fields, registry entry and generator.

extension Table {
    package static let customerTypeColumns: [Column] = [
        Column("id", .uuid),
        Column("name", .string, unique: true, check: .oneOf(Domain.customerTypeNames)),
        Column("description", .string, maximumLength: 200),
        Column("credit_limit_multiplier", .percent, check: .between("1.00", "3.00")),
        Column("discount_percentage", .percent, check: .between("0.00", "100.00")),
        Column("priority_level", .integer, check: .between("1", "4")),
        Column("active", .boolean),
        Column("created_at", .timestamp),
    ]
}

extension RandomStream {
    /// The customer types' own random values: id 1, never reused.
    package static var customerTypes: RandomStream { RandomStream(1) }
}

package enum CustomerTypeField: UInt64, RandomFieldSet {
    case uuid = 0
    package var width: UInt64 { 2 }
}

extension TableSpec {
    package static let customerTypes = TableSpec(
        table: .customerTypes, noun: RowNoun("customer type", "customer types"),
        columns: Table.customerTypeColumns, root: .customerTypes,
        isFoundation: true, randomStream: .customerTypes,
        randomFields: CustomerTypeField.allocations, rootsPerChunk: 64, bytesPerRoot: 350,
        rootCount: .fixed(Domain.customerTypeNames.count),
        rowsPerRoot: nil,
        ndjsonSize: MeasuredSize(bytesPerRowTenths: 2965, gzipPerTenThousand: 4570),
        csvSize: MeasuredSize(bytesPerRowTenths: 1948, gzipPerTenThousand: 6444),
        encodeNDJSON: { CustomerTypeRows(context: $0).encode(roots: $1, into: &$2) },
        encodeCSV: { CustomerTypeRows(context: $0).encode(roots: $1, into: &$2) },
        encodeParquet: { CustomerTypeRows(context: $0).encode(roots: $1, into: &$2) })
}

/// The four customer tiers: Bronze, Silver, Gold and Platinum.
package struct CustomerTypeRows: TableRows {
    package let context: DataContext

    /// Foundation rows are created before any customer: this many days before as-of.
    package static let foundationAge = 2000

    package func encode<Encoder: RowEncoder>(roots: Range<Int>, into encoder: inout Encoder) {
        let lexicon = context.lexicon
        for index in roots {
            let random = context.random.row(.customerTypes, index)
            encoder.beginRow()
            encoder.uuid(random.uuid(RandomFields.uuid))
            encoder.string(lexicon.typeNames[index])
            encoder.string(lexicon.typeDescriptions[index])
            encoder.decimal(Domain.tiers[index].creditMultiplierHundredths, scale: 2)
            encoder.decimal(Domain.tiers[index].discountHundredths, scale: 2)
            encoder.integer(index + 1)
            encoder.boolean(true)
            let day = context.asOfDay - CustomerTypeRows.foundationAge
            encoder.timestamp(
                DataContext.startOfDay(day) + DataContext.businessTime(random, 2))
            encoder.endRow()
        }
    }
}
