import DemoData
import Foundation
import Testing

extension LoadingTests {
    /// `Scripts/load-postgres.sh`, `demodata schema` and `demodata stream | psql` against a
    /// throwaway PostgreSQL 15 cluster, asserted with SQL.
    @Suite(
        "PostgreSQL",
        .enabled(
            if: PostgresCluster.isInstalled, Comment(rawValue: PostgresCluster.missingMessage)))
    struct PostgreSQL {
        let fixture: IntegrationFixture
        let cluster: PostgresCluster

        init() throws {
            fixture = try IntegrationFixture.required()
            cluster = try fixture.postgres()
        }

        /// Runs `Scripts/load-postgres.sh` with `arguments` against `database`.
        func loadScript(_ arguments: [String], into database: String) async throws
            -> TestProcess.Result
        {
            try await ExternalCommand.run(
                TestPackage.script("load-postgres.sh"), arguments,
                environment: cluster.environment(database: database).merging(
                    IntegrationFixture.scriptEnvironment
                ) { $1 })
        }

        /// The database that the large CSV archive was loaded into once for all the tests
        /// that only read it, and the load script's output.
        func loaded() async throws -> (database: String, output: TestProcess.Result) {
            try await fixture.loadedPostgres.value { [self] in
                let database = try await cluster.createDatabase()
                let output = try await loadScript([fixture.csvArchive.path], into: database)
                return (database, try output.checked())
            }
        }

        /// The number of rows of each table, keyed by table name.
        func rowCounts(_ database: String) async throws -> [String: Int] {
            var counts: [String: Int] = [:]
            for table in Table.allCases {
                counts[table.name] = Int(
                    try await cluster.value(database, "SELECT count(*) FROM \"\(table.name)\""))
            }
            return counts
        }

        /// The user tables of `database`.
        func tableNames(_ database: String) async throws -> [String] {
            try await cluster.rows(
                database,
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
        }

        var manifestCounts: [String: Int] {
            Dictionary(uniqueKeysWithValues: fixture.csvManifest.tables.map { ($0.name, $0.rows) })
        }

        @Test("load-postgres.sh loads every row of a large CSV archive and reports each table")
        func loadsEveryRow() async throws {
            let (database, output) = try await loaded()
            #expect(fixture.csvManifest.tables.map(\.name) == Table.allCases.map(\.name))
            #expect(manifestCounts["invoices"] == 5_000)
            #expect(try await rowCounts(database) == manifestCounts)
            let lines = output.outputText.split(separator: "\n").map(String.init)
            #expect(lines.count == Table.allCases.count, "\(output)")
            for (line, entry) in zip(lines, fixture.csvManifest.tables) {
                let words = line.replacing(",", with: "").split(separator: " ")
                #expect(words == [Substring(entry.name), Substring(String(entry.rows)), "rows"])
            }
            #expect(output.errorText.contains("committed"), "\(output)")
        }

        @Test("Invoice totals equal subtotal plus tax, and subtotals the sum of their lines")
        func invoiceTotalsAddUp() async throws {
            let database = try await loaded().database
            let violations = [
                "SELECT count(*) FROM invoices WHERE total <> subtotal + tax_amount",
                """
                SELECT count(*) FROM invoices i LEFT JOIN (SELECT invoice_id, sum(line_total) AS s
                    FROM invoice_line_items GROUP BY invoice_id) l ON l.invoice_id = i.id
                WHERE l.s IS NULL OR i.subtotal <> l.s
                """,
                """
                SELECT count(*) FROM invoices i LEFT JOIN (SELECT invoice_id, sum(tax_amount) AS s
                    FROM invoice_line_items GROUP BY invoice_id) l ON l.invoice_id = i.id
                WHERE l.s IS NULL OR i.tax_amount <> l.s
                """,
                """
                SELECT count(*) FROM invoice_line_items l JOIN invoices i ON i.id = l.invoice_id
                WHERE l.tax_amount > round(l.line_total * i.tax_rate / 100, 2)
                """,
                """
                SELECT count(*) FROM invoice_line_items WHERE line_total <> quantity * unit_price
                    - discount_amount OR discount_amount
                    <> round(quantity * unit_price * discount_percentage / 100, 2)
                """,
                """
                SELECT count(*) FROM invoice_line_items l JOIN products p ON p.id = l.product_id
                WHERE l.unit_price <> p.price
                """,
            ]
            for query in violations {
                #expect(try await cluster.value(database, query) == "0", "\(query)")
            }
            #expect(
                try await cluster.value(database, "SELECT count(*) > 0 FROM invoices") == "t")
        }

