import DemoDataCore
import DemoDataEngine

extension Manifest {
    /// Whether the archive's files begin their tables: a whole or merged archive, or the first
    /// of several shards.
    package var beginsTables: Bool {
        (shard?.index ?? 0) == 0
    }

    /// Whether the archive's table files start with a header line.
    package var hasHeaderLine: Bool {
        format.hasHeaderLine(beginsTable: beginsTables)
    }
}
