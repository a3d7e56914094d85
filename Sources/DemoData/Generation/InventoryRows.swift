/// Inventory: exactly one row per product, with stock levels, reorder settings and the last
/// receipt within 90 days before as-of.
struct InventoryRows: TableRows {
    let context: DataContext

    private enum Field {
        static let current: UInt64 = 2
        static let reserved: UInt64 = 3
        static let reorderPoint: UInt64 = 4
        static let reorderQuantity: UInt64 = 5
        static let location: UInt64 = 6
        static let receivedDaysAgo: UInt64 = 7
        static let receivedQuantity: UInt64 = 8
        static let receivedTime: UInt64 = 9  // and 10
        static let created: UInt64 = 11
    }

    static let locationWeights = WeightTable(Domain.locationChoices.map(\.share))

    func encode<Encoder: RowEncoder>(roots: Range<Int>, into encoder: inout Encoder) {
        let lexicon = context.lexicon
        for index in roots {
            let random = context.random.row(.inventory, index)
            let product = ProductFacts(context, index)
            encoder.beginRow()
            encoder.uuid(random.uuid(0))
            encoder.uuid(product.random.uuid(0))
            let current = random.skewed(1001, power: 2, Field.current)
            encoder.integer(current)
            encoder.integer(random.below(current / 4 + 1, Field.reserved))
            encoder.integer(random.int(1...10, Field.reorderPoint) * 10)
            encoder.integer(random.int(5...50, Field.reorderQuantity) * 10)
            encoder.string(lexicon.locations[random.weighted(Self.locationWeights, Field.location)])
            let receivedDay =
                context.asOfDay
                - random.below(BusinessRules.receiptWindowDays, Field.receivedDaysAgo)
            encoder.date(receivedDay)
            encoder.integer(random.int(1...50, Field.receivedQuantity) * 10)
            let productCreated = product.createdAt
            let created = productCreated + Int64(random.below(3600, Field.created)) * 1_000_000
            encoder.timestamp(created)
            let received =
                DataContext.startOfDay(receivedDay)
                + DataContext.businessTime(random, Field.receivedTime)
            encoder.timestamp(max(created, min(received, context.asOfEnd)))
            encoder.endRow()
        }
    }
}