        @Test("Nullable columns hold real NULLs, and no column holds an empty string")
        func nullsAreNull() async throws {
            let database = try await loaded().database
            for table in Table.allCases {
                let strings = table.columns.filter { $0.type == .string }
                let nullable = table.columns.filter(\.nullable)
                let expressions =
                    nullable.map { "count(*) FILTER (WHERE \"\($0.name)\" IS NULL) > 0" }
                    + strings.map { "count(*) FILTER (WHERE \"\($0.name)\" = '') = 0" }
                guard !expressions.isEmpty else { continue }
                let result = try await cluster.value(
                    database,
                    "SELECT \(expressions.joined(separator: ", ")) FROM \"\(table.name)\"")
                let names =
                    nullable.map { "\($0.name) has NULLs" }
                    + strings.map { "\($0.name) has no ''" }
                for (name, value) in zip(names, result.split(separator: "|")) {
                    #expect(value == "t", "\(table.name).\(name)")
                }
            }
        }

        @Test("Column types and nullability are those of the schema definition")
        func columnTypesMatchSchema() async throws {
            let database = try await loaded().database
            let actual = try await cluster.rows(
                database,
                """
                SELECT table_name, column_name, data_type, numeric_precision, numeric_scale,
                    is_nullable
                FROM information_schema.columns WHERE table_schema = 'public'
                ORDER BY table_name, ordinal_position
                """)
            let expected = Table.allCases.sorted { $0.name < $1.name }.flatMap { table in
                table.columns.map { column in
                    let (type, precision, scale) = Self.informationSchemaType(column.type)
                    return [
                        table.name, column.name, type, precision, scale,
                        column.nullable ? "YES" : "NO",
                    ].joined(separator: "|")
                }
            }
            #expect(actual == expected)
        }

        static func informationSchemaType(_ type: ColumnType) -> (String, String, String) {
            switch type {
            case .uuid: ("uuid", "", "")
            case .string: ("text", "", "")
            case .integer: ("bigint", "64", "0")
            case .boolean: ("boolean", "", "")
            case .decimal(let precision, let scale): ("numeric", "\(precision)", "\(scale)")
            case .date: ("date", "", "")
            case .timestamp: ("timestamp with time zone", "", "")
            }
        }

        @Test("Every key and CHECK exists, and bad rows are rejected")
        func constraintsRejectBadRows() async throws {
            let database = try await loaded().database
            let columns = Table.allCases.flatMap(\.columns)
            let kinds = try await cluster.rows(
                database,
                """
                SELECT contype, count(*) FROM pg_constraint
                WHERE connamespace = 'public'::regnamespace GROUP BY contype ORDER BY contype
                """)
            #expect(
                kinds == [
                    "c|\(columns.filter { $0.check != nil }.count)",
                    "f|\(columns.filter { $0.references != nil }.count)",
                    "p|\(Table.allCases.count)",
                    "u|\(columns.filter(\.unique).count)",
                ])
            let foreignKeys = try await cluster.rows(
                database,
                """
                SELECT conrelid::regclass || '.' || a.attname || '>' || confrelid::regclass
                FROM pg_constraint c JOIN pg_attribute a
                    ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
                WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace ORDER BY 1
                """)
            let expectedKeys = Table.allCases.flatMap { table in
                table.columns.compactMap { column in
                    column.references.map { "\(table.name).\(column.name)>\($0.name)" }
                }
            }
            #expect(foreignKeys == expectedKeys.sorted())

            let lineColumns = Table.invoiceLineItems.columns.map { column in
                switch column.name {
                case "id": "gen_random_uuid()"
                case "invoice_id": "'00000000-0000-4000-8000-000000000000'"
                default: "\"\(column.name)\""
                }
            }
            let rejected = [
                (
                    "INSERT INTO invoice_line_items SELECT \(lineColumns.joined(separator: ", ")) "
                        + "FROM invoice_line_items LIMIT 1",
                    "violates foreign key constraint"
                ),
                (
                    "DELETE FROM customer_types WHERE name = 'Gold'",
                    "violates foreign key constraint"
                ),
                (
                    "UPDATE invoices SET status = 'lost' WHERE id = (SELECT min(id::text)::uuid "
                        + "FROM invoices)", "violates check constraint"
                ),
                (
                    "UPDATE customers SET email = (SELECT max(email) FROM customers) "
                        + "WHERE email = (SELECT min(email) FROM customers)",
                    "violates unique constraint"
                ),
                (
                    "UPDATE customers SET name = NULL WHERE email = (SELECT min(email) FROM customers)",
                    "violates not-null constraint"
                ),
            ]
            for (statement, message) in rejected {
                let output = try await cluster.psql(database, statement)
                #expect(!output.succeeded, "\(statement)")
                #expect(output.errorText.contains(message), "\(output)")
            }
            #expect(try await rowCounts(database) == manifestCounts)
        }

