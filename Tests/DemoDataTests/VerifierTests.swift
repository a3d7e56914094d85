import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// `ArchiveVerifier` on generated archives: fresh ones pass; damaged or tampered ones fail with
/// a finding that names the file.
@Suite struct VerifierTests {
    /// Whether `report` has a finding on `file` whose message contains `fragment` (and names
    /// `column`, when given).
    static func has(
        _ report: VerificationReport, file: String, column: String?? = nil, _ fragment: String
    ) -> Bool {
        report.findings.contains { finding in
            finding.file == file && finding.message.contains(fragment)
                && (column == nil || finding.column == column ?? nil)
        }
    }

    /// Whether a finding is the regeneration check's (the first difference of a file from the
    /// table its manifest's parameters give) rather than a rule's.
    static func isDifference(_ finding: Finding) -> Bool {
        finding.message.hasPrefix("differs from the")
            || finding.message.hasPrefix("the file goes on after the last row")
            || finding.message.hasPrefix("the file ends here")
    }

    /// Whether `report` has exactly one regeneration difference and exactly one rule finding
    /// that explains it, on the same file.
    static func explainedOnce(_ report: VerificationReport) -> Bool {
        let differences = report.findings.filter(isDifference)
        let rules = report.findings.filter { !isDifference($0) }
        return report.findingCount == 2 && differences.count == 1 && rules.count == 1
            && differences[0].file == rules[0].file
    }

    static func listing(_ report: VerificationReport) -> String {
        report.findings.prefix(20).map(\.description).joined(separator: "\n")
    }

    @Test(arguments: [Volume.small, .medium], OutputFormat.allCases)
    func freshArchivesPass(volume: Volume, format: OutputFormat) throws {
        let archive = try GeneratedArchive(volume: volume, format: format)
        let report = try ArchiveVerifier(directory: archive.path).verify()
        #expect(report.passed, "\(Self.listing(report))")
        #expect(report.findings.isEmpty)
        #expect(report.tables.map(\.name) == Table.allCases.map(\.name))
        #expect(report.tables.map(\.rows) == archive.manifest.tables.map(\.rows))
        #expect(report.rowsChecked == archive.manifest.tables.reduce(0) { $0 + $1.rows })
        #expect(report.notes.isEmpty)
        #expect(report.regenerated)
    }

    @Test(arguments: OutputFormat.allCases)
    func uncompressedArchivesPass(format: OutputFormat) throws {
        let archive = try GeneratedArchive(format: format, compression: .none)
        let report = try ArchiveVerifier(directory: archive.path).verify()
        #expect(report.passed, "\(Self.listing(report))")
    }

    @Test(arguments: OutputFormat.allCases, 0..<3)
    func shardsPassByRegeneration(format: OutputFormat, index: Int) throws {
        let archive = try GeneratedArchive(
            volume: .medium, format: format, shard: Shard(index: index, count: 3))
        let report = try ArchiveVerifier(directory: archive.path).verify()
        #expect(report.passed, "\(Self.listing(report))")
        #expect(report.regenerated)
        #expect(report.tables.first?.rows == (index == 0 ? 4 : 0))
    }

    /// A file split into several gzip members holds the same content, but only a merged
    /// archive is written so (one member per shard, as its manifest records).
    @Test func multiMemberGzipIsOnlyForMergedArchives() throws {
        let archive = try VerifyTampering(volume: .medium)
        for table in [Table.customers, .invoiceLineItems] {
            try archive.replaceContent(table, with: archive.content(table), members: 2)
        }
        let report = try archive.verify()
        #expect(Self.has(report, file: archive.file(.customers), "has 2 gzip members"))
        #expect(report.findingCount == 2, "\(Self.listing(report))")
    }

