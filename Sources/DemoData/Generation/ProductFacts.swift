/// The values of product `index` that other tables need (its name, price and creation time),
/// recomputed from the index alone.
struct ProductFacts {
    let random: RowRandom
    let category: Int
    let context: DataContext

    init(_ context: DataContext, _ index: Int) {
        self.context = context
        random = context.random.row(.products, index)
        category = random.weighted(ProductFacts.categoryWeights, Field.category)
    }

    enum Field {
        static let category: UInt64 = 2
        static let adjective: UInt64 = 3
        static let material: UInt64 = 4
        static let noun: UInt64 = 5
        static let cost: UInt64 = 6
        static let markup: UInt64 = 7
        static let createdDay: UInt64 = 8
        static let createdTime: UInt64 = 9  // and 10
    }

    static let categoryWeights = WeightTable(Domain.categories.map(\.share))
    /// Products were added during the three years before as-of.
    static let maximumAgeInDays = 1095

    var words: Lexicon.CategoryWords { context.lexicon.categories[category] }

    /// The product's cost in cents: most products are at the cheap end of their category.
    var costCents: Int {
        let range = Domain.categories[category].costCents
        return range.lowerBound + random.skewed(range.count, power: 2, Field.cost)
    }

    /// The price in cents: cost × a markup of 1.20 to 2.20, rounded half up to cents.
    var priceCents: Int {
        let markup = random.int(BusinessRules.markupHundredths, Field.markup)
        return (costCents * markup + 50) / 100
    }

    var createdAt: Int64 {
        let day = context.asOfDay - random.int(1...ProductFacts.maximumAgeInDays, Field.createdDay)
        return DataContext.startOfDay(day) + DataContext.businessTime(random, Field.createdTime)
    }

    /// Writes the name pieces: adjective, material, noun.
    func writeName<Encoder: RowEncoder>(into encoder: inout Encoder) {
        let words = self.words
        encoder.beginString()
        encoder.piece(words.adjectives[random.below(words.adjectives.count, Field.adjective)])
        encoder.piece(ascii: UInt8(ascii: " "))
        encoder.piece(words.materials[random.below(words.materials.count, Field.material)])
        encoder.piece(ascii: UInt8(ascii: " "))
        encoder.piece(words.nouns[random.below(words.nouns.count, Field.noun)])
        encoder.endString()
    }
}
