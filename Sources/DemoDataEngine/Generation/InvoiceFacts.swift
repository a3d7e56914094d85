import DemoDataCore
import DemoDataVocabulary

/// The values of invoice `index` that both the invoice and its line items need: customer,
/// date, and the lines (products and quantities), recomputed from the index alone.
package struct InvoiceFacts {
    package let index: Int
    package let random: RowRandom
    package let customer: CustomerFacts
    /// Unowned: the context outlives every row, and facts are made per candidate row.
    package unowned(unsafe) let context: DataContext
    /// The invoice date, in days since 1970-01-01.
    package let day: Int
    /// When the invoice was made, in microseconds since the epoch: invoice `i + 1` is never
    /// made before invoice `i`.
    package let createdAt: Int64

    package typealias Field = InvoiceField

    package typealias LineField = InvoiceLineField

    /// One line of an invoice before it is encoded, with its product's facts, so that the line
    /// items need not compute them again.
    package struct Line {
        package let product: ProductFacts
        package let quantity: Int
        package let unitPriceCents: Int
    }

    package init(_ context: DataContext, _ index: Int) {
        self.index = index
        self.context = context
        let random = context.random.row(.invoices, index)
        self.random = random
        let (day, moment, businessShare) = context.history.invoiceMoment(of: index)
        self.day = day
        createdAt = moment
        customer = InvoiceFacts.pickCustomer(
            random, context: context, index: index, day: day, moment: moment,
            business: random.below(1_000_000, Field.segment.id) < businessShare)
    }

    /// How many candidates an invoice draws before it takes the best it has seen.
    private static let candidates = 12

    /// A customer buying on the invoice's day. The first invoice made a minute or more after
    /// a customer joined is that customer's first order (for 85 customers in a hundred: the
    /// others join without ordering). Any other invoice is a business's or a household's as
    /// their shares of that hour's buying decide, of a class drawn by how actively its class
    /// buys, more likely the more actively the customer buys within its class and the more the
    /// moment suits its habits in its own time zone (a household's evening, a business's
    /// working hours). After twelve candidates, the last one that could buy that day, else the
    /// first founding customer.
    private static func pickCustomer(
        _ random: RowRandom, context: DataContext, index: Int, day: Int, moment: Int64,
        business: Bool
    ) -> CustomerFacts {
        let history = context.history
        let latest = moment - 60 * DataContext.microsPerSecond
        let joined = min(history.signups.count(through: day), context.customerCount)
        // The invoice before this one was made before the newest customer could order.
        if let newest = newestCustomer(context, joined: joined, latest: latest),
            index == 0
                || newest.createdAt + 60 * DataContext.microsPerSecond
                    > history.invoiceMoment(of: index - 1).micros,
            newest.ordersAsItJoins, newest.buys(on: day)
        {
            return newest
        }
        let clock = Clock(day: day, moment: moment, daylight: history.isDaylightSaving(day))
        var fallback: CustomerFacts?
        for attempt in 0..<candidates {
            let field = Field.customer[attempt * 4]
            let kind = random.weighted(
                business ? history.businessClassWeights : history.householdClassWeights, field)
            let available = history.slots.count(kind, below: joined)
            guard available > 0 else { continue }
            let index = history.slots.customer(kind, random.below(available, field + 1))
            guard
                CustomerFacts.isBusiness(kind: kind, context.random.row(.customers, index))
                    == business
            else { continue }
            let candidate = CustomerFacts(context, index)
            guard candidate.createdAt <= latest, candidate.buys(on: day) else { continue }
            fallback = candidate
            let suits = clock.suitability(of: candidate)
            if random.below(1_000_000, field + 2) < candidate.factor * suits {
                return candidate
            }
        }
        if let fallback {
            return fallback
        }
        return CustomerFacts(context, 0)
    }

    /// The customer who joined last at or before `latest`, if any of the last sixteen to join
    /// by the invoice's day did.
    private static func newestCustomer(_ context: DataContext, joined: Int, latest: Int64)
        -> CustomerFacts?
    {
        var index = joined - 1
        while index >= max(0, joined - 16) {
            let candidate = CustomerFacts(context, index)
            if candidate.createdAt <= latest {
                return candidate
            }
            index -= 1
        }
        return nil
    }

    /// How well a moment suits a customer's buying habits.
    private struct Clock {
        let daylight: Bool
        let utcHour: Int
        let utcWeekday: Int

        init(day: Int, moment: Int64, daylight: Bool) {
            self.daylight = daylight
            let seconds = Int(moment - Int64(day) * DataContext.microsPerDay) / 1_000_000
            utcHour = seconds / 3600
            utcWeekday = CivilDate.weekday(daysSinceEpoch: day)
        }

        /// In thousandths: 1000 at the busiest hour of the busiest weekday.
        func suitability(of customer: CustomerFacts) -> Int {
            let lexicon = customer.context.lexicon
            let state = lexicon.cityStates[lexicon.zipCities[customer.billingZIP]]
            let zone = lexicon.stateTimeZones[state]
            let local = utcHour - zone.offsetHours(daylight: daylight)
            let hour = (local + 24) % 24
            let weekday = local < 0 ? (utcWeekday + 6) % 7 : utcWeekday
            if customer.isBusiness {
                return BuyingHabits.businessHours[hour] * BuyingHabits.businessWeekdays[weekday]
                    * 1000 / 14420
            }
            return BuyingHabits.householdHours[hour] * BuyingHabits.householdWeekdays[weekday]
                * 1000 / 15450
        }
    }

    /// The customer's address the invoice ships to (its ordinal among the customer's addresses)
    /// and that address's city, whose sales tax the invoice charges.
    package var shipTo: (ordinal: Int, city: Int) { customer.shipTo(random, Field.shipTo.id) }

    /// The sales tax of each line, in cents, and their sum: each line at the combined rate of
    /// the city shipped to on the invoice's day, clothing as the state exempts it, none for a
    /// tax-exempt customer.
    package func lineTaxes(
        _ lines: [Line], city: Int, discountHundredths: Int, into taxes: inout [Int]
    ) -> Int {
        taxes.removeAll(keepingCapacity: true)
        guard !customer.isTaxExempt else {
            taxes.append(contentsOf: repeatElement(0, count: lines.count))
            return 0
        }
        var sum = 0
        for line in lines {
            let price = line.unitPriceCents
            let charge = SalesTax.shared.charge(
                city: city, day: day, isClothing: line.product.category == Domain.clothing,
                unitPriceCents: price)
            let total =
                line.quantity * price
                - InvoiceFacts.discountCents(line, discountHundredths: discountHundredths)
            // The exempt part of each unit comes off the discounted line total.
            let taxable = max(0, total - (price - charge.taxableCents) * line.quantity)
            let tax = SalesTax.cents(of: taxable, rateThousandths: charge.rateThousandths)
            taxes.append(tax)
            sum += tax
        }
        return sum
    }

    /// The random values of the line at `ordinal`.
    package func lineRandom(_ ordinal: Int) -> RowRandom {
        context.random.row(.invoiceLineItems, index * DataContext.childSlots + ordinal)
    }

    /// Lines per invoice, from one up: households buy one or two things, businesses more.
    package static let householdLines = WeightTable([56, 24, 10, 5, 3, 2])
    package static let businessLines = WeightTable([20, 18, 15, 12, 10, 8, 6, 4, 3, 2, 1, 1])

    /// Fills `lines` with the invoice's lines: distinct products that were for sale on the
    /// invoice's date, popular and in-season ones more often.
    package func lines(into lines: inout [Line]) {
        lines.removeAll(keepingCapacity: true)
        let products = context.productCount
        let range = context.parameters.volume.lineItemsPerInvoice
        let drawn =
            1
            + random.weighted(
                customer.isBusiness ? InvoiceFacts.businessLines : InvoiceFacts.householdLines,
                Field.lineCount.id)
        // Distinct products: never more lines than there are products.
        let count = min(max(drawn, range.lowerBound), range.upperBound, products)
        let month = CivilDate(daysSinceEpoch: day).month - 1
        let business = customer.isBusiness
        let industry = business ? IndustryBuying.percents[customer.company.industry] : nil
        for ordinal in 0..<count {
            let line = lineRandom(ordinal)
            let usual = industry.flatMap { usualProduct(line, industry: $0, in: lines) }
            guard
                let product = usual
                    ?? pickProduct(line, month: month, industry: industry, in: lines)
            else { break }
            let price = product.priceCents
            lines.append(
                Line(
                    product: product,
                    quantity: InvoiceFacts.quantity(
                        priceCents: price, business: business, line, LineField.quantity.id),
                    unitPriceCents: price))
        }
    }

    /// How many products a business usually orders, and the share of its lines that reorder
    /// one of them (B2B reordering runs at 30–60% of lines).
    package static let usualProducts = 6
    package static let reorderPercent = 45

    /// One of the business's usual products, for a line that reorders one (if it still sells
    /// on the invoice's day and is not on the invoice yet): each usual product is the first of
    /// four draws by popularity that fits the business's industry.
    private func usualProduct(_ line: RowRandom, industry: [Int], in lines: [Line])
        -> ProductFacts?
    {
        guard line.percent(InvoiceFacts.reorderPercent, LineField.usual.id) else { return nil }
        let usual = line.below(InvoiceFacts.usualProducts, LineField.usual[1])
        let random = customer.random
        var index = 0
        for attempt in 0..<4 {
            let field = CustomerFacts.Field.usualProducts[usual * 12 + attempt * 3]
            index = context.productRanks.index(of: context.productPopularity.draw(random, field))
            let category = ProductFacts(context, index).category
            if random.below(100, field + 2) < industry[category] {
                break
            }
        }
        guard !lines.contains(where: { $0.product.index == index }) else { return nil }
        let product = ProductFacts(context, index)
        return product.sells(on: day) ? product : nil
    }

    /// A product by popularity that sold on the invoice's date and is not on it yet, accepted
    /// by its category's season and, for a business, by its industry (24 candidates, then the
    /// first founding product not on it).
    private func pickProduct(
        _ line: RowRandom, month: Int, industry: [Int]?, in lines: [Line]
    ) -> ProductFacts? {
        for attempt in 0..<24 {
            let field = LineField.product[attempt * 4]
            let rank = context.productPopularity.draw(line, field)
            let index = context.productRanks.index(of: rank)
            guard !lines.contains(where: { $0.product.index == index }) else { continue }
            let product = ProductFacts(context, index)
            guard product.sells(on: day),
                line.below(10, field + 2) < Domain.categories[product.category].season[month]
            else { continue }
            if let industry, line.below(100, field + 3) >= industry[product.category] {
                continue
            }
            return product
        }
        let founding = min(DataContext.foundingRows, context.productCount)
        let start = line.below(founding, LineField.founding.id)
        for step in 0..<founding {
            let index = (start + step) % founding
            if !lines.contains(where: { $0.product.index == index }) {
                return ProductFacts(context, index)
            }
        }
        return nil
    }

    /// Quantity by price: mostly one, rarely more than two of anything over $200; businesses
    /// buy cheap goods by the case.
    package static func quantity(
        priceCents: Int, business: Bool, _ random: RowRandom, _ field: UInt64
    )
        -> Int
    {
        let roll = random.below(100, field)
        switch (priceCents, business) {
        case (..<2000, false):
            return roll < 62 ? 1 : roll < 86 ? 2 : roll < 96 ? 3 : 4 + random.below(3, field + 1)
        case (..<20000, false):
            return roll < 82 ? 1 : roll < 97 ? 2 : 3
        case (_, false):
            return roll < 95 ? 1 : 2
        case (..<2000, true):
            return businessCheapQuantities[random.weighted(businessCheap, field + 1)]
        case (..<20000, true):
            return roll < 40
                ? 1 : roll < 65 ? 2 : roll < 80 ? 3 : roll < 90 ? 4 : 5 + random.below(6, field + 1)
        default:
            return roll < 70 ? 1 : roll < 90 ? 2 : 3 + random.below(2, field + 1)
        }
    }

    /// The quantities a business buys of a cheap item (by the case), and their weights.
    package static let businessCheapQuantities = [1, 2, 3, 4, 5, 6, 10, 12, 20]
    package static let businessCheap = WeightTable([18, 14, 8, 8, 12, 8, 16, 10, 6])

    /// The customer's tier discount, in hundredths of a percent.
    package var discountHundredths: Int { Domain.tiers[customer.tier].discountHundredths }

    /// The discount of a line in cents: quantity × unit price × discount, rounded half up.
    @inline(__always)
    package static func discountCents(_ line: Line, discountHundredths: Int) -> Int {
        (line.quantity * line.unitPriceCents * discountHundredths + 5000) / 10000
    }
}
