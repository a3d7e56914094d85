import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// Product economics, computed in process from the facts: sized variants cost and weigh more
/// within a line, categories keep their own margins, demand falls with price along a smooth
/// tail, and each seed is its own shop.
@Suite struct ProductEconomicsTests {
    static func context(seed: UInt64, volume: Volume = .huge) -> DataContext {
        DataContext(
            parameters: GenerationParameters(volume: volume, seed: seed, asOf: TestDates.asOfDate))
    }

    static let seven = context(seed: 7)

    @Test func variantStepsFitTheirVariants() {
        var sized = 0
        for type in ProductTypes.all where !type.variantSteps.isEmpty {
            sized += 1
            #expect(type.variantSteps.count == type.variants.count, "\(type.noun)")
            #expect(type.variantSteps.allSatisfy { (0...1000).contains($0) }, "\(type.noun)")
            #expect(
                type.variantSteps.contains(0) && type.variantSteps.contains(1000), "\(type.noun)")
        }
        #expect(sized >= 30)
    }

    @Test func categoryMarkupsStayWithinTheRule() {
        #expect(BusinessRules.categoryMarkupHundredths.count == Domain.categories.count)
        for markups in BusinessRules.categoryMarkupHundredths {
            #expect(BusinessRules.markupHundredths.contains(markups.lowerBound))
            #expect(BusinessRules.markupHundredths.contains(markups.upperBound))
        }
    }

    /// Products of one line (brand, adjective and material of a type) and sized variants:
    /// the one whose variant stands higher costs and weighs at least as much.
    @Test(arguments: [UInt64(7), 12345])
    func biggerVariantsOfALineCostAndWeighMore(seed: UInt64) {
        let context = seed == 7 ? Self.seven : Self.context(seed: seed)
        struct Key: Hashable {
            let type, brand, adjective, material: Int
        }
        var lines: [Key: [(step: Int, price: Int, weight: Int)]] = [:]
        for index in 0..<context.productCount {
            let facts = ProductFacts(context, index)
            let steps = facts.words.variantSteps
            guard !steps.isEmpty else { continue }
            let parts = facts.nameParts
            let price = facts.priceCents
            let key = Key(
                type: facts.type, brand: parts.brand, adjective: parts.adjective,
                material: parts.material)
            lines[key, default: []].append(
                (steps[parts.variant], price, facts.weightHundredths(priceCents: price)))
        }
        var pairs = 0
        for products in lines.values {
            let sorted = products.sorted { $0.step < $1.step }
            for (smaller, bigger) in zip(sorted, sorted.dropFirst())
            where smaller.step < bigger.step {
                pairs += 1
                #expect(smaller.price < bigger.price)
                #expect(smaller.weight <= bigger.weight)
            }
        }
        #expect(pairs > 1000)
    }

    @Test func marginsFollowTheCategory() {
        var price = [Int](repeating: 0, count: Domain.categories.count)
        var cost = price
        for index in 0..<Self.seven.productCount {
            let facts = ProductFacts(Self.seven, index)
            let cents = facts.priceCents
            price[facts.category] += cents
            cost[facts.category] += facts.costCents(priceCents: cents)
        }
        let margins = zip(price, cost).map { 1 - Double($1) / Double($0) }
        // Electronics, Clothing, Home & Garden, Books, Sports.
        let ranges = [0.18...0.27, 0.48...0.56, 0.36...0.46, 0.30...0.40, 0.34...0.46]
        for (margin, range) in zip(margins, ranges) {
            #expect(range.contains(margin), "\(margin) outside \(range)")
        }
    }

    /// Shares of all products add up to one, the draws land where the shares say, and
    /// cheap products sell more often than dear ones.
    @Test func demandFollowsItsSharesAndFallsWithPrice() {
        let context = Self.context(seed: 3, volume: .large)
        let demand = context.productPopularity
        let shares = (0..<context.productCount).map(demand.share(ofIndex:))
        #expect(abs(shares.reduce(0, +) - 1) < 1e-9)
        var drawn = [Int](repeating: 0, count: context.productCount)
        let draws = 400_000
        for draw in 0..<draws {
            let rank = demand.draw(context.random.row(.invoiceLineItems, draw), 0)
            drawn[context.productRanks.index(of: rank)] += 1
        }
        // The best seller by its share is drawn as often as its share says, within 10%.
        let best = shares.indices.max { shares[$0] < shares[$1] } ?? 0
        let expected = shares[best] * Double(draws)
        #expect(abs(Double(drawn[best]) - expected) < expected / 10)
        // No plateau: the best seller sells well over the 20th best.
        let sorted = shares.sorted(by: >)
        #expect(sorted[0] > 1.5 * sorted[19])
        var cheap = (share: 0.0, count: 0)
        var dear = (share: 0.0, count: 0)
        for index in 0..<context.productCount {
            let price = ProductFacts(context, index).priceCents
            if price < 5000 {
                cheap = (cheap.share + shares[index], cheap.count + 1)
            } else if price >= 50000 {
                dear = (dear.share + shares[index], dear.count + 1)
            }
        }
        #expect(dear.count > 0 && cheap.count > 0)
        #expect(dear.share / Double(dear.count) < cheap.share / Double(cheap.count) / 4)
    }

    /// Two seeds are two shops: other product counts per category, other brands and names.
    @Test func twoSeedsAreTwoCatalogs() {
        let other = Self.context(seed: 8)
        func categoryCounts(_ context: DataContext) -> [Int] {
            var counts = [Int](repeating: 0, count: Domain.categories.count)
            for (type, count) in context.productCatalog.typeCounts.enumerated() {
                counts[context.lexicon.productTypes[type].category] += count
            }
            return counts
        }
        let seven = categoryCounts(Self.seven)
        let eight = categoryCounts(other)
        #expect(seven.reduce(0, +) == Self.seven.productCount)
        #expect(zip(seven, eight).contains { abs($0 - $1) > $0 / 10 })
        #expect(Self.seven.productCatalog.brands != other.productCatalog.brands)
        var sameNames = 0
        for index in 0..<1000 {
            let one = ProductFacts(Self.seven, index)
            let two = ProductFacts(other, index)
            let (a, b) = (one.nameParts, two.nameParts)
            if one.type == two.type, a.brand == b.brand, a.adjective == b.adjective,
                a.material == b.material, a.variant == b.variant
            {
                sameNames += 1
            }
        }
        #expect(sameNames < 20)
    }

    @Test func powersByRootsMatchTheirDefinition() {
        #expect(ProductDemand.power(16, per1024: 512) == 4)
        #expect(ProductDemand.power(5, per1024: 1024) == 5)
        #expect(ProductDemand.power(7, per1024: 0) == 1)
        #expect(abs(ProductDemand.power(2, per1024: 256) - 1.189_207_115) < 1e-9)
        #expect(ProductDemand.fourthRoot(81) == 3)
    }
}
