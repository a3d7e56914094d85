import DemoData
import Foundation
import Testing

extension LoadingTests {
    /// `Scripts/load-sqlite.sh` against the sqlite3 command line shell, asserted with SQL.
    @Suite(
        "SQLite", .enabled(if: ExternalCommand.isInstalled("sqlite3"), "sqlite3 is not installed"))
    struct SQLite {
        let fixture: IntegrationFixture

        init() throws {
            fixture = try IntegrationFixture.required()
        }

        func loadScript(_ arguments: [String]) async throws -> TestProcess.Result {
            try await ExternalCommand.run(
                TestPackage.script("load-sqlite.sh"), arguments,
                environment: IntegrationFixture.scriptEnvironment)
        }

        /// Runs `sql` on the database file, stopping at the first error.
        func query(_ database: URL, _ sql: String) async throws -> String {
            try await ExternalCommand.run(
                program: "sqlite3", ["-batch", "-bail", "-init", "/dev/null", database.path, sql]
            ).checked().trimmedOutput
        }

        func rowCounts(_ database: URL) async throws -> [String: Int] {
            var counts: [String: Int] = [:]
            for table in Table.allCases {
                counts[table.name] = Int(
                    try await query(database, "SELECT count(*) FROM \"\(table.name)\""))
            }
            return counts
        }

        var manifestCounts: [String: Int] {
            Dictionary(uniqueKeysWithValues: fixture.csvManifest.tables.map { ($0.name, $0.rows) })
        }

        @Test("load-sqlite.sh loads every row with foreign keys on, NULLs as NULL, 0/1 booleans")
        func loadsEveryRow() async throws {
            let scratch = try TestDirectory(named: "sqlite load")
            defer { scratch.remove() }
            let database = scratch.appending("large archive.db")
            let output = try await loadScript([fixture.csvArchive.path, database.path])
            #expect(output.succeeded, "\(output)")
            #expect(output.outputText.split(separator: "\n").count == Table.allCases.count)
            #expect(try await rowCounts(database) == manifestCounts)
            #expect(try await query(database, "PRAGMA foreign_key_check") == "")
            #expect(try await query(database, "PRAGMA integrity_check") == "ok")
            // Money is whole cents, so plain sums are exact: no rounding.
            let violations = [
                "SELECT count(*) FROM invoices WHERE subtotal + tax_amount <> total",
                """
                SELECT count(*) FROM invoices i WHERE subtotal <> (SELECT sum(line_total)
                    FROM invoice_line_items l WHERE l.invoice_id = i.id)
                """,
            ]
            for sql in violations {
                #expect(try await query(database, sql) == "0", "\(sql)")
            }
            for table in Table.allCases {
                for column in table.columns {
                    let name = "\"\(column.name)\""
                    var checks: [String] = []
                    if column.nullable {
                        checks += ["count(*) FILTER (WHERE \(name) IS NULL) > 0"]
                    }
                    switch column.type {
                    case .string:
                        checks += ["count(*) FILTER (WHERE \(name) = '') = 0"]
                    case .boolean:
                        checks += ["count(*) FILTER (WHERE typeof(\(name)) <> 'integer') = 0"]
                    case .integer:
                        checks += ["count(*) FILTER (WHERE typeof(\(name)) <> 'integer') = 0"]
                    case .money:
                        checks += ["count(*) FILTER (WHERE typeof(\(name)) <> 'integer') = 0"]
                    case .decimal:
                        checks += [
                            "count(*) FILTER (WHERE typeof(\(name)) NOT IN ('integer', 'real')) = 0"
                        ]
                    case .uuid, .date, .timestamp:
                        checks += [
                            "count(*) FILTER (WHERE \(name) IS NOT NULL AND typeof(\(name)) <> 'text') = 0"
                        ]
                    }
                    let result = try await query(
                        database,
                        "SELECT \(checks.joined(separator: " AND ")) FROM \"\(table.name)\"")
                    #expect(result == "1", "\(table.name).\(column.name)")
                }
            }
        }

        /// Every money column's plain `sum()` is exact: the archive's exact decimal sum, in
        /// cents; the `_decimal` views present the same values in units.
        @Test("Money sums equal the archive's exact sums with a plain sum()")
        func moneySumsAreExact() async throws {
            let scratch = try TestDirectory(named: "sqlite money")
            defer { scratch.remove() }
            let database = scratch.appending("money.db")
            try await loadScript([fixture.csvArchive.path, database.path]).checked()
            let archive = try TestArchive(fixture.csvArchive)
            for table in Table.allCases {
                for column in table.columns where column.type == .money {
                    let exact = try archive.sum(column.name, of: table)
                    let cents = String(Int(exact.replacingOccurrences(of: ".", with: "")) ?? -1)
                    let sql = "SELECT sum(\"\(column.name)\") FROM \"\(table.name)\""
                    #expect(try await query(database, sql) == cents, "\(table.name).\(column.name)")
                    // The view's units, summed as floats and printed to the cent.
                    let view =
                        "SELECT printf('%.2f', sum(\"\(column.name)\")) FROM "
                        + "\"\(table.name)_decimal\""
                    #expect(try await query(database, view) == exact, "\(table.name)_decimal")
                }
            }
        }

