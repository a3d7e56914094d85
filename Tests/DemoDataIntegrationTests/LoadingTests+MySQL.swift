import DemoData
import Foundation
import Testing

extension LoadingTests {
    /// `Scripts/load-mysql.sh` against a throwaway MariaDB server, asserted with SQL. Serialized,
    /// so that no other load's database is there when a test checks that none was left.
    @Suite(
        "MySQL and MariaDB", .serialized,
        .enabled(if: MariaDBServer.isInstalled, Comment(rawValue: MariaDBServer.missingMessage)))
    struct MySQL {
        let fixture: IntegrationFixture
        let server: MariaDBServer

        init() throws {
            fixture = try IntegrationFixture.required()
            server = try fixture.mariaDB()
        }

        func loadScript(_ arguments: [String]) async throws -> TestProcess.Result {
            try await ExternalCommand.run(
                TestPackage.script("load-mysql.sh"), arguments,
                environment: server.environment.merging(IntegrationFixture.scriptEnvironment) {
                    $1
                })
        }

        /// A fresh database name (the script creates the database).
        static func databaseName() -> String {
            "test_" + UUID().uuidString.prefix(8).lowercased()
        }

        func rowCounts(_ database: String) async throws -> [String: Int] {
            let sql = Table.allCases.map {
                "SELECT '\($0.name)', count(*) FROM `\($0.name)`"
            }.joined(separator: " UNION ALL ")
            var counts: [String: Int] = [:]
            for line in try await server.query(sql, database: database).split(separator: "\n") {
                let parts = line.split(separator: "\t")
                counts[String(parts[0])] = parts.count == 2 ? Int(parts[1]) : nil
            }
            return counts
        }

        var manifestCounts: [String: Int] {
            Dictionary(uniqueKeysWithValues: fixture.csvManifest.tables.map { ($0.name, $0.rows) })
        }

        /// The databases whose names the script uses for its load and swap.
        func leftoverDatabases() async throws -> String {
            try await server.query(
                "SELECT schema_name FROM information_schema.schemata "
                    + "WHERE schema_name LIKE 'demodata\\_%'")
        }

