import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// Footers read back: the writer's own decode into its metadata structures and write again to
/// the same bytes (what merge relies on), and a schema that differs from the table's is named
/// column by column.
@Suite struct ParquetFooterTests {
    /// The footer `ParquetFileMetaData` writes for `columns` and no row groups, decoded.
    static func footer(_ columns: [ParquetColumnLayout]) throws -> ParquetFooter {
        let buffer = ByteBuffer()
        ParquetFileMetaData(columns: columns, rowGroups: [], createdBy: "test").write(to: buffer)
        return try ParquetFooter(decoding: buffer.bytes)
    }

    @Test(arguments: [Compression.zstd, .gzip, .none])
    func decodingAndWritingAgainGivesTheSameBytes(compression: Compression) throws {
        let directory = try TestDirectory()
        let parameters = ParquetFileTests.parameters(.large, compression)
        var rowGroups = 0
        for table in Table.allCases {
            let path = directory.file(table.name + ".parquet")
            let written = try ParquetTableFile.write(table, of: parameters, to: path)
            let file = try ParquetInputFile(path: path)
            let (footer, start) = try ParquetFooter.read(from: file)
            #expect(footer.rowCount == Int64(written.rows))
            #expect(footer.rowGroups.count == written.rowGroups)
            #expect(footer.createdBy == ParquetFileMetaData.defaultCreatedBy)
            #expect(footer.schemaProblem(for: table) == nil)
            let stored = try file.read(at: start, count: file.size - start)
            let again = ParquetFileAssembler.footer(
                columns: table.parquetColumns, rowGroups: footer.rowGroups,
                createdBy: footer.createdBy ?? "")
            #expect(again == stored, "\(table.name)")
            // Moved and moved back, as merge moves a shard's row groups.
            let moved = footer.rowGroups.map { $0.rebased(by: 1000).rebased(by: -1000) }
            #expect(moved == footer.rowGroups)
            rowGroups += footer.rowGroups.count
        }
        #expect(rowGroups > Table.allCases.count, "some table has several row groups")
    }

    @Test func theStatisticsOfEveryChunkAreDecoded() throws {
        let directory = try TestDirectory()
        let path = directory.file("invoices.parquet")
        try ParquetTableFile.write(.invoices, of: ParquetFileTests.parameters(.large), to: path)
        let (footer, _) = try ParquetFooter.read(from: ParquetInputFile(path: path))
        let chunks = try #require(footer.rowGroups.first?.columns)
        #expect(chunks.map(\.name) == Table.invoices.columns.map(\.name))
        #expect(chunks.allSatisfy { $0.statistics.min != nil && $0.statistics.max != nil })
        let notes = try #require(chunks.first { $0.name == "notes" })
        #expect(notes.statistics.nullCount > 0)
        let status = try #require(chunks.first { $0.name == "status" })
        #expect(status.dictionaryPageOffset != nil)
        #expect(status.encodings == [.plain, .rle, .rleDictionary])
    }

    @Test func theTablesOwnSchemaMatches() throws {
        for table in Table.allCases {
            #expect(try Self.footer(table.parquetColumns).schemaProblem(for: table) == nil)
        }
    }

    /// The invoices' columns with `column` changed.
    static func invoices(replacing name: String, with column: Column) -> [ParquetColumnLayout] {
        Table.invoices.columns.map { ParquetColumnLayout($0.name == name ? column : $0) }
    }

    @Test func aDifferentSchemaIsNamedColumnByColumn() throws {
        let cases: [(String, Column, String)] = [
            (
                "total", Column("total", .decimal(precision: 9, scale: 2)),
                "column \"total\" is INT32 DECIMAL(9,2); the schema says DECIMAL(12,2) stored "
                    + "as INT64"
            ),
            (
                "id", Column("id", .string),
                "column \"id\" is BYTE_ARRAY STRING; the schema says UUID stored as "
                    + "FIXED_LEN_BYTE_ARRAY(16)"
            ),
            (
                "created_at", Column("created_at", .integer),
                "column \"created_at\" is INT64; the schema says TIMESTAMP(MICROS, UTC) stored "
                    + "as INT64"
            ),
            (
                "notes", Column("notes", .string),
                "column \"notes\" has the repetition REQUIRED; the schema says OPTIONAL "
                    + "(nullable)"
            ),
            (
                "invoice_number", Column("number", .string, unique: true),
                "column 4 is \"number\"; the schema says \"invoice_number\""
            ),
        ]
        for (name, column, message) in cases {
            let footer = try Self.footer(Self.invoices(replacing: name, with: column))
            #expect(footer.schemaProblem(for: .invoices) == message)
        }
        let customers = try Self.footer(Table.customers.parquetColumns)
        #expect(
            customers.schemaProblem(for: .invoices)
                == "the file has 11 columns; the schema of invoices has 17")
    }
}
