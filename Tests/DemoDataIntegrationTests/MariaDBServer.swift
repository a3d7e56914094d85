import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A throwaway MariaDB server: mariadb-install-db into a scratch directory, listening only on
/// a unix socket in that directory, root without a password, durability off (the data is
/// thrown away). Clients reach it through `MYSQL_UNIX_PORT`, as users point the mysql client
/// at a server.
final class MariaDBServer: Sendable {
    let directory: TestDirectory
    /// The unix socket, which is `MYSQL_UNIX_PORT`.
    let socket: String

    /// `MARIADB_BIN_DIR` when set, else where Debian installs the server.
    static var serverBinary: URL {
        URL(filePath: IntegrationEnvironment.variables["MARIADB_BIN_DIR"] ?? "/usr/sbin")
            .appending(path: "mariadbd")
    }

    /// Whether the server, mariadb-install-db, mariadb-admin and the mariadb client are
    /// installed.
    static var isInstalled: Bool {
        FileManager.default.isExecutableFile(atPath: serverBinary.path)
            && ["mariadb-install-db", "mariadb-admin", "mariadb"].allSatisfy(
                ExternalCommand.isInstalled)
    }

    /// Why the MariaDB tests cannot run, for skip messages and the CI failure.
    static var missingMessage: String {
        "MariaDB is not installed (no \(serverBinary.path), mariadb-install-db, mariadb-admin "
            + "and mariadb); install mariadb-server (apt-get install mariadb-server) or set "
            + "MARIADB_BIN_DIR"
    }

    private init(directory: TestDirectory) {
        self.directory = directory
        socket = directory.appending("mysql.sock").path
    }

    private var dataDirectory: String { directory.appending("data").path }
    private var osUser: String {
        getpwuid(getuid()).flatMap { String(validatingCString: $0.pointee.pw_name) } ?? "root"
    }

    /// Creates and starts a server; stop it with `stop()`.
    static func start() async throws -> MariaDBServer {
        let server = MariaDBServer(directory: try TestDirectory(named: "mariadb"))
        do {
            try await server.initialize()
            return server
        } catch {
            await server.stop()
            throw error
        }
    }

    private func initialize() async throws {
        try await ExternalCommand.run(
            program: "mariadb-install-db",
            [
                "--no-defaults", "--datadir=\(dataDirectory)", "--user=\(osUser)",
                "--auth-root-authentication-method=normal", "--skip-test-db",
                "--skip-name-resolve",
            ]
        ).checked()
        // The server stays in the background; it runs from a shell that first closes every
        // descriptor above 2 (see PostgresCluster.server for why).
        let launch = """
            for fd in /proc/$$/fd/*; do fd=${fd##*/}
                [ "$fd" -gt 2 ] && eval "exec $fd>&-"
            done
            setsid "$@" </dev/null >/dev/null 2>&1 &
            """
        try await ExternalCommand.run(
            URL(filePath: "/bin/bash"),
            [
                "-c", launch, "bash", Self.serverBinary.path, "--no-defaults",
                "--datadir=\(dataDirectory)", "--socket=\(socket)", "--skip-networking",
                "--user=\(osUser)", "--pid-file=\(directory.appending("mariadbd.pid").path)",
                "--log-error=\(directory.appending("server.log").path)",
                "--innodb-flush-log-at-trx-commit=0", "--innodb-doublewrite=0", "--skip-log-bin",
                "--local-infile=1",
            ]
        ).checked()
        for _ in 0..<300 {
            let ping = try await admin(["ping"])
            if ping.succeeded { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        let log = (try? String(contentsOf: directory.appending("server.log"), encoding: .utf8))
        throw TestFailure("MariaDB did not answer on \(socket) in 30 s:\n\(log ?? "")")
    }

    private func admin(_ arguments: [String]) async throws -> TestProcess.Result {
        try await ExternalCommand.run(
            program: "mariadb-admin",
            ["--no-defaults", "--socket=\(socket)", "--user=root"] + arguments)
    }

    /// Stops the server and removes its files; safe to call on a failed start.
    func stop() async {
        let pidFile = directory.appending("mariadbd.pid").path
        if FileManager.default.fileExists(atPath: pidFile) {
            _ = try? await admin(["shutdown"])
        }
        directory.remove()
    }

    /// The environment of a client or load script: `MYSQL_UNIX_PORT` and root's account.
    var environment: [String: String] {
        ["MYSQL_UNIX_PORT": socket, "USER": "root", "LOGNAME": "root"]
    }

    /// Runs `sql` with the mariadb client as root: tab-separated rows without a header,
    /// stopping at the first error.
    func run(_ sql: String, database: String? = nil) async throws -> TestProcess.Result {
        try await ExternalCommand.run(
            program: "mariadb",
            [
                "--no-defaults", "--socket=\(socket)", "--user=root", "--batch",
                "--skip-column-names",
            ]
                + (database.map { [$0] } ?? []),
            input: sql)
    }

    /// The text of a query's rows, one per line, failing when it fails.
    func query(_ sql: String, database: String? = nil) async throws -> String {
        try await run(sql, database: database).checked().trimmedOutput
    }
}
