import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// `ArchiveSummary` reads the manifest and the invoices once; its figures equal those computed
/// from the parsed rows, in every format and for shards.
@Suite struct ArchiveSummaryTests {
    @Test(arguments: OutputFormat.allCases)
    func figuresEqualThoseOfTheRows(format: OutputFormat) throws {
        let archive = try GeneratedArchive(volume: .medium, format: format)
        let summary = try ArchiveSummary(reading: archive.path)
        // The tests read text: a Parquet archive's figures are those of its NDJSON twin.
        let rows =
            format == .parquet ? try GeneratedArchive(volume: .medium, format: .ndjson) : archive
        let want = try InvoiceFigures(rows.reader)
        #expect(summary.manifest == archive.manifest)
        #expect(summary.problems.isEmpty)
        let dates = try #require(summary.invoiceDates)
        #expect(dates.lowerBound.description == want.firstDate)
        #expect(dates.upperBound.description == want.lastDate)
        #expect(summary.statuses.map(\.status) == Domain.invoiceStatuses)
        for status in summary.statuses {
            #expect(status.count == want.counts[status.status, default: 0])
            #expect(status.totalCents == want.cents[status.status, default: 0])
        }
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(summary.json())) as? [String: Any])
        #expect((json["tables"] as? [Any])?.count == 8)
        let invoices = try #require(json["invoices"] as? [String: Any])
        #expect(invoices["first_date"] as? String == want.firstDate)
    }

    @Test func aShardWithCountsAndDamageIsSummarisedWithItsProblems() throws {
        let archive = try GeneratedArchive(
            compression: .none, shard: Shard(index: 1, count: 2),
            counts: CountOverrides(customers: 7, invoices: 9))
        let summary = try ArchiveSummary(reading: archive.path)
        #expect(summary.problems.isEmpty)
        #expect(summary.statuses.reduce(0) { $0 + $1.count } == (try archive.entry(.invoices)).rows)
        let json = String(decoding: summary.json(), as: UTF8.self)
        #expect(json.contains("\"customers\": 7") && json.contains("\"index\": 1"))

        let file = archive.path + "/" + (try archive.entry(.invoices)).file
        let text = try String(contentsOfFile: file, encoding: .utf8)
        // Every total's first digit a letter, and the last row gone: a smaller file, read whole.
        var lines = text.replacing(/"total":"[0-9]/, with: "\"total\":\"x")
            .split(separator: "\n")
        lines.removeLast()
        try (lines.joined(separator: "\n") + "\n").write(
            toFile: file, atomically: false, encoding: .utf8)
        let damaged = try ArchiveSummary(reading: archive.path)
        #expect(damaged.problems.count == 3, "\(damaged.problems)")
        #expect(damaged.problems[0].contains("does not match the SHA-256"))
        #expect(damaged.problems[1].contains("problem(s) in the rows"))
        let rows = try archive.entry(.invoices).rows
        #expect(damaged.problems[2].contains("has \(rows - 1) rows; the manifest says \(rows)"))
        #expect(damaged.statuses.allSatisfy { $0.count == 0 })
        #expect(damaged.invoiceDates == nil)

        // A larger file is read no further than the manifest's size.
        try (text + "{}\n").write(toFile: file, atomically: false, encoding: .utf8)
        let longer = try ArchiveSummary(reading: archive.path)
        #expect(longer.problems.count == 1, "\(longer.problems)")
        #expect(longer.problems[0].contains("more than the manifest's"))
        #expect(longer.statuses.map(\.count) == summary.statuses.map(\.count))
    }

    @Test func aDirectoryThatIsNoArchiveIsRefused() throws {
        let directory = try TestDirectory()
        #expect(throws: ArchiveError.self) { try ArchiveSummary(reading: directory.file("none")) }
    }
}
