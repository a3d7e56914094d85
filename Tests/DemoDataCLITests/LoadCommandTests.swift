import Foundation
import Testing

/// `demodata load DATABASE …` finds its loader beside the binary (`PREFIX/libexec/demodata/`)
/// or in the checkout (`Scripts/`), passes the arguments through, keeps the exit status, and
/// names the client program that is missing.
@Suite("Load command")
struct LoadCommandTests {
    /// A prefix in `directory`: `bin/demodata` (a copy of the binary under test) and, in
    /// `libexec/demodata/`, the given loader scripts.
    private func prefix(in directory: TestDirectory, loaders: [String: String]) throws -> URL {
        let prefix = directory.url.appending(path: "prefix")
        let bin = prefix.appending(path: "bin")
        let libexec = prefix.appending(path: "libexec/demodata")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: libexec, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: try TestPackage.builtBinary(), to: bin.appending(path: "demodata"))
        for (name, text) in loaders {
            try Data(text.utf8).write(to: libexec.appending(path: name))
        }
        return prefix
    }

    /// A directory holding links to the given programs only, for a PATH without the rest.
    private func pathDirectory(in directory: TestDirectory, with programs: [String]) throws
        -> String
    {
        let links = directory.url.appending(path: "path-\(programs.joined(separator: "-"))")
        try FileManager.default.createDirectory(at: links, withIntermediateDirectories: true)
        for program in programs {
            let result = try #require(
                ["/usr/local/bin", "/usr/bin", "/bin"].map { $0 + "/" + program }
                    .first { FileManager.default.isExecutableFile(atPath: $0) },
                "\(program) is not installed")
            try FileManager.default.createSymbolicLink(
                atPath: links.appending(path: program).path, withDestinationPath: result)
        }
        return links.path
    }

    /// A loader that prints its path, its arguments, DEMODATA_BINARY and whether it runs with
    /// SIGPIPE ignored (bit 13 of /proc's SigIgn mask), and exits 7.
    private static let echoingLoader = """
        #!/bin/bash
        printf '%s\\n' "$0" "$@" "binary=$DEMODATA_BINARY"
        ignored=$(awk '/^SigIgn:/ { print $2 }' /proc/$$/status)
        printf 'sigpipe ignored=%d\\n' $(( (0x$ignored >> 12) & 1 ))
        exit 7
        """

    @Test func runsTheLoaderBesideTheBinaryWithItsArgumentsAndExitStatus() async throws {
        try await TestDirectory.with { directory in
            let prefix = try prefix(in: directory, loaders: ["load-sqlite.sh": Self.echoingLoader])
            let binary = prefix.appending(path: "bin/demodata")
            // Through a symbolic link elsewhere, as a package manager's bin/ would hold it.
            let link = directory.url.appending(path: "demodata-link")
            try FileManager.default.createSymbolicLink(at: link, withDestinationURL: binary)
            let arguments = ["--replace", "an archive", "out.db", "--", "-x"]
            for program in [binary, link] {
                let result = try await TestProcess.run(program, ["load", "SQLite"] + arguments)
                #expect(result.status == 7, "\(result)")
                #expect(
                    result.outputText.split(separator: "\n").map(String.init)
                        == [prefix.appending(path: "libexec/demodata/load-sqlite.sh").path]
                        + arguments + ["binary=" + binary.path, "sigpipe ignored=0"], "\(result)")
            }
        }
    }

    @Test func runsTheCheckoutsLoaderAndLoadsAnArchive() async throws {
        try await TestDirectory.with { directory in
            let archive = directory.url.appending(path: "archive")
            try await CLI.generate(["--volume", "small", "--format", "csv"], into: archive)
            let database = directory.url.appending(path: "demo.db")
            let load = try await CLI.run(["load", "sqlite", archive.path, database.path])
            #expect(load.status == 0, "\(load)")
            #expect(load.errorText.contains("load-sqlite.sh: loaded 513 rows"), "\(load)")
            let count = try await TestProcess.run(
                program: "sqlite3", [database.path, "SELECT count(*) FROM invoice_line_items"])
            let manifest = try TestManifest(directory: archive)
            #expect(
                count.trimmedOutput == "\(try #require(manifest.rows(of: "invoice_line_items")))")

            // The loader's own refusal keeps its status and message.
            let again = try await CLI.run(["load", "sqlite", archive.path, database.path])
            #expect(again.status == 1, "\(again)")
            #expect(again.errorText.contains("pass --replace"), "\(again)")
            let help = try await CLI.run(["load", "postgres", "--help"])
            #expect(help.status == 0 && help.outputText.hasPrefix("usage: load-postgres.sh"))
        }
    }

    @Test func namesTheMissingLoader() async throws {
        try await TestDirectory.with { directory in
            let prefix = try prefix(in: directory, loaders: [:])
            let result = try await TestProcess.run(
                prefix.appending(path: "bin/demodata"), ["load", "duckdb", "x", "y.duckdb"])
            #expect(result.status == 1 && result.errorIsOneLine, "\(result)")
            #expect(
                result.errorText.hasPrefix(
                    "demodata: error: cannot find load-duckdb.sh: looked in "
                        + prefix.appending(path: "libexec/demodata").path), "\(result)")
        }
    }

    @Test(
        "names the client program that is missing",
        arguments: [
            ("postgres", ["python3"], "needs psql, which is not on the PATH"),
            ("sqlite", ["python3"], "needs sqlite3, which is not on the PATH"),
            ("mysql", ["python3"], "needs mariadb or mysql, which is not on the PATH"),
            ("sqlite", ["sqlite3"], "needs python3 to read the archive's manifest"),
        ])
    func namesTheMissingClient(target: String, programs: [String], message: String)
        async throws
    {
        try await TestDirectory.with { directory in
            let prefix = try prefix(in: directory, loaders: ["load-\(target).sh": "exit 0\n"])
            let path = try pathDirectory(in: directory, with: programs + ["bash"])
            let result = try await TestProcess.run(
                prefix.appending(path: "bin/demodata"), ["load", target, "archive", "target"],
                environment: ["PATH": path])
            #expect(result.status == 1 && result.errorIsOneLine, "\(result)")
            #expect(result.errorText.contains(message), "\(result)")
        }
    }

    @Test func namesPythonsDuckDBPackageWhenItCannotBeImported() async throws {
        try await TestDirectory.with { directory in
            let prefix = try prefix(in: directory, loaders: ["load-duckdb.sh": "exit 0\n"])
            let path = try pathDirectory(in: directory, with: ["bash"])
            // A python3 that imports nothing.
            let python = URL(filePath: path).appending(path: "python3")
            try Data("#!/bin/sh\nexit 1\n".utf8).write(to: python)
            try FileManager.default.setAttributes(
                [.posixPermissions: 0o755], ofItemAtPath: python.path)
            let result = try await TestProcess.run(
                prefix.appending(path: "bin/demodata"), ["load", "duckdb", "a", "b.duckdb"],
                environment: ["PATH": path])
            #expect(result.status == 1 && result.errorIsOneLine, "\(result)")
            #expect(
                result.errorText.contains("needs Python's duckdb package")
                    && result.errorText.contains("pip install duckdb"), "\(result)")
        }
    }
}
