import DemoDataCore
import DemoDataVocabulary

/// A SQL database whose dialect `SchemaDDL` writes: type names and literals differ between them.
public enum SQLDialect: String, CaseIterable, Sendable {
    case postgres
    case sqlite
    case duckdb
    /// MySQL 8 and MariaDB 10.11+.
    case mysql

    /// The column type that holds `type`'s values as the archives write them.
    ///
    /// PostgreSQL and DuckDB get exact types: `uuid`, `numeric(p,s)`, `timestamptz`. SQLite
    /// has only storage classes, so the choice follows what its CSV import delivers and what
    /// keeps values exact and comparable:
    /// - booleans are `INTEGER` 0/1 (SQLite's own `TRUE`/`FALSE`); the loader converts the
    ///   archives' `true`/`false` text, and a CHECK admits nothing else;
    /// - money (`decimal(12,2)`) is `INTEGER` cents, so that a plain `sum()` is exact: SQLite
    ///   has no decimal type, and a sum of 8-byte floats drifts from the exact sum (at large,
    ///   744 invoices' line totals did not add up to their subtotals unless rounded). A view
    ///   per table, `<table>_decimal`, presents the money in units (`SchemaDDL`);
    /// - other decimals are `NUMERIC(p,s)`, which gets NUMERIC affinity: whole values are
    ///   stored as integers and the rest as 8-byte floats. Every value of up to 15 significant
    ///   digits round-trips to the hundredth (`printf('%.2f', x)`), and comparisons and
    ///   `ORDER BY` are numeric. `TEXT` would keep the characters but compare as text
    ///   (`'999.00' > 1000` is true);
    /// - UUIDs, dates and timestamps are `TEXT` in their ISO 8601 forms, which sort in time
    ///   order and which SQLite's date and time functions read.
    ///
    /// MySQL and MariaDB: UUIDs are `CHAR(36)`, because MariaDB's `UUID` type rejects ids
    /// whose variant bits are not RFC 4122's and MySQL has no UUID type; booleans are
    /// `BOOLEAN` (`TINYINT(1)`, held to 0 or 1 by a CHECK); timestamps are `DATETIME(6)` in
    /// UTC, which keeps the microseconds and, unlike `TIMESTAMP`, does not depend on the
    /// session's time zone or end in 2038. Strings are `TEXT`, except unique ones, which are
    /// `VARCHAR(255)` because MySQL cannot index a `TEXT` column whole.
    public func typeName(for type: ColumnType) -> String {
        if self == .sqlite && type == .money {
            return "INTEGER"
        }
        return switch (self, type) {
        case (.postgres, .uuid), (.duckdb, .uuid): "uuid"
        case (.postgres, .string), (.mysql, .string): "text"
        case (.postgres, .integer), (.mysql, .integer): "bigint"
        case (.postgres, .boolean), (.mysql, .boolean): "boolean"
        case (.postgres, .decimal(let precision, let scale)): "numeric(\(precision),\(scale))"
        case (.postgres, .date), (.duckdb, .date), (.mysql, .date): "date"
        case (.postgres, .timestamp), (.duckdb, .timestamp): "timestamptz"
        case (.sqlite, .uuid), (.sqlite, .string), (.sqlite, .date), (.sqlite, .timestamp):
            "TEXT"
        case (.sqlite, .integer), (.sqlite, .boolean): "INTEGER"
        case (.sqlite, .decimal(let precision, let scale)): "NUMERIC(\(precision),\(scale))"
        case (.duckdb, .string): "varchar"
        case (.duckdb, .integer): "bigint"
        case (.duckdb, .boolean): "boolean"
        case (.duckdb, .decimal(let precision, let scale)),
            (.mysql, .decimal(let precision, let scale)):
            "decimal(\(precision),\(scale))"
        case (.mysql, .uuid): "char(36)"
        case (.mysql, .timestamp): "datetime(6)"
        }
    }

    /// The column type of `column`: `typeName(for:)` of its type, except that MySQL indexes
    /// unique strings as `VARCHAR(255)`.
    public func typeName(for column: Column) -> String {
        if self == .mysql, column.type == .string, column.unique {
            return "varchar(255)"
        }
        return typeName(for: column.type)
    }

    /// `name` as a quoted identifier, so reserved words such as `primary` and `date` are safe
    /// and the case is kept: double quotes, or backticks for MySQL.
    public func quoted(_ name: String) -> String {
        if self == .mysql {
            return "`" + name.replacing("`", with: "``") + "`"
        }
        return "\"" + name.replacing("\"", with: "\"\"") + "\""
    }

    /// `text` as a single-quoted string literal (MySQL also reads backslashes as escapes).
    public func literal(_ text: String) -> String {
        let escaped = self == .mysql ? text.replacing("\\", with: "\\\\") : text
        return "'" + escaped.replacing("'", with: "''") + "'"
    }
}
