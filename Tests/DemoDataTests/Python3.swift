import Foundation

/// The default `python3`, for tests that read demodata's files with real readers (pyarrow,
/// DuckDB's Python package, pandas, polars).
enum Python3 {
    /// Whether `python3 -c 'import pyarrow.parquet, duckdb, pandas, polars'` succeeds.
    static let hasParquetReaders: Bool = {
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import pyarrow.parquet, duckdb, pandas, polars"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    static let missingReaders =
        "pyarrow, duckdb, pandas or polars is not installed for python3 (Scripts/setup.sh "
        + "installs them)"

    /// Runs `program` with `arguments` and returns its standard output's lines; throws with
    /// its standard error when it fails.
    static func lines(_ program: String, _ arguments: [String]) async throws -> [String] {
        let result = try await TestProcess.run(
            URL(filePath: "/usr/bin/env"), ["python3", "-c", program] + arguments)
        guard result.status == 0 else {
            throw TestFailure(
                "python3 exited with \(result.status): "
                    + String(decoding: result.standardError, as: UTF8.self))
        }
        return String(decoding: result.standardOutput, as: UTF8.self)
            .split(separator: "\n").map(String.init)
    }
}
