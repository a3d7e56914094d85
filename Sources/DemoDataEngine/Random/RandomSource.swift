import DemoDataCore
import DemoDataVocabulary

/// The deterministic random source: every value is a pure function of (seed, table, row, field).
///
/// Nothing is stateful, so any row of any table can be computed on its own, in any order and on
/// any thread or machine, with the same result.
package struct RandomSource: Sendable, Hashable {
    package let seed: UInt64

    package init(seed: UInt64) {
        self.seed = seed
    }

    /// The random values of one row of one table.
    @inline(__always)
    package func row(_ stream: RandomStream, _ index: Int) -> RowRandom {
        let tableKey = mix64(seed ^ mix64(stream.rawValue &* goldenGamma &+ 0x5851_f42d_4c95_7f2d))
        return RowRandom(key: mix64(tableKey &+ UInt64(truncatingIfNeeded: index) &* goldenGamma))
    }
}

/// The independent streams of random values: one per table, so the tables never share values.
/// Every id is written out and never changes: a new table takes a new id, and no other table's
/// data moves.
package enum RandomStream: UInt64, CaseIterable {
    case customerTypes = 1
    case productCategories = 2
    case customers = 3
    case customerAddresses = 4
    case products = 5
    case inventory = 6
    case invoices = 7
    case invoiceLineItems = 8
}