    @Test func lineItemIDsAreCheckedInSeveralPasses() throws {
        let archive = try VerifyTampering()
        let clean = try archive.verify(idsPerPass: 7)
        #expect(clean.passed, "\(Self.listing(clean))")
        let id = try archive.value(.invoiceLineItems, row: 2, "id")
        try archive.set(.invoiceLineItems, row: 150, "id", to: id)
        let report = try archive.verify(idsPerPass: 7)
        let file = archive.file(.invoiceLineItems)
        #expect(Self.has(report, file: file, column: "id", "is not unique: line 3 has it too"))
        #expect(Self.explainedOnce(report), "\(Self.listing(report))")
    }

    // MARK: Damaged files

    @Test func flippedByteFails() throws {
        let archive = try VerifyTampering()
        let file = archive.file(.customers)
        var bytes = try FileSystem.read(archive.filePath(.customers))
        bytes[bytes.count / 2] ^= 0x01
        try archive.overwrite(file, with: bytes)
        let report = try archive.verify()
        #expect(!report.passed)
        #expect(Self.has(report, file: file, "SHA-256 differs from the manifest"))
        #expect(Self.has(report, file: "SHA256SUMS", "the checksum of \(file) does not match"))
        #expect(Self.has(report, file: file, "does not decompress cleanly"))
    }

    @Test func truncatedFileFails() throws {
        let archive = try VerifyTampering()
        let file = archive.file(.invoices)
        let bytes = try FileSystem.read(archive.filePath(.invoices))
        try archive.overwrite(file, with: Array(bytes.dropLast(12)))
        let report = try archive.verify()
        #expect(Self.has(report, file: file, "the file has \(bytes.count - 12) bytes"))
        #expect(Self.has(report, file: file, "the gzip data ends in the middle of a member"))
        // With every checksum made to fit, the gzip stream still gives it away.
        try archive.rewriteManifest { manifest in
            manifest.tables[6].bytes = UInt64(bytes.count - 12)
            manifest.tables[6].sha256 = VerifyTampering.hex(Array(bytes.dropLast(12)))
        }
        let forged = try archive.verify()
        #expect(!forged.passed)
        #expect(Self.has(forged, file: file, "does not decompress cleanly"))
        #expect(!Self.has(forged, file: "SHA256SUMS", "does not match"))
    }

    @Test func missingFileFails() throws {
        let archive = try VerifyTampering()
        try FileManager.default.removeItem(atPath: archive.filePath(.products))
        let report = try archive.verify()
        #expect(!report.passed)
        #expect(Self.has(report, file: archive.file(.products), "the file is missing"))
        // The products' children are not blamed for a file that is not there.
        #expect(report.findingCount == 1, "\(Self.listing(report))")
    }

