import DemoDataCore
import DemoDataVocabulary

/// What to generate: the inputs that, with the data version, determine every output byte
/// (threads and progress reporting do not).
public struct GenerationParameters: Sendable, Hashable {
    public var volume: Volume
    public var scale: Int
    public var seed: UInt64
    public var asOf: CivilDate
    public var format: OutputFormat
    public var compression: Compression
    public var level: Int
    public var shard: Shard?
    /// Counts that replace the volume's (scaled) counts of customers, products or invoices.
    public var counts: CountOverrides
    /// The tables to generate: all, or a subset closed under parents (`--tables`).
    public var subset: TableSubset

    public init(
        volume: Volume = .medium, scale: Int = 1, seed: UInt64 = 42, asOf: CivilDate,
        format: OutputFormat = .ndjson, compression: Compression = .gzip, level: Int? = nil,
        shard: Shard? = nil, counts: CountOverrides = CountOverrides(), subset: TableSubset = .all
    ) {
        self.volume = volume
        self.scale = scale
        self.seed = seed
        self.asOf = asOf
        self.format = format
        self.compression = compression
        self.level = level ?? compression.defaultLevel
        self.shard = shard
        self.counts = counts
        self.subset = subset
    }

    /// The tables to generate, in load order.
    public var tables: [Table] { subset.tables }

    /// The largest `--scale`.
    public static let maximumScale = 1_000_000

    /// The rows of a root table: the count given for it, else the volume's after scaling
    /// (the fixed count of a foundation table); 0 for a child table.
    public func count(of table: Table) -> Int {
        guard let rootCount = table.spec.rootCount else { return 0 }
        guard rootCount.isSized else { return rootCount.atScaleOne(volume) }
        return counts[table] ?? rootCount.atScaleOne(volume) * scale
    }

    /// Customers: the count given, else the volume's after scaling.
    public var customers: Int { count(of: .customers) }
    /// Products: the count given, else the volume's after scaling.
    public var products: Int { count(of: .products) }
    /// Invoices: the count given, else the volume's after scaling.
    public var invoices: Int { count(of: .invoices) }

    /// The count overrides a manifest records: those that differ from the volume's scaled
    /// counts. An override equal to the volume's count changes nothing, so the same data always
    /// has the same manifest.
    public var recordedCounts: CountOverrides {
        var recorded = counts
        for table in Table.sizedRoots where counts[table] == volume.count(of: table) * scale {
            recorded[table] = nil
        }
        return recorded
    }

    /// The number of root rows of a table (rows for root tables, parents for child tables).
    public func rootCount(of table: Table) -> Int {
        count(of: table.root)
    }

    /// The roots of `table` that this generation writes: all of them, or the shard's slice.
    /// Foundation tables belong wholly to shard 0. Parquet shards split a table between its
    /// row groups, so that merged shards are the whole table's file.
    public func roots(of table: Table) -> Range<Int> {
        let total = rootCount(of: table)
        guard let shard else { return 0..<total }
        if table.spec.isFoundation {
            return shard.index == 0 ? 0..<total : 0..<0
        }
        guard format == .parquet else { return shard.roots(of: total) }
        // The root table's row group is a whole number of each child table's, so a table
        // and its children split at the same roots, as in the text formats.
        return shard.roots(of: total, inRunsOf: table.root.spec.rootsPerRowGroup)
    }

    /// The file name of a table: `<table>.<format>[.gz|.zst]`.
    public func fileName(of table: Table) -> String {
        format.fileName(of: table, compression: compression)
    }
}
