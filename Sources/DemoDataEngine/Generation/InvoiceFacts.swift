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
        let customer = InvoiceFacts.pickCustomer(random, context: context)
        self.customer = customer
        day = InvoiceFacts.pickDay(random, context: context, days: customer.orderDays)
    }

    /// A customer by popularity that could order in the invoice window, more likely the longer
    /// it could (eight candidates, then a founding customer, which always can).
    private static func pickCustomer(_ random: RowRandom, context: DataContext) -> CustomerFacts {
        let window = BusinessRules.invoiceWindowDays
        for attempt in 0..<8 {
            let field = Field.customer[attempt * 3]
            let rank = context.customerPopularity.draw(random, field)
            let candidate = CustomerFacts(context, context.customerRanks.index(of: rank))
            if let days = candidate.orderDays, random.below(window, field + 2) < days.count {
                return candidate
            }
        }
        let founding = min(DataContext.foundingRows, context.customerCount)
        return CustomerFacts(context, random.below(founding, Field.founding.id))
    }

    /// Weekday weights, Sunday first: business happens on weekdays.
    package static let weekdayWeights = [2, 10, 10, 10, 10, 9, 4]
    /// Month weights, January first: a holiday peak and a post-holiday dip.
    package static let monthWeights = [7, 8, 10, 10, 10, 10, 9, 10, 11, 11, 14, 14]

    /// A day of `days` drawn with seasonal and weekday weights, and a tenth of the weight on
    /// New Year's Day, Thanksgiving and Christmas, by rejection sampling (eight tries, then the
    /// last try).
    private static func pickDay(_ random: RowRandom, context: DataContext, days: ClosedRange<Int>?)
        -> Int
    {
        let days = days ?? context.firstInvoiceDay...context.asOfDay
        var day = days.lowerBound
        for attempt in 0..<8 {
            day = days.lowerBound + random.below(days.count, Field.dayCandidate[attempt])
            let date = CivilDate(daysSinceEpoch: day)
            let weekday = CivilDate.weekday(daysSinceEpoch: day)
            let weight =
                weekdayWeights[weekday] * monthWeights[date.month - 1]
                * (date.isQuietHoliday(weekday: weekday) ? 1 : 10)
            if random.below(1400, Field.dayAcceptance[attempt]) < weight {
                break
            }
        }
        return day
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
        for ordinal in 0..<count {
            let line = lineRandom(ordinal)
            guard let product = pickProduct(line, month: month, in: lines) else { break }
            let price = product.priceCents
            lines.append(
                Line(
                    product: product,
                    quantity: InvoiceFacts.quantity(
                        priceCents: price, business: business, line, LineField.quantity.id),
                    unitPriceCents: price))
        }
    }

    /// A product by popularity that sold on the invoice's date and is not on it yet, accepted
    /// by its category's season (24 candidates, then the first founding product not on it).
    private func pickProduct(_ line: RowRandom, month: Int, in lines: [Line]) -> ProductFacts? {
        for attempt in 0..<24 {
            let field = LineField.product[attempt * 3]
            let rank = context.productPopularity.draw(line, field)
            let index = context.productRanks.index(of: rank)
            guard !lines.contains(where: { $0.product.index == index }) else { continue }
            let product = ProductFacts(context, index)
            guard product.sells(on: day),
                line.below(10, field + 2) < Domain.categories[product.category].season[month]
            else { continue }
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

    /// When the invoice was created: on its date, and after its customer was created.
    package var createdAt: Int64 {
        let moment =
            DataContext.startOfDay(day) + DataContext.businessTime(random, Field.createdTime.id)
        return max(moment, customer.createdAt + 60 * DataContext.microsPerSecond)
    }
}
