import DemoDataCore
import DemoDataVocabulary

/// The values of customer `index` that other tables need, recomputed from the index alone.
///
/// A customer's story follows from its popularity rank (a seeded shuffle of the index): the
/// most active customers are mostly businesses in the higher tiers, on Net terms, with credit
/// limits sized to what they buy; most customers are households that buy now and then and pay
/// on receipt.
package struct CustomerFacts {
    package let index: Int
    /// 0 for the customer that orders most.
    package let rank: Int
    package let random: RowRandom
    /// Unowned: the context outlives every row, and facts are made per candidate row.
    package unowned(unsafe) let context: DataContext

    /// Where the customer stands among all by activity, in ten-thousandths (0 is the most
    /// active), blurred so that tiers overlap a little.
    package let standing: Int

    package init(_ context: DataContext, _ index: Int) {
        self.index = index
        self.context = context
        let rank = context.customerRanks.rank(of: index)
        let random = context.random.row(.customers, index)
        self.rank = rank
        self.random = random
        standing =
            rank * 10_000 / max(1, context.customerCount)
            * random.int(60...160, Field.standing.id) / 100
    }

    package typealias Field = CustomerField

    private typealias Status = Domain.CustomerStatus

    /// Customers joined during the five years before as-of.
    package static let maximumAgeInDays = 1826
    package static let statusWeights = WeightTable(Domain.customerStatusChoices.map(\.share))
    package static let individualTerms = WeightTable(Domain.paymentTerms.map(\.individualShare))
    package static let businessTerms = WeightTable(Domain.paymentTerms.map(\.businessShare))
    /// Addresses of a household: mostly one.
    package static let householdAddresses = WeightTable([60, 30, 7, 3])
    /// The highest standing (in ten-thousandths of customers) of each tier, best tier first.
    package static let tierStandings: [Int] = {
        var running = 0
        return Domain.tiers.reversed().map { tier in
            running += tier.share * 100
            return running
        }
    }()

    package var isFounding: Bool { index < DataContext.foundingRows }

    /// Whether the customer is a business: most of the most active customers are.
    package var isBusiness: Bool {
        let standing = self.standing
        let percent =
            standing < 100 ? 95 : standing < 500 ? 75 : standing < 2000 ? 35 : 8
        return random.percent(percent, Field.business.id)
    }

    /// The index of the customer's tier in `Domain.tiers`: the most active hold the higher
    /// tiers, so that there are few Platinum and many Bronze customers.
    package var tier: Int {
        let standing = self.standing
        let fromTop = CustomerFacts.tierStandings.firstIndex { standing < $0 } ?? 3
        return Domain.tiers.count - 1 - min(fromTop, Domain.tiers.count - 1)
    }

    /// The day the customer was created: 1 to 1826 days before as-of (founding customers at
    /// least 400).
    package var createdDay: Int {
        let age =
            isFounding ? 400...CustomerFacts.maximumAgeInDays : 1...CustomerFacts.maximumAgeInDays
        return context.asOfDay - random.int(age, Field.createdDay.id)
    }

    /// When the customer was created, in microseconds since the epoch.
    package var createdAt: Int64 {
        DataContext.startOfDay(createdDay) + DataContext.businessTime(random, Field.createdTime.id)
    }

    /// The index of the customer's status in `Domain.customerStatuses`.
    package var status: Int {
        isFounding ? Status.active : random.weighted(CustomerFacts.statusWeights, Field.status.id)
    }

    /// The last day the customer may order: as-of while active; the day an inactive customer
    /// stopped (at least 60 days before as-of), or a suspended one was put on hold.
    package var lastOrderDay: Int {
        let created = createdDay
        switch status {
        case Status.inactive:
            return created
                + random.below(max(1, context.asOfDay - 60 - created), Field.lastOrder.id)
        case Status.suspended:
            return max(created, context.asOfDay - random.int(15...120, Field.lastOrder.id))
        default:
            return context.asOfDay
        }
    }

    /// The days the customer's invoices may have: from when it was created (or the start of
    /// the invoice window) to its last order day; empty when it stopped before the window.
    package var orderDays: ClosedRange<Int>? {
        let first = max(context.firstInvoiceDay, createdDay)
        let last = lastOrderDay
        return first <= last ? first...last : nil
    }

    /// The index of the customer's payment terms in `Domain.paymentTerms`: every invoice of the
    /// customer has them.
    package var terms: Int {
        random.weighted(
            isBusiness ? CustomerFacts.businessTerms : CustomerFacts.individualTerms, Field.terms.id
        )
    }

    /// Whether the customer buys for resale or is a nonprofit: a fifth of businesses. Its
    /// invoices carry no sales tax.
    package var isTaxExempt: Bool { isBusiness && random.percent(20, Field.taxExempt.id) }

    /// The ZIP (an index into the lexicon's ZIPs) of the primary billing address, drawn by the
    /// people each ZIP serves.
    package var billingZIP: Int { CustomerFacts.billingZIP(random, context.lexicon) }

    /// The billing ZIP of the customer whose random values are `random`.
    @inline(__always)
    package static func billingZIP(_ random: RowRandom, _ lexicon: Lexicon) -> Int {
        random.weighted(lexicon.zipWeights, Field.billingZIP.id)
    }

    /// The sales-tax rate the customer's invoices charge, in hundredths of a percent: its
    /// billing state's, or none when tax-exempt.
    package var taxHundredths: Int {
        guard !isTaxExempt else { return 0 }
        let lexicon = context.lexicon
        return lexicon.stateTaxHundredths[lexicon.cityStates[lexicon.zipCities[billingZIP]]]
    }

    /// How many addresses the customer has, within the volume's range: households mostly one.
    package var addressCount: Int {
        let range = context.parameters.volume.addressesPerCustomer
        let drawn =
            isBusiness
            ? random.int(1...4, Field.addressCount.id)
            : 1 + random.weighted(CustomerFacts.householdAddresses, Field.addressCount.id)
        return min(max(drawn, range.lowerBound), range.upperBound)
    }

    /// What an order of such a customer comes to on average, in cents (measured on the
    /// generated data; it sizes credit limits).
    package var typicalOrderCents: Int { isBusiness ? 90_000 : 12_000 }

    /// The credit limit in cents: a base of $2,500 to $300,000 in steps of $100, times the
    /// tier's multiplier, that covers three times what the customer is expected to owe at once
    /// (its orders over its terms and a month more).
    package var creditLimitCents: Int {
        let ordersPerYear =
            Double(context.invoiceCount)
            * context.customerPopularity.share(ofRank: rank)
        let owedDays = Domain.paymentTerms[terms].days + 30
        let expectedOwed = ordersPerYear * Double(typicalOrderCents) * Double(owedDays) / 365
        let multiplier = Domain.tiers[tier].creditMultiplierHundredths
        let step = BusinessRules.creditBaseStepDollars
        // Dollars of base: 3 × owed ÷ multiplier, rounded up to the step.
        let needed = Int(3 * expectedOwed / Double(multiplier)) / step * step + step
        let base = min(
            max(needed, BusinessRules.creditBaseDollars.lowerBound),
            BusinessRules.creditBaseDollars.upperBound)
        return base * multiplier
    }

    /// The random values of the customer's address at `ordinal` (0 is the primary billing).
    package func addressRandom(_ ordinal: Int) -> RowRandom {
        context.random.row(.customerAddresses, index * DataContext.childSlots + ordinal)
    }

    package typealias AddressField = CustomerAddressField

    // MARK: - Who the customer is (names, segment, phone)

    /// The index of the customer's segment in `Domain.customerSegments`.
    package var segment: Int { isBusiness ? 1 : 0 }

    /// The year a customer who is a person was born: an adult's age at as-of drawn by how many
    /// US adults there are of each age.
    package var birthYear: Int {
        context.parameters.asOf.year - AdultAges.ages.lowerBound
            - random.weighted(context.lexicon.adultAgeWeights, Field.age.id)
    }

    /// The index in the lexicon's `givenNames` of the decade the customer was born in (the
    /// nearest decade the names cover).
    package var givenNameDecade: Int {
        let lexicon = context.lexicon
        let decade = (birthYear - lexicon.firstGivenNameYear) / 10
        return min(max(decade, 0), lexicon.givenNames.count - 1)
    }
}
