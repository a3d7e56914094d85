import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// The DDL generated from the schema definition: every table, column and constraint is in it,
/// and sqlite3 runs it and enforces it. (PostgreSQL runs it in DemoDataIntegrationTests.)
@Suite("Schema DDL")
struct SchemaDDLTests {
    /// The statements of a script, without the comment line.
    static func statements(_ script: String) -> [String] {
        script.split(separator: ";\n").map {
            $0.split(separator: "\n").filter { !$0.hasPrefix("--") }.joined(separator: "\n")
        }.filter { !$0.isEmpty }
    }

    /// The column line of `column` in `table`'s CREATE TABLE.
    static func line(_ ddl: SchemaDDL, _ table: Table, _ column: Column) throws -> String {
        let create = ddl.createTable(table)
        return try #require(
            create.split(separator: "\n").map(String.init).first {
                $0.hasPrefix("    \(ddl.dialect.quoted(column.name)) ")
            })
    }

    @Test(
        "Tables come in load order, one CREATE TABLE each, then the indexes",
        arguments: SQLDialect.allCases)
    func tablesInLoadOrder(dialect: SQLDialect) {
        let statements = Self.statements(SchemaDDL(dialect: dialect).script())
        let creates = statements.filter { $0.hasPrefix("CREATE TABLE") }
        #expect(
            creates.map { $0.split(separator: "\n")[0] }
                == Table.allCases.map { "CREATE TABLE \(dialect.quoted($0.name)) (" })
        let indexes = statements.filter { $0.hasPrefix("CREATE INDEX") }
        let foreignKeys = Table.allCases.flatMap(\.columns).filter {
            $0.references != nil && !$0.unique
        }
        // InnoDB indexes foreign key columns itself.
        #expect(indexes.count == (dialect == .mysql ? 0 : foreignKeys.count))
        // SQLite's money is whole cents; a view per table with money presents it in units.
        let views = statements.filter { $0.hasPrefix("CREATE VIEW") }
        #expect(
            views.map { $0.split(separator: " ")[2] }
                == (dialect == .sqlite
                    ? [
                        "\"customers_decimal\"", "\"products_decimal\"", "\"invoices_decimal\"",
                        "\"invoice_line_items_decimal\"",
                    ] : []))
        #expect(creates.count + views.count + indexes.count == statements.count)
    }

    @Test("Every column has its type, NOT NULL, keys and checks", arguments: SQLDialect.allCases)
    func everyColumn(dialect: SQLDialect) throws {
        let ddl = SchemaDDL(dialect: dialect)
        let quoted = dialect.quoted
        for table in Table.allCases {
            let create = ddl.createTable(table)
            let foreignKeys = table.columns.filter { $0.references != nil }
            // MySQL ignores REFERENCES on a column: its foreign keys are lines of their own.
            let keyLines = dialect == .mysql ? foreignKeys.count : 0
            #expect(create.split(separator: "\n").count == table.columns.count + 2 + keyLines)
            for column in table.columns {
                let line = try Self.line(ddl, table, column)
                let context = Comment(rawValue: "\(table.name): \(line)")
                #expect(
                    line.hasPrefix("    \(quoted(column.name)) \(dialect.typeName(for: column))"),
                    context)
                #expect(line.contains(" NOT NULL") == !column.nullable, context)
                #expect(line.contains(" PRIMARY KEY") == (column.name == Table.primaryKey), context)
                #expect(line.contains(" UNIQUE") == column.unique, context)
                let reference = column.references.map {
                    " REFERENCES \(quoted($0.name)) (\(quoted("id")))"
                }
                if let reference, dialect != .mysql {
                    #expect(line.contains(reference), context)
                } else {
                    #expect(!line.contains("REFERENCES"), context)
                }
                if let reference, dialect == .mysql {
                    #expect(
                        create.contains("    FOREIGN KEY (\(quoted(column.name)))\(reference)"),
                        context)
                }
                switch column.check {
                case .oneOf(let values):
                    let list = values.map { "'\($0)'" }.joined(separator: ", ")
                    #expect(line.contains("CHECK (\(quoted(column.name)) IN (\(list)))"), context)
                case .between(let low, let high) where ddl.holdsCents(column):
                    #expect(
                        line.contains(
                            "CHECK (\(quoted(column.name)) BETWEEN \(SchemaDDL.cents(low)) AND "
                                + "\(SchemaDDL.cents(high)) AND typeof(\(quoted(column.name))) = "
                                + "'integer')"), context)
                case .between(let low, let high):
                    #expect(
                        line.contains("CHECK (\(quoted(column.name)) BETWEEN \(low) AND \(high))"),
                        context)
                case nil:
                    let booleanCheck =
                        (dialect == .sqlite || dialect == .mysql) && column.type == .boolean
                    #expect(line.contains("CHECK") == booleanCheck, context)
                }
            }
        }
    }

    @Test("The schema's unique columns are those SPEC names, and every table has an id key")
    func uniqueColumnsAndKeys() {
        let unique = Table.allCases.flatMap { table in
            table.columns.filter(\.unique).map { "\(table.name).\($0.name)" }
        }
        #expect(
            unique == [
                "customer_types.name", "product_categories.name", "customers.email",
                "products.sku", "inventory.product_id", "invoices.invoice_number",
            ])
        for table in Table.allCases {
            #expect(table.columns.first?.name == Table.primaryKey)
            #expect(table.columns.first?.type == .uuid)
        }
    }

    @Test("Type names per dialect")
    func typeNames() {
        let types: [ColumnType] = [
            .uuid, .string, .integer, .boolean, .money, .date, .timestamp,
        ]
        #expect(
            types.map(SQLDialect.postgres.typeName) == [
                "uuid", "text", "bigint", "boolean", "numeric(12,2)", "date", "timestamptz",
            ])
        #expect(
            types.map(SQLDialect.sqlite.typeName) == [
                "TEXT", "TEXT", "INTEGER", "INTEGER", "INTEGER", "TEXT", "TEXT",
            ])
        #expect(
            types.map(SQLDialect.duckdb.typeName) == [
                "uuid", "varchar", "bigint", "boolean", "decimal(12,2)", "date", "timestamptz",
            ])
        #expect(
            types.map(SQLDialect.mysql.typeName) == [
                "char(36)", "text", "bigint", "boolean", "decimal(12,2)", "date", "datetime(6)",
            ])
        #expect(SQLDialect.sqlite.typeName(for: .percent) == "NUMERIC(5,2)")
        let email = Table.customers.columns.first { $0.name == "email" }
        #expect(email.map(SQLDialect.mysql.typeName) == "varchar(255)")
        #expect(email.map(SQLDialect.postgres.typeName) == "text")
    }

    @Test("Identifiers are double-quoted and literals single-quoted, quotes doubled")
    func quoting() throws {
        #expect(SQLDialect.postgres.quoted("primary") == "\"primary\"")
        #expect(SQLDialect.sqlite.quoted("a\"b") == "\"a\"\"b\"")
        #expect(SQLDialect.postgres.literal("Home & Garden") == "'Home & Garden'")
        #expect(SQLDialect.sqlite.literal("O'Brien") == "'O''Brien'")
        #expect(SQLDialect.mysql.quoted("a`b") == "`a``b`")
        #expect(SQLDialect.mysql.literal("O'B\\n") == "'O''B\\\\n'")
        let primary = try #require(Table.customerAddresses.columns.first { $0.name == "primary" })
        let line = try Self.line(SchemaDDL(dialect: .postgres), .customerAddresses, primary)
        #expect(line == "    \"primary\" boolean NOT NULL,")
    }

    @Test("PostgreSQL: tables without foreign keys, then ALTER TABLE adds them with the indexes")
    func postgresSections() {
        let ddl = SchemaDDL(dialect: .postgres)
        let tables = Self.statements(ddl.script(.tables))
        let constraints = Self.statements(ddl.script(.constraints))
        #expect(tables.count == Table.allCases.count)
        #expect(!tables.joined().contains("REFERENCES"))
        #expect(!tables.joined().contains("INDEX"))
        let foreignKeys = Table.allCases.flatMap(\.columns).filter { $0.references != nil }
        let alters = constraints.filter { $0.hasPrefix("ALTER TABLE") }
        #expect(alters.count == foreignKeys.count)
        #expect(
            alters.contains(
                "ALTER TABLE \"invoice_line_items\" ADD FOREIGN KEY (\"invoice_id\") "
                    + "REFERENCES \"invoices\" (\"id\")"))
        #expect(
            Set(tables + constraints).count == tables.count + constraints.count,
            "no statement is in both sections")
        let whole = Self.statements(ddl.script())
        #expect(
            whole.filter { $0.hasPrefix("CREATE INDEX") }
                == constraints.filter { $0.hasPrefix("CREATE INDEX") })
    }

    @Test("SQLite: foreign keys stay in the tables (ALTER TABLE cannot add them), indexes after")
    func sqliteSections() {
        let ddl = SchemaDDL(dialect: .sqlite)
        #expect(ddl.script(.tables).contains("REFERENCES"))
        let constraints = Self.statements(ddl.script(.constraints))
        #expect(!constraints.isEmpty)
        #expect(constraints.allSatisfy { $0.hasPrefix("CREATE INDEX") })
        #expect(
            Self.statements(ddl.script(.tables)) + constraints == Self.statements(ddl.script()))
    }

    @Test("DuckDB and MySQL: foreign keys in the tables; DuckDB indexes after, MySQL none")
    func duckdbAndMySQLSections() {
        for dialect in [SQLDialect.duckdb, .mysql] {
            let ddl = SchemaDDL(dialect: dialect)
            let tables = ddl.script(.tables)
            #expect(tables.contains("REFERENCES"))
            #expect(!tables.contains("INDEX"))
            let constraints = Self.statements(ddl.script(.constraints))
            #expect(constraints.allSatisfy { $0.hasPrefix("CREATE INDEX") })
            #expect(constraints.isEmpty == (dialect == .mysql))
            #expect(Self.statements(tables) + constraints == Self.statements(ddl.script()))
        }
        #expect(
            SchemaDDL(dialect: .mysql).createTable(.customerTypes).hasSuffix(
                ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;"))
    }

    @Test("SQLite money: whole cents in the table, units in the view, sums exact")
    func sqliteMoneyInCents() async throws {
        #expect(SchemaDDL.cents("2500.00") == "250000")
        #expect(SchemaDDL.cents("0.01") == "1")
        #expect(SchemaDDL.cents("0.00") == "0")
        #expect(SchemaDDL.cents("9999999999.99") == "999999999999")
        #expect(SchemaDDL.cents("12.5") == "1250")
        #expect(SchemaDDL.cents("7") == "700")
        let ddl = SchemaDDL(dialect: .sqlite)
        #expect(ddl.createDecimalView(.customerTypes) == nil)
        #expect(SchemaDDL(dialect: .postgres).createDecimalView(.invoices) == nil)
        guard SQLite3.isInstalled else { return }
        // 0.10 + 0.20 is not 0.30 in 8-byte floats; in cents it is.
        let rows = """
            INSERT INTO customer_types VALUES
                ('t1', 'Gold', 'Tier', 2.00, 10.00, 3, 1, '2025-01-01T00:00:00.000000Z');
            INSERT INTO customers VALUES ('c1', 't1', 'household', 'Ann', 'a@example.com', '555',
                'active', 250000, NULL, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z');
            INSERT INTO customers VALUES ('c2', 't1', 'business', 'Bo', 'b@example.com', '555',
                'active', 250020, NULL, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z');
            SELECT sum(credit_limit), typeof(sum(credit_limit)) FROM customers;
            SELECT credit_limit FROM customers_decimal ORDER BY id;
            """
        let result = try await SQLite3.run(ddl.script() + rows)
        #expect(result.status == 0, "\(result.errorText)")
        #expect(result.outputText == "500020|integer\n2500.0\n2500.2\n")
        let fraction = try await SQLite3.run(
            ddl.script() + rows.replacingOccurrences(of: "250020", with: "2500.20"))
        #expect(fraction.errorText.contains("CHECK constraint failed"), "\(fraction)")
    }

    @Test("A subset of tables gives a script with only those")
    func subset() {
        let script = SchemaDDL(dialect: .postgres, tables: [.customerTypes, .customers]).script()
        #expect(Self.statements(script).filter { $0.hasPrefix("CREATE TABLE") }.count == 2)
        #expect(!script.contains("invoices"))
        #expect(script.hasPrefix("-- demodata \(DemoDataVersion.generator) "))
    }

    @Test(
        "sqlite3 runs the DDL and enforces its constraints",
        .enabled(if: SQLite3.isInstalled, "sqlite3 is not installed"))
    func sqliteRunsTheDDL() async throws {
        let ddl = SchemaDDL(dialect: .sqlite).script()
        let created = try await SQLite3.run(ddl + ".tables\n")
        #expect(created.status == 0, "\(created.errorText)")
        #expect(
            created.outputText.split(whereSeparator: \.isWhitespace).map(String.init).sorted()
                == (Table.allCases.map(\.name)
                + [.customers, .products, .invoices, .invoiceLineItems].map(
                    SchemaDDL.decimalViewName)).sorted())

        let typeRow = """
            INSERT INTO customer_types VALUES
                ('t1', 'Gold', 'Tier', 2.00, 10.00, 3, 1, '2025-01-01T00:00:00.000000Z');
            """
        let good = try await SQLite3.run(ddl + "PRAGMA foreign_keys = ON;\n" + typeRow)
        #expect(good.status == 0, "\(good.errorText)")
        let rejected = [
            "UPDATE customer_types SET active = 2;",
            "UPDATE customer_types SET name = 'Tin';",
            "UPDATE customer_types SET priority_level = 9;",
            "UPDATE customer_types SET description = NULL;",
            typeRow,
            """
            INSERT INTO customers VALUES ('c1', 'missing', 'household', 'Ann', 'a@example.com',
                '555', 'active', 5000.00, NULL, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z');
            """,
            """
            INSERT INTO customers VALUES ('c1', 't1', 'consumer', 'Ann', 'a@example.com',
                '555', 'active', 5000.00, NULL, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z');
            """,
        ]
        for statement in rejected {
            let result = try await SQLite3.run(
                ddl + "PRAGMA foreign_keys = ON;\n" + typeRow + statement)
            #expect(result.status != 0, "\(statement)")
            #expect(
                result.errorText.contains("constraint failed"), "\(statement): \(result.errorText)")
        }
    }
}
