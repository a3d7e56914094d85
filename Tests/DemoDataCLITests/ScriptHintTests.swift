import Foundation
import Testing

/// Every command a script suggests works as printed: the loaders' `demodata generate` hints
/// are run exactly as they appear in the message.
@Suite("Script hints")
struct ScriptHintTests {
    private func runScript(_ name: String, _ arguments: [String], in directory: URL) async throws
        -> TestProcess.Result
    {
        var variables = ProcessInfo.processInfo.environment
        variables["DEMODATA_BINARY"] = TestPackage.binary.path
        variables["SOURCE_DATE_EPOCH"] = nil
        return try await TestProcess.run(
            URL(filePath: "/bin/bash"),
            [TestPackage.root.appending(path: "Scripts/" + name).path] + arguments,
            environment: variables, in: directory)
    }

    /// The command at the end of a loader's refusal, after `marker`.
    private func suggestedCommand(_ result: TestProcess.Result, after marker: String) throws
        -> String
    {
        let line = try #require(result.errorLines.first)
        let range = try #require(line.range(of: marker, options: .backwards), "\(result)")
        return String(line[range.upperBound...])
    }

    private func runAsPrinted(_ command: String, in directory: URL) async throws
        -> TestProcess.Result
    {
        var variables = ProcessInfo.processInfo.environment
        variables["SOURCE_DATE_EPOCH"] = nil
        return try await TestProcess.run(
            URL(filePath: "/bin/bash"), ["-c", command], environment: variables, in: directory)
    }

    /// The MySQL loader reads CSV only: for an NDJSON archive it refuses (before connecting
    /// to any server) with the command that makes the same data as CSV.
    @Test func theCSVCommandForAnNDJSONArchiveWorksAsPrinted() async throws {
        try await TestDirectory.with { directory in
            let ndjson = directory.url.appending(path: "Output/small")
            try await CLI.generate(["--volume", "small", "--seed", "3"], into: ndjson)
            let before = try DirectorySnapshot(of: ndjson)
            let refused = try await runScript(
                "load-mysql.sh", ["Output/small", "demo"], in: directory.url)
            #expect(refused.status == 1 && refused.errorIsOneLine, "\(refused)")
            let command = try suggestedCommand(refused, after: "regenerate with --format csv: ")
            #expect(
                command.contains(
                    " generate --format csv --volume small --seed 3 --as-of \(TestDates.asOf)"))

            let generated = try await runAsPrinted(command, in: directory.url)
            #expect(generated.status == 0, "\(command): \(generated)")
            let csv = directory.url.appending(path: "Output/small-csv")
            let manifest = try TestManifest(directory: csv)
            #expect(manifest.string("format") == "csv" && manifest.integer("seed") == 3)
            #expect(try DirectorySnapshot(of: ndjson) == before)
            let ndjsonManifest = try TestManifest(directory: ndjson)
            for table in TestManifest.tableNames {
                #expect(manifest.rows(of: table) == ndjsonManifest.rows(of: table))
            }
            if FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") {
                let loaded = try await runScript(
                    "load-sqlite.sh", ["Output/small-csv", "demo.db"], in: directory.url)
                #expect(loaded.status == 0, "\(loaded)")
            }
        }
    }

    @Test func theCommandForAnIncompleteArchiveRegeneratesItInPlace() async throws {
        try await TestDirectory.with { directory in
            let archive = directory.url.appending(path: "my archive")
            try await CLI.generate(
                ["--volume", "small", "--format", "csv", "--customers", "30"], into: archive)
            try FileManager.default.removeItem(at: archive.appending(path: "invoices.csv.gz"))
            let refused = try await runScript(
                "load-sqlite.sh", [archive.path, "demo.db"], in: directory.url)
            #expect(refused.status == 1 && refused.errorIsOneLine, "\(refused)")
            let command = try suggestedCommand(refused, after: "generate it again: ")
            #expect(command.contains("--customers 30"))
            let generated = try await runAsPrinted(command, in: directory.url)
            #expect(generated.status == 0, "\(command): \(generated)")
            let verified = try await CLI.run(["verify", archive.path])
            #expect(verified.status == 0, "\(verified)")
            #expect(
                try TestManifest(directory: archive).object["counts"] as? [String: Int] == [
                    "customers": 30
                ])
        }
    }
}
