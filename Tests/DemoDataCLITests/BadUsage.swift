import Testing

/// A command line that must be refused as bad usage, with the words its message must contain
/// (the valid values or the fix).
struct BadUsage: Sendable, CustomTestStringConvertible {
    let arguments: [String]
    let mentions: [String]
    /// Variables set for the run (`SOURCE_DATE_EPOCH`).
    var environment: [String: String] = [:]

    var testDescription: String {
        environment.map { "\($0)=\($1) " }.joined() + arguments.joined(separator: " ")
    }

    /// The help to see: the subcommand's.
    var help: String { "see 'demodata \(arguments[0]) --help'" }

    /// `demodata generate … --output out` with `options`, so that a run that wrongly went ahead
    /// would leave `out` behind.
    static func generate(_ options: [String], mentions: [String]) -> BadUsage {
        BadUsage(arguments: ["generate"] + options + ["--output", "out"], mentions: mentions)
    }

    /// `demodata stream customers …` with `options`.
    static func stream(_ options: [String], mentions: [String]) -> BadUsage {
        BadUsage(arguments: ["stream", "customers"] + options, mentions: mentions)
    }

    /// `demodata generate` and `demodata stream` with `SOURCE_DATE_EPOCH=epoch`.
    static func sourceDateEpoch(_ epoch: String) -> [BadUsage] {
        let mentions = ["SOURCE_DATE_EPOCH", "0", "253398412799", "1970-01-01", "9999-11-16"]
        return [
            BadUsage(
                arguments: ["generate", "--output", "out"], mentions: mentions,
                environment: ["SOURCE_DATE_EPOCH": epoch]),
            BadUsage(
                arguments: ["stream", "customers"], mentions: mentions,
                environment: ["SOURCE_DATE_EPOCH": epoch]),
        ]
    }

    static let scale = ["--scale", "1", "1000000"]
    static let threads = ["--threads", "1", "1024"]
    static let level = ["--level", "1", "9"]
    static let seed = ["--seed", "0", "18446744073709551615"]
    static let asOf = ["--as-of", "YYYY-MM-DD", "1970-01-01", "9999-11-16"]
    static let shard = ["--shard", "K/N", "0 to N − 1"]

    static let all =
        [
            generate(["--volume", "giant"], mentions: ["small", "medium", "large", "huge"]),
            generate(["--format", "xml"], mentions: ["ndjson", "csv"]),
            generate(["--compression", "zip"], mentions: ["gzip", "none"]),
            generate(["--scale", "0"], mentions: scale),
            generate(["--scale", "-5"], mentions: scale + ["'-5'"]),
            generate(["--scale", "1000001"], mentions: scale),
            generate(["--scale", "99999999999999999999"], mentions: scale),
            generate(["--scale", "2.5"], mentions: scale),
            generate(["--threads", "0"], mentions: threads),
            generate(["--threads", "-1"], mentions: threads + ["'-1'"]),
            generate(["--threads", "1025"], mentions: threads),
            generate(["--threads", "100000"], mentions: threads),
            generate(["--threads", "1000000"], mentions: threads),
            generate(["--threads", "4611686018427387904"], mentions: threads),
            generate(["--seed", "abc"], mentions: seed),
            generate(["--seed", "-1"], mentions: seed + ["'-1'"]),
            generate(["--seed", "18446744073709551616"], mentions: seed),
            generate(["--as-of", "2026-02-30"], mentions: asOf),
            generate(["--as-of", "tomorrow"], mentions: asOf),
            generate(["--as-of", "0001-01-01"], mentions: asOf),
            generate(["--as-of", "0005-12-31"], mentions: asOf),
            generate(["--as-of", "1969-12-31"], mentions: asOf),
            generate(["--as-of", "9999-11-17"], mentions: asOf),
            generate(["--as-of", "9999-12-31"], mentions: asOf),
            generate(["--level", "0"], mentions: level),
            generate(["--level", "10"], mentions: level),
            generate(["--level", "-3"], mentions: level + ["'-3'"]),
            generate(
                ["--compression", "none", "--level", "3"],
                mentions: ["--level 3", "no effect without compression"]),
            generate(
                ["--format", "parquet", "--level", "20"], mentions: ["--level for zstd", "1 to 19"]),
            generate(["--shard", "4/4"], mentions: shard + ["500"]),
            generate(["--shard", "x"], mentions: shard),
            generate(["--shard", "-1/4"], mentions: shard + ["'-1/4'"]),
            generate(["--shard", "0/0"], mentions: shard),
            generate(["--shard", "0/1"], mentions: shard + ["from 2 to 500", "'0/1'"]),
            generate(["--shard", "0/501"], mentions: shard + ["from 2 to 500"]),
            generate(
                ["--volume", "small", "--shard", "0/101"], mentions: shard + ["from 2 to 100"]),
            generate(
                ["--scale", "2", "--shard", "0/1001"], mentions: shard + ["from 2 to 1000"]),
            generate(
                ["--shard", "9223372036854775806/9223372036854775807"], mentions: shard),
            generate(["--customers", "0"], mentions: ["--customers", "1", "10000000000", "'0'"]),
            generate(["--customers", "-3"], mentions: ["--customers", "'-3'"]),
            generate(
                ["--count", "customer_types=3"],
                mentions: [
                    "--count", "TABLE=N", "customers, products, invoices", "customer_types=3",
                ]),
            generate(["--count", "customers"], mentions: ["--count", "TABLE=N", "'customers'"]),
            generate(["--count", "products=2"], mentions: ["--count products", "8", "'2'"]),
            generate(
                ["--customers", "5", "--count", "customers=6"],
                mentions: ["count of customers", "twice"]),
            generate(
                ["--volume", "small", "--products", "4"],
                mentions: ["--products", "from 5 to 20000000000"]),
            generate(["--products", "7"], mentions: ["--products", "from 8 to"]),
            generate(["--invoices", "lots"], mentions: ["--invoices", "1", "50000000000"]),
            generate(["-j", "0"], mentions: threads),
            generate(
                ["--tables", "customers,invoice"],
                mentions: ["'invoice'", "did you mean 'invoices'", "customer_types", "inventory"]),
            generate(
                ["--tables", "customers", "--tables", "bogus"],
                mentions: ["unknown table 'bogus'", "invoice_line_items"]),
            generate(["--tables", "customers,,invoices"], mentions: ["none empty", "customers"]),
            generate(["--tables", ""], mentions: ["none empty"]),
            BadUsage(
                arguments: ["schema", "--tables", "invoice_items"],
                mentions: ["unknown table 'invoice_items'", "invoice_line_items"]),
            stream(["--customers", "0"], mentions: ["--customers", "1", "10000000000"]),
            stream(["--threads", "4611686018427387904"], mentions: threads),
            stream(["--threads", "-2"], mentions: threads),
            stream(["--scale", "-5"], mentions: scale),
            stream(["--seed", "-1"], mentions: seed),
            stream(["--as-of", "9999-12-31"], mentions: asOf),
            stream(["--shard", "9223372036854775806/9223372036854775807"], mentions: shard),
            BadUsage(
                arguments: ["stream", "nosuchtable"],
                mentions: ["nosuchtable", "customers", "invoice_line_items"]),
        ]
        + [
            "-99999999999", "-1", "253398412800", "9223372036854775807", "9223372036854775808",
            "-9223372036854775808", "-9223372036854775809", "soon",
        ].flatMap(sourceDateEpoch)
}