        @Test("A load that fails part-way leaves the database as it was")
        func failedLoadChangesNothing() async throws {
            let scratch = try TestDirectory(named: "postgres failure")
            defer { scratch.remove() }
            let damaged = scratch.appending("archive with a dangling invoice")
            try await DamagedArchives.copyWithDanglingInvoice(fixture.csvArchive, to: damaged)

            let empty = try await cluster.createDatabase()
            let intoEmpty = try await loadScript([damaged.path], into: empty)
            #expect(intoEmpty.status == 1)
            #expect(intoEmpty.errorText.contains("violates foreign key constraint"))
            #expect(intoEmpty.errorText.contains("rolled back"), "\(intoEmpty)")
            #expect(try await tableNames(empty) == [])

            let full = try await cluster.createDatabase()
            try await loadScript([fixture.csvArchive.path], into: full).checked()
            let replacing = try await loadScript(["--replace", damaged.path], into: full)
            #expect(replacing.status == 1, "\(replacing)")
            #expect(try await rowCounts(full) == manifestCounts)
            let dangling = try await cluster.value(
                full,
                "SELECT count(*) FROM invoice_line_items "
                    + "WHERE invoice_id = '00000000-0000-4000-8000-000000000000'")
            #expect(dangling == "0")

            let reloaded = try await loadScript(["--replace", fixture.csvArchive.path], into: full)
            #expect(reloaded.succeeded, "\(reloaded)")
            #expect(try await rowCounts(full) == manifestCounts)
        }

