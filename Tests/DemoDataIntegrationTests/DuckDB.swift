import Foundation

/// DuckDB through its Python package (PyPI `duckdb`), which the test command installs: queries
/// a database file and prints each row as its values joined by `|`, NULL as `NULL` (and no
/// progress bar, which DuckDB draws on standard output when a query takes seconds).
enum DuckDB {
    static let missingMessage =
        "the duckdb Python package is not installed; install it (pip install duckdb)"

    /// Whether `python3 -c 'import duckdb'` succeeds.
    static func isInstalled() async throws -> Bool {
        try await ExternalCommand.run(program: "python3", ["-c", "import duckdb"]).succeeded
    }

    /// Runs `sql` on `database`; the output holds every row of the last statement's result.
    static func run(_ database: URL, _ sql: String) async throws -> TestProcess.Result {
        let program = """
            import sys, duckdb
            connection = duckdb.connect(sys.argv[1])
            connection.execute("SET enable_progress_bar = false")
            for row in connection.execute(sys.argv[2]).fetchall():
                print("|".join("NULL" if v is None else str(v) for v in row))
            """
        return try await ExternalCommand.run(
            program: "python3", ["-c", program, database.path, sql])
    }

    /// The text of a query's rows, one per line, failing when the query fails.
    static func query(_ database: URL, _ sql: String) async throws -> String {
        try await run(database, sql).checked().trimmedOutput
    }
}
