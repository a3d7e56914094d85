import DemoDataCore
import DemoDataVocabulary

// The inventory rows table: its columns, random stream and fields, registry entry and generator.

extension Table {
    package static let inventoryColumns: [Column] = [
        Column("id", .uuid),
        Column("product_id", .uuid, references: .products, unique: true),
        Column("current_stock", .integer, check: .between("0", "1000000")),
        Column("reserved_stock", .integer, check: .between("0", "1000000")),
        Column("reorder_point", .integer, check: .between("0", "1000000")),
        Column("reorder_quantity", .integer, check: .between("1", "1000000")),
        Column("location", .string, check: .oneOf(Domain.locations)),
        Column("last_received_date", .date),
        Column("last_received_quantity", .integer, check: .between("1", "1000000")),
        Column("created_at", .timestamp),
        Column("updated_at", .timestamp),
    ]
}

extension RandomStream {
    /// The inventory rows' own random values: id 6, never reused.
    package static var inventory: RandomStream { RandomStream(6) }
}

package enum InventoryField: UInt64, RandomFieldSet {
    case uuid = 0
    case leadTime = 2
    case belowReorder = 3
    case current = 4
    case reserved = 5
    case location = 6
    case receivedDaysAgo = 7
    case receivedTime = 8
    case created = 10

    package var width: UInt64 { self == .uuid || self == .receivedTime ? 2 : 1 }
}

extension TableSpec {
    package static let inventory = TableSpec(
        table: .inventory, noun: RowNoun("inventory row", "inventory rows"),
        columns: Table.inventoryColumns, root: .products,
        isFoundation: false, randomStream: .inventory, randomFields: InventoryField.allocations,
        rootsPerChunk: 256, bytesPerRoot: 350,
        rootCount: nil,
        rowsPerRoot: nil,
        ndjsonSize: MeasuredSize(bytesPerRowTenths: 3462, gzipPerTenThousand: 2298),
        csvSize: MeasuredSize(bytesPerRowTenths: 1632, gzipPerTenThousand: 4417),
        encodeNDJSON: { InventoryRows(context: $0).encode(roots: $1, into: &$2) },
        encodeCSV: { InventoryRows(context: $0).encode(roots: $1, into: &$2) },
        encodeParquet: { InventoryRows(context: $0).encode(roots: $1, into: &$2) })
}

/// Inventory: exactly one row per product, stocked for its demand: the reorder point covers
/// the expected sales over the supplier's lead time with a margin, the reorder quantity about
/// six weeks of sales, and most products hold between the two; inactive products sell off
/// what is left.
package struct InventoryRows: TableRows {
    package let context: DataContext

    private typealias Field = InventoryField

    package static let locationWeights = WeightTable(Domain.locationChoices.map(\.share))

    /// Units of a product expected to sell per day: its share of line items times the line
    /// items per day, times about 1.4 units a line.
    package func dailyUnits(ofRank rank: Int) -> Double {
        let asOf = context.asOfDay
        let linesPerDay =
            Double(context.invoiceCount)
            * context.history.invoices.share(from: asOf - 364, through: asOf) * 2.2 / 365
        return linesPerDay * context.productPopularity.share(ofRank: rank) * 1.4
    }

    package func encode<Encoder: RowEncoder>(roots: Range<Int>, into encoder: inout Encoder) {
        let lexicon = context.lexicon
        for index in roots {
            let random = context.random.row(.inventory, index)
            let product = ProductFacts(context, index)
            let daily = dailyUnits(ofRank: context.productRanks.rank(of: index))
            let active = product.inactiveDay == nil
            let leadDays = random.int(7...21, Field.leadTime.id)
            let reorderPoint = active ? min(100_000, Int(daily * Double(leadDays) * 1.5) + 1) : 0
            // Six weeks of sales, in cases of 5, 10 or 50.
            let sixWeeks = daily * 42
            let caseSize = sixWeeks < 50 ? 5 : sixWeeks < 500 ? 10 : 50
            let reorderQuantity = min(500_000, (Int(sixWeeks) / caseSize + 1) * caseSize)
            let current: Int
            if !active {
                current = random.below(6, Field.current.id)
            } else if random.percent(12, Field.belowReorder.id) {
                current = random.below(reorderPoint + 1, Field.current.id)
            } else {
                current = reorderPoint + 1 + random.below(reorderQuantity, Field.current.id)
            }
            encoder.beginRow()
            encoder.uuid(random.uuid(RandomFields.uuid))
            encoder.uuid(product.random.uuid(RandomFields.uuid))
            encoder.integer(current)
            // Reserved for open orders: up to three days of sales.
            encoder.integer(random.below(min(current, Int(daily * 3) + 1) + 1, Field.reserved.id))
            encoder.integer(reorderPoint)
            encoder.integer(reorderQuantity)
            encoder.string(
                lexicon.locations[random.weighted(Self.locationWeights, Field.location.id)])
            let receivedDay =
                context.asOfDay
                - random.below(BusinessRules.receiptWindowDays, Field.receivedDaysAgo.id)
            encoder.date(receivedDay)
            encoder.integer(reorderQuantity)
            let productCreated = product.createdAt
            let created = productCreated + Int64(random.below(3600, Field.created.id)) * 1_000_000
            encoder.timestamp(created)
            let received =
                DataContext.startOfDay(receivedDay)
                + DataContext.businessTime(random, Field.receivedTime.id)
            encoder.timestamp(max(created, min(received, context.asOfEnd)))
            encoder.endRow()
        }
    }
}
