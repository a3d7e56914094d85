import DemoData
import Foundation
import Testing

extension LoadingTests {
    /// `Scripts/load-duckdb.sh` with DuckDB's Python package, asserted with SQL.
    @Suite(
        "DuckDB",
        .enabled(Comment(rawValue: DuckDB.missingMessage)) { try await DuckDB.isInstalled() })
    struct DuckDBLoading {
        let fixture: IntegrationFixture

        init() throws {
            fixture = try IntegrationFixture.required()
        }

        func loadScript(_ arguments: [String]) async throws -> TestProcess.Result {
            try await ExternalCommand.run(
                TestPackage.script("load-duckdb.sh"), arguments,
                environment: IntegrationFixture.scriptEnvironment)
        }

        func rowCounts(_ database: URL) async throws -> [String: Int] {
            let sql = Table.allCases.map {
                "SELECT '\($0.name)', count(*) FROM \"\($0.name)\""
            }.joined(separator: " UNION ALL ")
            var counts: [String: Int] = [:]
            for line in try await DuckDB.query(database, sql).split(separator: "\n") {
                let parts = line.split(separator: "|")
                counts[String(parts[0])] = parts.count == 2 ? Int(parts[1]) : nil
            }
            return counts
        }

        var manifestCounts: [String: Int] {
            Dictionary(uniqueKeysWithValues: fixture.csvManifest.tables.map { ($0.name, $0.rows) })
        }

        /// DuckDB's name of a column type, as information_schema gives it.
        static func duckDBType(_ type: ColumnType) -> String {
            switch type {
            case .uuid: "UUID"
            case .string: "VARCHAR"
            case .integer: "BIGINT"
            case .boolean: "BOOLEAN"
            case .decimal(let precision, let scale): "DECIMAL(\(precision),\(scale))"
            case .date: "DATE"
            case .timestamp: "TIMESTAMP WITH TIME ZONE"
            }
        }

