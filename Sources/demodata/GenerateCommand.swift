import ArgumentParser
import DemoData

/// `demodata generate`: writes an archive.
struct GenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate the eight tables (or --tables and their parents) into an archive.",
        discussion: """
            Writes <table>.<format>.gz files (<table>.parquet with --format parquet), \
            manifest.json and SHA256SUMS into the output directory. The archive appears only when complete. With --tables, only those \
            tables and their parents are written, each byte for byte as in the full archive. Without --force, an existing \
            archive with the same parameters and intact checksums is left as it is and one \
            with other parameters is refused; --force regenerates and replaces it once the new \
            one is complete. Ctrl-C stops cleanly (exit 130) and leaves any previous archive \
            intact.
            """
    )

    @OptionGroup var data: DataOptions

    @OptionGroup var tableOptions: TableOptions

    @Option(
        help: ArgumentHelp(
            "Compression: gzip, zstd (several times faster, smaller) or none; of the files for "
                + "ndjson and csv (default gzip), of the pages for parquet (default zstd).",
            valueName: "codec"))
    var compression: Compression?

    @Option(
        parsing: .unconditional,
        help:
            "Compression level: gzip 1 (fastest) to 9 (smallest), default 6; zstd 1 to 19, default 3."
    )
    var level: String?

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "Archive directory (default: Output/<volume>[-x<scale>][-c<customers>]"
                + "[-p<products>][-i<invoices>][-tables-<table>...][-csv|-parquet]"
                + "[-gzip|-zstd|-none]"
                + "[-shard-<K>-of-<N>]).",
            valueName: "dir"))
    var output: String?

    @Flag(help: "Regenerate and replace an existing archive at the output path.")
    var force = false

    @Option(help: "Progress on stderr: auto (a bar on a terminal), bar, json or none.")
    var progress: ProgressMode = .auto

    @Flag(name: .shortAndLong, help: "Print no summary line.")
    var quiet = false

    @Flag(
        help: ArgumentHelp(
            "Print the plan and write nothing: rows, uncompressed and estimated compressed bytes "
                + "per table, and an estimated time.",
            discussion: """
                Root tables' rows are exact; child tables' use the volume's mean children per \
                parent. Bytes per row, the gzip ratio and the speed are constants measured on a \
                huge archive at level 6 on a 2-core machine, so the figures are estimates.
                """))
    var dryRun = false

    @Flag(help: "Start even when the estimated archive size exceeds the free space.")
    var ignoreFreeSpace = false

    func validate() throws {
        _ = try parameters()
    }

    /// The parameters of the archive the options describe.
    func parameters() throws -> GenerationParameters {
        let compression = compression ?? data.format.defaultCompression
        if compression == .none, let level {
            throw ValidationError(
                "--level \(level) has no effect without compression; leave --level out, or "
                    + "choose --compression gzip or zstd.")
        }
        return try data.parameters(
            compression: compression,
            level: level.map {
                try WholeNumber.parse(
                    $0, "--level for \(compression.rawValue)", in: compression.levels)
            } ?? compression.defaultLevel,
            subset: tableOptions.subset())
    }

    /// `Output/<volume>[-x<scale>][-c<customers>][-p<products>][-i<invoices>]`
    /// `[-tables-<table>…][-csv|-parquet][-gzip|-zstd|-none][-shard-K-of-N]`: archives that
    /// differ in anything but seed, as-of and level get different default paths, so that an
    /// NDJSON and a CSV archive of a volume coexist, and so do a subset and the full archive.
    /// The compression is named when it is not the format's default (gzip for text, zstd
    /// for Parquet). A subset is named
    /// by the tables no other included table references (`-tables-invoices` for customer
    /// types, customers and invoices), which identify it.
    func outputPath(_ parameters: GenerationParameters) -> String {
        if let output { return output }
        var name = parameters.volume.rawValue
        if parameters.scale > 1 {
            name += "-x\(parameters.scale)"
        }
        for entry in parameters.counts.entries {
            name += "-\(entry.name.prefix(1))\(entry.count)"
        }
        if !parameters.subset.isAll {
            name += "-tables-" + parameters.subset.leaves.map(\.name).joined(separator: "-")
        }
        if parameters.format != .ndjson {
            name += "-" + parameters.format.rawValue
        }
        if parameters.compression != parameters.format.defaultCompression {
            name += "-" + parameters.compression.rawValue
        }
        if let shard = parameters.shard {
            name += "-shard-\(shard.index)-of-\(shard.count)"
        }
        return "Output/" + name
    }

    func run() async throws {
        let parameters = try parameters()
        let threads = try data.threadCount()
        let path = outputPath(parameters)
        let choice = try tableOptions.requested().map(TableChoice.init(requested:))
        if dryRun {
            let plan = GenerationPlan.text(
                path: path, parameters, threads: threads, tables: choice)
            try await CommandFailure.reporting({ try StandardOutput.write(plan) }, cleanup: {})
            return
        }
        let service = GeneratorService()
        // A signal is polled, not turned into `service.cancel()`: one that arrives before the
        // service starts must stop it too.
        let trap = SignalTrap.shared
        trap.onSignal {}
        let mode = progress == .auto ? (Terminal.standardError.isTerminal ? .bar : .none) : progress
        let reporter =
            mode == .none ? nil : ProgressReporter(parameters: parameters, json: mode == .json)
        let updates = service.progressUpdates()
        let drawing = Task {
            for await update in updates {
                reporter?.update(update)
            }
            reporter?.finish()
        }
        let outcome = try await CommandFailure.reporting {
            try await service.generate(
                parameters, threads: threads, to: path, force: force,
                checkFreeSpace: !ignoreFreeSpace, shouldStop: { trap.caught })
        } cleanup: {
            await drawing.value
        }
        await drawing.value
        for note in outcome.notes {
            Terminal.standardError.line(
                mode == .json
                    ? "{\"event\":\"note\",\"message\":\(JSONText.quoted(note))}" : "note: " + note)
        }
        guard !quiet else { return }
        if outcome.upToDate {
            Terminal.standardError.line(
                "\(path) is already up to date: its manifest records the same parameters and "
                    + "data version, and every file matches the manifest's size and SHA-256 "
                    + "(not regenerated; demodata verify checks every row); nothing written")
        } else if mode == .json {
            let metrics = outcome.metrics
            Terminal.standardError.line(
                "{\"event\":\"finished\",\"path\":\(JSONText.quoted(path)),\"rows\":\(metrics.rows),"
                    + "\"bytes\":\(metrics.bytes),\"uncompressed_bytes\":\(metrics.uncompressedBytes),"
                    + "\"seconds\":\(Summary.fixed(Summary.seconds(metrics.elapsed), 3)),"
                    + "\"peak_memory_bytes\":\(metrics.peakMemoryBytes)"
                    + (choice.map { "," + $0.jsonMembers } ?? "") + "}")
        } else {
            Terminal.standardError.line(Summary.line(path: path, metrics: outcome.metrics))
        }
        if let choice, outcome.upToDate || mode != .json {
            Terminal.standardError.line(choice.line)
        }
    }
}
