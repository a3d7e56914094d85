import ArgumentParser
import DemoData

/// `demodata schema`: writes the SQL that creates the eight tables to standard output.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract:
            "Write the SQL that creates the tables (all eight, or --tables) to standard output.",
        discussion: """
            CREATE TABLE statements in load order with NOT NULL, primary, foreign and unique \
            keys and CHECK constraints, then an index on each foreign key. No transaction \
            control and no DROP: wrap it as you need, for example: demodata schema | psql \
            --single-transaction -v ON_ERROR_STOP=1. For a fast bulk load run --section \
            tables, load the data, then run --section constraints (foreign keys and indexes), \
            all in one transaction; Scripts/load-postgres.sh does that. --tables gives the \
            tables of a subset archive (those named and their parents).
            """
    )

    @Option(help: "SQL dialect: postgres, sqlite, duckdb or mysql (MySQL 8, MariaDB 10.11+).")
    var dialect: SQLDialect = .postgres

    @Option(
        help: ArgumentHelp(
            "Which statements: all, tables (before loading) or constraints (after loading).",
            valueName: "section"))
    var section: DDLSection = .all

    @OptionGroup var tableOptions: TableOptions

    func run() throws {
        let tables = try tableOptions.subset().tables
        try CommandFailure.reporting {
            try StandardOutput.write(SchemaDDL(dialect: dialect, tables: tables).script(section))
        }
    }
}
