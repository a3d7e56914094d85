import ArgumentParser
import DemoData

/// `demodata generate`: writes an archive.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate all eight tables into an archive directory.",
        discussion: """
            Writes <table>.<format>.gz files, manifest.json and SHA256SUMS into the output \
            directory. The archive appears only when complete; an existing archive is replaced \
            only with --force, and only once the new one is complete.
            """
    )

    @OptionGroup var data: DataOptions

    @Option(help: "Compression of the table files: gzip or none.")
    var compression: Compression = .gzip

    @Option(help: "gzip compression level, 1 (fastest) to 9 (smallest).")
    var level: Int = 6

    @Option(help: "Archive directory (default: Output/<volume>, with -x<scale> when scale > 1).")
    var output: String?

    @Flag(help: "Replace an existing archive at the output path.")
    var force = false

    @Flag(help: "Print no summary line.")
    var quiet = false

    func validate() throws {
        guard (1...9).contains(level) else {
            throw ValidationError("--level must be from 1 to 9; got \(level).")
        }
    }

    /// `Output/<volume>[-x<scale>][-shard-K-of-N]`.
    func outputPath(_ parameters: GenerationParameters) -> String {
        if let output { return output }
        var name = parameters.volume.rawValue
        if parameters.scale > 1 {
            name += "-x\(parameters.scale)"
        }
        if let shard = parameters.shard {
            name += "-shard-\(shard.index)-of-\(shard.count)"
        }
        return "Output/" + name
    }

    func run() throws {
        let parameters = try data.parameters(compression: compression, level: level)
        let path = outputPath(parameters)
        let clock = ContinuousClock()
        let start = clock.now
        let manifest = try CommandFailure.reporting {
            try ArchiveGenerator(parameters: parameters, threads: data.threadCount)
                .writeArchive(to: path, force: force)
        }
        if !quiet {
            Terminal.standardError.line(
                Summary.line(path: path, manifest: manifest, elapsed: clock.now - start))
        }
    }
}
