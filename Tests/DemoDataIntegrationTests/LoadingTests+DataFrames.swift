import DemoData
import Foundation
import Testing

extension LoadingTests {
    /// The pandas, polars and pyarrow lines of docs/loading.md, run as written against the fixture's
    /// archives.
    @Suite(
        "pandas and polars",
        .enabled("pandas, polars or pyarrow is not installed (pip install pandas polars pyarrow)") {
            try await ExternalCommand.run(
                program: "python3", ["-c", "import pandas, polars, pyarrow"]
            )
            .succeeded
        })
    struct DataFrames {
        /// The python block of the section "pandas and polars" of docs/loading.md.
        static func readmeBlock() throws -> String {
            let readme = try String(
                contentsOf: TestPackage.root.appending(path: "docs/loading.md"),
                encoding: .utf8)
            let section = try readme.range(of: "## pandas and polars\n")
                .unwrapped("docs/loading.md has no section pandas and polars")
            let rest = readme[section.upperBound...]
            let start = try rest.range(of: "```python\n").unwrapped("no python block")
            let end = try rest[start.upperBound...].range(of: "```\n").unwrapped("open block")
            return String(rest[start.upperBound..<end.lowerBound])
        }

        @Test("ZIP codes stay strings and money stays exact, from CSV and NDJSON")
        func readmeLinesKeepTypes() async throws {
            let fixture = try IntegrationFixture.required()
            let block = try Self.readmeBlock()
                .replacing("\"Output/large-csv/", with: "\"\(fixture.csvArchive.path)/")
                .replacing("\"Output/large/", with: "\"\(fixture.ndjsonArchive.path)/")
            #expect(!block.contains("Output/"))
            // Each line runs in turn; after each one that assigns addresses or invoices, the
            // harness prints what the columns hold.
            let harness = """
                import decimal, sys
                def values(column):
                    return column.to_pylist() if hasattr(column, "to_pylist") else column.to_list()
                names = {}
                for line in sys.argv[1].splitlines():
                    exec(line, names)
                    if line.startswith("addresses ="):
                        codes = values(names["addresses"]["postal_code"])
                        print("addresses", all(isinstance(c, str) for c in codes),
                              sum(c.startswith("0") for c in codes))
                    elif line.startswith("invoices"):
                        totals = values(names["invoices"]["total"])
                        exact = all(isinstance(t, decimal.Decimal) for t in totals)
                        print("invoices", exact, sum(totals) if exact else "strings")
                """
            let output = try await ExternalCommand.run(
                program: "python3", ["-W", "ignore", "-c", harness, block]
            ).checked()
            let zeros = try TestArchive(fixture.csvArchive).rows(.customerAddresses).filter {
                $0[7]?.hasPrefix("0") == true
            }.count
            #expect(zeros > 0)
            let total = try TestArchive(fixture.csvArchive).sum("total", of: .invoices)
            let addresses = "addresses True \(zeros)"
            let invoices = "invoices True \(total)"
            #expect(
                output.outputText.split(separator: "\n").map(String.init) == [
                    addresses, invoices, addresses, "invoices False strings", invoices,
                    addresses, invoices, invoices, addresses, invoices,
                ], "\(output)")
        }
    }
}