        @Test(
            "load-duckdb.sh loads CSV and NDJSON into typed tables: counts, sums, NULLs, booleans",
            arguments: ["csv", "ndjson"])
        func loadsEveryRow(format: String) async throws {
            let scratch = try TestDirectory(named: "duckdb load")
            defer { scratch.remove() }
            let archive = format == "csv" ? fixture.csvArchive : fixture.ndjsonArchive
            let database = scratch.appending("large \(format).duckdb")
            let output = try await loadScript([archive.path, database.path])
            #expect(output.succeeded, "\(output)")
            #expect(output.outputText.split(separator: "\n").count == Table.allCases.count)
            #expect(output.errorText.contains("committed"), "\(output)")
            #expect(try await rowCounts(database) == manifestCounts)

            let types = try await DuckDB.query(
                database,
                """
                SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns
                WHERE table_schema = 'main' ORDER BY table_name, ordinal_position
                """)
            let expected = Table.allCases.sorted { $0.name < $1.name }.flatMap { table in
                table.columns.map {
                    "\(table.name)|\($0.name)|\(Self.duckDBType($0.type))|"
                        + ($0.nullable ? "YES" : "NO")
                }
            }
            #expect(types.split(separator: "\n").map(String.init) == expected)

            for (table, column) in [(Table.invoices, "total"), (.invoiceLineItems, "line_total")] {
                let sum = try TestArchive(archive).sum(column, of: table)
                #expect(
                    try await DuckDB.query(database, "SELECT sum(\(column)) FROM \(table.name)")
                        == sum)
            }
            let notes = try #require(Table.invoices.columns.firstIndex { $0.name == "notes" })
            let nulls = try TestArchive(archive).rows(.invoices).filter {
                $0[notes] == nil
            }.count
            #expect(nulls > 0)
            #expect(
                try await DuckDB.query(
                    database, "SELECT count(*) FROM invoices WHERE notes IS NULL")
                    == "\(nulls)")
            #expect(
                try await DuckDB.query(
                    database, "SELECT count(*) FROM invoices WHERE notes = ''") == "0")
            let primaries = try TestArchive(archive).rows(.customerAddresses).filter {
                $0[9] == "true"
            }.count
            #expect(
                try await DuckDB.query(
                    database,
                    "SELECT count(*) FILTER (WHERE \"primary\"), count(*) FILTER (WHERE NOT "
                        + "\"primary\") > 0 FROM customer_addresses") == "\(primaries)|True")
        }

        @Test("CSV, NDJSON and Parquet give the same database", arguments: ["ndjson", "parquet"])
        func formatsAgree(format: String) async throws {
            let scratch = try TestDirectory(named: "duckdb formats")
            defer { scratch.remove() }
            let csv = scratch.appending("csv.duckdb")
            let ndjson = scratch.appending("\(format).duckdb")
            var archive = fixture.ndjsonArchive
            if format == "parquet" {
                archive = scratch.appending("parquet archive")
                try await IntegrationFixture.parquetArchive(at: archive)
            }
            try await loadScript([fixture.csvArchive.path, csv.path]).checked()
            let loaded = try await loadScript([archive.path, ndjson.path]).checked()
            #expect(loaded.outputText.split(separator: "\n").count == Table.allCases.count)
            let differences = Table.allCases.map { table in
                let name = "\"\(table.name)\""
                return """
                    SELECT '\(table.name)', (SELECT count(*) FROM (SELECT * FROM main.\(name)
                        EXCEPT ALL SELECT * FROM other.\(name))) + (SELECT count(*) FROM
                        (SELECT * FROM other.\(name) EXCEPT ALL SELECT * FROM main.\(name)))
                    """
            }.joined(separator: " UNION ALL ")
            let program = """
                import sys, duckdb
                connection = duckdb.connect(sys.argv[1], read_only=True)
                connection.execute("SET enable_progress_bar = false")
                connection.execute("ATTACH " + repr(sys.argv[2]) + " AS other (READ_ONLY)")
                for row in connection.execute(sys.argv[3]).fetchall():
                    print(*row, sep="|")
                """
            let output = try await ExternalCommand.run(
                program: "python3", ["-c", program, csv.path, ndjson.path, differences]
            ).checked()
            #expect(
                output.trimmedOutput.split(separator: "\n").map(String.init)
                    == Table.allCases.map { "\($0.name)|0" })
        }

        @Test("Keys and CHECKs reject bad rows; a dangling foreign key fails the whole load")
        func constraintsAndFailedLoads() async throws {
            let scratch = try TestDirectory(named: "duckdb failure")
            defer { scratch.remove() }
            let full = scratch.appending("full.duckdb")
            try await loadScript([fixture.csvArchive.path, full.path]).checked()
            let rejected = [
                (
                    "INSERT INTO invoice_line_items SELECT uuid(), "
                        + "'00000000-0000-4000-8000-000000000000', * EXCLUDE (id, invoice_id) "
                        + "FROM invoice_line_items LIMIT 1", "foreign key"
                ),
                ("UPDATE invoices SET status = 'lost'", "CHECK constraint"),
                (
                    "INSERT INTO customer_types SELECT uuid(), * EXCLUDE (id) FROM customer_types "
                        + "LIMIT 1", "unique"
                ),
                ("UPDATE customers SET name = NULL", "NOT NULL"),
            ]
            for (statement, message) in rejected {
                let output = try await DuckDB.run(full, statement)
                #expect(!output.succeeded, "\(statement)")
                #expect(
                    output.errorText.lowercased().contains(message.lowercased()),
                    "\(output)")
            }
            #expect(try await rowCounts(full) == manifestCounts)

            for (archive, format) in [
                (fixture.csvArchive, "csv"), (fixture.ndjsonArchive, "ndjson"),
            ] {
                let damaged = scratch.appending("dangling \(format)")
                try await DamagedArchives.copyWithDanglingInvoice(archive, to: damaged)
                let fresh = scratch.appending("fresh.duckdb")
                let intoFresh = try await loadScript([damaged.path, fresh.path])
                #expect(intoFresh.status == 1, "\(intoFresh)")
                #expect(intoFresh.errorText.contains("foreign key"), "\(intoFresh)")
                #expect(intoFresh.errorText.contains("rolled back"), "\(intoFresh)")
                #expect(!FileManager.default.fileExists(atPath: fresh.path), "\(intoFresh)")
                let replacing = try await loadScript(["--replace", damaged.path, full.path])
                #expect(replacing.status == 1, "\(replacing)")
                #expect(replacing.errorText.contains("unchanged"), "\(replacing)")
                #expect(try await rowCounts(full) == manifestCounts)
            }
            let again = try await loadScript([fixture.csvArchive.path, full.path])
            #expect(again.status == 1)
            #expect(again.errorText.contains("already has tables"), "\(again)")
            let replaced = try await loadScript([
                "--replace", fixture.ndjsonArchive.path, full.path,
            ])
            #expect(replaced.succeeded, "\(replaced)")
            #expect(try await rowCounts(full) == manifestCounts)
        }

        /// The tables of the main schema of `database`, sorted.
        func tableNames(_ database: URL) async throws -> [String] {
            try await DuckDB.query(
                database,
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
                    + "ORDER BY table_name"
            ).split(separator: "\n").map(String.init)
        }

        @Test("A subset archive loads its tables only, replacing all eight with --replace")
        func loadsASubsetArchive() async throws {
            let scratch = try TestDirectory(named: "duckdb subset")
            defer { scratch.remove() }
            let subset = scratch.appending("subset archive")
            let manifest = try await IntegrationFixture.subsetArchive(
                "invoice_line_items", at: subset)
            let names = manifest.tables.map(\.name)
            #expect(
                names == [
                    "customer_types", "product_categories", "customers", "customer_addresses",
                    "products", "invoices", "invoice_line_items",
                ])

            let fresh = scratch.appending("fresh.duckdb")
            let loaded = try await loadScript([subset.path, fresh.path])
            #expect(loaded.succeeded, "\(loaded)")
            #expect(try await tableNames(fresh) == names.sorted())
            for entry in manifest.tables {
                #expect(
                    try await DuckDB.query(fresh, "SELECT count(*) FROM \"\(entry.name)\"")
                        == String(entry.rows), "\(entry.name)")
            }
            // The foreign keys hold: no line item without its invoice and product.
            #expect(
                try await DuckDB.query(
                    fresh,
                    "SELECT count(*) FROM invoice_line_items l LEFT JOIN invoices i "
                        + "ON i.id = l.invoice_id LEFT JOIN products p ON p.id = l.product_id "
                        + "WHERE i.id IS NULL OR p.id IS NULL") == "0")

            // A database holding the full archive: refused without --replace; with it, the
            // eight tables go and the subset's come.
            let full = scratch.appending("full.duckdb")
            try await loadScript([fixture.csvArchive.path, full.path]).checked()
            let refused = try await loadScript([subset.path, full.path])
            #expect(refused.status == 1 && refused.errorText.contains("already has tables"))
            let replaced = try await loadScript(["--replace", subset.path, full.path])
            #expect(replaced.succeeded, "\(replaced)")
            #expect(try await tableNames(full) == names.sorted())
        }
    }
}
