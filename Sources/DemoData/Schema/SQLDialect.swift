/// A SQL database whose dialect `SchemaDDL` writes: type names and literals differ between them.
public enum SQLDialect: String, CaseIterable, Sendable {
    case postgres
    case sqlite

    /// The column type that holds `type`'s values as the archives write them.
    ///
    /// PostgreSQL gets exact types: `uuid`, `numeric(p,s)`, `timestamptz`. SQLite has only
    /// storage classes, so the choice follows what its CSV import delivers and what keeps
    /// values exact and comparable:
    /// - booleans are `INTEGER` 0/1 (SQLite's own `TRUE`/`FALSE`); the loader converts the
    ///   archives' `true`/`false` text, and a CHECK admits nothing else;
    /// - decimals are `NUMERIC(p,s)`, which gets NUMERIC affinity: whole values are stored as
    ///   integers and the rest as 8-byte floats. Every value of up to 15 significant digits
    ///   round-trips to the cent (`printf('%.2f', x)`, `round(x, 2)`), and comparisons and
    ///   `ORDER BY` are numeric. `TEXT` would keep the characters but compare as text
    ///   (`'999.00' > 1000` is true), a worse trap for queries than rounding sums to cents;
    /// - UUIDs, dates and timestamps are `TEXT` in their ISO 8601 forms, which sort in time
    ///   order and which SQLite's date and time functions read.
    public func typeName(for type: ColumnType) -> String {
        switch (self, type) {
        case (.postgres, .uuid): "uuid"
        case (.postgres, .string): "text"
        case (.postgres, .integer): "bigint"
        case (.postgres, .boolean): "boolean"
        case (.postgres, .decimal(let precision, let scale)): "numeric(\(precision),\(scale))"
        case (.postgres, .date): "date"
        case (.postgres, .timestamp): "timestamptz"
        case (.sqlite, .uuid), (.sqlite, .string), (.sqlite, .date), (.sqlite, .timestamp):
            "TEXT"
        case (.sqlite, .integer), (.sqlite, .boolean): "INTEGER"
        case (.sqlite, .decimal(let precision, let scale)): "NUMERIC(\(precision),\(scale))"
        }
    }

    /// `name` as a double-quoted identifier, so reserved words such as `primary` and `date`
    /// are safe and the case is kept.
    public func quoted(_ name: String) -> String {
        "\"" + name.replacing("\"", with: "\"\"") + "\""
    }

    /// `text` as a single-quoted string literal.
    public func literal(_ text: String) -> String {
        "'" + text.replacing("'", with: "''") + "'"
    }
}
