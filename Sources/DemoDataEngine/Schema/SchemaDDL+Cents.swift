import DemoDataCore
import DemoDataVocabulary

extension SchemaDDL {
    /// Whether `column` holds whole cents rather than its decimal: money in SQLite, where a
    /// plain `sum()` of integers is exact and one of floats is not (`SQLDialect.typeName`).
    public func holdsCents(_ column: Column) -> Bool {
        dialect == .sqlite && column.type == .money
    }

    /// The name of the view that presents `table` with its money in units (SQLite):
    /// `invoices_decimal`.
    public static func decimalViewName(of table: Table) -> String {
        table.name + "_decimal"
    }

    /// `CREATE VIEW "invoices_decimal" AS SELECT …` for a SQLite table with money: every column
    /// in order, the cents divided by 100 (the 8-byte float nearest each decimal, as SQLite
    /// would read it; sum the table's cents for exact totals). Nil for other dialects and for
    /// tables without money.
    public func createDecimalView(_ table: Table) -> String? {
        guard table.columns.contains(where: holdsCents) else { return nil }
        let columns = table.columns.map { column in
            let name = dialect.quoted(column.name)
            return holdsCents(column) ? "\(name) / 100.0 AS \(name)" : name
        }
        return "CREATE VIEW \(dialect.quoted(Self.decimalViewName(of: table))) AS SELECT\n    "
            + columns.joined(separator: ",\n    ") + "\nFROM \(dialect.quoted(table.name));"
    }

    /// A decimal with two places as whole cents: `2500.00` → `250000`, `0.01` → `1`.
    package static func cents(_ decimal: String) -> String {
        let parts = decimal.split(separator: ".", omittingEmptySubsequences: false)
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        let digits = String(parts[0]) + (fraction + "00").prefix(2)
        let trimmed = digits.drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : String(trimmed)
    }
}
