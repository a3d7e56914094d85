import Foundation
import Testing

/// Generates one archive per volume and format and checks it with the tools a user would use:
/// `sha256sum -c`, `gzip -t` and the independent checker `Scripts/check_archive.py`.
@Suite("Archives of every volume and format")
struct ArchiveVolumeTests {
    /// Each table's parents, which must come before it in the manifest's load order.
    static let parents: [String: [String]] = [
        "customers": ["customer_types"],
        "customer_addresses": ["customers"],
        "products": ["product_categories"],
        "inventory": ["products"],
        "invoices": ["customers"],
        "invoice_line_items": ["invoices", "products"],
    ]

    @Test(arguments: VolumeExpectation.all, ["ndjson", "csv"])
    func archiveIsCompleteAndValid(volume: VolumeExpectation, format: String) async throws {
        try await TestDirectory.with { temporary in
            let archive = temporary.url.appending(path: "a")
            try await CLI.generate(["--volume", volume.name, "--format", format], into: archive)

            let names = try FileManager.default.contentsOfDirectory(atPath: archive.path).sorted()
            let tableFiles = TestManifest.tableNames.map { "\($0).\(format).gz" }
            #expect(
                names
                    == (tableFiles + ["datapackage.json", "manifest.json", "SHA256SUMS"]).sorted())

            try await expectChecksumsCoverArchive(
                archive, files: tableFiles + ["datapackage.json", "manifest.json"])

            let gzip = try await TestProcess.run(
                program: "gzip", ["-t"] + tableFiles, in: archive)
            #expect(gzip.status == 0, "gzip -t: \(gzip)")

            let checker = try await CLI.checkArchive(archive)
            #expect(checker.status == 0, "check_archive.py: \(checker) \(checker.outputText)")
            #expect(
                checker.outputText.hasPrefix("OK"), "check_archive.py printed \(checker.outputText)"
            )

            let manifest = try TestManifest(directory: archive)
            expectRowCounts(manifest, volume: volume)
            #expect(manifest.string("volume") == volume.name)
            #expect(manifest.string("format") == format)
            #expect(manifest.string("compression") == "gzip")
            #expect(manifest.string("as_of") == TestDates.asOf)
            expectLoadOrder(manifest.tableNamesInOrder)
            try expectFileEntries(manifest, archive: archive, format: format)
        }
    }

    /// Each table entry names its file and gives the file's size as written.
    private func expectFileEntries(
        _ manifest: TestManifest, archive: URL, format: String
    ) throws {
        for table in TestManifest.tableNames {
            let entry = try #require(manifest.table(table), "no manifest entry for \(table)")
            let file = "\(table).\(format).gz"
            #expect(entry["file"] as? String == file)
            let size =
                try FileManager.default
                .attributesOfItem(atPath: archive.appending(path: file).path)[.size] as? Int
            #expect(entry["bytes"] as? Int == size, "bytes of \(file)")
        }
    }

    /// `sha256sum -c` passes in the archive and `SHA256SUMS` lists exactly `files`.
    private func expectChecksumsCoverArchive(_ archive: URL, files: [String]) async throws {
        let sums = try await TestProcess.run(
            program: "sha256sum", ["-c", "--strict", "SHA256SUMS"], in: archive)
        #expect(sums.status == 0, "sha256sum -c: \(sums) \(sums.outputText)")
        let listing = try String(
            contentsOf: archive.appending(path: "SHA256SUMS"), encoding: .utf8)
        let listed = listing.split(separator: "\n").compactMap { line in
            line.split(separator: " ", maxSplits: 1).last.map {
                String($0.drop { $0 == " " || $0 == "*" })
            }
        }
        #expect(listed.sorted() == files.sorted())
    }

    private func expectRowCounts(_ manifest: TestManifest, volume: VolumeExpectation) {
        #expect(manifest.rows(of: "customer_types") == 4)
        #expect(manifest.rows(of: "product_categories") == 5)
        #expect(manifest.rows(of: "customers") == volume.customers)
        #expect(manifest.rows(of: "products") == volume.products)
        #expect(manifest.rows(of: "inventory") == volume.products)
        #expect(manifest.rows(of: "invoices") == volume.invoices)

        let addresses = manifest.rows(of: "customer_addresses") ?? -1
        let lowestAddresses = volume.customers * volume.addressesPerCustomer.lowerBound
        let highestAddresses = volume.customers * volume.addressesPerCustomer.upperBound
        #expect((lowestAddresses...highestAddresses).contains(addresses), "\(addresses) addresses")

        let lineItems = manifest.rows(of: "invoice_line_items") ?? -1
        let lowestItems = volume.invoices * volume.lineItemsPerInvoice.lowerBound
        let highestItems = volume.invoices * volume.lineItemsPerInvoice.upperBound
        #expect((lowestItems...highestItems).contains(lineItems), "\(lineItems) line items")
    }

    private func expectLoadOrder(_ order: [String]) {
        #expect(order.sorted() == TestManifest.tableNames.sorted())
        for (child, parents) in Self.parents {
            for parent in parents {
                let childIndex = order.firstIndex(of: child) ?? -1
                let parentIndex = order.firstIndex(of: parent) ?? Int.max
                #expect(parentIndex < childIndex, "\(parent) must load before \(child)")
            }
        }
    }
}
