import Foundation
import Testing

/// The Python module the realism figures and the loaders read archives with
/// (`Scripts/lib/demodata_archive.py`): its self-test (synthetic and damaged archives), and
/// real archives of every format and codec, each table read with as many rows as the manifest
/// lists, in the manifest's order, the CSV and NDJSON archives of one seed giving the same
/// values.
@Suite("Shared archive reader")
struct SharedArchiveReaderTests {
    static let library = TestPackage.script("lib")

    /// Whether python3 has pyarrow, which Parquet rows need (Scripts/setup.sh installs it).
    static let hasPyarrow: Bool = {
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import pyarrow.parquet"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    /// Python that prints `table rows-read rows-listed` for each table of the archive
    /// `sys.argv[2]`, reading the module from `sys.argv[1]`.
    static let counting = """
        import sys
        sys.dont_write_bytecode = True
        sys.path.insert(0, sys.argv[1])
        import demodata_archive
        archive = demodata_archive.Archive(sys.argv[2])
        for table in archive.tables:
            print(table.name, sum(1 for _ in archive.rows(table)), table.rows)
        """

    /// Python that compares every value of an NDJSON archive (`sys.argv[2]`) with the CSV
    /// archive of the same parameters (`sys.argv[3]`) and prints the rows compared.
    static let comparing = """
        import sys
        sys.dont_write_bytecode = True
        sys.path.insert(0, sys.argv[1])
        import demodata_archive
        ndjson, csv = demodata_archive.Archive(sys.argv[2]), demodata_archive.Archive(sys.argv[3])
        def text(value):
            if isinstance(value, bool):
                return "true" if value else "false"
            return None if value is None else str(value)
        compared = 0
        for table in ndjson.tables:
            for number, (a, b) in enumerate(zip(ndjson.rows(table), csv.rows(table.name), strict=True)):
                if {key: text(value) for key, value in a.items()} != b:
                    sys.exit(f"{table.name} row {number} differs: {a} / {b}")
                compared += 1
        print(compared)
        """

    static func python(_ program: String, _ arguments: [String]) async throws -> TestProcess.Result
    {
        try await TestProcess.run(
            program: "python3", ["-c", program, Self.library.path] + arguments)
    }

    /// The rows the module reads of each table, checked against the manifest.
    static func expectCountsMatch(_ archive: URL) async throws {
        let result = try await python(counting, [archive.path])
        #expect(result.status == 0, "\(result)")
        let lines = result.outputText.split(separator: "\n").map { $0.split(separator: " ") }
        #expect(lines.map { String($0[0]) } == TestManifest.tableNames, "\(result.outputText)")
        for line in lines {
            #expect(line.count == 3 && line[1] == line[2], "\(line.joined(separator: " "))")
        }
        #expect(lines.contains { Int($0[1]) ?? 0 > 0 })
    }

    @Test func selfTestPasses() async throws {
        let result = try await TestProcess.run(
            program: "python3",
            [Self.library.appending(path: "demodata_archive.py").path, "--self-test"])
        #expect(result.status == 0, "\(result) \(result.outputText)")
        #expect(result.outputText.contains("cases passed"), "\(result.outputText)")
    }

    @Test(arguments: ["ndjson", "csv"], ["gzip", "zstd", "none"])
    func readsEveryTableOfTheManifest(format: String, compression: String) async throws {
        try await TestDirectory.with { directory in
            let archive = directory.url.appending(path: "\(format)-\(compression)")
            try await CLI.generate(
                ["--volume", "small", "--format", format, "--compression", compression],
                into: archive)
            try await Self.expectCountsMatch(archive)
        }
    }

    @Test(.enabled(if: hasPyarrow, "pyarrow is not installed (Scripts/setup.sh --tests)"))
    func readsParquetRowsWithPyarrow() async throws {
        try await TestDirectory.with { directory in
            let archive = directory.url.appending(path: "parquet")
            try await CLI.generate(["--volume", "small", "--format", "parquet"], into: archive)
            try await Self.expectCountsMatch(archive)
        }
    }

    @Test func csvAndNDJSONArchivesOfOneSeedReadAlike() async throws {
        try await TestDirectory.with { directory in
            let ndjson = directory.url.appending(path: "ndjson")
            let csv = directory.url.appending(path: "csv")
            try await CLI.generate(["--volume", "medium", "--compression", "gzip"], into: ndjson)
            try await CLI.generate(
                ["--volume", "medium", "--format", "csv", "--compression", "zstd"], into: csv)
            let result = try await Self.python(Self.comparing, [ndjson.path, csv.path])
            #expect(result.status == 0, "\(result)")
            let manifest = try TestManifest(directory: ndjson)
            let rows = try TestManifest.tableNames.map { name in
                try #require(manifest.table(name)?["rows"] as? Int)
            }
            #expect(result.trimmedOutput == String(rows.reduce(0, +)), "\(result)")
        }
    }
}
