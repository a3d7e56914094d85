import DemoDataCore
import DemoDataVocabulary

/// A seeded shuffle of the rows of a table: a bijection between a row's index and its rank
/// (0 is the most popular), `rank = (index × multiplier + offset) mod count`. Popularity is
/// drawn by rank and mapped to a row, so that it does not follow row order, and either side
/// is computed from the other alone.
package struct RankOrder: Sendable {
    package let count: Int
    private let multiplier: Int
    private let inverse: Int
    private let offset: Int

    /// A shuffle of `0..<count` chosen by `bits` (from the seed and the table).
    package init(count: Int, bits: UInt64) {
        self.count = count
        guard count > 2 else {
            multiplier = 1
            inverse = 1
            offset = 0
            return
        }
        // A multiplier in the middle third, so that neighbouring rows land far apart.
        var multiplier = count / 3 + Int(bits % UInt64(max(1, count / 3)))
        while RankOrder.gcd(multiplier, count) != 1 {
            multiplier += 1
        }
        self.multiplier = multiplier
        inverse = RankOrder.inverse(of: multiplier, modulo: count)
        offset = Int((bits >> 32) % UInt64(count))
    }

    /// The rank of the row at `index`.
    @inline(__always)
    package func rank(of index: Int) -> Int {
        guard count > 2 else { return index }
        return (RankOrder.multiply(index, multiplier, modulo: count) + offset) % count
    }

    /// The index of the row at `rank`.
    @inline(__always)
    package func index(of rank: Int) -> Int {
        guard count > 2 else { return rank }
        return RankOrder.multiply((rank - offset + count) % count, inverse, modulo: count)
    }

    /// `a × b mod m` without overflow (0 ≤ a, b < m).
    @inline(__always)
    package static func multiply(_ a: Int, _ b: Int, modulo m: Int) -> Int {
        // Below 2³², the product fits 64 bits and a 64-bit remainder is much cheaper.
        if m <= Int(UInt32.max) {
            return a * b % m
        }
        let product = UInt64(a).multipliedFullWidth(by: UInt64(b))
        return Int(UInt64(m).dividingFullWidth(product).remainder)
    }

    package static func gcd(_ a: Int, _ b: Int) -> Int {
        var (a, b) = (a, b)
        while b != 0 {
            (a, b) = (b, a % b)
        }
        return a
    }

    /// The inverse of `value` modulo `m` (they are coprime), by the extended Euclidean
    /// algorithm.
    package static func inverse(of value: Int, modulo m: Int) -> Int {
        var (oldR, r) = (value, m)
        var (oldS, s) = (1, 0)
        while r != 0 {
            let quotient = oldR / r
            (oldR, r) = (r, oldR - quotient * r)
            (oldS, s) = (s, oldS - quotient * s)
        }
        return (oldS % m + m) % m
    }
}

/// How popular each rank is: rank `r` of `count` is drawn as `⌊u^power · count⌋` for a uniform
/// `u`, except that the first `head` ranks (the best sellers) share their draws evenly, so that
/// no single row takes more than a few percent.
package struct Popularity: Sendable {
    package let count: Int
    package let power: Int
    package let head: Int

    package init(count: Int, power: Int, headPerMille: Int) {
        self.count = count
        self.power = power
        head = min(count, max(1, count * headPerMille / 1000))
    }

    /// A rank drawn by popularity.
    @inline(__always)
    package func draw(_ random: RowRandom, _ field: UInt64) -> Int {
        let rank = random.skewed(count, power: power, field)
        return rank < head ? random.below(head, field &+ 1) : rank
    }

    /// The share of draws that land on `rank`: `F(r + 1) − F(r)` for `F(k) = (k / count)^(1/power)`,
    /// and `F(head) / head` in the head. Plain IEEE arithmetic (no libm), so every machine
    /// computes the same value.
    package func share(ofRank rank: Int) -> Double {
        guard count > 0 else { return 0 }
        if rank < head {
            return root(Double(head) / Double(count)) / Double(head)
        }
        return root(Double(rank + 1) / Double(count)) - root(Double(rank) / Double(count))
    }

    /// `x^(1/power)` for 0 ≤ x ≤ 1, by Newton's method.
    private func root(_ x: Double) -> Double {
        guard x > 0 else { return 0 }
        if power == 1 { return x }
        if power == 2 { return x.squareRoot() }
        var y = 1.0
        let n = Double(power)
        for _ in 0..<200 {
            var powered = 1.0
            for _ in 1..<power {
                powered *= y
            }
            let next = ((n - 1) * y + x / powered) / n
            if next == y {
                break
            }
            y = next
        }
        return y
    }
}
