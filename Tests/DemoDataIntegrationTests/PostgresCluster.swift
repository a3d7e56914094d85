import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A throwaway PostgreSQL cluster: initdb into a scratch directory, listening only on a unix
/// socket in that directory, trust authentication, durability off (the data is thrown away).
///
/// When the tests run as root, the server runs as the `postgres` user, which PostgreSQL
/// requires; the clients (psql, the load scripts) run as the test process.
final class PostgresCluster: Sendable {
    let directory: TestDirectory
    /// The unix socket directory, which is `PGHOST`.
    let socketDirectory: String
    /// The port, which names the socket file (nothing listens on TCP).
    let port = 5432
    let user = "postgres"

    static var binDirectory: URL { IntegrationEnvironment.postgresBinDirectory }

    /// Whether initdb, pg_ctl and psql are installed.
    static var isInstalled: Bool {
        ["initdb", "pg_ctl", "psql"].allSatisfy {
            FileManager.default.isExecutableFile(atPath: binDirectory.appending(path: $0).path)
        }
    }

    /// Why the PostgreSQL tests cannot run, for skip messages and the CI failure.
    static var missingMessage: String {
        "PostgreSQL 15 is not installed (no initdb, pg_ctl and psql in \(binDirectory.path)); "
            + "install postgresql-15 (apt-get install postgresql-15) or set POSTGRES_BIN_DIR"
    }

    private static var runsAsRoot: Bool { getuid() == 0 }

    private init(directory: TestDirectory) {
        self.directory = directory
        socketDirectory = directory.appending("socket").path
    }

    /// Creates and starts a cluster; stop it with `stop()`.
    static func start() async throws -> PostgresCluster {
        let cluster = PostgresCluster(directory: try TestDirectory(named: "postgres"))
        do {
            try await cluster.initialize()
            return cluster
        } catch {
            await cluster.stop()
            throw error
        }
    }

    private var dataDirectory: String { directory.appending("data").path }

    private func initialize() async throws {
        try FileManager.default.createDirectory(
            atPath: socketDirectory, withIntermediateDirectories: true)
        if Self.runsAsRoot {
            try await ExternalCommand.run(
                program: "chown", ["-R", "postgres:postgres", directory.path]
            ).checked()
        }
        try await server(
            "initdb",
            [
                "-D", dataDirectory, "-U", user, "--auth=trust", "--no-sync", "-E", "UTF8",
                "--locale=C",
            ]
        ).checked()
        let settings = """

            listen_addresses = ''
            unix_socket_directories = '\(socketDirectory)'
            port = \(port)
            fsync = off
            synchronous_commit = off
            full_page_writes = off

            """
        let configuration = try FileHandle(forWritingAtPath: dataDirectory + "/postgresql.conf")
            .unwrapped("cannot open postgresql.conf in \(dataDirectory)")
        defer { try? configuration.close() }
        try configuration.seekToEnd()
        try configuration.write(contentsOf: Data(settings.utf8))
        try await server(
            "pg_ctl",
            ["-D", dataDirectory, "-l", directory.appending("server.log").path, "-w", "start"],
            daemon: true
        ).checked()
    }

    /// Stops the server at once and removes its files; safe to call on a failed start.
    func stop() async {
        if FileManager.default.fileExists(atPath: dataDirectory + "/postmaster.pid") {
            _ = try? await server("pg_ctl", ["-D", dataDirectory, "-m", "immediate", "-w", "stop"])
        }
        directory.remove()
    }

    /// Runs a server program, as the `postgres` user when the tests run as root; a program
    /// that leaves a `daemon` behind runs without the test's descriptors
    /// (`ExternalCommand.closingInheritedDescriptors`), or the test would wait for it forever.
    private func server(_ name: String, _ arguments: [String], daemon: Bool = false)
        async throws -> TestProcess.Result
    {
        var command = [Self.binDirectory.appending(path: name).path] + arguments
        if daemon {
            command = ExternalCommand.closingInheritedDescriptors(command)
        }
        if Self.runsAsRoot {
            command = ["/usr/sbin/runuser", "-u", "postgres", "--"] + command
        }
        return try await ExternalCommand.run(
            URL(filePath: command[0]), Array(command.dropFirst()))
    }

    /// The libpq variables that point a client at `database`, and a `PATH` on which `psql` is
    /// this cluster's version.
    func environment(database: String) -> [String: String] {
        [
            "PGHOST": socketDirectory, "PGPORT": String(port), "PGUSER": user,
            "PGDATABASE": database,
            "PATH": Self.binDirectory.path + ":"
                + (IntegrationEnvironment.variables["PATH"] ?? "/usr/bin:/bin"),
        ]
    }

    /// Creates an empty database with a fresh name and returns the name.
    func createDatabase() async throws -> String {
        let name = "test_" + UUID().uuidString.prefix(8).lowercased()
        try await psql("postgres", "CREATE DATABASE \(name)").checked()
        return name
    }

    /// Runs `sql` in `database` with psql: unaligned, tuples only, stopping at the first error.
    func psql(_ database: String, _ sql: String) async throws -> TestProcess.Result {
        try await ExternalCommand.run(
            Self.binDirectory.appending(path: "psql"),
            ["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql],
            environment: environment(database: database))
    }

    /// Runs a script of several statements in `database` in one transaction.
    func psqlScript(_ database: String, _ script: String) async throws -> TestProcess.Result {
        try await ExternalCommand.run(
            Self.binDirectory.appending(path: "psql"),
            ["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "--single-transaction"],
            environment: environment(database: database), input: script)
    }

    /// The text of a one-value query.
    func value(_ database: String, _ sql: String) async throws -> String {
        try await psql(database, sql).checked().trimmedOutput
    }

    /// The lines of a query's result, columns separated by `|`.
    func rows(_ database: String, _ sql: String) async throws -> [String] {
        try await psql(database, sql).checked().outputText
            .split(separator: "\n").map(String.init)
    }
}