    @Test func wrongManifestRowCountFails() throws {
        let archive = try VerifyTampering()
        try archive.rewriteManifest(updateSums: false) { $0.tables[2].rows += 1 }
        let report = try archive.verify()
        #expect(Self.has(report, file: archive.file(.customers), "the manifest says 26"))
        #expect(Self.has(report, file: "SHA256SUMS", "checksum of manifest.json does not match"))
        try archive.writeSums()
        let forged = try archive.verify()
        #expect(
            Self.has(
                forged, file: archive.file(.customers),
                "the manifest says 26 rows; the table has 25"))
        #expect(forged.findingCount == 1, "\(Self.listing(forged))")
    }

    // MARK: Tampering with consistent checksums

    @Test(arguments: OutputFormat.textFormats)
    func brokenForeignKeyFails(format: OutputFormat) throws {
        let archive = try VerifyTampering(format: format)
        try archive.set(.invoiceLineItems, row: 3, "product_id", to: VerifyMutation.strangerID)
        let report = try archive.verify()
        #expect(!report.passed)
        #expect(
            Self.has(
                report, file: archive.file(.invoiceLineItems), column: "product_id",
                "\(VerifyMutation.strangerID) is not the id of a product"))
    }

    @Test(arguments: OutputFormat.textFormats)
    func brokenInvoiceTotalFails(format: OutputFormat) throws {
        let archive = try VerifyTampering(format: format)
        try archive.set(.invoices, row: 0, "total", to: "81.02")
        let report = try archive.verify()
        #expect(!report.passed)
        #expect(Self.has(report, file: archive.file(.invoices), column: "total", "81.02"))
        #expect(Self.explainedOnce(report), "\(Self.listing(report))")
    }

    @Test(arguments: OutputFormat.textFormats)
    func duplicateEmailFails(format: OutputFormat) throws {
        let archive = try VerifyTampering(format: format)
        let email = try #require(try archive.value(.customers, row: 0, "email"))
        try archive.set(.customers, row: 5, "email", to: email)
        let report = try archive.verify()
        #expect(!report.passed)
        let line = format == .csv ? 7 : 6
        #expect(
            report.findings.contains {
                $0.file == archive.file(.customers) && $0.line == line && $0.column == "email"
                    && $0.message.contains(email + " is not unique")
            }, "\(Self.listing(report))")
    }

    @Test(arguments: VerifyMutation.columnValues + VerifyMutation.rules)
    func tamperingFailsOnTheRuleItBreaks(_ mutation: VerifyMutation) throws {
        let archive = try VerifyTampering(format: mutation.format)
        try mutation.edit(archive)
        let report = try archive.verify()
        #expect(!report.passed)
        #expect(
            Self.has(
                report, file: archive.file(mutation.table), column: .some(mutation.column),
                mutation.fragment),
            "\(Self.listing(report))")
    }

    /// A row with a bad value is reported once; its children and sums are not blamed for it.
    @Test(
        arguments: [
            (Table.customers, "email", nil), (.customerAddresses, "state", nil),
            (.products, "price", "1.5"), (.invoices, "date", "yesterday"),
            (.invoiceLineItems, "quantity", "many"), (.customerTypes, "priority_level", "9"),
        ] as [(Table, String, String?)])
    func badValuesDoNotCascade(table: Table, column: String, value: String?) throws {
        let archive = try VerifyTampering()
        try archive.set(table, row: 0, column, to: value)
        let report = try archive.verify()
        #expect(Self.explainedOnce(report), "\(Self.listing(report))")
        #expect(report.findings.allSatisfy { $0.column == column }, "\(Self.listing(report))")
    }

    /// A row that cannot be parsed still names its id and parent, so neither its children nor
    /// its invoice's sum are reported on its account.
    @Test(arguments: [Table.products, .invoiceLineItems, .customers])
    func unreadableRowsDoNotCascade(table: Table) throws {
        let archive = try VerifyTampering()
        try archive.editLines(table) { $0[0] = String($0[0].dropLast()) }
        let report = try archive.verify()
        #expect(Self.explainedOnce(report), "\(Self.listing(report))")
        #expect(
            report.findings.contains { $0.message.contains("expected } after the value") },
            "\(Self.listing(report))")
    }

    @Test func uniformProductPopularityFails() throws {
        let archive = try VerifyTampering(volume: .medium)
        // Active products only, and every line sold at the end of as-of: no line is reported
        // for selling a product before it existed or after it stopped selling.
        let products = try archive.rows(.products).filter { $0[8] == "true" }.map { $0[0] ?? "" }
        try archive.editLines(.invoiceLineItems) { lines in
            // 600 lines (enough for the skew check, few enough that the file's findings stay
            // below the limit at which reading stops), each product on as many.
            lines.removeLast(max(0, lines.count - 600))
            for index in lines.indices {
                var fields = try VerifyTampering.fields(
                    of: lines[index], .invoiceLineItems, .ndjson)
                fields[2] = products[index % products.count]
                fields[fields.count - 1] = "2026-06-30T23:00:00.000000Z"
                lines[index] = VerifyTampering.line(fields, .invoiceLineItems, .ndjson, raw: [:])
            }
        }
        let report = try archive.verify()
        #expect(
            Self.has(
                report, file: archive.file(.invoiceLineItems), column: "product_id",
                "the top 1% of products (5) hold"), "\(Self.listing(report))")
    }
}
