import DemoDataCore
import DemoDataVocabulary

/// The five product categories.
package struct ProductCategoryRows: TableRows {
    package let context: DataContext

    package func encode<Encoder: RowEncoder>(roots: Range<Int>, into encoder: inout Encoder) {
        let lexicon = context.lexicon
        for index in roots {
            let random = context.random.row(.productCategories, index)
            encoder.beginRow()
            encoder.uuid(random.uuid(RandomFields.uuid))
            encoder.string(lexicon.categoryNames[index])
            encoder.string(lexicon.categoryDescriptions[index])
            encoder.integer(index + 1)
            encoder.boolean(true)
            let day = context.asOfDay - CustomerTypeRows.foundationAge
            encoder.timestamp(
                DataContext.startOfDay(day) + DataContext.businessTime(random, 2))
            encoder.endRow()
        }
    }
}
