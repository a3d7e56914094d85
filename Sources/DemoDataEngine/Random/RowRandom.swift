import DemoDataCore
import DemoDataVocabulary

/// The random values of one row: field `f` is `mix64(key + f·γ)`, independent of every other
/// field and row. All helpers use integer arithmetic only, so results are identical on every
/// machine (no floating point, no libm).
package struct RowRandom: Sendable {
    package let key: UInt64

    /// The raw 64 random bits of a field.
    @inline(__always)
    package func bits(_ field: UInt64) -> UInt64 {
        mix64(key &+ (field &+ 1) &* 0xd6e8_feb8_6659_fd93)
    }

    /// A uniform integer in `0..<count` (count > 0).
    @inline(__always)
    package func below(_ count: Int, _ field: UInt64) -> Int {
        Int(truncatingIfNeeded: bits(field).multipliedFullWidth(by: UInt64(count)).high)
    }

    /// A uniform integer in the closed range.
    @inline(__always)
    package func int(_ range: ClosedRange<Int>, _ field: UInt64) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1, field)
    }

    /// True with probability `percent` / 100.
    @inline(__always)
    package func percent(_ percent: Int, _ field: UInt64) -> Bool {
        below(100, field) < percent
    }

    /// An integer in `0..<count` skewed towards 0: the index of `u^power · count` for a
    /// uniform `u` in [0, 1). With power 3, the first 1% of indexes draw about 21% of picks.
    @inline(__always)
    package func skewed(_ count: Int, power: Int, _ field: UInt64) -> Int {
        let uniform = bits(field)
        var fraction = uniform
        for _ in 1..<power {
            fraction = fraction.multipliedFullWidth(by: uniform).high
        }
        return Int(truncatingIfNeeded: fraction.multipliedFullWidth(by: UInt64(count)).high)
    }

    /// An index into `weights`, drawn in proportion to the weights (their sum must be > 0).
    @inline(__always)
    package func weighted(_ weights: WeightTable, _ field: UInt64) -> Int {
        weights.index(for: below(weights.total, field))
    }

    /// A deterministic UUID (RFC 9562 version 8, custom) from two fields of this row.
    @inline(__always)
    package func uuid(_ field: UInt64) -> UUIDBits {
        UUIDBits(high: bits(field), low: bits(field &+ 1))
    }
}
