/// The values of customer `index` that other tables need (its tier, when it was created, how
/// many addresses it has, where it is billed), recomputed from the index alone.
struct CustomerFacts {
    let index: Int
    let random: RowRandom
    let context: DataContext

    init(_ context: DataContext, _ index: Int) {
        self.index = index
        self.context = context
        random = context.random.row(.customers, index)
    }

    enum Field {
        static let tier: UInt64 = 2
        static let createdDay: UInt64 = 3
        static let createdTime: UInt64 = 4  // and 5
        static let addressCount: UInt64 = 6
    }

    /// Most customers are in the lower tiers (`Domain.Tier.share`).
    static let tierWeights = WeightTable(Domain.tiers.map(\.share))
    /// Customers joined during the five years before as-of.
    static let maximumAgeInDays = 1826

    /// The index of the customer's tier in `Domain.customerTypeNames`.
    var tier: Int { random.weighted(CustomerFacts.tierWeights, Field.tier) }

    /// The day the customer was created: 1 to 1826 days before as-of.
    var createdDay: Int {
        context.asOfDay - random.int(1...CustomerFacts.maximumAgeInDays, Field.createdDay)
    }

    /// When the customer was created, in microseconds since the epoch.
    var createdAt: Int64 {
        DataContext.startOfDay(createdDay) + DataContext.businessTime(random, Field.createdTime)
    }

    /// How many addresses the customer has, within the volume's range.
    var addressCount: Int {
        random.int(context.parameters.volume.addressesPerCustomer, Field.addressCount)
    }

    /// The random values of the customer's address at `ordinal` (0 is the primary billing).
    func addressRandom(_ ordinal: Int) -> RowRandom {
        context.random.row(.customerAddresses, index * DataContext.childSlots + ordinal)
    }

    /// The city (index into the vocabulary) of the address with these random values.
    func addressCity(_ address: RowRandom) -> Int {
        address.below(context.lexicon.cityNames.count, AddressField.city)
    }

    /// The state sales-tax rate of the customer's primary billing address, in hundredths of a
    /// percent.
    var billingTaxHundredths: Int {
        context.lexicon.cityTaxHundredths[addressCity(addressRandom(0))]
    }

    enum AddressField {
        static let type: UInt64 = 2
        static let number: UInt64 = 3
        static let streetName: UInt64 = 4
        static let suffix: UInt64 = 5
        static let hasStreet2: UInt64 = 6
        static let unit: UInt64 = 7
        static let unitNumber: UInt64 = 8
        static let city: UInt64 = 9
        static let zip: UInt64 = 10
        static let active: UInt64 = 11
        static let created: UInt64 = 12
    }
}
