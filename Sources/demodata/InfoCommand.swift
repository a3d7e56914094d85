import ArgumentParser
import DemoData

/// `demodata info`: what an archive holds, in a few lines, without loading it anywhere.
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Show what an archive holds: parameters, tables, invoice dates and totals.",
        discussion: """
            Reads the manifest for the parameters and each table's rows and sizes, and the \
            invoices file, when the archive has one, once (streaming, in constant memory) for \
            the range of invoice dates and the count and total of the invoices of each status. \
            Prints to standard output; --json prints one JSON document instead. It checks only \
            what it reads: demodata verify checks every row.
            """
    )

    @Argument(help: ArgumentHelp("The archive directory.", valueName: "dir"))
    var directory: String

    @Flag(help: "Print one JSON document on standard output.")
    var json = false

    func run() throws {
        let summary = try CommandFailure.reporting { try ArchiveSummary(reading: directory) }
        let text = json ? summary.json() : Array(Self.text(summary).utf8)
        try CommandFailure.reporting { try StandardOutput.write(text) }
        for problem in summary.problems {
            Terminal.standardError.line("demodata: warning: \(problem); run demodata verify")
        }
    }

    /// The summary in a few lines: parameters, one line per table, invoice dates and totals.
    static func text(_ summary: ArchiveSummary) -> String {
        let manifest = summary.manifest
        var parameters = "\(manifest.volume.rawValue)"
        if manifest.scale > 1 {
            parameters += " ×\(manifest.scale)"
        }
        if let counts = manifest.counts, !counts.isEmpty {
            parameters +=
                " ("
                + counts.entries.map { "\($0.name) \(Summary.grouped($0.count))" }
                .joined(separator: ", ") + ")"
        }
        parameters +=
            ", seed \(manifest.seed), as of \(manifest.asOf), \(manifest.format.rawValue)"
            + (manifest.compression == .none
                ? " uncompressed"
                : " \(manifest.compression.rawValue)"
                    + (manifest.format.compressesFiles ? "" : " pages")
                    + " level \(manifest.level)")
        if manifest.tableSubset != nil {
            parameters += ", \(manifest.tables.count) of \(Table.allCases.count) tables"
        }
        if let shard = manifest.shard {
            parameters += ", shard \(shard.index) of \(shard.count)"
        }
        if let merged = manifest.mergedShards {
            parameters += ", merged from \(merged) shards"
        }
        var lines = [
            "\(summary.path): \(parameters); data version \(manifest.dataVersion)"
        ]
        let width = manifest.tables.map(\.name.count).max() ?? 0
        func padded(_ text: String, _ count: Int, left: Bool = false) -> String {
            let padding = String(repeating: " ", count: max(0, count - text.count))
            return left ? text + padding : padding + text
        }
        for entry in manifest.tables {
            lines.append(
                "  " + padded(entry.name, width, left: true)
                    + padded(Summary.grouped(entry.rows), 13)
                    + " rows " + padded(ArchiveEstimate.sizeText(entry.bytes), 11) + " ("
                    + ArchiveEstimate.sizeText(entry.uncompressedBytes) + " uncompressed)")
        }
        let (rows, bytes, uncompressed) = summary.totals
        lines.append(
            "  " + padded("total", width, left: true) + padded(Summary.grouped(rows), 13)
                + " rows " + padded(ArchiveEstimate.sizeText(bytes), 11) + " ("
                + ArchiveEstimate.sizeText(uncompressed) + " uncompressed)")
        guard !summary.statuses.isEmpty else {
            lines.append("no invoices table: a subset archive of the tables above")
            return lines.joined(separator: "\n") + "\n"
        }
        if let dates = summary.invoiceDates {
            lines.append("invoices dated \(dates.lowerBound) to \(dates.upperBound)")
        } else {
            lines.append("no invoices")
        }
        lines.append(
            "invoice totals: "
                + summary.statuses.map {
                    "\($0.status) \(Summary.grouped($0.count)) (\(Summary.money($0.totalCents)))"
                }
                .joined(separator: ", "))
        return lines.joined(separator: "\n") + "\n"
    }
}
