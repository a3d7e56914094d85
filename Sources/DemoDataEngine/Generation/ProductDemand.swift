import DemoDataCore
import DemoDataVocabulary

/// How often each product sells: a product type by its demand (its products times what one of
/// them sells, which falls with the type's price: a cable sells many times as often as a
/// treadmill), then a product within the type along a smooth long tail, with no plateau of
/// equal best sellers and no cap.
///
/// Within a type of `n` products, the product at popularity rank `k` sells in proportion to
/// `(k + c)^(−3/4)`: draws are `⌊(a + u·(b − a))⁴ − c⌋` for a uniform `u`, `a = c^¼` and
/// `b = (n + c)^¼`, where `c = 0.3 + n / 1000` keeps the shape the same at every volume. Plain
/// IEEE arithmetic (square roots and products, no libm), so every machine draws the same
/// values.
///
/// A draw returns the product's rank in `DataContext.productRanks`, which maps it back to the
/// product.
package final class ProductDemand: Sendable {
    /// The types by demand: the number of their products times the demand of one.
    private let types: WeightTable
    /// Each type's share of all draws.
    private let typeShares: [Double]
    private let typeCounts: [Int]
    private let typeSlots: WeightTable
    /// The shuffle of each type's products by popularity within the type (rank 0 sells most).
    private let placeOrders: [RankOrder]
    private let offsets: [Double]
    private let lowRoots: [Double]
    private let highRoots: [Double]
    private let productSlots: RankOrder
    private let productRanks: RankOrder

    /// How fast demand per product falls with its type's typical price, in 1024ths of the
    /// exponent: `price^(−0.8)` at a discounter, down to `price^(−0.6)` at the most up-market
    /// shop, whose customers mind the price less.
    package static func priceElasticity1024(positioning: Int) -> Int {
        (2400 - 2 * positioning) * 1024 / 3000
    }

    package init(
        catalog: ProductCatalog, lexicon: Lexicon, source: RandomSource,
        productSlots: RankOrder, productRanks: RankOrder
    ) {
        let draw = source.row(.products, -102)
        let types = lexicon.productTypes
        // Demand of one product of each type: the typical price (the geometric mean of its
        // band, in dollars) to the shop's elasticity, moved by −60% to +80% by the seed.
        let elasticity = ProductDemand.priceElasticity1024(positioning: catalog.positioning)
        let demand = types.enumerated().map { index, type -> Double in
            let typical =
                (Double(type.priceCents.lowerBound) * Double(type.priceCents.upperBound))
                .squareRoot() / 100
            let factor = Double(400 + draw.below(1401, UInt64(index))) / 1000
            return factor / ProductDemand.power(typical, per1024: elasticity)
        }
        let totals = zip(catalog.typeCounts, demand).map { Double($0) * $1 }
        let most = totals.max() ?? 1
        let weights = totals.map { total in
            total > 0 ? max(1, Int(total / most * 1_000_000_000)) : 0
        }
        self.types = WeightTable(weights)
        let sum = Double(self.types.total)
        typeShares = weights.map { Double($0) / sum }
        typeCounts = catalog.typeCounts
        typeSlots = catalog.typeSlots
        placeOrders = catalog.typeCounts.enumerated().map { index, count in
            RankOrder(count: count, bits: draw.bits(1000 + UInt64(index)))
        }
        offsets = catalog.typeCounts.map { 0.3 + Double($0) / 1000 }
        lowRoots = offsets.map(ProductDemand.fourthRoot)
        highRoots = zip(catalog.typeCounts, offsets).map {
            ProductDemand.fourthRoot(Double($0) + $1)
        }
        self.productSlots = productSlots
        self.productRanks = productRanks
    }

    /// A product drawn by demand, as its rank in `productRanks` (two fields: `field` and the
    /// next).
    @inline(__always)
    package func draw(_ random: RowRandom, _ field: UInt64) -> Int {
        let type = random.weighted(types, field)
        let count = typeCounts[type]
        let uniform = Double(random.bits(field &+ 1) >> 11) * 0x1p-53
        let low = lowRoots[type]
        let root = low + uniform * (highRoots[type] - low)
        let squared = root * root
        let rank = min(count - 1, max(0, Int(squared * squared - offsets[type])))
        let place = placeOrders[type].index(of: rank)
        let index = productSlots.index(of: typeSlots.start(of: type) + place)
        return productRanks.rank(of: index)
    }

    /// The share of draws that land on the product at `index`.
    package func share(ofIndex index: Int) -> Double {
        let slot = productSlots.rank(of: index)
        let type = typeSlots.index(for: slot)
        let rank = Double(placeOrders[type].rank(of: slot - typeSlots.start(of: type)))
        let offset = offsets[type]
        let within =
            (ProductDemand.fourthRoot(rank + 1 + offset) - ProductDemand.fourthRoot(rank + offset))
            / (highRoots[type] - lowRoots[type])
        return typeShares[type] * within
    }

    /// `x^(exponent / 1024)` for x > 0 and 0 ≤ exponent < 2048, from repeated square roots:
    /// correctly rounded IEEE operations only, so the same on every machine.
    package static func power(_ x: Double, per1024 exponent: Int) -> Double {
        var result = exponent >= 1024 ? x : 1
        var root = x
        var bit = 512
        while bit > 0 {
            root = root.squareRoot()
            if exponent & bit != 0 {
                result *= root
            }
            bit >>= 1
        }
        return result
    }

    /// `x^¼` for x ≥ 0.
    @inline(__always)
    package static func fourthRoot(_ x: Double) -> Double {
        x.squareRoot().squareRoot()
    }
}
