import DemoDataCore
import DemoDataVocabulary

/// The tables an archive holds: all eight, or a subset closed under its parents, so that every
/// foreign key of an included table references an included table (`--tables`).
///
/// Rows do not depend on which tables are generated (each row is a function of seed, table and
/// index), so a table of a subset archive is byte for byte the same table of the full archive.
public struct TableSubset: Sendable, Hashable {
    /// The included tables, in load order.
    public let tables: [Table]

    /// Every table.
    public static let all = TableSubset(closed: Table.allCases)

    private init(closed tables: [Table]) {
        self.tables = tables
    }

    /// The requested tables with every parent they need, transitively (`invoices` brings
    /// `customers`, which brings `customer_types`).
    public init(closing requested: some Sequence<Table>) {
        var included = Set<Table>()
        var pending = Array(requested)
        while let table = pending.popLast() {
            if included.insert(table).inserted {
                pending += table.parents
            }
        }
        tables = Table.allCases.filter(included.contains)
    }

    /// Exactly `tables`, or nil unless they are distinct, in load order, not empty, and closed
    /// under their parents (as the `tables` of a manifest must be).
    public init?(exactly tables: [Table]) {
        let closed = TableSubset(closing: tables)
        guard !tables.isEmpty, closed.tables == tables else { return nil }
        self.tables = tables
    }

    /// Whether the subset is every table.
    public var isAll: Bool { tables.count == Table.allCases.count }

    public func contains(_ table: Table) -> Bool {
        tables.contains(table)
    }

    /// The included tables that no other included table references: the fewest tables whose
    /// closure is this subset, which name it (`invoices` for customer types, customers and
    /// invoices).
    public var leaves: [Table] {
        tables.filter { table in !tables.contains { $0.parents.contains(table) } }
    }

    /// A parent that the closure of a request added, and the foreign key that needed it.
    public struct AddedParent: Sendable, Hashable, CustomStringConvertible {
        /// The added table.
        public let table: Table
        /// The included table whose foreign key references it.
        public let child: Table
        /// That foreign key column of `child`.
        public let column: String

        /// `customer_types (customers.customer_type_id)`.
        public var description: String { "\(table.name) (\(child.name).\(column))" }
    }

    /// The tables that closing `requested` adds, in load order, each with a foreign key that
    /// needs it: a requested table's when one references it, else the first included table's.
    public static func parentsAdded(to requested: [Table]) -> [AddedParent] {
        let subset = TableSubset(closing: requested)
        return subset.tables.filter { !requested.contains($0) }.compactMap { parent in
            let children = subset.tables.filter { $0.parents.contains(parent) }
            guard let child = children.first(where: requested.contains) ?? children.first,
                let key = child.foreignKeys.first(where: { $0.parent == parent })
            else { return nil }
            return AddedParent(table: parent, child: child, column: key.column)
        }
    }
}
