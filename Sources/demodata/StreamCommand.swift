import ArgumentParser
import DemoData

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `demodata stream TABLE`: writes one table, uncompressed (a Parquet file with compressed
/// pages), to standard output.
struct StreamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stream",
        abstract: "Write one table, uncompressed, to standard output.",
        discussion: """
            The bytes equal the uncompressed table file of an archive generated with the same \
            options (with --format parquet, the archive's <table>.parquet: zstd pages). Load a table and its parents (the tables exist first: demodata schema | \
            psql): for t in customer_types customers; do demodata stream $t --format csv | \
            psql -v ON_ERROR_STOP=1 -c "\\copy $t FROM pstdin CSV HEADER"; done
            """
    )

    @Argument(
        help: ArgumentHelp(
            "The table: \(Table.allCases.map(\.name).joined(separator: ", ")).", valueName: "table"),
        completion: .list(Table.allCases.map(\.name))
    )
    var tableName: String

    @OptionGroup var data: DataOptions

    func validate() throws {
        guard Table(name: tableName) != nil else {
            throw ValidationError(
                "unknown table '\(tableName)'; choose one of: "
                    + Table.allCases.map(\.name).joined(separator: ", ") + ".")
        }
    }

    func run() throws {
        guard let table = Table(name: tableName) else { return }
        let compression = data.format.defaultCompression
        let parameters = try data.parameters(
            compression: compression, level: compression.defaultLevel)
        let threads = try data.threadCount()
        if parameters.format == .parquet, Terminal.standardOutput.isTerminal {
            throw ValidationError(
                "--format parquet writes a binary file; redirect standard output to a file or a "
                    + "pipe (demodata stream \(table.name) --format parquet > \(table.name).parquet)."
            )
        }
        try CommandFailure.reporting {
            do {
                try ArchiveGenerator(parameters: parameters, threads: threads)
                    .streamToStandardOutput(table)
            } catch _ where StandardOutput.readerHasGone {
                // The write that failed was to a reader that has gone (`stream … | head`).
                throw StandardOutputError(code: EPIPE)
            }
        }
    }
}
