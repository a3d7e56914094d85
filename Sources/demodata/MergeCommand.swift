import ArgumentParser
import DemoData

/// `demodata merge OUT SHARD_DIR...`: joins shard archives into one archive.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Join a complete set of shard archives into one archive.",
        discussion: """
            Every shard (generated with --shard K/N and otherwise the same options) must be \
            given once, in any order. Each table file of the result is the shards' files \
            concatenated in shard order (multi-member gzip), so its content_sha256 equals the \
            unsharded archive's. Shards are checked on the way; the result appears only when \
            complete.
            """
    )

    @Argument(help: "The merged archive directory to write.")
    var output: String

    @Argument(help: "The shard archive directories.")
    var shards: [String] = []

    @Flag(help: "Replace an existing archive at the output path.")
    var force = false

    @Flag(name: .shortAndLong, help: "Print no summary line.")
    var quiet = false

    func validate() throws {
        guard !shards.isEmpty else {
            throw ValidationError("name the shard directories to merge after OUT.")
        }
    }

    func run() throws {
        let trap = SignalTrap.shared
        trap.onSignal {}
        let manifest = try CommandFailure.reporting {
            try ArchiveMerger(shardDirectories: shards).merge(
                to: output, force: force, shouldStop: { trap.caught },
                note: { Terminal.standardError.line("note: " + $0) })
        }
        if !quiet {
            let rows = manifest.tables.reduce(0) { $0 + $1.rows }
            Terminal.standardError.line(
                "merged \(shards.count) shards into \(output): \(Summary.grouped(rows)) rows")
        }
    }
}
