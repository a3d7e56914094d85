import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// Table files made to cost: a line that never ends, a file of line ends, content far beyond
/// what the manifest records, more rows than it lists, a row after row of findings. `verify`
/// and `info` read each in work bounded by the schema and the manifest, report the first place
/// it stops being ours, and stop reading there.
@Suite struct BoundedReadingTests {
    /// Replaces the file of `table` with `content` compressed as one block, and recomputes
    /// every checksum and size of the manifest the way a forger would.
    static func replace(_ archive: VerifyTampering, _ table: Table, with content: [UInt8]) throws {
        let stored: [UInt8] =
            switch archive.manifest.compression {
            case .gzip: try VerifyTampering.gzip(content, level: archive.manifest.level)
            case .zstd: try VerifyTampering.zstd(blocks: [content], level: archive.manifest.level)
            case .none: content
            }
        try archive.replaceStored(table, with: stored, content: content)
    }

    /// Whether `report` has a finding on `file` at `line` whose message contains `fragment`.
    static func has(
        _ report: VerificationReport, _ file: String, line: Int, _ fragment: String
    ) -> Bool {
        report.findings.contains {
            $0.file == file && $0.line == line && $0.message.contains(fragment)
        }
    }

    // MARK: Work

    /// A passing verification reads each file once, to its end, and decompresses nothing: the
    /// regenerated file's bytes equal the file's. The work it reports is the archive's size,
    /// which its manifest records.
    @Test(arguments: [Compression.gzip, .zstd, .none])
    func aPassingVerificationReportsTheBytesItRead(compression: Compression) throws {
        let archive = try GeneratedArchive(compression: compression)
        let report = try ArchiveVerifier(directory: archive.path).verify()
        #expect(report.passed)
        let totals = try #require(archive.manifest.totals)
        #expect(report.bytesRead == totals.bytes)
        #expect(report.bytesDecompressed == 0)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(report.json())) as? [String: Any])
        #expect(json["bytes_read"] as? Int == Int(totals.bytes))
        #expect(json["bytes_decompressed"] as? Int == 0)
    }

    // MARK: Lines without an end

