/// The values of invoice `index` that both the invoice and its line items need: customer,
/// date, and the lines (products and quantities), recomputed from the index alone.
struct InvoiceFacts {
    let index: Int
    let random: RowRandom
    let customer: CustomerFacts
    let context: DataContext
    /// The invoice date, in days since 1970-01-01.
    let day: Int

    enum Field {
        static let customer: UInt64 = 2
        static let lineCount: UInt64 = 3
        static let createdTime: UInt64 = 4  // and 5
        static let dayCandidate: UInt64 = 20  // 20 to 27
        static let dayAcceptance: UInt64 = 30  // 30 to 37
    }

    enum LineField {
        static let quantity: UInt64 = 2
        static let description: UInt64 = 3
        static let note: UInt64 = 4
        static let product: UInt64 = 10  // 10 to 41
    }

    /// One line of an invoice before it is encoded.
    struct Line {
        let product: Int
        let quantity: Int
        let unitPriceCents: Int
    }

    init(_ context: DataContext, _ index: Int) {
        self.index = index
        self.context = context
        random = context.random.row(.invoices, index)
        // Invoices per customer are skewed: the first 1% of customers get about 10% of them.
        customer = CustomerFacts(
            context, random.skewed(context.parameters.customers, power: 2, Field.customer))
        day = InvoiceFacts.pickDay(random, context: context, earliest: customer.createdDay)
    }

    /// Weekday weights, Sunday first: business happens on weekdays.
    static let weekdayWeights = [2, 10, 10, 10, 10, 9, 4]
    /// Month weights, January first: a holiday peak and a post-holiday dip.
    static let monthWeights = [7, 8, 10, 10, 10, 10, 9, 10, 11, 11, 14, 14]

    /// A day within the 365 days up to as-of, not before the customer existed, drawn with
    /// seasonal and weekday weights by rejection sampling (eight tries, then the last try).
    private static func pickDay(_ random: RowRandom, context: DataContext, earliest: Int) -> Int {
        let lower = max(context.asOfDay - (BusinessRules.invoiceWindowDays - 1), earliest)
        let span = context.asOfDay - lower + 1
        var day = lower
        for attempt in 0..<8 {
            day = lower + random.below(span, Field.dayCandidate + UInt64(attempt))
            let weight =
                weekdayWeights[CivilDate.weekday(daysSinceEpoch: day)]
                * monthWeights[CivilDate(daysSinceEpoch: day).month - 1]
            if random.below(140, Field.dayAcceptance + UInt64(attempt)) < weight {
                break
            }
        }
        return day
    }

    /// The random values of the line at `ordinal`.
    func lineRandom(_ ordinal: Int) -> RowRandom {
        context.random.row(.invoiceLineItems, index * DataContext.childSlots + ordinal)
    }

    /// Fills `lines` with the invoice's lines: distinct products, popular ones more often.
    func lines(into lines: inout [Line]) {
        lines.removeAll(keepingCapacity: true)
        let products = context.parameters.products
        // Distinct products: never more lines than there are products.
        let count = min(
            random.int(context.parameters.volume.lineItemsPerInvoice, Field.lineCount), products)
        for ordinal in 0..<count {
            let line = lineRandom(ordinal)
            var product = 0
            var attempt: UInt64 = 0
            repeat {
                if attempt < 32 {
                    product = line.skewed(products, power: 3, LineField.product + attempt)
                } else {
                    product = (product + 1) % products
                }
                attempt += 1
            } while lines.contains(where: { $0.product == product })
            let quantity =
                BusinessRules.lineQuantity.lowerBound
                + line.skewed(BusinessRules.lineQuantity.count, power: 2, LineField.quantity)
            lines.append(
                Line(
                    product: product, quantity: quantity,
                    unitPriceCents: ProductFacts(context, product).priceCents))
        }
    }

    /// The customer's tier discount, in hundredths of a percent.
    var discountHundredths: Int { Domain.tiers[customer.tier].discountHundredths }

    /// The discount of a line in cents: quantity × unit price × discount, rounded half up.
    @inline(__always)
    static func discountCents(_ line: Line, discountHundredths: Int) -> Int {
        (line.quantity * line.unitPriceCents * discountHundredths + 5000) / 10000
    }

    /// When the invoice was created: on its date, and after its customer was created.
    var createdAt: Int64 {
        let moment =
            DataContext.startOfDay(day) + DataContext.businessTime(random, Field.createdTime)
        return max(moment, customer.createdAt + 60 * DataContext.microsPerSecond)
    }
}
