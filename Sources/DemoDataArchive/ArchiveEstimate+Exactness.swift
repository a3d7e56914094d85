import DemoDataCore
import DemoDataEngine

extension ArchiveEstimate {
    /// Whether the estimate of `table`'s rows is what a run writes: true for a table with one
    /// row per root (the root tables, inventory), false for a child table whose rows per root
    /// vary, whose estimate is their measured mean times the roots.
    public static func rowsAreExact(_ table: Table) -> Bool {
        table.spec.meanRowsPerRootHundredths == nil
    }
}
