import Testing

/// A command line that must be refused as bad usage, with the words its message must contain
/// (the valid values or the fix).
struct BadUsage: Sendable, CustomTestStringConvertible {
    let arguments: [String]
    let mentions: [String]

    var testDescription: String { arguments.joined(separator: " ") }

    /// `demodata generate … --output out` with `options`, so that a run that wrongly went ahead
    /// would leave `out` behind.
    static func generate(_ options: [String], mentions: [String]) -> BadUsage {
        BadUsage(arguments: ["generate"] + options + ["--output", "out"], mentions: mentions)
    }

    static let all = [
        generate(["--volume", "giant"], mentions: ["small", "medium", "large", "huge"]),
        generate(["--format", "xml"], mentions: ["ndjson", "csv"]),
        generate(["--compression", "zip"], mentions: ["gzip", "none"]),
        generate(["--scale", "0"], mentions: ["--scale", "1000000"]),
        generate(["--threads", "0"], mentions: ["--threads", "at least 1"]),
        generate(["--seed", "abc"], mentions: ["--seed", "whole number"]),
        generate(["--as-of", "2026-02-30"], mentions: ["--as-of", "YYYY-MM-DD"]),
        generate(["--as-of", "tomorrow"], mentions: ["--as-of", "YYYY-MM-DD"]),
        generate(["--level", "0"], mentions: ["--level", "1", "9"]),
        generate(["--level", "10"], mentions: ["--level", "1", "9"]),
        generate(["--shard", "4/4"], mentions: ["--shard", "K/N"]),
        generate(["--shard", "x"], mentions: ["--shard", "K/N"]),
        BadUsage(
            arguments: ["stream", "nosuchtable"],
            mentions: ["nosuchtable", "customers", "invoice_line_items"]),
    ]
}
