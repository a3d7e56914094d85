import ArgumentParser
import DemoData

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The options that decide what data is generated, shared by `generate` and `stream`.
///
/// Numbers are read as text, unconditionally, so that `--scale -5` is a value to refuse with
/// its range rather than a missing value followed by an unknown option, and so that every bad
/// number, however it is bad, gets the same message naming the range.
struct DataOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Dataset size: small, medium, large or huge.")
    var volume: Volume = .medium

    @Option(
        parsing: .unconditional,
        help: "Multiply customers, products and invoices by N (1 to 1,000,000).")
    var scale: String = "1"

    @Option(
        name: .shortAndLong, parsing: .unconditional,
        help: "Random seed: a whole number from 0 to 18446744073709551615.")
    var seed: String = "42"

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "The date the data is as of, YYYY-MM-DD, from \(Self.firstAsOf) to \(Self.lastAsOf) "
                + "(default: SOURCE_DATE_EPOCH's UTC date, else today, UTC).",
            valueName: "date"))
    var asOf: String?

    @Option(
        name: .shortAndLong,
        help: "Table file format: ndjson, csv or parquet (typed columns, for dataframes).")
    var format: OutputFormat = .ndjson

    @Option(
        name: [.customShort("j"), .long], parsing: .unconditional,
        help: "Worker threads, 1 to 1024 (default: the number of cores); never changes the output.")
    var threads: String?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Write only shard K of N (0 ≤ K < N, N from 2 to the largest table's root rows): rows "
                + "split by their root parent.",
            valueName: "K/N"))
    var shard: String?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Exactly N customers instead of the volume's (not multiplied by --scale); each keeps "
                + "the volume's addresses per customer.",
            valueName: "N"))
    var customers: String?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Exactly N products (each with its inventory row) instead of the volume's; at least "
                + "the volume's most lines per invoice.",
            valueName: "N"))
    var products: String?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Exactly N invoices instead of the volume's; each keeps the volume's lines per "
                + "invoice.",
            valueName: "N"))
    var invoices: String?

    @Option(
        name: .customLong("count"), parsing: .unconditionalSingleValue,
        help: ArgumentHelp(
            "Exactly N rows of TABLE instead of the volume's, for any table whose count follows "
                + "the volume (\(Table.sizedRoots.map(\.name).joined(separator: ", "))); may be "
                + "repeated. --customers N is --count customers=N.",
            valueName: "TABLE=N"))
    var counts: [String] = []

    private static let firstAsOf = GenerationParameters.asOfRange.lowerBound
    private static let lastAsOf = GenerationParameters.asOfRange.upperBound
    private static let secondsPerDay: Int64 = 86_400
    /// The `SOURCE_DATE_EPOCH` values whose UTC date is a valid as-of date.
    private static let epochRange =
        Int64(firstAsOf.daysSinceEpoch) * secondsPerDay...Int64(lastAsOf.daysSinceEpoch + 1)
        * secondsPerDay - 1

    func validate() throws {
        _ = try parameters()
        _ = try threadCount()
    }

    /// The as-of date: the option, else SOURCE_DATE_EPOCH's UTC date, else today (UTC).
    func asOfDate() throws -> CivilDate {
        if let asOf {
            guard let date = CivilDate(parsing: asOf),
                GenerationParameters.asOfRange.contains(date)
            else {
                throw ValidationError(
                    "--as-of must be a real date from \(Self.firstAsOf) to \(Self.lastAsOf), "
                        + "written YYYY-MM-DD; got '\(asOf)'.")
            }
            return date
        }
        if let text = getenv("SOURCE_DATE_EPOCH").map({ String(cString: $0) }) {
            guard let seconds = Int64(text), Self.epochRange.contains(seconds) else {
                throw ValidationError(
                    "SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 from "
                        + "\(Self.epochRange.lowerBound) to \(Self.epochRange.upperBound) "
                        + "(\(Self.firstAsOf) to \(Self.lastAsOf)); got '\(text)'.")
            }
            return CivilDate(daysSinceEpoch: Int(seconds / Self.secondsPerDay))
        }
        let now = Int64(time(nil))
        let days = now >= 0 ? now / Self.secondsPerDay : (now + 1) / Self.secondsPerDay - 1
        let today = CivilDate(daysSinceEpoch: Int(days))
        guard GenerationParameters.asOfRange.contains(today) else {
            throw ValidationError(
                "today's date by the system clock, \(today), is not from \(Self.firstAsOf) to "
                    + "\(Self.lastAsOf); give the date with --as-of.")
        }
        return today
    }

    /// The worker threads: the option, else the number of cores (at most 1024).
    func threadCount() throws -> Int {
        try Self.threadCount(threads)
    }

    /// The worker threads `option` (`--threads`) names, else the number of cores (at most
    /// 1024).
    static func threadCount(_ threads: String?) throws -> Int {
        let range = GenerationParameters.threadRange
        guard let threads else {
            let cores = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
            return min(max(range.lowerBound, cores), range.upperBound)
        }
        return try WholeNumber.parse(threads, "--threads", in: range)
    }

    /// The generation parameters the options describe, or a `ValidationError` naming the first
    /// option out of its range.
    func parameters(
        compression: Compression = .gzip, level: Int = 6, subset: TableSubset = .all
    ) throws -> GenerationParameters {
        var parameters = GenerationParameters(
            volume: volume,
            scale: try WholeNumber.parse(scale, "--scale", in: GenerationParameters.scaleRange),
            seed: try WholeNumber.parse(seed, "--seed", in: UInt64.min...UInt64.max),
            asOf: try asOfDate(), format: format, compression: compression, level: level,
            counts: try countOverrides(), subset: subset)
        if let shard {
            parameters.shard = try Self.shard(shard, of: parameters)
        }
        return parameters
    }

    /// The counts given with `--count TABLE=N` and `--customers`, `--products` and
    /// `--invoices`, each for a sized root table, once, and in its range.
    private func countOverrides() throws -> CountOverrides {
        var given: [(table: Table, text: String, option: String)] = []
        for (table, text) in [
            (Table.customers, customers), (.products, products), (.invoices, invoices),
        ] {
            if let text {
                given.append((table, text, "--\(table.name)"))
            }
        }
        for pair in counts {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let names = Table.sizedRoots.map(\.name).joined(separator: ", ")
            guard parts.count == 2, let table = Table(name: String(parts[0])),
                Table.sizedRoots.contains(table)
            else {
                throw ValidationError(
                    "--count must be TABLE=N with TABLE one of \(names); got '\(pair)'.")
            }
            given.append((table, String(parts[1]), "--count \(table.name)"))
        }
        var overrides = CountOverrides()
        for (table, text, option) in given {
            guard overrides[table] == nil else {
                throw ValidationError(
                    "the count of \(table.name) is given twice; give it once (\(option)).")
            }
            overrides[table] = try WholeNumber.parse(
                text, option, in: GenerationParameters.countRange(of: table, volume: volume))
        }
        return overrides
    }

    /// Parses `K/N`, with N from 2 to the most shards of `parameters` and K from 0 to N − 1.
    private static func shard(_ text: String, of parameters: GenerationParameters) throws -> Shard {
        let most = parameters.maximumShardCount
        guard let shard = Shard(parsing: text), shard.count <= most else {
            throw ValidationError(
                "--shard must be K/N with N from 2 to \(most) (the most root rows of any table "
                    + (parameters.subset.isAll ? "" : "generated ")
                    + "of \(parameters.volume.rawValue) at scale \(parameters.scale)) and K from "
                    + "0 to N − 1, such as 0/4; got '\(text)'.")
        }
        return shard
    }
}
