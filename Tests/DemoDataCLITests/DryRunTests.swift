import Foundation
import Testing

/// `generate --dry-run` prints a plan and writes nothing; a real run refuses to start when the
/// estimate exceeds the free space, unless told to ignore it.
@Suite("Dry run and free space")
struct DryRunTests {
    /// The plan's table lines: name → rows (an estimate's `≈` dropped).
    private func planRows(_ text: String) -> [String: Int] {
        planCounts(text).mapValues(\.rows)
    }

    /// The plan's table lines: name → (rows, whether they are marked as an estimate, `≈606`).
    private func planCounts(_ text: String) -> [String: (rows: Int, estimated: Bool)] {
        var rows: [String: (rows: Int, estimated: Bool)] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 2 else { continue }
            let estimated = fields[1].hasPrefix("≈")
            guard
                let count = Int(
                    fields[1].replacingOccurrences(of: ",", with: "")
                        .replacingOccurrences(of: "≈", with: ""))
            else { continue }
            rows[String(fields[0])] = (count, estimated)
        }
        return rows
    }

    /// The child tables whose rows per parent vary are marked as estimates, and so is the
    /// total; the root tables and inventory (one row per product) are exact.
    @Test func thePlanMarksEstimatedRowCounts() async throws {
        let plan = try await CLI.run(
            ["generate", "--dry-run", "--volume", "small", "--as-of", TestDates.asOf])
        #expect(plan.status == 0, "\(plan)")
        let counts = planCounts(plan.outputText)
        for table in TestManifest.tableNames + ["total"] {
            let estimated = ["customer_addresses", "invoice_line_items", "total"].contains(table)
            #expect(counts[table]?.estimated == estimated, "\(table): \(plan.outputText)")
        }
    }

    @Test func thePlanWritesNothingAndEstimatesARealRun() async throws {
        try await TestDirectory.with { directory in
            for format in ["ndjson", "csv"] {
                let options = ["--volume", "large", "--format", format, "--as-of", TestDates.asOf]
                let plan = try await CLI.run(
                    ["generate", "--dry-run"] + options, in: directory.url)
                #expect(plan.status == 0 && plan.errorText.isEmpty, "\(plan)")
                #expect(try directory.contents() == [])
                let suffix = format == "csv" ? "-csv" : ""
                #expect(
                    plan.outputText.hasPrefix(
                        "plan for Output/large\(suffix) (dry run: nothing written)"))
                #expect(plan.outputText.contains("estimated time: "))
                let rows = planRows(plan.outputText)
                #expect(rows["customers"] == 1000 && rows["products"] == 2000)
                #expect(rows["inventory"] == 2000 && rows["invoices"] == 5000)
                #expect(rows["customer_types"] == 4 && rows["product_categories"] == 5)

                // The child tables' estimates (mean children per parent) are near the real rows.
                let archive = directory.url.appending(path: "real-\(format)")
                try await CLI.generate(options, into: archive)
                let manifest = try TestManifest(directory: archive)
                for table in ["customer_addresses", "invoice_line_items"] {
                    let real = Double(try #require(manifest.rows(of: table)))
                    let estimated = Double(try #require(rows[table]))
                    #expect(
                        abs(estimated - real) / real < 0.05, "\(table): \(estimated) vs \(real)")
                }
                try FileManager.default.removeItem(at: archive)
            }
        }
    }

    @Test func theEstimatedBytesAreWithinTenPercentOfARealRun() async throws {
        try await TestDirectory.with { directory in
            for format in ["ndjson", "csv"] {
                let options = [
                    "--volume", "large", "--format", format, "--seed", "5", "--as-of",
                    TestDates.asOf,
                ]
                let plan = try await CLI.run(["generate", "--dry-run"] + options)
                let total = try #require(
                    plan.outputText.split(separator: "\n").first { $0.hasPrefix("total ") })
                let archive = directory.url.appending(path: format)
                try await CLI.generate(options, into: archive)
                let manifest = try TestManifest(directory: archive)
                let bytes = manifest.tables.compactMap { $0["bytes"] as? Int }.reduce(0, +)
                let raw = manifest.tables.compactMap { $0["uncompressed_bytes"] as? Int }.reduce(
                    0, +)
                // `total  rows  12.3 MB  3.4 MB`: the uncompressed and gzip sizes in MB.
                let sizes = total.split(separator: " ").filter { Double($0) != nil }
                    .compactMap { Double($0) }
                try #require(sizes.count == 2, "\(total)")
                #expect(abs(sizes[0] * 1e6 - Double(raw)) / Double(raw) < 0.1, "\(total) vs \(raw)")
                #expect(
                    abs(sizes[1] * 1e6 - Double(bytes)) / Double(bytes) < 0.1,
                    "\(total) vs \(bytes)")
            }
        }
    }

    @Test func aRunLargerThanTheFreeSpaceRefusesToStartUnlessTold() async throws {
        try await TestDirectory.with { directory in
            let huge = [
                "--volume", "huge", "--scale", "1000000", "--as-of", TestDates.asOf, "-o", "out",
            ]
            let refused = try await CLI.run(["generate"] + huge, in: directory.url)
            #expect(refused.status == 1 && refused.errorIsOneLine, "\(refused)")
            #expect(
                refused.errorText.contains("not starting out: the archive needs about "),
                "\(refused)")
            #expect(refused.errorText.contains(" TB (estimated) and the file system of . has "))
            #expect(refused.errorText.contains("pass --ignore-free-space"))
            #expect(try directory.contents() == [])

            let plan = try await CLI.run(["generate", "--dry-run"] + huge, in: directory.url)
            #expect(plan.status == 0, "\(plan)")
            #expect(
                plan.outputText.contains("a run would refuse to start without --ignore-free-space"))
            #expect(try directory.contents() == [])
        }
    }
}
