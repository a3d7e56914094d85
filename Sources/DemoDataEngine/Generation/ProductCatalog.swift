import DemoDataCore
import DemoDataVocabulary

/// What one seed's shop carries and how it prices it: the share of each product type
/// (perturbed from the vocabulary's), the brands of each category it
/// stocks, the order its names are used in, how far up-market it sits and what each brand and
/// product line costs within its type. Two seeds are two shops: their catalogs, category mix
/// and average prices differ, while each stays within what US retailers carry.
///
/// Drawn from rows before the products' first (negative indexes, below the shuffles'), so it
/// shares no random value with a row's fields.
package final class ProductCatalog: Sendable {
    /// The products of each type (they add up to the product count).
    package let typeCounts: [Int]
    /// The slots of each type, as `DataContext.typeSlots`.
    package let typeSlots: WeightTable
    /// The brands each category stocks, as indexes into the lexicon's brands of the category.
    package let brands: [[Int]]
    /// Each brand's place in its category's price range, 0 (budget) to 999 (premium), by the
    /// index into `brands`.
    package let brandTiers: [[Int]]
    /// The shuffle of each type's product lines (a brand, an adjective and a material): a
    /// product's place within its type, over the number of variants, maps to its line.
    package let lineOrders: [RankOrder]
    /// How far up-market the shop sits, 0 (discounter) to `ProductCatalog.premiumMost`: the
    /// least price position of a product line, in thousandths of its type's band.
    package let positioning: Int
    /// The random values of product lines (one brand, adjective and material of a type).
    package let lines: RowRandom

    /// The most up-market positioning a seed draws.
    package static let premiumMost = 300
    /// How much of a type's log price band its sizes span; the product line decides the rest.
    package static let variantPriceSpan = 600
    /// How much of a type's log weight band its sizes span; the product line decides the rest.
    package static let variantWeightSpan = 750

    package init(source: RandomSource, lexicon: Lexicon, products: Int) {
        let draw = source.row(.products, -100)
        let types = lexicon.productTypes
        let categories = Domain.categories.count
        // Each category's share moves by −35% to +35% and each type's by −60% to +60%.
        let weights = types.enumerated().map { index, type in
            let categoryFactor = 650 + draw.below(701, UInt64(type.category))
            let typeFactor = 400 + draw.below(1201, 100 + UInt64(index))
            return lexicon.productTypeWeights[index] * categoryFactor * typeFactor
        }
        let total = weights.reduce(0, +)
        // Each type's slots end at its running share of the products, so that they add up.
        var running = 0
        var end = 0
        typeCounts = weights.map { weight in
            running += weight
            let start = end
            end = Int(
                UInt64(total).dividingFullWidth(
                    UInt64(running).multipliedFullWidth(by: UInt64(products))
                ).quotient)
            return end - start
        }
        typeSlots = WeightTable(typeCounts)
        // Each category stocks 12 to 20 of its brands, in a seeded order.
        var brands: [[Int]] = []
        var brandTiers: [[Int]] = []
        for category in 0..<categories {
            var order = Array(lexicon.brands[category].indices)
            for position in order.indices.reversed() where position > 0 {
                order.swapAt(
                    position,
                    draw.below(position + 1, 1000 + UInt64(category * 100 + position)))
            }
            let stocked = min(order.count, 12 + draw.below(9, 2000 + UInt64(category)))
            brands.append(Array(order.prefix(stocked)))
            brandTiers.append(
                (0..<stocked).map { draw.below(1000, 3000 + UInt64(category * 100 + $0)) })
        }
        self.brands = brands
        self.brandTiers = brandTiers
        lineOrders = types.enumerated().map { index, type in
            RankOrder(
                count: brands[type.category].count * type.adjectives.count * type.materials.count,
                bits: draw.bits(4000 + UInt64(index)))
        }
        positioning = draw.below(ProductCatalog.premiumMost + 1, 5000)
        lines = source.row(.products, -101)
    }
}
