import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// Parquet files written by demodata's own writer, read back by real readers: pyarrow for the
/// types, row groups and statistics, DuckDB for the values, compared with the NDJSON
/// archive of the same parameters.
@Suite(.enabled(if: Python3.hasParquetReaders, Comment(rawValue: Python3.missingReaders)))
struct ParquetFileTests {
    /// Every table (or those of `subset`) of a Parquet archive of `parameters`, generated as
    /// `demodata generate --format parquet` does and moved into `directory` as
    /// `<table>.parquet`, with the rows of each and the row groups it should have.
    @discardableResult
    static func writeTables(
        _ parameters: GenerationParameters, into directory: TestDirectory, threads: Int = 2
    ) throws -> [Table: (rows: Int, rowGroups: Int)] {
        let archive = directory.file("archive")
        let manifest = try ArchiveGenerator(parameters: parameters, threads: threads)
            .writeArchive(to: archive, force: false)
        var written: [Table: (rows: Int, rowGroups: Int)] = [:]
        for entry in manifest.tables {
            let table = try #require(Table(name: entry.name))
            try FileSystem.rename(archive + "/" + entry.file, to: directory.file(entry.file))
            let roots = parameters.roots(of: table).count
            let size = table.spec.rootsPerRowGroup
            written[table] = (entry.rows, (roots + size - 1) / size)
        }
        return written
    }

    static func parameters(
        _ volume: Volume, _ compression: Compression = .zstd,
        counts: CountOverrides = CountOverrides(), subset: TableSubset = .all
    ) -> GenerationParameters {
        GenerationParameters(
            volume: volume, asOf: TestDates.asOfDate, format: .parquet, compression: compression,
            counts: counts, subset: subset)
    }

    /// pyarrow's name of the type a column reads as.
    static func arrowType(_ type: ColumnType) -> String {
        switch type {
        case .uuid: "extension<arrow.uuid>"
        case .string: "string"
        case .integer: "int64"
        case .boolean: "bool"
        case .decimal(let precision, let scale): "decimal128(\(precision), \(scale))"
        case .date: "date32[day]"
        case .timestamp: "timestamp[us, tz=UTC]"
        }
    }

    /// The Parquet physical type of a column.
    static func physicalType(_ type: ColumnType) -> String {
        switch type {
        case .uuid: "FIXED_LEN_BYTE_ARRAY"
        case .string: "BYTE_ARRAY"
        case .integer, .timestamp: "INT64"
        case .boolean: "BOOLEAN"
        case .decimal(let precision, _): precision <= 9 ? "INT32" : "INT64"
        case .date: "INT32"
        }
    }

