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

    /// Customers: the override, else the volume's after scaling.
    public var customers: Int { counts.customers ?? volume.customers * scale }
    /// Products: the override, else the volume's after scaling.
    public var products: Int { counts.products ?? volume.products * scale }
    /// Invoices: the override, else the volume's after scaling.
    public var invoices: Int { counts.invoices ?? volume.invoices * scale }

    /// The count overrides a manifest records: those that differ from the volume's scaled
    /// counts. An override equal to the volume's count changes nothing, so the same data always
    /// has the same manifest.
    public var recordedCounts: CountOverrides {
        func differing(_ count: Int?, _ volumeCount: Int) -> Int? {
            count == volumeCount * scale ? nil : count
        }
        return CountOverrides(
            customers: differing(counts.customers, volume.customers),
            products: differing(counts.products, volume.products),
            invoices: differing(counts.invoices, volume.invoices))
    }

    /// The number of root rows of a table (rows for root tables, parents for child tables).
    public func rootCount(of table: Table) -> Int {
        table.root.spec.rootCount?(self) ?? 0
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
