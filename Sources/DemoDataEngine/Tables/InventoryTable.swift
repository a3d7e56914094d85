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
    case safety = 11
    case cover = 12
    case shipped = 13
    case caseSize = 15

    package var width: UInt64 { self == .uuid || self == .receivedTime || self == .shipped ? 2 : 1 }
}

extension TableSpec {
    package static let inventory = TableSpec(
        table: .inventory, noun: RowNoun("inventory row", "inventory rows"),
        columns: Table.inventoryColumns, root: .products,
        isFoundation: false, randomStream: .inventory, randomFields: InventoryField.allocations,
        rootsPerChunk: 256, bytesPerRoot: 350,
        rootCount: nil,
        rowsPerRoot: nil,
        ndjsonSize: MeasuredSize(bytesPerRowTenths: 3471, gzipPerTenThousand: 2440),
        csvSize: MeasuredSize(bytesPerRowTenths: 1642, gzipPerTenThousand: 4608),
        encodeNDJSON: { InventoryRows(context: $0).encode(roots: $1, into: &$2) },
        encodeCSV: { InventoryRows(context: $0).encode(roots: $1, into: &$2) },
        encodeParquet: { InventoryRows(context: $0).encode(roots: $1, into: &$2) })
}

/// Inventory: exactly one row per product, stocked for its demand and its supplier's lead
/// time. The reorder point covers the expected sales over the lead time plus a safety stock;
/// the reorder quantity is some weeks of sales (more weeks for cheap goods), in whole cases.
/// Stock follows the saw-tooth of receipts and sales: the last receipt brought the safety
/// stock up by a reorder quantity (sometimes a short shipment) and sales have drawn it down
/// since. A slow seller still lives on its first delivery, received when it was added to the
/// catalog; an inactive product was last received before it went inactive and sells off what
/// is left. No receipt is before its product existed.
package struct InventoryRows: TableRows {
    package let context: DataContext

    private typealias Field = InventoryField

    package static let locationWeights = WeightTable(Domain.locationChoices.map(\.share))

    /// The supplier's lead time in days, by category (books from a distributor within days,
    /// clothing made to order further away).
    package static let leadDays = [5...14, 7...21, 5...14, 2...7, 5...14]

    /// Units of product `index` expected to sell per day: its share of line items times the line
    /// items per day, times the units of a line at its price.
    package func dailyUnits(of index: Int, priceCents: Int) -> Double {
        let asOf = context.asOfDay
        let linesPerDay =
            Double(context.invoiceCount)
            * context.history.invoices.share(from: asOf - 364, through: asOf) * 2.2 / 365
        let unitsPerLine = priceCents < 2000 ? 1.9 : priceCents < 20000 ? 1.3 : 1.1
        return linesPerDay * context.productPopularity.share(ofIndex: index) * unitsPerLine
    }

    /// The units of a case by price: cheap goods come by the half-dozen to the four dozen,
    /// mid-priced ones in small packs, big-ticket items one at a time.
    package static func caseSize(priceCents: Int, _ random: RowRandom, _ field: UInt64) -> Int {
        switch priceCents {
        case ..<2500: cheapCases[random.below(cheapCases.count, field)]
        case ..<10000: middleCases[random.below(middleCases.count, field)]
        case ..<30000: 1 + random.below(2, field)
        default: 1
        }
    }

    /// A product expected to sell fewer units than this in a year is not replenished: its
    /// first delivery was bought for its life.
    package static let slowSellerUnitsPerYear = 2.0

    package static let cheapCases = [6, 8, 10, 12, 12, 16, 20, 24, 24, 36, 48]
    package static let middleCases = [1, 2, 3, 4, 4, 6, 6, 8, 10, 12]

    /// Weeks of sales a reorder covers: cheap goods 8 to 12, mid-priced 5 to 8, big-ticket 3
    /// to 5.
    package static func coverWeeks(priceCents: Int) -> ClosedRange<Int> {
        priceCents < 2500 ? 8...12 : priceCents < 30000 ? 5...8 : 3...5
    }

    package func encode<Encoder: RowEncoder>(roots: Range<Int>, into encoder: inout Encoder) {
        let lexicon = context.lexicon
        for index in roots {
            let random = context.random.row(.inventory, index)
            let product = ProductFacts(context, index)
            let price = product.priceCents
            let daily = dailyUnits(of: index, priceCents: price)
            let inactiveDay = product.inactiveDay
            let createdDay = product.createdDay
            let leadDays = random.int(Self.leadDays[product.category], Field.leadTime.id)
            let safetyDays = random.int(5...14, Field.safety.id)
            let reorderPoint =
                inactiveDay == nil
                ? min(100_000, Int(daily * Double(leadDays + safetyDays)) + 1) : 0
            let caseSize = Self.caseSize(priceCents: price, random, Field.caseSize.id)
            let weeks = random.int(Self.coverWeeks(priceCents: price), Field.cover.id)
            let cover = daily * Double(7 * weeks)
            let reorderQuantity = min(
                500_000, max(caseSize, Int((cover / Double(caseSize)).rounded(.up)) * caseSize))
            // The days one reorder quantity lasts, and how far into the current one as-of is.
            let lastDay = min(context.asOfDay, (inactiveDay ?? context.asOfDay + 1) - 1)
            let age = max(0, lastDay - createdDay)
            let cycleDays = Double(reorderQuantity) / max(daily, 0.0001)
            let intoCycle = Int(
                Double(random.below(1000, Field.receivedDaysAgo.id)) * cycleDays / 1000)
            let receivedDay: Int
            let receivedQuantity: Int
            var current: Int
            if intoCycle < age && daily * 365 >= Self.slowSellerUnitsPerYear {
                // A replenishment: the reorder quantity, or one shipped short (one in six).
                receivedDay = lastDay - intoCycle
                let shipped = random.below(6, Field.shipped.id)
                receivedQuantity =
                    shipped == 0
                    ? max(1, reorderQuantity * (60 + random.below(36, Field.shipped.id + 1)) / 100)
                    : reorderQuantity
                // It arrived as the stock reached the safety stock: the reorder point less the
                // sales over the lead time.
                let safetyStock = max(0, reorderPoint - Int((daily * Double(leadDays)).rounded()))
                current = safetyStock + receivedQuantity - Int(daily * Double(intoCycle))
            } else {
                // Still the first delivery, when the product was added: a reorder quantity on
                // top of the reorder point, and for a slow seller what it was expected to sell
                // since, in whole cases.
                receivedDay = createdDay + min(age, random.below(3, Field.shipped.id))
                let expected = Int((daily * Double(lastDay - receivedDay)).rounded(.up))
                let slowExtra =
                    intoCycle < age ? (expected + caseSize - 1) / caseSize * caseSize : 0
                receivedQuantity = min(1_000_000, reorderPoint + reorderQuantity + slowExtra)
                current = receivedQuantity - expected
            }
            if inactiveDay != nil {
                // Sold off since it went inactive: a few units left at most.
                current = min(max(0, current), random.below(6, Field.current.id))
            } else if random.percent(3, Field.belowReorder.id) {
                // A run on it: sold out until the next delivery.
                current = 0
            } else {
                // Sales run ahead of or behind the forecast by up to two days' worth.
                let swing = Int(daily * 2)
                current = max(0, current + random.int(-swing...swing, Field.current.id))
            }
            current = min(1_000_000, current)
            encoder.beginRow()
            encoder.uuid(random.uuid(RandomFields.uuid))
            encoder.uuid(product.random.uuid(RandomFields.uuid))
            encoder.integer(current)
            // Reserved for open orders: up to three days of sales.
            encoder.integer(
                random.below(min(current, Int(daily * 3) + 1) + 1, Field.reserved.id))
            encoder.integer(reorderPoint)
            encoder.integer(reorderQuantity)
            encoder.string(
                lexicon.locations[random.weighted(Self.locationWeights, Field.location.id)])
            encoder.date(receivedDay)
            encoder.integer(min(1_000_000, receivedQuantity))
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
