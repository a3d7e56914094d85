import DemoData
import Foundation

/// What every loading test shares, made once per run by `IntegrationFixtureTrait`: a large CSV
/// archive and an NDJSON archive of the same seed and as-of date (under a path with spaces),
/// and throwaway PostgreSQL and MariaDB servers when they are installed.
struct IntegrationFixture: Sendable {
    @TaskLocal static var current: IntegrationFixture?

    let scratch: TestDirectory
    /// The large CSV archive, in a directory whose name has spaces.
    let csvArchive: URL
    let ndjsonArchive: URL
    let csvManifest: Manifest
    let ndjsonManifest: Manifest
    /// The cluster, or why it did not start; nil when PostgreSQL is not installed.
    let cluster: Result<PostgresCluster, TestFailure>?
    /// The MariaDB server, or why it did not start; nil when MariaDB is not installed.
    let mariadb: Result<MariaDBServer, TestFailure>?
    /// The database that `load-postgres.sh` loaded the CSV archive into, and its output.
    let loadedPostgres = Once<(database: String, output: TestProcess.Result)>()

    /// The fixture of the running suite.
    static func required() throws -> IntegrationFixture {
        try current.unwrapped("the test runs outside the suite that sets up the fixture")
    }

    /// Generates the archives and starts PostgreSQL and MariaDB.
    static func make() async throws -> IntegrationFixture {
        let scratch = try TestDirectory(named: "integration")
        do {
            let csv = scratch.appending("large csv archive")
            let ndjson = scratch.appending("large ndjson archive")
            async let csvDone = generate(["--format", "csv", "--output", csv.path])
            async let ndjsonDone = generate(["--format", "ndjson", "--output", ndjson.path])
            _ = try await (csvDone, ndjsonDone)
            var cluster: Result<PostgresCluster, TestFailure>?
            if PostgresCluster.isInstalled {
                do {
                    cluster = .success(try await PostgresCluster.start())
                } catch {
                    cluster = .failure(TestFailure("PostgreSQL did not start: \(error)"))
                }
            }
            var mariadb: Result<MariaDBServer, TestFailure>?
            if MariaDBServer.isInstalled {
                do {
                    mariadb = .success(try await MariaDBServer.start())
                } catch {
                    mariadb = .failure(TestFailure("MariaDB did not start: \(error)"))
                }
            }
            return IntegrationFixture(
                scratch: scratch, csvArchive: csv, ndjsonArchive: ndjson,
                csvManifest: try TestArchive(csv).decodedManifest(),
                ndjsonManifest: try TestArchive(ndjson).decodedManifest(), cluster: cluster,
                mariadb: mariadb)
        } catch {
            scratch.remove()
            throw error
        }
    }

    /// Stops the servers and removes the archives.
    func tearDown() async {
        if case .success(let cluster) = cluster {
            await cluster.stop()
        }
        if case .success(let server) = mariadb {
            await server.stop()
        }
        scratch.remove()
    }

    /// The running cluster, or the reason there is none.
    func postgres() throws -> PostgresCluster {
        guard let cluster else { throw TestFailure(PostgresCluster.missingMessage) }
        return try cluster.get()
    }

    /// The running MariaDB server, or the reason there is none.
    func mariaDB() throws -> MariaDBServer {
        guard let mariadb else { throw TestFailure(MariaDBServer.missingMessage) }
        return try mariadb.get()
    }

    /// Runs `demodata` with `arguments`, failing with its output when it exits non-zero.
    @discardableResult
    static func demodata(_ arguments: [String]) async throws -> TestProcess.Result {
        try await ExternalCommand.run(TestPackage.builtBinary(), arguments).checked()
    }

    /// The data options every archive and stream of the tests uses.
    static let dataOptions = [
        "--volume", "large", "--seed", IntegrationEnvironment.seed, "--as-of",
        TestDates.asOf,
    ]

    /// A subset archive (`--tables tables`) of the tests' data at `archive`, with its manifest.
    /// Generates the fixture's data as a Parquet archive at `archive`.
    static func parquetArchive(at archive: URL) async throws {
        try await generate(["--format", "parquet", "--output", archive.path])
    }

    static func subsetArchive(_ tables: String, at archive: URL) async throws -> Manifest {
        try await generate(["--tables", tables, "--output", archive.path])
        return try TestArchive(archive).decodedManifest()
    }

    private static func generate(_ arguments: [String]) async throws {
        try await demodata(["generate"] + dataOptions + ["--quiet"] + arguments)
    }

    /// The environment of a load script: `DEMODATA_BINARY` is the binary under test.
    static var scriptEnvironment: [String: String] {
        ["DEMODATA_BINARY": TestPackage.binary.path]
    }
}
