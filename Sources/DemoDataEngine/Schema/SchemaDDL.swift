import DemoDataCore
import DemoDataVocabulary

/// The SQL that creates the archive's tables, derived from the schema definition alone: one
/// `CREATE TABLE` per table in load order, with types, NOT NULL, primary, foreign and unique
/// keys and CHECK constraints, then an index on every foreign key that is not already unique.
///
/// The script has no transaction control and drops nothing, so a loader can wrap it in its own
/// transaction; every identifier is double-quoted (`primary` and `date` are reserved words).
public struct SchemaDDL: Sendable {
    public let dialect: SQLDialect
    public let tables: [Table]

    /// The DDL of `tables` (all of them by default, in load order) in `dialect`.
    public init(dialect: SQLDialect, tables: [Table] = Table.allCases) {
        self.dialect = dialect
        self.tables = tables
    }

    /// The script of `section`: a comment line, then its statements in load order, each
    /// ending in `;` and a line break.
    ///
    /// Run `.tables`, load the data, then run `.constraints`, and the result equals running
    /// `.all` before loading.
    public func script(_ section: DDLSection = .all) -> String {
        var lines = [
            "-- demodata \(DemoDataVersion.generator) (data version \(DemoDataVersion.data)): "
                + "\(dialect.rawValue) schema (\(section.rawValue)), tables in load order.",
            "",
        ]
        if section != .constraints {
            for table in tables {
                lines.append(createTable(table, inlineForeignKeys: inlinesForeignKeys(section)))
                lines.append("")
            }
            for view in tables.compactMap(createDecimalView) {
                lines.append(view)
                lines.append("")
            }
        }
        if section == .constraints && !inlinesForeignKeys(.tables) {
            lines.append(contentsOf: tables.flatMap(addForeignKeys))
        }
        if section != .tables {
            lines.append(contentsOf: tables.flatMap(createIndexes))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `CREATE TABLE` for `table`, one column per line, constraints inline; foreign keys too
    /// when `inlineForeignKeys`.
    ///
    /// MySQL ignores a `REFERENCES` clause on a column, so its foreign keys follow the columns
    /// as `FOREIGN KEY` lines; its tables are InnoDB with `utf8mb4_bin`, which compares and
    /// indexes strings by their bytes, as the other databases do.
    public func createTable(_ table: Table, inlineForeignKeys: Bool = true) -> String {
        var lines = table.columns.map {
            "    "
                + columnDefinition(
                    $0, inlineForeignKeys: inlineForeignKeys && dialect != .mysql)
        }
        if inlineForeignKeys && dialect == .mysql {
            lines += table.columns.compactMap { column in
                column.references.map {
                    "    FOREIGN KEY (\(dialect.quoted(column.name))) \(references($0))"
                }
            }
        }
        let options =
            dialect == .mysql ? " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin" : ""
        return "CREATE TABLE \(dialect.quoted(table.name)) (\n"
            + lines.joined(separator: ",\n") + "\n)" + options + ";"
    }

    /// `ALTER TABLE … ADD FOREIGN KEY` for each foreign key column of `table` (PostgreSQL; the
    /// constraints get the names inline ones would, such as `customers_customer_type_id_fkey`).
    public func addForeignKeys(_ table: Table) -> [String] {
        table.columns.compactMap { column in
            column.references.map { parent in
                "ALTER TABLE \(dialect.quoted(table.name)) ADD FOREIGN KEY "
                    + "(\(dialect.quoted(column.name))) \(references(parent));"
            }
        }
    }

    /// `CREATE INDEX` for each foreign key column of `table` that has no unique index, so that
    /// joins from parent to children and checks on parent deletes need no table scan. None for
    /// MySQL, whose InnoDB indexes every foreign key column itself (a second index on the same
    /// column draws a warning).
    public func createIndexes(_ table: Table) -> [String] {
        guard dialect != .mysql else { return [] }
        return table.columns.filter { $0.references != nil && !$0.unique }.map { column in
            "CREATE INDEX \(dialect.quoted(table.name + "_" + column.name + "_idx")) ON "
                + "\(dialect.quoted(table.name)) (\(dialect.quoted(column.name)));"
        }
    }

    /// Whether `section`'s `CREATE TABLE` statements declare the foreign keys: always in
    /// `.all`, and in `.tables` for SQLite and DuckDB, whose ALTER TABLE cannot add them, and
    /// for MySQL, whose ALTER TABLE would copy each loaded table to add them.
    package func inlinesForeignKeys(_ section: DDLSection) -> Bool {
        section == .all || dialect != .postgres
    }

    /// One column line: name, type, then its constraints.
    package func columnDefinition(_ column: Column, inlineForeignKeys: Bool = true) -> String {
        var parts = [dialect.quoted(column.name), dialect.typeName(for: column)]
        if !column.nullable {
            // SQLite lets a PRIMARY KEY that is not an INTEGER hold NULL, so say it always.
            parts.append("NOT NULL")
        }
        if column.name == Table.primaryKey {
            parts.append("PRIMARY KEY")
        } else if column.unique {
            parts.append("UNIQUE")
        }
        if inlineForeignKeys, let parent = column.references {
            parts.append(references(parent))
        }
        parts.append(contentsOf: checks(column).map { "CHECK (\($0))" })
        return parts.joined(separator: " ")
    }

    /// `REFERENCES "parent" ("id")`.
    package func references(_ parent: Table) -> String {
        "REFERENCES \(dialect.quoted(parent.name)) (\(dialect.quoted(Table.primaryKey)))"
    }

    /// The CHECK conditions of `column`: its schema check, and for SQLite and MySQL booleans
    /// (integers there), 0 or 1.
    package func checks(_ column: Column) -> [String] {
        let name = dialect.quoted(column.name)
        var conditions: [String] = []
        if dialect == .sqlite || dialect == .mysql, column.type == .boolean {
            conditions.append("\(name) IN (0, 1)")
        }
        switch column.check {
        case .oneOf(let values):
            conditions.append("\(name) IN (\(values.map(dialect.literal).joined(separator: ", ")))")
        case .between(let low, let high) where holdsCents(column):
            conditions.append(
                "\(name) BETWEEN \(Self.cents(low)) AND \(Self.cents(high)) "
                    + "AND typeof(\(name)) = 'integer'")
        case .between(let low, let high):
            conditions.append("\(name) BETWEEN \(low) AND \(high)")
        case nil:
            break
        }
        return conditions
    }
}
