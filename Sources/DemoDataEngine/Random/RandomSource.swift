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

/// A table's own stream of random values, by an id fixed for ever: each table's file declares
/// its stream (`RandomStream.customers`), so that adding a table never moves another table's
/// data; `TableRegistryTests` checks that no two tables share an id.
package struct RandomStream: Hashable, Sendable {
    package let rawValue: UInt64

    package init(_ rawValue: UInt64) {
        self.rawValue = rawValue
    }

    /// Every table's stream, in load order, from the registry.
    package static var allCases: [RandomStream] { Table.allCases.map(\.spec.randomStream) }
}
