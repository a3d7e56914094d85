import Foundation
import Testing

/// Without `--output`, the archive goes to
/// `Output/<volume>[-x<scale>][-c<customers>][-p<products>][-i<invoices>][-csv][-none]` under
/// the working directory, and the defaults are those of the specification.
@Suite("Default output and options")
struct DefaultOutputTests {
    @Test func scaleMultipliesRowsAndNamesTheOutput() async throws {
        try await TestDirectory.with { temporary in
            let result = try await CLI.run(
                [
                    "generate", "--scale", "3", "--volume", "small", "--as-of", TestDates.asOf,
                    "--quiet",
                ],
                in: temporary.url)
            try #require(result.status == 0, "\(result)")

            #expect(try temporary.contents() == ["Output"])
            let output = temporary.url.appending(path: "Output")
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: output.path) == ["small-x3"])

            let manifest = try TestManifest(directory: output.appending(path: "small-x3"))
            #expect(manifest.string("volume") == "small")
            #expect(manifest.integer("scale") == 3)
            #expect(manifest.rows(of: "customers") == 75)
            #expect(manifest.rows(of: "products") == 300)
            #expect(manifest.rows(of: "inventory") == 300)
            #expect(manifest.rows(of: "invoices") == 225)
            #expect(manifest.rows(of: "customer_types") == 4)
            #expect(manifest.rows(of: "product_categories") == 5)
        }
    }

    @Test func defaultsGiveMediumNDJSONGzipInOutputMedium() async throws {
        try await TestDirectory.with { temporary in
            let result = try await CLI.run(
                ["generate", "--as-of", TestDates.asOf], in: temporary.url)
            try #require(result.status == 0, "\(result)")

            let output = temporary.url.appending(path: "Output")
            #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["medium"])
            let archive = output.appending(path: "medium")
            let manifest = try TestManifest(directory: archive)
            #expect(manifest.string("volume") == "medium")
            #expect(manifest.integer("scale") == 1)
            #expect(manifest.integer("seed") == 42)
            #expect(manifest.string("as_of") == TestDates.asOf)
            #expect(manifest.string("format") == "ndjson")
            #expect(manifest.string("compression") == "gzip")
            #expect(manifest.integer("level") == 6)
            #expect(manifest.isNull("shard"))
            #expect(manifest.rows(of: "customers") == 100)
            #expect(manifest.rows(of: "products") == 500)
            #expect(manifest.rows(of: "invoices") == 300)
            #expect(
                FileManager.default.fileExists(
                    atPath: archive.appending(path: "customers.ndjson.gz").path))
        }
    }

    @Test func archivesOfOtherFormatsCompressionsAndCountsCoexist() async throws {
        try await TestDirectory.with { temporary in
            let variants: [([String], String)] = [
                ([], "small"),
                (["--format", "csv"], "small-csv"),
                (["--compression", "none"], "small-none"),
                (["--format", "csv", "--compression", "none"], "small-csv-none"),
                (["--scale", "2", "--format", "csv"], "small-x2-csv"),
                (["--customers", "30", "--invoices", "40"], "small-c30-i40"),
                (["--products", "50", "--shard", "1/2"], "small-p50-shard-1-of-2"),
            ]
            for (options, _) in variants {
                let result = try await CLI.run(
                    ["generate", "--volume", "small", "--as-of", TestDates.asOf, "--quiet"]
                        + options,
                    in: temporary.url)
                #expect(result.status == 0, "\(options): \(result)")
            }
            let output = temporary.url.appending(path: "Output")
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
                    == variants.map(\.1).sorted())
            let csv = try TestManifest(directory: output.appending(path: "small-csv"))
            #expect(csv.string("format") == "csv")
            let ndjson = try TestManifest(directory: output.appending(path: "small"))
            #expect(ndjson.string("format") == "ndjson")
        }
    }
}
