import Foundation
import Testing

/// `generate --tables LIST`: the tables named and their parents, each byte for byte as in the
/// full archive, in an archive of its own that every other command accepts.
@Suite("Table subsets")
struct TableSubsetTests {
    private static let small = ["--volume", "small", "--as-of", TestDates.asOf]
    /// customers and invoices bring customer_types and customer_addresses, their parents.
    private static let subsetTables = [
        "customer_types", "customers", "customer_addresses", "invoices",
    ]

    private func fileBytes(_ archive: URL, _ table: String) throws -> Data {
        let manifest = try TestManifest(directory: archive)
        let file = try #require(manifest.file(of: table))
        return try Data(contentsOf: archive.appending(path: file))
    }

    @Test func aSubsetHasItsOwnPathAndSaysWhichParentsItAdded() async throws {
        try await TestDirectory.with { directory in
            let result = try await CLI.run(
                ["generate", "--tables", "customers,invoices"] + Self.small, in: directory.url)
            #expect(result.status == 0, "\(result)")
            #expect(
                result.errorLines.last
                    == "tables: customers, invoices as asked; added the parents they need: "
                    + "customer_types (customers.customer_type_id references it), "
                    + "customer_addresses (invoices.shipping_address_id references it)",
                "\(result)")
            let full = try await CLI.run(["generate", "-q"] + Self.small, in: directory.url)
            #expect(full.status == 0, "\(full)")
            let output = directory.url.appending(path: "Output")
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == [
                    "small", "small-tables-invoices",
                ])
            let archive = output.appending(path: "small-tables-invoices")
            let manifest = try TestManifest(directory: archive)
            #expect(manifest.tableNamesInOrder == Self.subsetTables)
            #expect(manifest.object["table_subset"] as? [String] == Self.subsetTables)
            #expect(
                try TestManifest(directory: output.appending(path: "small")).object[
                    "table_subset"] == nil)
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: archive.path).sorted() == [
                    "SHA256SUMS", "customer_addresses.ndjson.gz", "customer_types.ndjson.gz",
                    "customers.ndjson.gz", "datapackage.json", "invoices.ndjson.gz",
                    "manifest.json",
                ])
            let dataPackage = try JSONSerialization.jsonObject(
                with: Data(contentsOf: archive.appending(path: "datapackage.json")))
            let resources = (dataPackage as? [String: Any])?["resources"] as? [[String: Any]]
            #expect(resources?.compactMap { $0["name"] as? String } == Self.subsetTables)

            // The same subset however it is asked for: up to date, nothing written.
            for tables in [
                ["--tables", "invoices"], ["--tables", "invoices", "--tables", "customers"],
            ] {
                let again = try await CLI.run(["generate"] + tables + Self.small, in: directory.url)
                #expect(
                    again.status == 0 && again.errorText.contains("already up to date"), "\(again)")
            }
            // Another table list is refused with the lists named.
            let other = try await CLI.run(
                ["generate", "--tables", "products", "-o", archive.path] + Self.small)
            #expect(other.status == 1, "\(other)")
            #expect(
                other.errorText.contains(
                    "other parameters (tables customer_types,customers,customer_addresses,invoices → "
                        + "product_categories,products)"), "\(other)")
        }
    }

    @Test(arguments: ["1", "2"])
    func aSubsetsFilesAreTheFullArchivesByteForByte(threads: String) async throws {
        try await TestDirectory.with { directory in
            let full = directory.url.appending(path: "full")
            try await CLI.generate(Self.small + ["--threads", "2"], into: full)
            let subset = directory.url.appending(path: "subset")
            try await CLI.generate(
                Self.small + ["--threads", threads, "--tables", "invoice_line_items"],
                into: subset)
            let names = try TestManifest(directory: subset).tableNamesInOrder
            #expect(
                names == [
                    "customer_types", "product_categories", "customers", "customer_addresses",
                    "products", "invoices", "invoice_line_items",
                ])
            for table in names {
                #expect(try fileBytes(subset, table) == fileBytes(full, table), "\(table)")
            }
            let streamed = try await CLI.run(["stream", "invoice_line_items"] + Self.small)
            #expect(streamed.status == 0, "\(streamed)")
            let plain = directory.url.appending(path: "plain")
            try await CLI.generate(
                Self.small + ["--tables", "invoice_line_items", "--compression", "none"],
                into: plain)
            #expect(try fileBytes(plain, "invoice_line_items") == streamed.standardOutput)
        }
    }

    @Test func subsetShardsMergeToTheSubsetArchive() async throws {
        try await TestDirectory.with { directory in
            let options = Self.small + ["--tables", "inventory", "--format", "csv"]
            let whole = directory.url.appending(path: "whole")
            try await CLI.generate(options, into: whole)
            let merged = try await CLI.generateShardsAndMerge(options, count: 3, in: directory.url)
            let mergedManifest = try TestManifest(directory: merged)
            let wholeManifest = try TestManifest(directory: whole)
            #expect(
                mergedManifest.tableNamesInOrder == ["product_categories", "products", "inventory"])
            for table in wholeManifest.tableNamesInOrder {
                #expect(
                    mergedManifest.contentSHA256(of: table)
                        == wholeManifest.contentSHA256(of: table))
            }
            let verified = try await CLI.run(["verify", merged.path])
            #expect(verified.status == 0, "\(verified)")
        }
    }

    @Test func verifyAndThePythonCheckerPassASubsetAndRejectOneWithoutAParent() async throws {
        try await TestDirectory.with { directory in
            let archive = directory.url.appending(path: "subset")
            try await CLI.generate(Self.small + ["--tables", "customers,invoices"], into: archive)
            let verified = try await CLI.run(["verify", archive.path])
            #expect(verified.status == 0, "\(verified)")
            #expect(verified.errorText.contains("4 tables, 141 rows"), "\(verified)")
            #expect(verified.errorText.contains("a subset archive of 4 tables"), "\(verified)")
            let check = try await CLI.checkArchive(archive)
            #expect(check.status == 0, "\(check.outputText)")
            #expect(check.outputText.contains("OK: 4 tables, 141 rows checked"))
            let info = try await CLI.run(["info", archive.path])
            #expect(info.status == 0, "\(info)")
            #expect(info.outputText.contains(", 4 of 8 tables; data version"), "\(info)")

            // Without customers, invoices has no parent in the archive.
            let manifestURL = archive.appending(path: "manifest.json")
            var object = try #require(
                try JSONSerialization.jsonObject(with: Data(contentsOf: manifestURL))
                    as? [String: Any])
            let tables = try #require(object["tables"] as? [[String: Any]])
            object["tables"] = tables.filter { $0["name"] as? String != "customers" }
            object["table_subset"] = ["customer_types", "customer_addresses", "invoices"]
            try JSONSerialization.data(withJSONObject: object).write(to: manifestURL)
            try FileManager.default.removeItem(at: archive.appending(path: "customers.ndjson.gz"))
            let damaged = try await CLI.run(["verify", archive.path])
            #expect(damaged.status == 1, "\(damaged)")
            #expect(
                damaged.errorText.contains("is listed without its parent customers"),
                "\(damaged)")
            let checked = try await CLI.checkArchive(archive)
            #expect(checked.status == 1)
            #expect(
                checked.outputText.contains("is listed without its parent customers"),
                "\(checked.outputText)")
            // Not an archive of ours any more: --force refuses to replace it.
            let forced = try await CLI.run(
                ["generate", "--force", "--tables", "customers,invoices", "-o", archive.path]
                    + Self.small)
            #expect(forced.status == 1 && forced.errorText.contains("not a demodata archive"))
        }
    }

    @Test func forceResetAndOwnershipTreatASubsetAsAnArchive() async throws {
        try await TestDirectory.with { directory in
            let archive = directory.url.appending(path: "subset")
            try await CLI.generate(Self.small + ["--tables", "products"], into: archive)
            let full = try await CLI.run(
                ["generate", "--force", "-q", "-o", archive.path] + Self.small)
            #expect(full.status == 0, "\(full)")
            #expect(try TestManifest(directory: archive).tableNamesInOrder.count == 8)
            try await CLI.generate(Self.small + ["--tables", "products", "--force"], into: archive)
            #expect(
                try TestManifest(directory: archive).tableNamesInOrder == [
                    "product_categories", "products",
                ])

            // A file of a table the subset omits is not the archive's.
            let stray = archive.appending(path: "customers.ndjson.gz")
            try Data("x".utf8).write(to: stray)
            let refused = try await CLI.run(
                ["generate", "--force", "--tables", "products", "-o", archive.path] + Self.small)
            #expect(refused.status == 1, "\(refused)")
            #expect(refused.errorText.contains("customers.ndjson.gz is not part of the archive"))
            try FileManager.default.removeItem(at: stray)

            let reset = try await CLI.run(["reset", "--output", directory.path, "--yes"])
            #expect(reset.status == 0, "\(reset)")
            #expect(try directory.contents() == [])
        }
    }

    @Test func theDryRunPlansOnlyTheSubsetAndJSONProgressNamesIt() async throws {
        try await TestDirectory.with { directory in
            let plan = try await CLI.run(
                ["generate", "--dry-run", "--tables", "customer_addresses"] + Self.small,
                in: directory.url)
            #expect(plan.status == 0, "\(plan)")
            #expect(try directory.contents() == [])
            let lines = plan.outputText.split(separator: "\n").map(String.init)
            #expect(
                lines.first
                    == "plan for Output/small-tables-customer_addresses (dry run: nothing written)")
            #expect(
                lines.dropFirst().first
                    == "tables: customer_addresses as asked; added the parents they need: "
                    + "customer_types (customers.customer_type_id references it), customers "
                    + "(customer_addresses.customer_id references it)")
            let tableLines = lines.filter { line in
                ["customer", "product", "invoice", "inventory"].contains { line.hasPrefix($0) }
            }
            #expect(
                tableLines.map { String($0.prefix { $0 != " " }) } == [
                    "customer_types", "customers", "customer_addresses",
                ])

            let json = try await CLI.run(
                [
                    "generate", "--tables", "customer_types", "--progress", "json", "-o",
                    directory.path("json"),
                ] + Self.small)
            #expect(json.status == 0, "\(json)")
            let finished = try #require(json.errorLines.last { $0.contains("\"finished\"") })
            #expect(
                finished.hasSuffix(
                    ",\"tables\":[\"customer_types\"],\"added_parents\":[]}"), "\(finished)")
        }
    }

    @Test func schemaTakesTheSameTables() async throws {
        let schema = try await CLI.run(["schema", "--dialect", "sqlite", "--tables", "inventory"])
        #expect(schema.status == 0, "\(schema)")
        let created = schema.outputText.split(separator: "\n").filter {
            $0.hasPrefix("CREATE TABLE")
        }
        #expect(
            created == [
                "CREATE TABLE \"product_categories\" (", "CREATE TABLE \"products\" (",
                "CREATE TABLE \"inventory\" (",
            ])
    }
}
