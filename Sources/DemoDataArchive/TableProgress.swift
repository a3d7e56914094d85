import DemoDataCore
import DemoDataEngine

/// How far the generation of one table has come.
public struct TableProgress: Sendable, Equatable {
    public let table: Table
    /// Roots (rows of root tables, parents of child tables) done, out of `rootsTotal`.
    public let rootsDone: Int
    public let rootsTotal: Int
    /// Rows written so far.
    public let rows: Int
    /// Uncompressed bytes written so far.
    public let uncompressedBytes: UInt64

    public init(table: Table, rootsDone: Int, rootsTotal: Int, rows: Int, uncompressedBytes: UInt64)
    {
        self.table = table
        self.rootsDone = rootsDone
        self.rootsTotal = rootsTotal
        self.rows = rows
        self.uncompressedBytes = uncompressedBytes
    }

    /// The fraction of the table done, 0 to 1 (1 for an empty table).
    public var fraction: Double {
        rootsTotal == 0 ? 1 : Double(rootsDone) / Double(rootsTotal)
    }
}
