import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// The verifier on broken manifests, checksum lists and file bytes.
@Suite struct VerifierManifestTests {
    private func has(_ report: VerificationReport, _ file: String, _ fragment: String) -> Bool {
        VerifierTests.has(report, file: file, fragment)
    }

    private func listing(_ report: VerificationReport) -> String {
        VerifierTests.listing(report)
    }

    /// The archive with `manifest.json` replaced by `text` (and `SHA256SUMS` made to fit).
    private func withManifestText(_ text: String) throws -> VerificationReport {
        let archive = try VerifyTampering()
        try archive.overwrite("manifest.json", with: Array(text.utf8))
        try archive.writeSums()
        return try archive.verify()
    }

    /// The archive's manifest JSON edited as text.
    private func editedManifest(_ edit: (String) -> String) throws -> VerificationReport {
        let archive = try VerifyTampering()
        let text = String(decoding: archive.manifest.serialized(), as: UTF8.self)
        try archive.overwrite("manifest.json", with: Array(edit(text).utf8))
        try archive.writeSums()
        return try archive.verify()
    }

    @Test func manifestThatIsNotJSON() throws {
        let report = try withManifestText("{ not json")
        #expect(
            has(report, "manifest.json", "not a valid manifest: it is not valid JSON"),
            "\(listing(report))")
        #expect(report.findingCount == 1)
        #expect(report.tables.isEmpty)
    }

    @Test(arguments: [
        ("\"customers\": 0", "counts.customers 0 is not from 1 to 10000000000"),
        ("\"products\": 4", "counts.products 4 is not from 5 to 20000000000"),
        ("\"invoices\": -1", "counts.invoices -1 is not from 1 to 50000000000"),
    ])
    func manifestWithCountsOutOfRange(count: String, message: String) throws {
        let report = try editedManifest {
            $0.replacing("\"level\": 6,", with: "\"level\": 6, \"counts\": {\(count)},")
        }
        #expect(has(report, "manifest.json", message), "\(listing(report))")
        #expect(!report.passed)
    }

    @Test func manifestWithCountsOtherThanTheFilesIsCaught() throws {
        let report = try editedManifest {
            $0.replacing("\"level\": 6,", with: "\"level\": 6, \"counts\": {\"customers\": 24},")
        }
        #expect(!report.passed, "\(listing(report))")
        // Another customer count shuffles the customers' ranks: the rows differ from the first.
        #expect(
            has(report, "customers.ndjson.gz", "differs from the row regenerated"),
            "\(listing(report))")
    }

    @Test func manifestWithAMissingKey() throws {
        let report = try editedManifest {
            $0.replacing("\"data_version\"", with: "\"dataversion\"")
        }
        #expect(has(report, "manifest.json", "data_version is missing"), "\(listing(report))")
    }

    @Test func manifestWithAWrongType() throws {
        let report = try editedManifest { $0.replacing("\"scale\": 1", with: "\"scale\": \"1\"") }
        #expect(has(report, "manifest.json", "scale is not of type Int"), "\(listing(report))")
    }

    @Test func manifestWithANull() throws {
        let report = try editedManifest {
            $0.replacing("\"format_version\": 1", with: "\"format_version\": null")
        }
        #expect(has(report, "manifest.json", "format_version is null"), "\(listing(report))")
    }

    @Test func manifestWithAnUnknownVolume() throws {
        let report = try editedManifest {
            $0.replacing("\"volume\": \"small\"", with: "\"volume\": \"tiny\"")
        }
        #expect(has(report, "manifest.json", "volume has an invalid value"), "\(listing(report))")
    }

    @Test func manifestWithBadColumnsInATable() throws {
        let report = try editedManifest {
            $0.replacing("\"type\": \"uuid\"", with: "\"type\": 7")
        }
        #expect(
            has(report, "manifest.json", "tables[0].columns[0].type is not of type String"),
            "\(listing(report))")
    }

    @Test func manifestWithWrongValues() throws {
        let archive = try VerifyTampering()
        try archive.rewriteManifest { manifest in
            manifest.formatVersion = 2
            manifest.generator.name = "other"
            manifest.level = 12
            manifest.tables[1].file = "categories.ndjson.gz"
            manifest.tables[2].sha256 = "ABC"
            manifest.tables[3].contentSHA256 = String(repeating: "g", count: 64)
            manifest.tables[4].columns[2].nullable = true
        }
        let report = try archive.verify()
        let fragments = [
            "format_version is 2", "generator.name is \"other\"", "level 12 is not from 1 to 9",
            "product_categories.file is \"categories.ndjson.gz\"",
            "customers.sha256 \"ABC\" is not a SHA-256",
            "customer_addresses.content_sha256", "products.columns are",
        ]
        for fragment in fragments {
            #expect(has(report, "manifest.json", fragment), "\(fragment)\n\(listing(report))")
        }
        // The file names follow from the format, so the rows are still read.
        #expect(report.tables.count == 8)
    }

    @Test("The manifest records every key and constraint of the schema")
    func manifestRecordsConstraints() throws {
        let manifest = try VerifyTampering().manifest
        let customers = try #require(manifest.tables.first { $0.name == "customers" })
        #expect(customers.primaryKey == ["id"])
        let column = { (name: String) in customers.columns.first { $0.name == name } }
        #expect(column("email")?.unique == true)
        #expect(column("name")?.unique == nil)
        #expect(
            column("customer_type_id")?.references
                == Manifest.Reference(table: "customer_types", column: "id"))
        #expect(column("status")?.allowed == Domain.customerStatuses)
        #expect(column("credit_limit")?.minimum == "2500.00")
        #expect(column("credit_limit")?.maximum == "900000.00")
        let text = String(decoding: manifest.serialized(), as: UTF8.self)
        #expect(text.contains("\"primary_key\": [\n        \"id\"\n      ]"))
        #expect(text.contains("\"enum\": [\n            \"active\","))
        #expect(try ArchiveReader.decodeManifest(manifest.serialized()) == manifest)
        for table in Table.allCases {
            let entry = try #require(manifest.tables.first { $0.name == table.name })
            #expect(
                entry.columns.filter { $0.unique == true }.count
                    == table.columns.filter(\.unique).count)
            #expect(
                entry.columns.compactMap(\.references?.table)
                    == table.columns.compactMap(\.references?.name))
        }
    }

    @Test("A changed or dropped constraint in the manifest is reported")
    func manifestWithAChangedConstraint() throws {
        let archive = try VerifyTampering()
        try archive.rewriteManifest { manifest in
            manifest.tables[2].columns[4].unique = nil
            manifest.tables[6].columns[6].allowed = ["paid"]
            manifest.tables[7].primaryKey = ["invoice_id"]
        }
        let report = try archive.verify()
        let fragments = [
            "customers.columns[4] (email) does not record the schema's keys",
            "invoices.columns[6] (status) does not record",
            "invoice_line_items.primary_key is [\"invoice_id\"]",
        ]
        for fragment in fragments {
            #expect(has(report, "manifest.json", fragment), "\(fragment)\n\(listing(report))")
        }
    }

    @Test("A manifest without constraints is sound from an older release, not from this one")
    func manifestWithoutConstraints() throws {
        for (release, data) in [("0.1.0", 1), (DemoDataVersion.generator, DemoDataVersion.data)] {
            let archive = try VerifyTampering()
            try archive.rewriteManifest { manifest in
                manifest.generator.version = release
                manifest.dataVersion = data
                for index in manifest.tables.indices {
                    manifest.tables[index].primaryKey = nil
                    manifest.tables[index].columns = manifest.tables[index].columns.map(
                        \.withoutConstraints)
                }
            }
            let report = try archive.verify()
            #expect(!report.passed)
            if data == DemoDataVersion.data {
                #expect(
                    has(report, "manifest.json", "differs from the manifest demodata writes"),
                    "\(listing(report))")
            } else {
                #expect(report.findingCount == 0, "\(listing(report))")
                #expect(!report.complete)
            }
        }
    }

    @Test("A changed or missing datapackage.json is reported, by verify and by the fast check")
    func changedDataPackage() throws {
        let archive = try VerifyTampering()
        let original = DataPackage(manifest: archive.manifest).serialized()
        let text = String(decoding: original, as: UTF8.self)
        let changed = Array(text.replacing("\"foreignKeys\"", with: "\"foreignkeys\"").utf8)
        #expect(changed != original)
        try archive.overwrite("datapackage.json", with: changed)
        var sums = String(
            decoding: try FileSystem.read(archive.path + "/SHA256SUMS"), as: UTF8.self)
        sums = sums.replacing(
            VerifyTampering.hex(original) + "  datapackage.json",
            with: VerifyTampering.hex(changed) + "  datapackage.json")
        try archive.overwrite("SHA256SUMS", with: Array(sums.utf8))
        let report = try archive.verify()
        #expect(
            has(report, "datapackage.json", "does not describe the archive as its manifest does"),
            "\(listing(report))")
        #expect(!has(report, "SHA256SUMS", "datapackage.json"), "\(listing(report))")
        #expect(throws: ArchiveError.self) {
            try ArchiveReader(archive.path).checkSums(archive.manifest)
        }

        try FileManager.default.removeItem(atPath: archive.path + "/datapackage.json")
        let missing = try archive.verify()
        #expect(has(missing, "datapackage.json", "is missing"), "\(listing(missing))")
        try archive.writeSums()
        #expect(try archive.verify().findingCount == 0)
        try ArchiveReader(archive.path).checkSums(archive.manifest)
    }

    @Test(arguments: ["as_of", "scale", "shard"])
    func manifestThatCannotBeChecked(field: String) throws {
        let archive = try VerifyTampering()
        try archive.rewriteManifest { manifest in
            switch field {
            case "as_of": manifest.asOf = "2026-13-01"
            case "scale": manifest.scale = 0
            default: manifest.shard = Manifest.ShardEntry(index: 3, count: 2)
            }
        }
        let report = try archive.verify()
        #expect(!report.passed)
        #expect(report.findings.allSatisfy { $0.file == "manifest.json" })
        #expect(report.tables.isEmpty)
    }

    @Test func manifestWithTablesOutOfOrder() throws {
        let archive = try VerifyTampering()
        try archive.rewriteManifest { manifest in
            manifest.tables.swapAt(0, 1)
            manifest.tables.removeLast()
        }
        let report = try archive.verify()
        #expect(has(report, "manifest.json", "expected the eight tables in load order"))
        // A table the manifest does not list is not read.
        #expect(report.tables.count == 7)
    }

    // MARK: SHA256SUMS

    @Test func sumsProblems() throws {
        let archive = try VerifyTampering()
        try archive.writeSums()
        var lines = String(
            decoding: try FileSystem.read(archive.path + "/SHA256SUMS"), as: UTF8.self
        ).split(separator: "\n").map(String.init)
        let dropped = lines.remove(at: 2)
        lines.append(lines[0])
        lines.append(String(repeating: "0", count: 64) + "  stray.txt")
        lines.append("not a checksum line")
        lines.append(String(repeating: "Z", count: 64) + "  products.ndjson.gz")
        lines[3] = String(repeating: "0", count: 64) + " *" + lines[3].dropFirst(66)
        try archive.overwrite("SHA256SUMS", with: Array(lines.joined(separator: "\n").utf8))
        try archive.overwrite("notes.txt", with: Array("hello".utf8))
        let report = try archive.verify()
        let file3 = String(lines[3].dropFirst(66))
        let expected = [
            String(dropped.dropFirst(66)) + " is not listed", "is listed twice (first on line 1)",
            "stray.txt is not a file of the archive", "the line is not `<sha256>  <file>`",
            "does not end with a line end", "the checksum of \(file3) does not match",
        ]
        for fragment in expected {
            #expect(has(report, "SHA256SUMS", fragment), "\(fragment)\n\(listing(report))")
        }
        #expect(has(report, "notes.txt", "is not a file of the archive"))
    }

    @Test func missingSums() throws {
        let archive = try VerifyTampering()
        try FileManager.default.removeItem(atPath: archive.path + "/SHA256SUMS")
        let report = try archive.verify()
        #expect(has(report, "SHA256SUMS", "cannot be read"))
        #expect(report.findingCount == 1, "\(listing(report))")
    }

    // MARK: File bytes

    @Test func sizesAndContentChecksumsThatDoNotMatch() throws {
        let archive = try VerifyTampering()
        try archive.rewriteManifest { manifest in
            manifest.tables[0].bytes += 1
            manifest.tables[1].uncompressedBytes += 1
            manifest.tables[2].contentSHA256 = String(repeating: "0", count: 64)
        }
        let report = try archive.verify()
        #expect(has(report, archive.file(.customerTypes), "the manifest says"))
        #expect(has(report, archive.file(.productCategories), "uncompressed_bytes is"))
        #expect(has(report, archive.file(.customers), "differs from the manifest's content_sha256"))
        #expect(report.findingCount == 3, "\(listing(report))")
        // The byte-level findings of a file come before the findings about its rows.
        #expect(report.findings.map(\.file) == [0, 1, 2].map { archive.file(Table.allCases[$0]) })
    }

    @Test func fileThatIsNotGzip() throws {
        let archive = try VerifyTampering()
        try archive.overwrite(archive.file(.inventory), with: Array("plain text\n".utf8))
        try archive.overwrite(archive.file(.products), with: [])
        try archive.writeSums()
        let report = try archive.verify()
        #expect(has(report, archive.file(.inventory), "does not decompress cleanly"))
        #expect(has(report, archive.file(.products), "is empty, which is not gzip data"))
    }

    @Test func tableFileThatIsADirectory() throws {
        let archive = try VerifyTampering()
        try FileManager.default.removeItem(atPath: archive.filePath(.inventory))
        try FileManager.default.createDirectory(
            atPath: archive.filePath(.inventory), withIntermediateDirectories: false)
        let report = try archive.verify()
        #expect(has(report, archive.file(.inventory), "the file is missing"))
    }

    // MARK: No archive at all

    @Test func directoryThatIsNotAnArchive() throws {
        let directory = try TestDirectory()
        #expect(throws: ArchiveError.self) {
            try ArchiveVerifier(directory: directory.file("nothing")).verify()
        }
        try Data("x".utf8).write(to: URL(filePath: directory.file("file")))
        #expect(throws: ArchiveError.self) {
            try ArchiveVerifier(directory: directory.file("file")).verify()
        }
        do {
            _ = try ArchiveVerifier(directory: directory.path).verify()
            Issue.record("an empty directory verified")
        } catch let error as ArchiveError {
            #expect(error.description.contains("it is not a demodata archive"))
            #expect(error.description.contains(directory.path))
        }
    }

    @Test func manifestThatCannotBeRead() throws {
        let archive = try VerifyTampering()
        try FileManager.default.removeItem(atPath: archive.path + "/manifest.json")
        try FileManager.default.createDirectory(
            atPath: archive.path + "/manifest.json", withIntermediateDirectories: false)
        let report = try archive.verify()
        #expect(has(report, "manifest.json", "cannot be read"))
    }
}
