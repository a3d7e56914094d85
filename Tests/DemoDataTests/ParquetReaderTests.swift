import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// The Parquet reader on files demodata's own writer made: every table of a small and a large
/// archive, with every codec, reads back to exactly the NDJSON text the NDJSON format writes
/// for the same rows, with the footer's statistics and the content digest checked.
@Suite struct ParquetReaderTests {
    static func parameters(
        _ volume: Volume, _ compression: Compression = .zstd,
        counts: CountOverrides = CountOverrides(), shard: Shard? = nil
    ) -> GenerationParameters {
        GenerationParameters(
            volume: volume, asOf: TestDates.asOfDate, compression: compression, shard: shard,
            counts: counts)
    }

    /// The NDJSON text of the rows of `table` that a Parquet file of `parameters` holds (a
    /// Parquet shard's roots split between row groups), as the NDJSON format writes it.
    static func ndjson(_ table: Table, _ parameters: GenerationParameters) throws -> [UInt8] {
        var parquet = parameters
        parquet.format = .parquet
        let buffer = ByteBuffer(capacity: 1 << 20)
        _ = try NDJSONCodec().writeChunk(
            table, roots: parquet.roots(of: table),
            context: DataContext(parameters: parameters), first: true, last: true, into: buffer)
        return buffer.array
    }

    /// Scans the file at `path` as `table`'s, with the text it gives; with `ownLayout`, the
    /// file must be laid out as demodata writes it (as verify requires).
    static func scan(_ path: String, as table: Table, ownLayout: Bool = false)
        -> (scan: ParquetFileScan, text: [UInt8])
    {
        var text: [UInt8] = []
        let scan = ParquetFileScan(path: path, table: table, ownLayout: ownLayout) {
            text.append(contentsOf: $0)
        }
        return (scan, text)
    }

    @Test(arguments: [Volume.small, .large], [Compression.zstd, .gzip, .none])
    func everyTableReadsBackAsItsNDJSON(volume: Volume, compression: Compression) throws {
        let directory = try TestDirectory()
        let parameters = Self.parameters(volume, compression)
        for table in Table.allCases {
            let path = directory.file(table.name + ".parquet")
            let written = try ParquetTableFile.write(table, of: parameters, to: path)
            let (scan, text) = Self.scan(path, as: table)
            #expect(scan.problem == nil, "\(table.name): \(scan.problem ?? "")")
            let expected = try Self.ndjson(table, parameters)
            #expect(text == expected, "\(table.name)")
            #expect(scan.rows == written.rows && scan.rowGroups == written.rowGroups)
            #expect(scan.textBytes == UInt64(expected.count))
            let file = try FileSystem.read(path)
            #expect(scan.fileBytes == UInt64(file.count))
            #expect(scan.fileSHA256 == SHA256Hasher.hex(file))
            if volume == .large && table == .invoiceLineItems {
                #expect(scan.rowGroups > 1)
            }
            if table == .invoices {
                // The nullable notes have nulls and values.
                let text = String(decoding: text, as: UTF8.self)
                #expect(text.contains(#""notes":null"#) && text.contains(#""notes":""#))
            }
        }
    }

    @Test func theTextIsTheNDJSONArchives() throws {
        let archive = try GeneratedArchive(volume: .small, compression: .none)
        let directory = try TestDirectory()
        for table in Table.allCases {
            let path = directory.file(table.name + ".parquet")
            try ParquetTableFile.write(table, of: archive.parameters, to: path)
            let (scan, text) = Self.scan(path, as: table)
            #expect(scan.problem == nil)
            #expect(text == (try archive.content(table)), "\(table.name)")
        }
    }

    /// 6,000 customers in one row group: their names and streets have too many distinct
    /// values for a dictionary and fall back to plain values; statuses keep theirs.
    @Test func columnsThatFellBackToPlainValuesReadBack() throws {
        let directory = try TestDirectory()
        let parameters = Self.parameters(.small, counts: CountOverrides(customers: 6000))
        for table in [Table.customers, .customerAddresses] {
            let path = directory.file(table.name + ".parquet")
            try ParquetTableFile.write(table, of: parameters, to: path)
            let (scan, text) = Self.scan(path, as: table)
            #expect(scan.problem == nil)
            #expect(try text == Self.ndjson(table, parameters))
            let (footer, _) = try ParquetFooter.read(from: ParquetInputFile(path: path))
            let chunks = try #require(footer.rowGroups.first?.columns)
            let plain = table == .customers ? "name" : "street"
            #expect(chunks.first { $0.name == plain }?.dictionaryPageOffset == nil)
            if table == .customers {
                #expect(chunks.first { $0.name == "status" }?.dictionaryPageOffset != nil)
            }
        }
    }

    /// One invoice, without notes: the notes chunk is all nulls and its dictionary empty, and
    /// its indices still have a bit width readers take (1 to 32; pyarrow refuses more).
    @Test func anAllNullDictionaryChunkReadsBack() throws {
        let directory = try TestDirectory()
        let parameters = Self.parameters(.small, counts: CountOverrides(customers: 5, invoices: 1))
        let expected = try Self.ndjson(.invoices, parameters)
        #expect(String(decoding: expected, as: UTF8.self).contains(#""notes":null,"#))
        let path = directory.file("invoices.parquet")
        try ParquetTableFile.write(.invoices, of: parameters, to: path)
        let (scan, text) = Self.scan(path, as: .invoices)
        #expect(scan.problem == nil)
        #expect(text == expected)
    }

    /// A shard whose slice of a table is empty writes a file with no row groups: it reads as
    /// no rows.
    @Test func aFileWithNoRowGroupsReadsAsNoRows() throws {
        let directory = try TestDirectory()
        let shard: Shard = try #require(Shard(index: 1, count: 2))
        let parameters = Self.parameters(.small, shard: shard)
        let path = directory.file("customer_types.parquet")
        let written = try ParquetTableFile.write(.customerTypes, of: parameters, to: path)
        #expect(written.rows == 0 && written.rowGroups == 0)
        let (scan, text) = Self.scan(path, as: .customerTypes)
        #expect(scan.problem == nil)
        #expect(text.isEmpty && scan.rows == 0 && scan.rowGroups == 0)
        #expect(scan.contentSHA256 == SHA256Hasher().finalizeHex())
    }
}
