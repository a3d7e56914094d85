import ArgumentParser
import DemoData

// Option values are read in any case (`--volume Large`), and by the other names people use
// for them (`--dialect postgresql`).
extension Volume: ExpressibleByArgument {
    public init?(argument: String) {
        guard let value = ArgumentChoice.value(Self.self, argument) else { return nil }
        self = value
    }
}

extension OutputFormat: ExpressibleByArgument {
    public init?(argument: String) {
        guard let value = ArgumentChoice.value(Self.self, argument, aliases: ["json": .ndjson])
        else { return nil }
        self = value
    }
}

extension Compression: ExpressibleByArgument {
    public init?(argument: String) {
        guard let value = ArgumentChoice.value(Self.self, argument, aliases: ["zst": .zstd])
        else { return nil }
        self = value
    }
}

extension SQLDialect: ExpressibleByArgument {
    public init?(argument: String) {
        guard
            let value = ArgumentChoice.value(
                Self.self, argument, aliases: ["postgresql": .postgres, "mariadb": .mysql])
        else { return nil }
        self = value
    }
}

extension DDLSection: ExpressibleByArgument {
    public init?(argument: String) {
        guard let value = ArgumentChoice.value(Self.self, argument) else { return nil }
        self = value
    }
}
