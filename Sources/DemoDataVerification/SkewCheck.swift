import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The SPEC's "skewed, not uniform" rule made checkable: the most popular 1% of products (or
/// customers) must hold clearly more of the line items (or invoices) than the top 1% would if
/// every item picked uniformly at random.
package enum SkewCheck {
    /// What is wrong with the spread of `counts` (items per entity, over `entities` entities,
    /// those with no items included), or nil when it is skewed enough or there are too few
    /// items to tell (fewer than 500, or fewer than the entities).
    package static func problem(counts: [Int], entities: Int, entityName: String, itemName: String)
        -> String?
    {
        let items = counts.reduce(0, +)
        let entities = max(entities, counts.count)
        guard items >= 500, items >= entities else { return nil }
        let top = max(1, entities / 100)
        let held = counts.sorted(by: >).prefix(top).reduce(0, +)
        let share = Double(held) / Double(items)
        let needed = max(0.02, 1.5 * uniformTopShare(items: items, entities: entities, top: top))
        guard share <= needed else { return nil }
        return "the top 1% of \(entityName) (\(top)) hold \(percent(share)) of the \(itemName); "
            + "skewed data should clearly beat the \(percent(needed)) of a uniform choice"
    }

    /// The share of `items` that the `top` most frequent of `entities` would hold if each item
    /// picked an entity uniformly at random: counts are then Poisson with mean items/entities,
    /// and the top entities take the upper tail of that distribution.
    package static func uniformTopShare(items: Int, entities: Int, top: Int) -> Double {
        let mean = Double(items) / Double(entities)
        let fraction = Double(top) / Double(entities)
        let spread = 12 * sqrt(mean) + 20
        let low = max(0, Int(mean - spread))
        let high = Int(mean + spread)
        var taken = 0.0
        var expected = 0.0
        for k in stride(from: high, through: low, by: -1) {
            let probability = exp(Double(k) * log(mean) - mean - lgamma(Double(k + 1)))
            let take = min(probability, fraction - taken)
            taken += take
            expected += take * Double(k)
            if taken >= fraction {
                break
            }
        }
        return expected * Double(entities) / Double(items)
    }

    private static func percent(_ share: Double) -> String {
        let tenths = Int((share * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
