import DemoDataCore
import DemoDataVocabulary

/// The values of customer `index` that other tables need, recomputed from the index alone.
///
/// Customers are numbered in the order they joined (`BusinessHistory.signups`). A customer's
/// story follows from its class (how actively it buys) and its own draws: the most active are
/// mostly businesses in the higher tiers, on Net terms, with credit limits sized to what they
/// buy, and stay for years; most customers are households that buy now and then, pay on
/// receipt, and lapse within a year or two.
package struct CustomerFacts {
    package let index: Int
    package let random: RowRandom
    /// Unowned: the context outlives every row, and facts are made per candidate row.
    package unowned(unsafe) let context: DataContext
    /// The index of the customer's class in `CustomerClass.all` (0 buys most).
    package let kind: Int
    /// How actively the customer buys within its class, in thousandths (500 to 1000).
    package let factor: Int
    /// The day the customer joined, and the moment (microseconds since the epoch).
    package let createdDay: Int
    package let createdAt: Int64

    package init(_ context: DataContext, _ index: Int) {
        self.index = index
        self.context = context
        let random = context.random.row(.customers, index)
        self.random = random
        let history = context.history
        kind = history.slots.kind(of: index)
        factor = 500 + random.below(501, Field.standing.id)
        (createdDay, createdAt) = history.signup(of: index)
    }

    package typealias Field = CustomerField

    private typealias Status = Domain.CustomerStatus

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
    /// Where each class starts among all customers by activity, in ten-thousandths.
    private static let classStarts: [Int] = {
        var running = 0
        return CustomerClass.all.map { kind in
            defer { running += kind.slots }
            return running * 10_000 / CustomerClass.blockSize
        }
    }()

    package var isFounding: Bool { index < DataContext.foundingRows }

    /// Where the customer stands among all by activity, in ten-thousandths (0 is the most
    /// active), blurred a little so that tiers overlap.
    package var standing: Int {
        let width = CustomerClass.all[kind].slots * 10_000 / CustomerClass.blockSize
        let within = width * (1000 - factor) / 500
        return (CustomerFacts.classStarts[kind] + within) * random.int(80...125, Field.blur.id)
            / 100
    }

    /// Whether the customer is a business: most of the most active customers are.
    package var isBusiness: Bool { Self.isBusiness(kind: kind, random) }

    /// Whether a customer of class `kind` whose random values are `random` is a business,
    /// without the rest of its facts.
    @inline(__always)
    package static func isBusiness(kind: Int, _ random: RowRandom) -> Bool {
        random.percent(CustomerClass.all[kind].businessPercent, Field.business.id)
    }

    /// The index of the customer's tier in `Domain.tiers`: the most active hold the higher
    /// tiers, so that there are few Platinum and many Bronze customers.
    package var tier: Int {
        let standing = self.standing
        let fromTop = CustomerFacts.tierStandings.firstIndex { standing < $0 } ?? 3
        return Domain.tiers.count - 1 - min(fromTop, Domain.tiers.count - 1)
    }

    /// The last day the customer buys, if it stops: its lifetime after it joined (those who
    /// joined before the invoices begin were still customers then). Founding customers stay.
    package var lifetimeEndDay: Int? {
        guard !isFounding else { return nil }
        let kind = CustomerClass.all[self.kind]
        let mean = isBusiness ? kind.businessLifetimeDays : kind.householdLifetimeDays
        let history = context.history
        let start = max(createdDay, history.firstInvoiceDay)
        return start + history.lifetime(mean: mean, draw: random.below(4096, Field.lifetime.id))
    }

    /// Days without orders after which an account is closed.
    package static let closedAfterDays = 365

    /// The index of the customer's status in `Domain.customerStatuses`: inactive once it
    /// stopped buying a year before as-of; a few businesses on credit put on hold; else active.
    package var status: Int {
        account.status
    }

    /// The last day the customer may order: as-of while active; the day an inactive customer
    /// stopped, or the day a customer was put on hold.
    package var lastOrderDay: Int {
        account.lastDay
    }

    /// The status and the last order day together, for callers that need both (each is a
    /// few draws to compute).
    package var account: (status: Int, lastDay: Int) {
        let asOf = context.asOfDay
        let end = lifetimeEndDay
        if let end, end < asOf - CustomerFacts.closedAfterDays {
            return (Status.inactive, end)
        }
        if isBusiness, Domain.paymentTerms[terms].days > 0, random.percent(5, Field.status.id) {
            let hold = max(createdDay, asOf - random.int(15...120, Field.lastOrder.id))
            return (Status.suspended, min(hold, end ?? hold))
        }
        return (Status.active, min(asOf, end ?? asOf))
    }

    package static let householdMethods = WeightTable(
        Domain.paymentMethodChoices.map(\.household))
    package static let businessMethods = WeightTable(Domain.paymentMethodChoices.map(\.business))

    /// The index in `Domain.paymentMethods` of how the customer pays: always the same way.
    package var paymentMethod: Int {
        random.weighted(
            isBusiness ? Self.businessMethods : Self.householdMethods, Field.paymentMethod.id)
    }

    /// Whether the customer pays as it orders (by card or PayPal, due on receipt).
    package var paysAtCheckout: Bool {
        Domain.paymentTerms[terms].days == 0
            && [0, 4].contains(paymentMethod)
    }

    /// When the customer usually pays, in days after the due date: close to half of
    /// businesses on credit pay late (by a few days to six weeks, each by its own habit), the
    /// rest a little early.
    package var usualDelayDays: Int {
        let draw = random.below(1000, Field.lateness.id)
        let late = isBusiness ? 460 : 250
        if draw < late {
            // 3 to 45 days late, most by a week or two.
            return 3 + draw * draw * 42 / (late * late)
        }
        return -1 - (draw - late) * 11 / (1000 - late)
    }

    /// Whether the customer placed an order as it joined (most do).
    package var ordersAsItJoins: Bool {
        random.percent(BusinessHistory.orderingAtSignupPercent, Field.firstOrder.id)
    }

    /// Whether the customer can buy on `day`: it had joined and had not stopped.
    @inline(__always)
    package func buys(on day: Int) -> Bool {
        createdDay <= day && day <= lastOrderDay
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

    /// Orders a year while the customer buys.
    package var ordersPerYear: Double {
        let kind = CustomerClass.all[self.kind]
        let history = context.history
        return isBusiness
            ? history.businessYearlyOrders * Double(kind.businessIntensity * factor)
            : history.householdYearlyOrders * Double(kind.householdIntensity * factor)
    }

    /// The credit limit in cents: a base of $2,500 to $300,000 in steps of $100, times the
    /// tier's multiplier, that covers three times what the customer is expected to owe at once
    /// (its orders over its terms and a month more).
    package var creditLimitCents: Int {
        let ordersPerYear = self.ordersPerYear
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

    /// The types of the addresses after the first (`Domain.addressTypeChoices`).
    package static let secondaryTypeWeights = WeightTable(Domain.addressTypeChoices.map(\.share))

    /// The index in `Domain.addressTypes` of the address at `ordinal`, whose random values are
    /// `random`: the first is the billing address.
    @inline(__always)
    package func addressType(_ ordinal: Int, _ random: RowRandom) -> Int {
        ordinal == 0 ? 0 : random.weighted(Self.secondaryTypeWeights, AddressField.type.id)
    }

    /// The ZIP of the address at `ordinal`: the billing ZIP for the first; for another, the
    /// same ZIP (60%), another ZIP of the same city (25%), a city of the same state (10%), or
    /// anywhere (5%).
    package func addressZIP(_ ordinal: Int, _ random: RowRandom, billingZIP: Int) -> Int {
        guard ordinal > 0 else { return billingZIP }
        let lexicon = context.lexicon
        let nearness = random.below(100, AddressField.nearness.id)
        if nearness < 60 {
            return billingZIP
        }
        if nearness < 85 {
            let zips = lexicon.cityZIPs[lexicon.zipCities[billingZIP]]
            return zips.lowerBound + random.below(zips.count, AddressField.zip.id)
        }
        if nearness < 95 {
            let cities = lexicon.stateCities[lexicon.cityStates[lexicon.zipCities[billingZIP]]]
            let zips = lexicon.cityZIPs[
                cities.lowerBound + random.below(cities.count, AddressField.zip.id)]
            return zips.lowerBound + random.below(zips.count, AddressField.cityZIP.id)
        }
        return random.weighted(lexicon.zipWeights, AddressField.zip.id)
    }

    /// The address an order ships to: a household mostly to its billing address, a business
    /// often to another site; only billing and shipping addresses receive goods. Its ordinal
    /// and city.
    package func shipTo(_ random: RowRandom, _ field: UInt64) -> (ordinal: Int, city: Int) {
        let count = addressCount
        let lexicon = context.lexicon
        let billingZIP = self.billingZIP
        if count > 1, random.percent(isBusiness ? 55 : 25, field) {
            let ordinal = 1 + random.below(count - 1, field + 1)
            let address = addressRandom(ordinal)
            if addressType(ordinal, address) == Domain.AddressType.shipping {
                let zip = addressZIP(ordinal, address, billingZIP: billingZIP)
                return (ordinal, lexicon.zipCities[zip])
            }
        }
        return (0, lexicon.zipCities[billingZIP])
    }

    // MARK: - Who the customer is (names, segment, phone)

    /// A business's name parts: its surname, a partner's (sometimes), and its industry (an
    /// index into the lexicon's industries), which also decides what it buys.
    package struct Company {
        package let surname: Int
        package let partner: Int?
        package let industry: Int
    }

    /// The company of a business: no word comes twice, so a partner with the same surname is
    /// left out and an industry with a surname as a word gives way to the next.
    package var company: Company {
        let lexicon = context.lexicon
        let surname = random.weighted(lexicon.surnames.weights, Field.surname.id)
        var industries = lexicon.surnameIndustries[surname]
        var partner: Int?
        if random.percent(15, Field.partner.id) {
            let drawn = random.weighted(lexicon.surnames.weights, Field.partnerSurname.id)
            if drawn != surname {
                partner = drawn
                industries |= lexicon.surnameIndustries[drawn]
            }
        }
        var industry = random.below(lexicon.industries.count, Field.industry.id)
        // The next industry without the names' words (bounded: were there none, the drawn one
        // would stay).
        for _ in 0..<lexicon.industries.count where industries & (1 << UInt64(industry)) != 0 {
            industry = (industry + 1) % lexicon.industries.count
        }
        return Company(surname: surname, partner: partner, industry: industry)
    }

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
