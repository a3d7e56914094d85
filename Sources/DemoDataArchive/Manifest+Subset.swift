import DemoDataCore
import DemoDataEngine

extension Manifest {
    /// The tables the manifest lists, when they are what an archive of ours holds: all eight
    /// without `table_subset`, else exactly the tables it names, which are closed under their
    /// parents and in load order. Nil for any other list.
    package var listedSubset: TableSubset? {
        let tables = self.tables.map { Table(name: $0.name) }
        guard !tables.contains(nil),
            let subset = TableSubset(exactly: tables.compactMap { $0 })
        else { return nil }
        guard let tableSubset else { return subset.isAll ? subset : nil }
        return !subset.isAll && tableSubset == subset.tables.map(\.name) ? subset : nil
    }
}
