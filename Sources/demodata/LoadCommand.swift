import ArgumentParser
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `demodata load DATABASE ARGUMENTS…`: runs the loader script for a database, found beside
/// the binary as git finds its helpers, with the same arguments and exit status.
struct LoadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Load an archive into PostgreSQL, SQLite, DuckDB or MariaDB/MySQL.",
        discussion: """
            Runs the loader for the database with the arguments that follow, and exits with \
            its status: demodata load postgres [--replace] DIR (the server from PGHOST, \
            PGPORT, PGUSER, PGDATABASE); demodata load sqlite [--replace] DIR DBFILE; \
            demodata load duckdb [--replace] DIR DBFILE; demodata load mysql [--replace] DIR \
            DATABASE. Each checks the archive (manifest and SHA256SUMS) and loads it all or \
            nothing; demodata load DATABASE --help prints the loader's usage. The loaders are \
            PREFIX/libexec/demodata/load-DATABASE.sh beside an installed PREFIX/bin/demodata, \
            or Scripts/load-DATABASE.sh in the checkout that built the binary; they run this \
            binary for the schema. They need bash and python3, and psql, sqlite3, Python's \
            duckdb package or the mariadb (or mysql) client.
            """
    )

    @Argument(
        help: ArgumentHelp(
            "The database: postgres, sqlite, duckdb or mysql (MariaDB or MySQL).",
            valueName: "database"))
    var target: LoadTarget

    @Argument(
        parsing: .captureForPassthrough,
        help: ArgumentHelp(
            "The loader's options and operands: [--replace] DIR, then DBFILE (sqlite, duckdb) "
                + "or DATABASE (mysql).", valueName: "arguments"))
    var arguments: [String] = []

    func run() throws {
        guard let executable = LoaderLocation.runningExecutable() else {
            throw failure("cannot tell where this demodata binary is (no /proc/self/exe)")
        }
        let location = LoaderLocation(executable: executable)
        guard let script = location.loader(target.script) else {
            throw failure(
                "cannot find \(target.script): looked in "
                    + location.searchedDirectories.joined(separator: " and ")
                    + "; install demodata from the release tarball (its libexec/demodata/ holds "
                    + "the loaders beside bin/) or run the binary of a checkout")
        }
        let asksForHelp = arguments.contains { $0 == "-h" || $0 == "--help" }
        if !asksForHelp {
            try requireClients()
        }
        guard let bash = Self.onPath("bash") else {
            throw failure("the loaders are bash scripts and bash is not on the PATH; install bash")
        }
        // The loader asks this binary for the schema, whatever else is on the PATH.
        setenv("DEMODATA_BINARY", executable, 1)
        // An ignored signal stays ignored across exec: the loader and its pipelines get
        // SIGPIPE back, as when they are run from a shell (demodata ignores it for itself).
        signal(SIGPIPE, SIG_DFL)
        let argv = [bash, script] + arguments
        let pointers = argv.map { strdup($0) } + [nil]
        execv(bash, pointers)
        let reason = String(cString: strerror(errno))
        throw failure("cannot run \(bash) \(script): \(reason)")
    }

    /// Fails, naming the program and its package, when the loader's client or python3 (which
    /// every loader uses to read the manifest) is missing.
    private func requireClients() throws {
        let client = target.client
        if !client.programs.contains(where: { Self.onPath($0) != nil }) {
            throw failure(
                "demodata load \(target.rawValue) needs "
                    + client.programs.joined(separator: " or ")
                    + ", which is not on the PATH; install it (Debian and Ubuntu: apt-get install "
                    + "\(client.package)) and retry")
        }
        guard let python = Self.onPath("python3") else {
            throw failure(
                "demodata load needs python3 to read the archive's manifest, and it is not on "
                    + "the PATH; install it (Debian and Ubuntu: apt-get install python3) and retry")
        }
        if target == .duckdb, !Self.succeeds(python, ["-c", "import duckdb"]) {
            throw failure(
                "demodata load duckdb needs Python's duckdb package, which \(python) cannot "
                    + "import; install it (pip install duckdb) and retry")
        }
    }

    /// One line on stderr; the exit status a loader gives for the same problems.
    private func failure(_ message: String) -> ExitCode {
        Terminal.standardError.line("demodata: error: \(message)")
        return .failure
    }

    /// The first executable `program` in the PATH's directories.
    static func onPath(_ program: String) -> String? {
        let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { String($0) + "/" + program }
            .first { access($0, X_OK) == 0 }
    }

    /// Whether `program` with `arguments` exits with status 0, its output discarded.
    private static func succeeds(_ program: String, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(filePath: program)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return false
        }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
