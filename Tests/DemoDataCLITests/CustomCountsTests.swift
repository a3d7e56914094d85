import Foundation
import Testing

/// `--customers`, `--products` and `--invoices` replace the volume's counts: the manifest
/// records them, `verify` regenerates from them, the up-to-date check and the refusal compare
/// them, `stream` gives the same bytes, and shards merge to the whole archive.
@Suite("Custom counts")
struct CustomCountsTests {
    private static let counts = [
        "--volume", "small", "--customers", "40", "--products", "12", "--invoices", "90",
    ]

    @Test func countsReplaceTheVolumesAndAreRecorded() async throws {
        try await TestDirectory.with { directory in
            let archive = directory.url.appending(path: "custom")
            try await CLI.generate(Self.counts + ["--scale", "3"], into: archive)
            let manifest = try TestManifest(directory: archive)
            #expect(manifest.rows(of: "customers") == 40)
            #expect(manifest.rows(of: "products") == 12)
            #expect(manifest.rows(of: "inventory") == 12)
            #expect(manifest.rows(of: "invoices") == 90)
            #expect(manifest.integer("scale") == 3)
            let counts = manifest.object["counts"] as? [String: Int]
            #expect(counts == ["customers": 40, "products": 12, "invoices": 90])
            // Children per parent stay the small volume's: 1–2 addresses, 1–5 lines.
            let addresses = try #require(manifest.rows(of: "customer_addresses"))
            #expect((40...80).contains(addresses))
            let lines = try #require(manifest.rows(of: "invoice_line_items"))
            #expect((90...450).contains(lines))

            let verified = try await CLI.run(["verify", archive.path])
            #expect(verified.status == 0, "\(verified)")
            #expect(verified.errorText.contains("every byte equals its regeneration"))
            let check = try await CLI.checkArchive(archive)
            #expect(check.status == 0, "\(check.outputText)")

            let again = try await CLI.run(
                ["generate"] + Self.counts + [
                    "--scale", "3", "--as-of", TestDates.asOf, "-o", archive.path,
                ])
            #expect(again.status == 0 && again.errorText.contains("already up to date"), "\(again)")
            let other = try await CLI.run(
                ["generate"] + Self.counts + [
                    "--scale", "3", "--invoices", "91", "--as-of", TestDates.asOf,
                ]
                    + ["-o", archive.path])
            #expect(other.status == 1 && other.errorText.contains("invoices 90 → 91"), "\(other)")
            // --count TABLE=N is the same request as the table's own option.
            let generic = try await CLI.run(
                ["generate", "--volume", "small", "--scale", "3", "--count", "customers=40"]
                    + ["--count", "products=12", "--count", "invoices=90"]
                    + ["--as-of", TestDates.asOf, "-o", archive.path])
            #expect(
                generic.status == 0 && generic.errorText.contains("already up to date"),
                "\(generic)")
        }
    }

    @Test func aCountOnlyOverridesOneTableAndPartialCountsAreRecordedAsGiven() async throws {
        try await TestDirectory.with { directory in
            let archive = directory.url.appending(path: "custom")
            try await CLI.generate(["--volume", "small", "--customers", "3"], into: archive)
            let manifest = try TestManifest(directory: archive)
            #expect(manifest.object["counts"] as? [String: Int] == ["customers": 3])
            #expect(manifest.rows(of: "customers") == 3)
            #expect(manifest.rows(of: "products") == 100)
            #expect(manifest.rows(of: "invoices") == 75)
            let verified = try await CLI.run(["verify", archive.path])
            #expect(verified.status == 0, "\(verified)")
            // Without counts, the manifest has no counts key: older archives stay the same.
            let plain = directory.url.appending(path: "plain")
            try await CLI.generate(["--volume", "small"], into: plain)
            #expect(try TestManifest(directory: plain).object["counts"] == nil)
        }
    }

    @Test func streamAndShardsGiveTheArchivesContent() async throws {
        try await TestDirectory.with { directory in
            let whole = directory.url.appending(path: "whole")
            try await CLI.generate(Self.counts + ["--compression", "none"], into: whole)
            let streamed = try await CLI.run(
                ["stream", "invoices", "--as-of", TestDates.asOf] + Self.counts)
            #expect(streamed.status == 0, "\(streamed)")
            #expect(
                streamed.standardOutput
                    == (try Data(contentsOf: whole.appending(path: "invoices.ndjson"))))

            let merged = try await CLI.generateShardsAndMerge(
                Self.counts + ["--compression", "none"], count: 3, in: directory.url)
            let mergedManifest = try TestManifest(directory: merged)
            let wholeManifest = try TestManifest(directory: whole)
            for table in TestManifest.tableNames {
                #expect(
                    mergedManifest.contentSHA256(of: table)
                        == wholeManifest.contentSHA256(of: table))
            }
            #expect(
                mergedManifest.object["counts"] as? [String: Int] == wholeManifest.object["counts"]
                    as? [String: Int])
            let verified = try await CLI.run(["verify", merged.path])
            #expect(verified.status == 0, "\(verified)")
        }
    }

    @Test func threadsNeverChangeTheBytes() async throws {
        try await TestDirectory.with { directory in
            var manifests: [Data] = []
            for threads in ["1", "3"] {
                let archive = directory.url.appending(path: "t\(threads)")
                try await CLI.generate(Self.counts + ["--threads", threads], into: archive)
                manifests.append(try Data(contentsOf: archive.appending(path: "manifest.json")))
            }
            #expect(manifests[0] == manifests[1])
        }
    }
}
