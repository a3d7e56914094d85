import DemoDataCore
import DemoDataVocabulary

/// The four customer tiers: Bronze, Silver, Gold and Platinum.
package struct CustomerTypeRows: TableRows {
    package let context: DataContext

    /// Foundation rows are created before any customer: this many days before as-of.
    package static let foundationAge = 2000

    package func encode<Encoder: RowEncoder>(roots: Range<Int>, into encoder: inout Encoder) {
        let lexicon = context.lexicon
        for index in roots {
            let random = context.random.row(.customerTypes, index)
            encoder.beginRow()
            encoder.uuid(random.uuid(RandomFields.uuid))
            encoder.string(lexicon.typeNames[index])
            encoder.string(lexicon.typeDescriptions[index])
            encoder.decimal(Domain.tiers[index].creditMultiplierHundredths, scale: 2)
            encoder.decimal(Domain.tiers[index].discountHundredths, scale: 2)
            encoder.integer(index + 1)
            encoder.boolean(true)
            let day = context.asOfDay - CustomerTypeRows.foundationAge
            encoder.timestamp(
                DataContext.startOfDay(day) + DataContext.businessTime(random, 2))
            encoder.endRow()
        }
    }
}
