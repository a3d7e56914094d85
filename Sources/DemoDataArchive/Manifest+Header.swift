import DemoDataCore
import DemoDataEngine

extension Manifest {
    /// Whether the archive's files begin their tables: a whole or merged archive, or the first
    /// of several shards.
    var beginsTables: Bool {
        (shard?.index ?? 0) == 0
    }

    /// Whether the archive's table files start with a header line.
    var hasHeaderLine: Bool {
        format.hasHeaderLine(beginsTable: beginsTables)
    }
}
