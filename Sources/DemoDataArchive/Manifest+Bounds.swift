import DemoDataCore
import DemoDataEngine

/// Decoding a manifest checks every count in it against what this program can write, so that
/// no count read from a file is out of range when `info`, `generate`, `merge` or `verify` add
/// or multiply it: a manifest with more rows than the largest table at the largest scale, a
/// negative size or more merged shards than any table has roots is not one of ours, and fails
/// to decode with a `DecodingError` naming the key and the range.
extension Manifest {
    /// The most bytes any table file has, or decompresses to: every row of the largest table
    /// at the longest any table's lines can be, twice over for compression's framing. Any
    /// number of such sizes adds up without overflow in 64 bits only up to 2^64 / this, so
    /// sums of them are checked all the same (`totals`).
    public static let maximumFileBytes: UInt64 = {
        let longestLine =
            Table.allCases.flatMap { table in
                OutputFormat.allCases.map { table.maximumLineLength($0) }
            }.max() ?? 0
        return 2 * UInt64(GenerationParameters.maximumRows) * UInt64(longestLine + 1)
    }()

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        formatVersion = try container.decode(Int.self, forKey: .formatVersion)
        generator = try container.decode(Generator.self, forKey: .generator)
        dataVersion = try container.decode(Int.self, forKey: .dataVersion)
        seed = try container.decode(UInt64.self, forKey: .seed)
        volume = try container.decode(Volume.self, forKey: .volume)
        scale = try container.decode(Int.self, forKey: .scale)
        asOf = try container.decode(String.self, forKey: .asOf)
        format = try container.decode(OutputFormat.self, forKey: .format)
        compression = try container.decode(Compression.self, forKey: .compression)
        level = try container.decode(Int.self, forKey: .level)
        shard = try container.decodeIfPresent(ShardEntry.self, forKey: .shard)
        counts = try container.decodeIfPresent(CountOverrides.self, forKey: .counts)
        tableSubset = try container.decodeIfPresent([String].self, forKey: .tableSubset)
        mergedShards = try container.decodeIfPresent(Int.self, forKey: .mergedShards)
        tables = try container.decode([TableEntry].self, forKey: .tables)
        let shards = 1...GenerationParameters.maximumShards
        if let mergedShards, !shards.contains(mergedShards) {
            throw DecodingError.dataCorruptedError(
                forKey: .mergedShards, in: container,
                debugDescription: "\(mergedShards) is not from 1 to \(shards.upperBound), the "
                    + "most shards an archive of demodata is split into")
        }
    }
}

extension Manifest.TableEntry {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        file = try container.decode(String.self, forKey: .file)
        rows = try container.decode(Int.self, forKey: .rows)
        bytes = try container.decode(UInt64.self, forKey: .bytes)
        sha256 = try container.decode(String.self, forKey: .sha256)
        uncompressedBytes = try container.decode(UInt64.self, forKey: .uncompressedBytes)
        contentSHA256 = try container.decode(String.self, forKey: .contentSHA256)
        columns = try container.decode([Manifest.ColumnEntry].self, forKey: .columns)
        primaryKey = try container.decodeIfPresent([String].self, forKey: .primaryKey)
        let rowRange = 0...GenerationParameters.maximumRows
        if !rowRange.contains(rows) {
            throw DecodingError.dataCorruptedError(
                forKey: .rows, in: container,
                debugDescription: "\(rows) is not from 0 to \(rowRange.upperBound), the most "
                    + "rows a table of demodata has")
        }
        for (key, value) in [(CodingKeys.bytes, bytes), (.uncompressedBytes, uncompressedBytes)]
        where value > Manifest.maximumFileBytes {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container,
                debugDescription: "\(value) is more than \(Manifest.maximumFileBytes), the most "
                    + "bytes a table file of demodata has")
        }
    }
}
