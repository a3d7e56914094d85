import DemoDataCore
import DemoDataVocabulary

/// Products: a type within a category, a name built from the type's words, a unique SKU, a
/// description of the type, a retail price and a cost under it, a weight of the type, and an
/// active flag (an inactive product's last update is when it went inactive).
package struct ProductRows: TableRows {
    package let context: DataContext

    private typealias Field = ProductField

    package func encode<Encoder: RowEncoder>(roots: Range<Int>, into encoder: inout Encoder) {
        let lexicon = context.lexicon
        for index in roots {
            let facts = ProductFacts(context, index)
            let random = facts.random
            let words = facts.words
            encoder.beginRow()
            encoder.uuid(random.uuid(RandomFields.uuid))
            encoder.uuid(context.id(.productCategories, facts.category))
            facts.writeName(into: &encoder)
            // The category code and a shuffled number: unique by construction.
            encoder.beginString()
            encoder.piece(lexicon.categoryCodes[facts.category])
            encoder.piece(ascii: UInt8(ascii: "-"))
            encoder.piece(number: context.skuNumbers.rank(of: index), width: 7)
            encoder.endString()
            let count = words.sentences.count
            let first = random.below(count, Field.firstSentence.id)
            let second = (first + 1 + random.below(count - 1, Field.secondSentence.id)) % count
            encoder.beginString()
            encoder.piece(words.sentences[first])
            encoder.piece(ascii: UInt8(ascii: " "))
            encoder.piece(words.sentences[second])
            encoder.endString()
            let price = facts.priceCents
            encoder.decimal(price, scale: 2)
            encoder.decimal(facts.costCents, scale: 2)
            // Dearer products of a type weigh more: the weight's place in the type's band
            // follows the price's, half by chance.
            let band = words.priceCents
            let priceShare = min(
                1000, max(0, (price - band.lowerBound) * 1000 / max(1, band.count)))
            let share = (priceShare + random.below(1001, Field.weight.id)) / 2
            let weights = words.weightHundredths
            encoder.decimal(weights.lowerBound + (weights.count - 1) * share / 1000, scale: 2)
            let inactiveDay = facts.inactiveDay
            encoder.boolean(inactiveDay == nil)
            let created = facts.createdAt
            encoder.timestamp(created)
            if let inactiveDay {
                let moment =
                    DataContext.startOfDay(inactiveDay)
                    + DataContext.businessTime(random, Field.updated.id)
                encoder.timestamp(max(created, min(moment, context.asOfEnd)))
            } else {
                encoder.timestamp(
                    DataContext.moment(from: created, to: context.asOfEnd, random, Field.updated.id)
                )
            }
            encoder.endRow()
        }
    }
}
