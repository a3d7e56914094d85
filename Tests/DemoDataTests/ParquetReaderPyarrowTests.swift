import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// Files pyarrow writes from demodata's own: read back to the same NDJSON text when they use
/// what the reader reads (any codec it knows, dictionaries for every type, several pages a
/// chunk, several row groups, page checksums and indexes), and otherwise refused with a
/// message that names what it does not read.
@Suite(.enabled(if: Python3.hasParquetReaders, Comment(rawValue: Python3.missingReaders)))
struct ParquetReaderPyarrowTests {
    /// Reads the Parquet file `argv[1]` with pyarrow and writes it again to `argv[2]` with the
    /// `write_table` options in the JSON object `argv[3]`.
    static let rewrite = """
        import sys, json, pyarrow.parquet as pq
        table = pq.read_table(sys.argv[1])
        pq.write_table(table, sys.argv[2], **json.loads(sys.argv[3]))
        print(pq.ParquetFile(sys.argv[2]).metadata.num_row_groups)
        """

    /// Writes `table` with demodata's writer, rewrites it with pyarrow and `options`, and
    /// scans pyarrow's file; also returns the NDJSON the rows should read as and pyarrow's
    /// number of row groups.
    static func rewritten(
        _ table: Table, _ parameters: GenerationParameters, options: String
    ) async throws -> (scan: ParquetFileScan, text: [UInt8], expected: [UInt8], rowGroups: Int) {
        let directory = try TestDirectory()
        let ours = directory.file("ours.parquet")
        let theirs = directory.file("theirs.parquet")
        try ParquetTableFile.write(table, of: parameters, to: ours)
        let lines = try await Python3.lines(rewrite, [ours, theirs, options])
        let (scan, text) = ParquetReaderTests.scan(theirs, as: table)
        return (
            scan, text, try ParquetReaderTests.ndjson(table, parameters),
            Int(lines.last ?? "") ?? -1
        )
    }

    static let readable = [
        #"{"compression": "zstd", "store_decimal_as_integer": true}"#,
        #"{"compression": "gzip", "store_decimal_as_integer": true, "data_page_size": 2000}"#,
        #"{"compression": "none", "store_decimal_as_integer": true, "use_dictionary": false}"#,
        #"{"compression": "zstd", "store_decimal_as_integer": true, "row_group_size": 1000, "#
            + #""write_page_checksum": true, "write_page_index": true}"#,
    ]

    @Test(arguments: readable)
    func filesPyarrowWritesReadBack(options: String) async throws {
        let parameters = ParquetReaderTests.parameters(.large)
        for table in [Table.invoices, .customerAddresses] {
            let result = try await Self.rewritten(table, parameters, options: options)
            #expect(result.scan.problem == nil, "\(table.name): \(result.scan.problem ?? "")")
            #expect(result.text == result.expected, "\(table.name)")
            #expect(result.scan.rowGroups == result.rowGroups)
            if options.contains("row_group_size") {
                #expect(result.rowGroups > 1)
            }
        }
    }

    @Test func theSameValuesInOtherPagesGiveTheSameTextAndAnotherDigest() async throws {
        // Different pages, same values: the digest follows the pages, the text the values.
        let parameters = ParquetReaderTests.parameters(.medium)
        let ours = try TestDirectory()
        try ParquetTableFile.write(.products, of: parameters, to: ours.file("p.parquet"))
        let own = ParquetReaderTests.scan(ours.file("p.parquet"), as: .products)
        let theirs = try await Self.rewritten(
            .products, parameters,
            options: #"{"store_decimal_as_integer": true, "compression": "zstd"}"#)
        #expect(theirs.text == own.text)
        #expect(theirs.scan.contentSHA256 != own.scan.contentSHA256)
    }

    static let refused: [(String, String)] = [
        (
            #"{"compression": "zstd", "store_decimal_as_integer": true, "data_page_version": "2.0"}"#,
            "a page is a DATA_PAGE_V2 page; this reader reads version-1 data pages (DATA_PAGE) "
                + "and dictionary pages"
        ),
        (
            #"{"compression": "snappy", "store_decimal_as_integer": true}"#,
            "row group 1, column 1: it is compressed with SNAPPY; this reader reads ZSTD, GZIP "
                + "and UNCOMPRESSED pages"
        ),
        (
            #"{"compression": "zstd", "store_decimal_as_integer": true, "use_dictionary": false, "#
                + #""column_encoding": {"invoice_number": "DELTA_BYTE_ARRAY"}}"#,
            "a DATA_PAGE page is encoded as DELTA_BYTE_ARRAY, which this reader does not read"
        ),
        (
            #"{"compression": "zstd"}"#,
            "column \"subtotal\" is FIXED_LEN_BYTE_ARRAY(6) DECIMAL(12,2); the schema says "
                + "DECIMAL(12,2) stored as INT64"
        ),
    ]

    @Test(arguments: refused)
    func filesWithWhatTheReaderDoesNotReadAreRefused(options: String, message: String)
        async throws
    {
        let result = try await Self.rewritten(
            .invoices, ParquetReaderTests.parameters(.small), options: options)
        let problem = try #require(result.scan.problem)
        #expect(problem.hasSuffix(message), "\(problem)")
        #expect(!problem.contains("\n"))
        #expect(result.text.isEmpty && result.scan.rowGroups == 0)
    }

    /// The writer's all-null dictionary chunk (one invoice, no notes) is one pyarrow reads.
    @Test func pyarrowReadsAnAllNullDictionaryChunk() async throws {
        let directory = try TestDirectory()
        let path = directory.file("invoices.parquet")
        let parameters = ParquetReaderTests.parameters(
            .small, counts: CountOverrides(customers: 5, invoices: 1))
        try ParquetTableFile.write(.invoices, of: parameters, to: path)
        let lines = try await Python3.lines(
            """
            import sys, pyarrow.parquet as pq
            print(pq.read_table(sys.argv[1]).column("notes").to_pylist())
            """, [path])
        #expect(lines == ["[None]"])
    }
}