        @Test("An NDJSON archive loads into the same rows, values, NULLs and sums as CSV")
        func ndjsonLoadsLikeCSV() async throws {
            let csvDatabase = try await loaded().database
            let database = try await cluster.createDatabase()
            let output = try await loadScript([fixture.ndjsonArchive.path], into: database)
            #expect(output.succeeded, "\(output)")
            #expect(output.errorText.contains("committed"), "\(output)")
            #expect(try await rowCounts(database) == manifestCounts)
            for table in Table.allCases {
                let fingerprint =
                    "SELECT md5(string_agg(t::text, E'\\n' ORDER BY id)) FROM \"\(table.name)\" t"
                let ndjson = try await cluster.value(database, fingerprint)
                #expect(ndjson.count == 32)
                #expect(
                    ndjson == (try await cluster.value(csvDatabase, fingerprint)), "\(table.name)")
            }
            let total = try TestArchive(fixture.ndjsonArchive).sum("total", of: .invoices)
            #expect(try await cluster.value(database, "SELECT sum(total) FROM invoices") == total)
            let notesColumn = try #require(
                Table.customers.columns.firstIndex { $0.name == "notes" })
            let notes = try TestArchive(fixture.ndjsonArchive).rows(.customers).filter {
                $0[notesColumn] == nil
            }.count
            #expect(notes > 0)
            #expect(
                try await cluster.value(
                    database, "SELECT count(*) FROM customers WHERE notes IS NULL") == "\(notes)")
            #expect(
                try await cluster.value(
                    database,
                    "SELECT count(*) FILTER (WHERE \"primary\") > 0 AND count(*) FILTER (WHERE NOT "
                        + "\"primary\") > 0 FROM customer_addresses") == "t")
        }

        @Test("A damaged NDJSON archive loads nothing: a dangling key, a line without a column")
        func damagedNDJSONChangesNothing() async throws {
            let scratch = try TestDirectory(named: "postgres ndjson failure")
            defer { scratch.remove() }
            let (dangling, missingKey) = try await DamagedArchives.damagedNDJSONCopies(
                of: fixture.ndjsonArchive, in: scratch)
            let database = try await cluster.createDatabase()
            let cases = [
                (dangling, "violates foreign key constraint"),
                (missingKey, "customers.ndjson.gz holds 1000 lines, manifest.json lists 1000"),
            ]
            for (archive, message) in cases {
                let output = try await loadScript([archive.path], into: database)
                #expect(output.status == 1, "\(output)")
                #expect(output.errorText.contains(message), "\(output)")
                #expect(output.errorText.contains("rolled back"), "\(output)")
                #expect(try await tableNames(database) == [])
            }
        }

        @Test("Archives that cannot be loaded are refused before the database is touched")
        func refusesUnloadableArchives() async throws {
            let scratch = try TestDirectory(named: "postgres refusals")
            defer { scratch.remove() }
            let missingFile = scratch.appending("missing file")
            try FileManager.default.copyItem(at: fixture.csvArchive, to: missingFile)
            try FileManager.default.removeItem(at: missingFile.appending(path: "products.csv.gz"))
            let damaged = scratch.appending("damaged")
            try FileManager.default.copyItem(at: fixture.csvArchive, to: damaged)
            let handle = try FileHandle(
                forWritingTo: damaged.appending(path: "customers.csv.gz"))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data([0]))
            try handle.close()
            let noManifest = scratch.appending("no manifest")
            try FileManager.default.createDirectory(
                at: noManifest, withIntermediateDirectories: true)
            let shard = scratch.appending("shard")
            try await IntegrationFixture.demodata([
                "generate", "--volume", "small", "--format", "csv", "--shard", "1/2",
                "--as-of", TestDates.asOf, "--quiet", "--output", shard.path,
            ])

            let database = try await cluster.createDatabase()
            let cases = [
                (missingFile, "products.csv.gz is missing"),
                (damaged, "customers.csv.gz does not match SHA256SUMS"),
                (noManifest, "has no manifest.json"),
                (scratch.appending("nowhere"), "no such archive directory"),
                (shard, "is shard 1 of 2"),
            ]
            for (archive, message) in cases {
                let output = try await loadScript([archive.path], into: database)
                #expect(output.status == 1, "\(output)")
                let lines = output.errorText.split(separator: "\n")
                #expect(lines.count == 1, "\(output)")
                #expect(output.errorText.contains(message), "\(output)")
            }
            #expect(try await tableNames(database) == [])

            let usage = try await loadScript([], into: database)
            #expect(usage.status == 64)

            let existing = try await loadScript(
                [fixture.csvArchive.path], into: try await loaded().database)
            #expect(existing.status == 1)
            #expect(existing.errorText.contains("already has tables"), "\(existing)")
        }

        @Test("demodata schema | psql, then demodata stream TABLE | psql \\copy FROM pstdin")
        func streamPipesIntoPsql() async throws {
            let database = try await cluster.createDatabase()
            let output = try await ExternalCommand.bash(
                """
                "$DEMODATA" schema | psql -X -q -v ON_ERROR_STOP=1 --single-transaction
                for table in customer_types customers; do
                    "$DEMODATA" stream "$table" --format csv $OPTIONS |
                        psql -X -v ON_ERROR_STOP=1 -c "\\copy $table FROM pstdin CSV HEADER"
                done
                """,
                environment: cluster.environment(database: database).merging([
                    "DEMODATA": TestPackage.binary.path,
                    "OPTIONS": IntegrationFixture.dataOptions.joined(separator: " "),
                ]) { $1 })
            #expect(output.succeeded, "\(output)")
            #expect(output.outputText == "COPY 4\nCOPY 1000\n")

            let loaded = try await loaded().database
            for table in ["customer_types", "customers"] {
                let fingerprint =
                    "SELECT md5(string_agg(t::text, E'\\n' ORDER BY id)) FROM \(table) t"
                let piped = try await cluster.value(database, fingerprint)
                #expect(piped == (try await cluster.value(loaded, fingerprint)), "\(table)")
            }
        }

        @Test("The tables and constraints sections together build what the whole script builds")
        func schemaSectionsMatchWholeScript() async throws {
            let whole = try await cluster.createDatabase()
            let split = try await cluster.createDatabase()
            let ddl = SchemaDDL(dialect: .postgres)
            try await cluster.psqlScript(whole, ddl.script()).checked()
            try await cluster.psqlScript(split, ddl.script(.tables) + ddl.script(.constraints))
                .checked()
            let catalog = """
                SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
                FROM pg_constraint WHERE connamespace = 'public'::regnamespace
                UNION ALL SELECT indexdef FROM pg_indexes WHERE schemaname = 'public'
                ORDER BY 1
                """
            let definitions = try await cluster.rows(whole, catalog)
            #expect(definitions.count > 50)
            #expect(try await cluster.rows(split, catalog) == definitions)
        }
    }
}