        @Test("A database that has the tables is refused unless --replace is given")
        func refusesExistingTablesUnlessReplacing() async throws {
            let scratch = try TestDirectory(named: "sqlite replace")
            defer { scratch.remove() }
            let database = scratch.appending("data.db")
            try await loadScript([fixture.csvArchive.path, database.path]).checked()
            let again = try await loadScript([fixture.csvArchive.path, database.path])
            #expect(again.status == 1)
            #expect(again.errorText.contains("already has tables"), "\(again)")
            let replaced = try await loadScript([
                "--replace", fixture.csvArchive.path, database.path,
            ])
            #expect(replaced.succeeded, "\(replaced)")
            #expect(try await rowCounts(database) == manifestCounts)
        }

        @Test("An NDJSON archive loads into the same rows, values and storage classes as CSV")
        func ndjsonLoadsLikeCSV() async throws {
            let scratch = try TestDirectory(named: "sqlite ndjson")
            defer { scratch.remove() }
            let fromCSV = scratch.appending("csv.db")
            let fromNDJSON = scratch.appending("ndjson.db")
            try await loadScript([fixture.csvArchive.path, fromCSV.path]).checked()
            let output = try await loadScript([fixture.ndjsonArchive.path, fromNDJSON.path])
            #expect(output.succeeded, "\(output)")
            #expect(try await rowCounts(fromNDJSON) == manifestCounts)
            #expect(try await query(fromNDJSON, "PRAGMA foreign_key_check") == "")
            for table in Table.allCases {
                // quote() shows each value with its storage class: 1234.5, '1234.50', NULL.
                let values = table.columns.map { "quote(\"\($0.name)\")" }
                let sql =
                    "SELECT \(values.joined(separator: " || ',' || ")) FROM \"\(table.name)\" "
                    + "ORDER BY id"
                let ndjson = try await query(fromNDJSON, sql)
                #expect(ndjson.split(separator: "\n").count == manifestCounts[table.name])
                #expect(ndjson == (try await query(fromCSV, sql)), "\(table.name)")
            }
            let total = try TestArchive(fixture.ndjsonArchive).sum("total", of: .invoices)
            #expect(
                try await query(
                    fromNDJSON, "SELECT printf('%.2f', sum(total)) FROM invoices_decimal")
                    == total)
            #expect(
                try await query(
                    fromNDJSON,
                    "SELECT count(*) FILTER (WHERE street2 IS NULL) > 0, min(\"primary\"), "
                        + "max(\"primary\") FROM customer_addresses") == "1|0|1")
        }

        @Test("A damaged NDJSON archive loads nothing: a dangling key, a line without a column")
        func damagedNDJSONChangesNothing() async throws {
            let scratch = try TestDirectory(named: "sqlite ndjson failure")
            defer { scratch.remove() }
            let (dangling, missingKey) = try await DamagedArchives.damagedNDJSONCopies(
                of: fixture.ndjsonArchive, in: scratch)
            let full = scratch.appending("full.db")
            try await loadScript([fixture.csvArchive.path, full.path]).checked()
            let cases = [
                (dangling, "FOREIGN KEY constraint failed"),
                (missingKey, "row count of the file differs from manifest.json"),
            ]
            for (archive, message) in cases {
                let fresh = scratch.appending("fresh.db")
                let intoFresh = try await loadScript([archive.path, fresh.path])
                #expect(intoFresh.status == 1, "\(intoFresh)")
                #expect(intoFresh.errorText.contains(message), "\(intoFresh)")
                #expect(!FileManager.default.fileExists(atPath: fresh.path), "\(intoFresh)")
                let replacing = try await loadScript(["--replace", archive.path, full.path])
                #expect(replacing.status == 1, "\(replacing)")
                #expect(try await rowCounts(full) == manifestCounts)
            }
        }

        @Test("A manifest with a key twice (a second invoices columns list) is refused")
        func duplicateManifestKeyIsRefused() async throws {
            let scratch = try TestDirectory(named: "sqlite duplicate key")
            defer { scratch.remove() }
            let forged = scratch.appending("forged")
            try FileManager.default.copyItem(at: fixture.csvArchive, to: forged)
            // A second "columns" list for invoices with subtotal and total swapped: a reader
            // that keeps the last key would load them swapped. SHA256SUMS is made to fit.
            try await ExternalCommand.bash(
                """
                cd "$ARCHIVE"
                python3 - <<'PY'
                text = open("manifest.json").read()
                start = text.index('"name": "invoices"')
                columns = text.index('"columns": [', start)
                end = text.index("\\n      ]", columns) + len("\\n      ]")
                block = text[columns:end]
                swapped = block.replace('"subtotal"', '"SWAP"').replace('"total"', '"subtotal"').replace('"SWAP"', '"total"')
                open("manifest.json", "w").write(text[:end] + ",\\n      " + swapped + text[end:])
                PY
                grep -v " manifest.json$" SHA256SUMS >sums
                sha256sum manifest.json >>sums
                mv sums SHA256SUMS
                """,
                environment: ["ARCHIVE": forged.path]
            ).checked()
            let database = scratch.appending("forged.db")
            let load = try await loadScript([forged.path, database.path])
            #expect(load.status == 1, "\(load)")
            #expect(load.errorText.contains("appears twice in one object"), "\(load)")
            #expect(!FileManager.default.fileExists(atPath: database.path), "\(load)")
        }

        @Test("A load that fails part-way leaves the database as it was")
        func failedLoadChangesNothing() async throws {
            let scratch = try TestDirectory(named: "sqlite failure")
            defer { scratch.remove() }
            let damaged = scratch.appending("archive with a dangling invoice")
            try await DamagedArchives.copyWithDanglingInvoice(fixture.csvArchive, to: damaged)

            let fresh = scratch.appending("fresh.db")
            let intoFresh = try await loadScript([damaged.path, fresh.path])
            #expect(intoFresh.status == 1)
            #expect(intoFresh.errorText.contains("FOREIGN KEY constraint failed"))
            #expect(!FileManager.default.fileExists(atPath: fresh.path), "\(intoFresh)")

            let full = scratch.appending("full.db")
            try await loadScript([fixture.csvArchive.path, full.path]).checked()
            let replacing = try await loadScript(["--replace", damaged.path, full.path])
            #expect(replacing.status == 1, "\(replacing)")
            #expect(try await rowCounts(full) == manifestCounts)
            #expect(try await query(full, "PRAGMA foreign_key_check") == "")
        }

        @Test("A subset archive loads its tables only, replacing all eight with --replace")
        func loadsASubsetArchive() async throws {
            let scratch = try TestDirectory(named: "sqlite subset")
            defer { scratch.remove() }
            let subset = scratch.appending("subset archive")
            let manifest = try await IntegrationFixture.subsetArchive(
                "invoices,inventory", at: subset)
            let names = manifest.tables.map(\.name)
            #expect(
                names == [
                    "customer_types", "product_categories", "customers", "customer_addresses",
                    "products", "inventory", "invoices",
                ])

            let fresh = scratch.appending("fresh.db")
            let loaded = try await loadScript([subset.path, fresh.path])
            #expect(loaded.succeeded, "\(loaded)")
            let tables = try await query(
                fresh,
                "SELECT group_concat(name, ' ') FROM sqlite_schema WHERE type = 'table' "
                    + "AND name NOT LIKE 'sqlite_%'")
            #expect(tables.split(separator: " ").map(String.init).sorted() == names.sorted())
            for entry in manifest.tables {
                #expect(
                    try await query(fresh, "SELECT count(*) FROM \"\(entry.name)\"")
                        == String(entry.rows), "\(entry.name)")
            }
            #expect(try await query(fresh, "PRAGMA foreign_key_check") == "")

            // A database holding the full archive: refused without --replace; with it, the
            // eight tables go and the subset's come.
            let full = scratch.appending("full.db")
            try await loadScript([fixture.csvArchive.path, full.path]).checked()
            let refused = try await loadScript([subset.path, full.path])
            #expect(refused.status == 1 && refused.errorText.contains("already has tables"))
            let replaced = try await loadScript(["--replace", subset.path, full.path])
            #expect(replaced.succeeded, "\(replaced)")
            let after = try await query(
                full,
                "SELECT group_concat(name, ' ') FROM sqlite_schema WHERE type = 'table' "
                    + "AND name NOT LIKE 'sqlite_%'")
            #expect(after.split(separator: " ").map(String.init).sorted() == names.sorted())
            #expect(try await query(full, "PRAGMA foreign_key_check") == "")
        }
    }
}