    /// An NDJSON line, or a CSV record whose quote never closes, that goes on for megabytes is
    /// reported at its line as longer than any row of the table, and nothing after it is read.
    @Test(arguments: [OutputFormat.ndjson, .csv])
    func aLineLongerThanAnyRowIsReportedAtItsLine(format: OutputFormat) throws {
        let archive = try VerifyTampering(format: format)
        let lines = try archive.lines(.customers)
        // Line 2 starts a row that never ends: letters, or a quoted CSV field of many lines.
        let endless =
            format == .csv
            ? Array(("\"" + String(repeating: "a,\n", count: 3 << 20)).utf8)
            : [UInt8](repeating: UInt8(ascii: "a"), count: 8 << 20)
        try Self.replace(archive, .customers, with: Array((lines[0] + "\n").utf8) + endless)
        let report = try archive.verify()
        let file = archive.file(.customers)
        #expect(
            Self.has(report, file, line: 2, "longer than"), "\(VerifierTests.listing(report))")
        #expect(report.findingCount < 20, "\(VerifierTests.listing(report))")
    }

    /// `info` stops at the first over-long line of the invoices and says so.
    @Test func infoReportsALineLongerThanAnyRow() throws {
        let archive = try VerifyTampering()
        try Self.replace(
            archive, .invoices, with: [UInt8](repeating: UInt8(ascii: "{"), count: 8 << 20))
        let summary = try ArchiveSummary(reading: archive.path)
        #expect(
            summary.problems.contains { $0.contains("line 1") && $0.contains("longer than") },
            "\(summary.problems)")
    }

    // MARK: Content that cannot be ours

    /// Megabytes of line ends (a few kilobytes compressed) are one empty line, reported once,
    /// after which nothing is read.
    @Test(arguments: [Compression.gzip, .zstd])
    func aFileOfLineEndsStopsAtTheFirstEmptyLine(compression: Compression) throws {
        let archive = try VerifyTampering(compression: compression)
        try Self.replace(archive, .customers, with: [UInt8](repeating: 0x0A, count: 8 << 20))
        let report = try archive.verify()
        #expect(report.findingCount < 20, "\(VerifierTests.listing(report))")
        #expect(
            Self.has(report, archive.file(.customers), line: 1, "empty"),
            "\(VerifierTests.listing(report))")
        // Both passes stop within the first pieces of the 8 MiB.
        #expect(report.bytesDecompressed < 6 << 20, "\(report.bytesDecompressed)")

        try Self.replace(archive, .invoices, with: [UInt8](repeating: 0x0A, count: 8 << 20))
        let summary = try ArchiveSummary(reading: archive.path)
        #expect(
            summary.problems.contains { $0.contains("1 problem(s)") && $0.contains("empty") },
            "\(summary.problems)")
    }

    /// A file that decompresses to far more than the manifest's `uncompressed_bytes` is not
    /// decompressed past it.
    @Test(arguments: [Compression.gzip, .zstd])
    func contentPastTheManifestsSizeIsNotDecompressed(compression: Compression) throws {
        let archive = try VerifyTampering(compression: compression)
        let entry = try #require(archive.manifest.tables.first { $0.name == "customers" })
        let bomb = try archive.content(.customers) + [UInt8](repeating: 0, count: 64 << 20)
        try Self.replace(archive, .customers, with: bomb)
        try archive.rewriteManifest { manifest in
            manifest.tables[2].uncompressedBytes = entry.uncompressedBytes
        }
        let report = try archive.verify()
        #expect(
            Self.has(report, archive.file(.customers), line: 0, "decompresses to more than"),
            "\(VerifierTests.listing(report))")
        // Each pass stops at the manifest's size: the archive's content, twice, and no more.
        let totals = try #require(archive.manifest.totals)
        #expect(report.bytesDecompressed <= 2 * totals.uncompressedBytes + 2)
    }

    /// A table file larger than its manifest entry says is read no further than that size;
    /// a Parquet file, whose footer is at its end, not at all.
    @Test(arguments: [OutputFormat.csv, .parquet])
    func aFileLargerThanTheManifestSaysIsNotReadPastIt(format: OutputFormat) throws {
        let archive = try VerifyTampering(format: format)
        let entry = try #require(archive.manifest.tables.first { $0.name == "customers" })
        #expect(truncate(archive.filePath(.customers), 1 << 30) == 0)
        let report = try archive.verify()
        #expect(
            Self.has(
                report, archive.file(.customers), line: 0,
                "has \(1 << 30) bytes, more than the manifest's \(entry.bytes)"),
            "\(VerifierTests.listing(report))")
        let totals = try #require(archive.manifest.totals)
        #expect(report.bytesRead <= 2 * totals.bytes)
    }

    /// Rows after as many as the manifest lists are not read: the first is reported.
    @Test func rowsPastTheManifestsCountAreNotRead() throws {
        let archive = try VerifyTampering()
        try archive.rewriteManifest { $0.tables[2].rows = 3 }
        let report = try archive.verify()
        #expect(
            Self.has(report, archive.file(.customers), line: 4, "more rows than"),
            "\(VerifierTests.listing(report))")
    }

    /// A file whose every row is wrong is read only until it has a bounded number of findings.
    @Test func aFileIsReadOnlyUntilItHasManyFindings() throws {
        let archive = try VerifyTampering()
        let rows = 20_000
        try Self.replace(
            archive, .customers, with: Array(String(repeating: "{}\n", count: rows).utf8))
        try archive.rewriteManifest { $0.tables[2].rows = rows }
        let report = try archive.verify()
        #expect(report.findingCount < 2_000, "\(report.findingCount) findings")
        #expect(
            report.findings.contains { $0.message.contains("findings in this file") },
            "\(VerifierTests.listing(report))")
    }
}
