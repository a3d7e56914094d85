import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// The tests' archive reader reads every layout the product writes: its content is what the
/// manifest's checksums describe, and its rows are the same values in CSV and NDJSON.
@Suite struct TestArchiveTests {
    @Test(arguments: Compression.allCases)
    func contentAndRowsAreTheManifestsInEveryLayout(compression: Compression) throws {
        let ndjson = try GeneratedArchive(compression: compression)
        let csv = try GeneratedArchive(format: .csv, compression: compression)
        for table in Table.allCases {
            for archive in [ndjson, csv] {
                let entry = try archive.entry(table)
                let content = try archive.reader.content(table)
                #expect(VerifyTampering.hex(content) == entry.contentSHA256, "\(table.name)")
                #expect(try archive.reader.rows(table).count == entry.rows, "\(table.name)")
            }
            #expect(try csv.reader.rows(table) == ndjson.reader.rows(table), "\(table.name)")
        }
        #expect(try csv.reader.decodedManifest() == csv.manifest)
        let total = try ndjson.reader.sum("total", of: .invoices)
        let cents = try ndjson.rows(.invoices).reduce(0) { try $0 + TestDecimal.cents($1["total"]) }
        #expect(total == TestDecimal.text(cents: cents))
    }

    @Test func aLaterShardsCSVHasNoHeaderAndItsRowsAreRead() throws {
        let shard = try GeneratedArchive(
            volume: .medium, format: .csv, shard: Shard(index: 1, count: 2))
        #expect(try shard.reader.rows(.invoices).count == (try shard.entry(.invoices)).rows)
    }

    @Test func damagedCompressedDataIsRefused() throws {
        let text = Array(String(repeating: "demodata ", count: 1000).utf8)
        let gzip = try VerifyTampering.gzip(text)
        #expect(try TestDecompression.gunzip(gzip + gzip) == text + text)
        #expect(throws: TestFailure.self) { try TestDecompression.gunzip(gzip.dropLast(4)) }
        #expect(throws: TestFailure.self) { try TestDecompression.gunzip([]) }
        let zstd = try VerifyTampering.zstd(blocks: [text, text])
        #expect(try TestDecompression.unzstd(zstd) == text + text)
        #expect(throws: TestFailure.self) { try TestDecompression.unzstd(zstd.dropLast(4)) }
        #expect(throws: TestFailure.self) { try TestDecompression.unzstd(text) }
    }

    @Test func decimalsAreReadExactly() throws {
        #expect(try TestDecimal.cents("12.34") == 1234)
        #expect(try TestDecimal.units("-0.05", scale: 2) == -5)
        #expect(TestDecimal.text(units: -5, scale: 2) == "-0.05")
        #expect(TestDecimal.text(cents: 100_007) == "1000.07")
        for bad in ["1.2", "1.234", "1", ".50", "1.-5", "+1.00", "x.00"] {
            #expect(throws: TestFailure.self, "\(bad)") { try TestDecimal.cents(bad) }
        }
    }
}
