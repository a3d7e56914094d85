import DemoDataCore
import DemoDataVocabulary

/// The immutable inputs every row function reads: parameters, random source and vocabulary,
/// and the seeded shuffles that rank customers and products by popularity.
///
/// One context is shared by all threads of a generation; row functions never mutate it.
package final class DataContext: Sendable {
    package let parameters: GenerationParameters
    package let random: RandomSource
    package let lexicon: Lexicon
    /// The as-of date in days since 1970-01-01.
    package let asOfDay: Int
    /// The last microsecond of the as-of day: no timestamp is later.
    package let asOfEnd: Int64
    /// The first day an invoice may have.
    package let firstInvoiceDay: Int
    /// When customers joined and invoices were made.
    package let history: BusinessHistory
    /// The parameters' counts, read on the hot path without copying the parameters.
    package let customerCount: Int
    package let productCount: Int
    package let invoiceCount: Int
    /// Products by popularity: rank 0 sells the most.
    package let productRanks: RankOrder
    package let productPopularity: ProductDemand
    /// What this seed's shop carries and how it prices it.
    package let productCatalog: ProductCatalog
    /// The shuffles behind product types and the numbers in emails and SKUs, so that none
    /// follows row order.
    package let productSlots: RankOrder
    package let emailNumbers: RankOrder
    package let skuNumbers: RankOrder
    /// The slots of each product type: a product is of the type whose range of slots holds
    /// its slot, and its place within the type is how far into that range.
    package let typeSlots: WeightTable
    /// Every customer's phone number, handed out so that none is shared while lines are free.
    package let customerPhones: CustomerPhones

    /// Child rows of one parent are keyed by `parent × childSlots + ordinal`, so their random
    /// values and ids depend only on the parent's index and their position under it.
    package static let childSlots = 16

    package init(parameters: GenerationParameters) {
        self.parameters = parameters
        random = RandomSource(seed: parameters.seed)
        lexicon = Lexicon.shared
        asOfDay = parameters.asOf.daysSinceEpoch
        asOfEnd = Int64(asOfDay + 1) * DataContext.microsPerDay - 1
        let customers = parameters.customers
        let products = parameters.products
        customerCount = customers
        productCount = products
        invoiceCount = parameters.invoices
        let source = RandomSource(seed: parameters.seed)
        // Drawn from rows before a stream's first (negative indexes), which no row uses, so
        // they share no random value with a row's fields.
        func shuffle(_ stream: RandomStream, _ which: Int, count: Int) -> RankOrder {
            RankOrder(count: count, bits: source.row(stream, -1 - which).bits(0))
        }
        // The seed's own growth, and its arrangement of customer classes.
        let historyRandom = source.row(.customers, -4)
        history = BusinessHistory(
            asOf: parameters.asOf, customers: customers, invoices: parameters.invoices,
            growthPerMille: 60 + historyRandom.below(161, 0),
            businessPerMille: 680 + historyRandom.below(171, 1),
            shuffle: { historyRandom.below($0, 2 + UInt64($0)) })
        firstInvoiceDay = history.firstInvoiceDay
        emailNumbers = shuffle(.customers, 1, count: customers)
        productRanks = shuffle(.products, 0, count: products)
        productSlots = shuffle(.products, 1, count: products)
        skuNumbers = shuffle(.products, 2, count: products)
        customerPhones = CustomerPhones(customers: customers, random: source, lexicon: lexicon)
        productCatalog = ProductCatalog(source: source, lexicon: lexicon, products: products)
        typeSlots = productCatalog.typeSlots
        productPopularity = ProductDemand(
            catalog: productCatalog, lexicon: lexicon, source: source,
            productSlots: productSlots, productRanks: productRanks)
    }

    /// Founding rows (the first of customers and of products) are old and active, so that an
    /// invoice can always find a customer and products that existed on its date.
    package static let foundingRows = 16

    package static let microsPerDay: Int64 = 86_400_000_000
    package static let microsPerSecond: Int64 = 1_000_000

    /// The start of a day in microseconds since the epoch.
    @inline(__always)
    package static func startOfDay(_ day: Int) -> Int64 {
        Int64(day) * microsPerDay
    }

    /// A time of day in business hours (07:00 to 21:00), in microseconds after midnight.
    @inline(__always)
    package static func businessTime(_ random: RowRandom, _ field: UInt64) -> Int64 {
        let seconds = Int64(7 * 3600 + random.below(14 * 3600, field))
        return seconds * microsPerSecond + Int64(random.below(1_000_000, field &+ 1))
    }

    /// A moment between `start` and `end` inclusive (start ≤ end).
    @inline(__always)
    package static func moment(
        from start: Int64, to end: Int64, _ random: RowRandom, _ field: UInt64
    )
        -> Int64
    {
        start + Int64(random.below(Int(end - start) + 1, field))
    }

    /// The id of row `index` of a table (for child tables, its slot).
    @inline(__always)
    package func id(_ stream: RandomStream, _ index: Int) -> UUIDBits {
        random.row(stream, index).uuid(RandomFields.uuid)
    }
}
