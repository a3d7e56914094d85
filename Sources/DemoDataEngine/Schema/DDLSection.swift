import DemoDataCore
import DemoDataVocabulary

/// Which statements of the schema DDL to write, so that a bulk loader can add foreign keys and
/// indexes after the data, which PostgreSQL checks and builds far faster than row by row.
public enum DDLSection: String, CaseIterable, Sendable {
    /// Everything: tables with every constraint inline, then the indexes.
    case all
    /// The `CREATE TABLE` statements with NOT NULL, primary keys, UNIQUE and CHECK, and the
    /// foreign keys only where the dialect cannot add them later (SQLite).
    case tables
    /// What `tables` leaves out: `ALTER TABLE … ADD FOREIGN KEY` (PostgreSQL), then the
    /// indexes on foreign key columns.
    case constraints
}
