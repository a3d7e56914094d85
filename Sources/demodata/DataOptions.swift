import ArgumentParser
import DemoData

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The options that decide what data is generated, shared by `generate` and `stream`.
struct DataOptions: ParsableArguments {
    @Option(help: "Dataset size: small, medium, large or huge.")
    var volume: Volume = .medium

    @Option(help: "Multiply customers, products and invoices by N (1 to 1,000,000).")
    var scale: Int = 1

    @Option(help: "Random seed: a whole number from 0 to 18446744073709551615.")
    var seed: String = "42"

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "The date the data is as of, YYYY-MM-DD (default: SOURCE_DATE_EPOCH's UTC date, else today, UTC).",
            valueName: "date"))
    var asOf: String?

    @Option(help: "Table file format: ndjson or csv.")
    var format: OutputFormat = .ndjson

    @Option(help: "Worker threads (default: the number of cores); never changes the output.")
    var threads: Int?

    @Option(
        help: ArgumentHelp(
            "Write only shard K of N (0 ≤ K < N): rows split by their root parent.",
            valueName: "K/N"))
    var shard: String?

    func validate() throws {
        guard (1...GenerationParameters.maximumScale).contains(scale) else {
            throw ValidationError(
                "--scale must be a whole number from 1 to 1000000; got \(scale).")
        }
        if let threads, threads < 1 {
            throw ValidationError("--threads must be at least 1; got \(threads).")
        }
        if let shard, Shard(parsing: shard) == nil {
            throw ValidationError(
                "--shard must be K/N with 0 ≤ K < N, such as 0/4; got '\(shard)'.")
        }
        guard UInt64(seed) != nil else {
            throw ValidationError(
                "--seed must be a whole number from 0 to 18446744073709551615; got '\(seed)'.")
        }
        _ = try asOfDate()
    }

    /// The as-of date: the option, else SOURCE_DATE_EPOCH's UTC date, else today (UTC).
    func asOfDate() throws -> CivilDate {
        if let asOf {
            guard let date = CivilDate(parsing: asOf) else {
                throw ValidationError(
                    "--as-of must be a real date written YYYY-MM-DD, such as 2025-06-30; got '\(asOf)'."
                )
            }
            return date
        }
        if let text = getenv("SOURCE_DATE_EPOCH").map({ String(cString: $0) }) {
            guard let seconds = Int64(text) else {
                throw ValidationError(
                    "SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01; got '\(text)'.")
            }
            return CivilDate(daysSinceEpoch: Int(seconds.dividedRoundingDown(by: 86_400)))
        }
        return CivilDate(daysSinceEpoch: Int(Int64(time(nil)).dividedRoundingDown(by: 86_400)))
    }

    var threadCount: Int {
        threads ?? max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    func parameters(compression: Compression = .gzip, level: Int = 6) throws
        -> GenerationParameters
    {
        GenerationParameters(
            volume: volume, scale: scale, seed: UInt64(seed) ?? 0, asOf: try asOfDate(),
            format: format,
            compression: compression, level: level, shard: shard.flatMap(Shard.init(parsing:)))
    }
}

extension Int64 {
    fileprivate func dividedRoundingDown(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor < 0) ? quotient - 1 : quotient
    }
}