        @Test("load-mysql.sh loads every value of the CSV archive as it is written")
        func loadsEveryValue() async throws {
            let database = Self.databaseName()
            let output = try await loadScript([fixture.csvArchive.path, database])
            #expect(output.succeeded, "\(output)")
            #expect(output.errorText.contains("committed"), "\(output)")
            let lines = output.outputText.split(separator: "\n").map(String.init)
            #expect(lines.count == Table.allCases.count, "\(output)")
            for (line, entry) in zip(lines, fixture.csvManifest.tables) {
                let words = line.replacing(",", with: "").split(separator: " ")
                #expect(words == [Substring(entry.name), Substring(String(entry.rows)), "rows"])
            }
            #expect(try await rowCounts(database) == manifestCounts)
            #expect(try await leftoverDatabases() == "")

            // Every table read back in the archive's text: booleans as true/false, timestamps
            // in UTC with microseconds, decimals with their scale, NULL as NULL.
            for table in Table.allCases {
                let columns = table.columns.map { column in
                    let name = "`\(column.name)`"
                    return switch column.type {
                    case .boolean: "IF(\(name), 'true', 'false')"
                    case .timestamp: "DATE_FORMAT(\(name), '%Y-%m-%dT%H:%i:%s.%fZ')"
                    default: name
                    }
                }
                let loaded = try await server.query(
                    "SELECT \(columns.joined(separator: ", ")) FROM `\(table.name)` ORDER BY id",
                    database: database
                ).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                let archived = try TestArchive(fixture.csvArchive).rows(table)
                    .sorted { ($0[0] ?? "") < ($1[0] ?? "") }
                    .map { row in row.map { $0 ?? "NULL" }.joined(separator: "\t") }
                #expect(loaded.count == archived.count, "\(table.name)")
                let mismatch = loaded.indices.first {
                    $0 >= archived.count || loaded[$0] != archived[$0]
                }
                #expect(
                    mismatch == nil,
                    "\(table.name): \(mismatch.map { loaded[$0] } ?? "") vs \(mismatch.map { $0 < archived.count ? archived[$0] : "" } ?? "")"
                )
            }
            for (table, column) in [(Table.invoices, "total"), (.invoiceLineItems, "line_total")] {
                let sum = try TestArchive(fixture.csvArchive).sum(column, of: table)
                #expect(
                    try await server.query(
                        "SELECT sum(\(column)) FROM \(table.name)", database: database) == sum)
            }
            #expect(
                try await server.query(
                    "SELECT count(*) - count(notes) > 0, sum(notes = '') = 0 FROM invoices",
                    database: database) == "1\t1")
        }

        @Test("Every key and CHECK is on: bad rows are rejected")
        func constraintsRejectBadRows() async throws {
            let database = Self.databaseName()
            try await loadScript([fixture.csvArchive.path, database]).checked()
            let rejected = [
                (
                    "INSERT INTO invoice_line_items SELECT UUID(), "
                        + "'00000000-0000-4000-8000-000000000000', product_id, description, "
                        + "quantity, unit_price, discount_percentage, discount_amount, line_total, "
                        + "tax_amount, created_at FROM invoice_line_items LIMIT 1",
                    "foreign key constraint fails"
                ),
                ("DELETE FROM customer_types WHERE name = 'Gold'", "foreign key constraint fails"),
                ("UPDATE invoices SET status = 'lost' LIMIT 1", "status` failed"),
                ("UPDATE customer_addresses SET `primary` = 2 LIMIT 1", "primary` failed"),
                (
                    "INSERT INTO customer_types SELECT UUID(), name, description, "
                        + "credit_limit_multiplier, discount_percentage, priority_level, active, "
                        + "created_at FROM customer_types LIMIT 1", "Duplicate entry"
                ),
                ("UPDATE customers SET name = NULL LIMIT 1", "cannot be null"),
            ]
            for (statement, message) in rejected {
                let output = try await server.run(statement, database: database)
                #expect(!output.succeeded, "\(statement)")
                #expect(output.errorText.contains(message), "\(output)")
            }
            #expect(try await rowCounts(database) == manifestCounts)
        }

        @Test("A dangling key or a bad boolean fails the load and changes nothing")
        func failedLoadsChangeNothing() async throws {
            let scratch = try TestDirectory(named: "mysql failure")
            defer { scratch.remove() }
            let dangling = scratch.appending("dangling")
            try await DamagedArchives.copyWithDanglingInvoice(fixture.csvArchive, to: dangling)
            // MySQL's LOAD DATA stores anything but 1 or 0 as 0 with only a warning.
            let yes = scratch.appending("yes for true")
            try await DamagedArchives.copy(
                fixture.csvArchive, to: yes, editing: .customerTypes, with: "3s/,true,/,yes,/")
            let full = Self.databaseName()
            try await loadScript([fixture.csvArchive.path, full]).checked()
            for (archive, message) in [
                (dangling, "a foreign key constraint fails"),
                (yes, "Column 'active' cannot be null"),
            ] {
                let fresh = Self.databaseName()
                let intoFresh = try await loadScript([archive.path, fresh])
                #expect(intoFresh.status == 1, "\(intoFresh)")
                #expect(intoFresh.errorText.contains(message), "\(intoFresh)")
                #expect(
                    intoFresh.errorText.contains("a_warning_stops_the_load"), "\(intoFresh)")
                #expect(intoFresh.errorText.contains("unchanged"), "\(intoFresh)")
                #expect(
                    try await server.query(
                        "SELECT count(*) FROM information_schema.schemata WHERE schema_name = "
                            + "'\(fresh)'") == "0")
                let replacing = try await loadScript(["--replace", archive.path, full])
                #expect(replacing.status == 1, "\(replacing)")
                #expect(try await rowCounts(full) == manifestCounts)
                #expect(
                    try await server.query(
                        "SELECT count(*) FROM invoice_line_items WHERE invoice_id = "
                            + "'00000000-0000-4000-8000-000000000000'", database: full) == "0")
            }
            #expect(try await leftoverDatabases() == "")
        }

        @Test("Existing tables are refused unless --replace, which swaps them in one rename")
        func replaceSwapsTables() async throws {
            let database = Self.databaseName()
            try await loadScript([fixture.csvArchive.path, database]).checked()
            try await server.run("DELETE FROM invoice_line_items LIMIT 10", database: database)
                .checked()
            let again = try await loadScript([fixture.csvArchive.path, database])
            #expect(again.status == 1)
            #expect(again.errorText.contains("already has tables"), "\(again)")
            let replaced = try await loadScript(["--replace", fixture.csvArchive.path, database])
            #expect(replaced.succeeded, "\(replaced)")
            #expect(try await rowCounts(database) == manifestCounts)
            #expect(try await leftoverDatabases() == "")
            let refused = try await loadScript([fixture.ndjsonArchive.path, database])
            #expect(refused.status == 1)
            #expect(refused.errorText.contains("--format csv"), "\(refused)")
            let usage = try await loadScript([fixture.csvArchive.path, "no-such name"])
            #expect(usage.status == 64)
        }
    }
}