    @Test func pyarrowReadsEveryTableOfALargeArchiveWithExactTypes() async throws {
        let directory = try TestDirectory()
        let parameters = Self.parameters(.large)
        let written = try Self.writeTables(parameters, into: directory)
        let program = """
            import sys, pyarrow.parquet as pq
            for name in sys.argv[2:]:
                f = pq.ParquetFile(sys.argv[1] + "/" + name + ".parquet")
                m = f.metadata
                print(name, m.num_rows, m.num_row_groups, m.created_by, sep="|")
                for i, field in enumerate(f.schema_arrow):
                    print(name, field.name, field.type, field.nullable,
                          f.schema.column(i).physical_type, sep="|")
            """
        let lines = try await Python3.lines(
            program, [directory.path] + Table.allCases.map(\.name))
        let expected = Table.allCases.flatMap { table in
            let file = written[table] ?? (0, 0)
            return [
                "\(table.name)|\(file.rows)|\(file.rowGroups)|demodata version "
                    + "\(DemoDataVersion.generator) (build data-\(DemoDataVersion.data))"
            ]
                + table.columns.map {
                    "\(table.name)|\($0.name)|\(Self.arrowType($0.type))|"
                        + "\($0.nullable ? "True" : "False")|\(Self.physicalType($0.type))"
                }
        }
        #expect(lines == expected)
        for table in Table.allCases {
            let roots = parameters.roots(of: table).count
            let spec = table.spec
            #expect(
                written[table]?.rowGroups
                    == max(1, (roots + spec.rootsPerRowGroup - 1) / spec.rootsPerRowGroup))
        }
        #expect((written[Table.invoiceLineItems]?.rowGroups ?? 0) > 1, "several row groups")
    }

    /// For every row group and column: the null count, and min and max equal to those of the
    /// values pyarrow reads (Python compares strings by code point, which is UTF-8 byte order,
    /// and UUIDs as their big-endian bytes); the codec; and which columns use a dictionary.
    @Test func metadataHasRowGroupsStatisticsAndDictionaries() async throws {
        let directory = try TestDirectory()
        try Self.writeTables(Self.parameters(.large), into: directory)
        let program = """
            import sys, uuid, pyarrow.parquet as pq
            checked = 0
            for name in sys.argv[2:]:
                f = pq.ParquetFile(sys.argv[1] + "/" + name + ".parquet")
                m = f.metadata
                for g in range(m.num_row_groups):
                    data = f.read_row_group(g)
                    for c in range(m.num_columns):
                        chunk = m.row_group(g).column(c)
                        s = chunk.statistics
                        values = [v.bytes if isinstance(v, uuid.UUID) else v
                                  for v in data.column(c).to_pylist() if v is not None]
                        nulls = data.num_rows - len(values)
                        good = s is not None and s.has_null_count and s.null_count == nulls
                        if values:
                            good = good and s.has_min_max and s.min == min(values) \\
                                and s.max == max(values)
                        if not good:
                            print("mismatch", name, g, chunk.path_in_schema, s)
                        checked += 1
                        if g == 0:
                            print(name, chunk.path_in_schema, chunk.compression,
                                  "RLE_DICTIONARY" in chunk.encodings, sep="|")
            print("checked", checked)
            """
        let lines = try await Python3.lines(
            program, [directory.path] + Table.allCases.map(\.name))
        #expect(!lines.contains { $0.hasPrefix("mismatch") }, "\(lines)")
        #expect(lines.last.map { $0.hasPrefix("checked ") && $0 != "checked 0" } == true)
        let chunks = Set(lines.filter { !$0.hasPrefix("checked") })
        #expect(chunks.allSatisfy { $0.split(separator: "|")[2] == "ZSTD" })
        // Low-cardinality strings use a dictionary; unique ones and non-strings do not.
        for dictionary in ["customers|status", "invoices|payment_terms", "inventory|location"] {
            #expect(chunks.contains(dictionary + "|ZSTD|True"), "\(dictionary)")
        }
        for plain in ["customers|email", "invoices|invoice_number", "invoices|total"] {
            #expect(chunks.contains(plain + "|ZSTD|False"), "\(plain)")
        }
    }

    /// The query that counts the rows of each table that are in one file and not the other,
    /// both ways, Parquet against the NDJSON archive read with the schema's types.
    static func differences(parquet: String, ndjson: String, tables: [Table]) -> String {
        tables.map { table in
            let columns = table.columns.map {
                "'\($0.name)': '\(SQLDialect.duckdb.typeName(for: $0.type))'"
            }
            .joined(separator: ", ")
            let fromParquet = "read_parquet('\(parquet)/\(table.name).parquet')"
            let fromNDJSON =
                "read_json('\(ndjson)/\(table.name).ndjson.gz', format = 'newline_delimited', "
                + "columns = {\(columns)})"
            return """
                SELECT '\(table.name)', (SELECT count(*) FROM \(fromParquet)),
                    (SELECT count(*) FROM (SELECT * FROM \(fromParquet) EXCEPT ALL
                        SELECT * FROM \(fromNDJSON))),
                    (SELECT count(*) FROM (SELECT * FROM \(fromNDJSON) EXCEPT ALL
                        SELECT * FROM \(fromParquet)))
                """
        }.joined(separator: " UNION ALL ")
    }

    static let duckDBProgram = """
        import sys, duckdb
        connection = duckdb.connect()
        connection.execute("SET enable_progress_bar = false")
        for row in connection.execute(sys.argv[1]).fetchall():
            print(*row, sep="|")
        """

    @Test func duckDBReadsTheValuesOfTheNDJSONArchive() async throws {
        let directory = try TestDirectory()
        let written = try Self.writeTables(Self.parameters(.large), into: directory)
        let archive = try GeneratedArchive(volume: .large)
        let lines = try await Python3.lines(
            Self.duckDBProgram,
            [
                Self.differences(
                    parquet: directory.path, ndjson: archive.path, tables: Table.allCases)
            ]
        )
        // UNION ALL gives no order: compare sorted.
        #expect(
            lines.sorted()
                == Table.allCases.map { "\($0.name)|\(written[$0]?.rows ?? -1)|0|0" }.sorted())
        for table in Table.allCases {
            #expect(written[table]?.rows == (try archive.entry(table).rows))
        }

        // DuckDB's types for the Parquet columns are those of the schema's DuckDB DDL, as DuckDB
        // names them.
        let types = try await Python3.lines(
            Self.duckDBProgram,
            [
                Table.allCases.map {
                    "SELECT '\($0.name)', column_name, column_type FROM (DESCRIBE SELECT * FROM "
                        + "read_parquet('\(directory.path)/\($0.name).parquet'))"
                }.joined(separator: " UNION ALL ")
            ])
        let declared = try await Python3.lines(
            Self.duckDBProgram,
            [
                Table.allCases.map { table in
                    table.columns.map {
                        "SELECT '\(table.name)', '\($0.name)', "
                            + "typeof(NULL::\(SQLDialect.duckdb.typeName(for: $0.type)))"
                    }.joined(separator: " UNION ALL ")
                }.joined(separator: " UNION ALL ")
            ])
        #expect(types.count == Table.allCases.map(\.columns.count).reduce(0, +))
        #expect(types.sorted() == declared.sorted())
        #expect(types.contains("invoices|total|DECIMAL(12,2)"))
        #expect(types.contains("invoices|created_at|TIMESTAMP WITH TIME ZONE"))
        #expect(types.contains("invoices|id|UUID"))
    }

    /// GZIP and UNCOMPRESSED pages hold the same values as ZSTD pages, and each file records
    /// its codec.
    @Test(arguments: [Compression.gzip, .none])
    func otherCodecsHoldTheSameValues(compression: Compression) async throws {
        let zstd = try TestDirectory()
        let other = try TestDirectory()
        try Self.writeTables(Self.parameters(.medium), into: zstd)
        try Self.writeTables(Self.parameters(.medium, compression), into: other)
        let program = """
            import sys, pyarrow.parquet as pq
            for name in sys.argv[3:]:
                a = pq.read_table(sys.argv[1] + "/" + name + ".parquet")
                b = pq.ParquetFile(sys.argv[2] + "/" + name + ".parquet")
                codecs = {b.metadata.row_group(g).column(c).compression
                          for g in range(b.metadata.num_row_groups)
                          for c in range(b.metadata.num_columns)}
                print(name, a.equals(b.read()), *sorted(codecs), sep="|")
            """
        let lines = try await Python3.lines(
            program, [zstd.path, other.path] + Table.allCases.map(\.name))
        let codec = compression == .gzip ? "GZIP" : "UNCOMPRESSED"
        #expect(lines == Table.allCases.map { "\($0.name)|True|\(codec)" })
    }

    /// A string column with more distinct values in a row group than a dictionary takes
    /// (6,000 customers' names and streets) falls back to plain values, and the values are
    /// still those of the NDJSON archive.
    @Test func columnsWithTooManyDistinctValuesFallBackToPlainValues() async throws {
        let counts = CountOverrides(customers: 6000)
        let directory = try TestDirectory()
        let tables: [Table] = [.customers, .customerAddresses]
        try Self.writeTables(
            Self.parameters(
                .small, counts: counts,
                subset: TableSubset(closing: [Table.customerAddresses])),
            into: directory)
        let archive = try GeneratedArchive(volume: .small, counts: counts)
        let lines = try await Python3.lines(
            Self.duckDBProgram,
            [Self.differences(parquet: directory.path, ndjson: archive.path, tables: tables)])
        #expect(
            lines.sorted()
                == [
                    "customer_addresses|\(try archive.entry(.customerAddresses).rows)|0|0",
                    "customers|6000|0|0",
                ])
        let encodings = try await Python3.lines(
            """
            import sys, pyarrow.parquet as pq
            for path, column in (("customers", 3), ("customers", 6), ("customer_addresses", 3)):
                chunk = pq.read_metadata(sys.argv[1] + "/" + path + ".parquet").row_group(0)
                print(path, chunk.column(column).path_in_schema,
                      "RLE_DICTIONARY" in chunk.column(column).encodings, sep="|")
            """, [directory.path])
        #expect(
            encodings == [
                "customers|name|False", "customers|status|True", "customer_addresses|street|False",
            ])
    }

    /// The bytes depend on the data alone: runs on one and on three threads write the same
    /// files, each a whole Parquet file.
    @Test func theBytesDoNotDependOnTheThreads() throws {
        let one = try TestDirectory()
        let three = try TestDirectory()
        try Self.writeTables(Self.parameters(.large), into: one, threads: 1)
        try Self.writeTables(Self.parameters(.large), into: three, threads: 3)
        for table in Table.allCases {
            let file = try FileSystem.read(one.file(table.name + ".parquet"))
            #expect(file == (try FileSystem.read(three.file(table.name + ".parquet"))))
            #expect(Array(file.prefix(4)) == ParquetFormat.magic)
            #expect(Array(file.suffix(4)) == ParquetFormat.magic)
        }
    }

    /// pandas and polars read the exact types with no options: decimals as `Decimal`, dates as
    /// dates, timestamps in UTC, UUIDs as `uuid.UUID` (pandas) or 16 bytes (polars, which has
    /// no UUID type), ZIP codes as strings with their leading zeros.
    @Test func pandasAndPolarsReadExactTypes() async throws {
        let directory = try TestDirectory()
        try Self.writeTables(Self.parameters(.large), into: directory)
        let lines = try await Python3.lines(
            """
            import sys, decimal, datetime, uuid, pandas as pd, polars as pl
            path = sys.argv[1]
            invoices = pd.read_parquet(path + "/invoices.parquet")
            print(type(invoices.total[0]).__name__, type(invoices.date[0]).__name__,
                  type(invoices.id[0]).__name__, invoices.created_at.dtype, sep="|")
            print(sum(invoices.total) == sum(decimal.Decimal(str(t)) for t in invoices.total))
            zips = pd.read_parquet(path + "/customer_addresses.parquet").postal_code
            print(zips.map(type).eq(str).all(), zips.str.startswith("0").any())
            schema = pl.read_parquet(path + "/invoices.parquet").schema
            print(schema["total"], schema["date"], schema["created_at"], schema["id"], sep="|")
            print(pl.read_parquet(path + "/invoices.parquet")["notes"].null_count() > 0)
            """, [directory.path])
        #expect(
            lines == [
                "Decimal|date|UUID|datetime64[us, UTC]", "True", "True True",
                "Decimal(precision=12, scale=2)|Date|Datetime(time_unit='us', time_zone='UTC')|Binary",
                "True",
            ])
    }
}
