/// Products: a category, a name built from the category's words, a unique SKU, a
/// description, cost and price, weight and status.
struct ProductRows: TableRows {
    let context: DataContext

    private enum Field {
        static let firstSentence: UInt64 = 20
        static let secondSentence: UInt64 = 21
        static let weight: UInt64 = 22
        static let active: UInt64 = 23
        static let updated: UInt64 = 24
    }

    func encode<Encoder: RowEncoder>(roots: Range<Int>, into encoder: inout Encoder) {
        for index in roots {
            let facts = ProductFacts(context, index)
            let random = facts.random
            let words = facts.words
            encoder.beginRow()
            encoder.uuid(random.uuid(0))
            encoder.uuid(context.id(.productCategories, facts.category))
            facts.writeName(into: &encoder)
            // The category code and the index: unique by construction.
            encoder.beginString()
            encoder.piece(words.code)
            encoder.piece(ascii: UInt8(ascii: "-"))
            encoder.piece(number: index, width: 7)
            encoder.endString()
            let count = words.descriptions.count
            let first = random.below(count, Field.firstSentence)
            let second = (first + 1 + random.below(count - 1, Field.secondSentence)) % count
            encoder.beginString()
            encoder.piece(words.descriptions[first])
            encoder.piece(ascii: UInt8(ascii: " "))
            encoder.piece(words.descriptions[second])
            encoder.endString()
            encoder.decimal(facts.priceCents, scale: 2)
            encoder.decimal(facts.costCents, scale: 2)
            let weights = Domain.categories[facts.category].weightHundredths
            encoder.decimal(
                weights.lowerBound + random.skewed(weights.count, power: 2, Field.weight), scale: 2)
            encoder.boolean(random.percent(75, Field.active))
            let created = facts.createdAt
            encoder.timestamp(created)
            encoder.timestamp(
                DataContext.moment(from: created, to: context.asOfEnd, random, Field.updated))
            encoder.endRow()
        }
    }
}
