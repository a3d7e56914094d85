import Foundation
import Testing

/// `demodata info` summarises an archive from its manifest and one pass over the invoices; the
/// test recomputes the figures from the invoices with the tests' own archive reader.
@Suite("Info")
struct InfoCommandTests {
    @Test func jsonHasTheParametersTablesDatesAndTotals() async throws {
        try await TestDirectory.with { directory in
            let archive = directory.url.appending(path: "large")
            try await CLI.generate(["--volume", "large", "--seed", "9"], into: archive)
            let result = try await CLI.run(["info", archive.path, "--json"])
            #expect(result.status == 0 && result.errorText.isEmpty, "\(result)")
            let info = try #require(
                try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any])
            let parameters = try #require(info["parameters"] as? [String: Any])
            #expect(parameters["seed"] as? Int == 9)
            #expect(parameters["volume"] as? String == "large")
            #expect(parameters["as_of"] as? String == TestDates.asOf)
            let manifest = try TestManifest(directory: archive)
            let tables = try #require(info["tables"] as? [[String: Any]])
            #expect(tables.compactMap { $0["name"] as? String } == TestManifest.tableNames)
            for table in tables {
                let name = try #require(table["name"] as? String)
                #expect(table["rows"] as? Int == manifest.rows(of: name))
                #expect(table["bytes"] as? Int == manifest.table(name)?["bytes"] as? Int)
            }
            let expected = try InvoiceFigures(TestArchive(archive))
            let invoices = try #require(info["invoices"] as? [String: Any])
            #expect(invoices["first_date"] as? String == expected.firstDate)
            #expect(invoices["last_date"] as? String == expected.lastDate)
            let byStatus = try #require(invoices["by_status"] as? [String: [String: Any]])
            #expect(Set(byStatus.keys) == ["draft", "sent", "paid", "overdue", "cancelled"])
            for (status, figures) in byStatus {
                #expect(
                    figures["count"] as? Int == expected.counts[status, default: 0], "\(status)")
                let cents = expected.cents[status, default: 0]
                #expect(
                    figures["total"] as? String == TestDecimal.text(cents: cents),
                    "\(status)")
            }
            #expect((info["problems"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func textIsAFewLinesAndCSVGivesTheSameFigures() async throws {
        try await TestDirectory.with { directory in
            var texts: [String] = []
            for format in ["ndjson", "csv"] {
                let archive = directory.url.appending(path: format)
                try await CLI.generate(["--volume", "small", "--format", format], into: archive)
                let result = try await CLI.run(["info", archive.path])
                #expect(result.status == 0 && result.errorText.isEmpty, "\(result)")
                let lines = result.outputText.split(separator: "\n").map(String.init)
                #expect(lines.count == 12, "\(result.outputText)")
                #expect(
                    lines.first?.contains("small, seed 42, as of \(TestDates.asOf), \(format)")
                        == true)
                #expect(lines.contains { $0.hasPrefix("  customers") && $0.contains(" 25 rows") })
                #expect(lines.contains { $0.hasPrefix("invoices dated ") })
                #expect(lines.last?.hasPrefix("invoice totals: draft ") == true)
                texts.append(lines.suffix(2).joined(separator: "\n"))
            }
            #expect(texts[0] == texts[1])
        }
    }

    @Test func aDamagedInvoicesFileIsReportedAndADirectoryThatIsNoArchiveRefused() async throws {
        try await TestDirectory.with { directory in
            let archive = directory.url.appending(path: "archive")
            try await CLI.generate(["--volume", "small", "--compression", "none"], into: archive)
            let file = archive.appending(path: "invoices.ndjson")
            var text = try String(contentsOf: file, encoding: .utf8)
            text = text.replacingOccurrences(of: "\"status\":", with: "\"state\":")
            try text.write(to: file, atomically: false, encoding: .utf8)
            let damaged = try await CLI.run(["info", archive.path])
            #expect(damaged.status == 0, "\(damaged)")
            #expect(damaged.errorText.contains("does not match the SHA-256"), "\(damaged)")
            #expect(damaged.errorText.contains("run demodata verify"), "\(damaged)")

            let missing = try await CLI.run(["info", directory.path("nothing")])
            #expect(missing.status == 1 && missing.errorIsOneLine, "\(missing)")
            #expect(missing.errorText.contains("no such directory"), "\(missing)")
        }
    }
}
