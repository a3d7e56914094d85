import DemoDataCore
import DemoDataEngine

extension Manifest {
    /// What differs between the archive this manifest describes and `other`, one
    /// `name old → new` per parameter (`seed 42 → 7`, `format ndjson → csv`), in the
    /// manifest's order; empty when they describe the same data with the same generator.
    public func parameterDifferences(to other: Manifest) -> [String] {
        var differences: [String] = []
        func compare(_ name: String, _ old: String, _ new: String) {
            if old != new {
                differences.append("\(name) \(old) → \(new)")
            }
        }
        compare("format_version", String(formatVersion), String(other.formatVersion))
        compare("generator", generator.name, other.generator.name)
        compare("generator version", generator.version, other.generator.version)
        for library in Generator.libraryNames {
            compare(
                library, generator.library(named: library) ?? "none",
                other.generator.library(named: library) ?? "none")
        }
        compare("data_version", String(dataVersion), String(other.dataVersion))
        compare("seed", String(seed), String(other.seed))
        compare("volume", volume.rawValue, other.volume.rawValue)
        compare("scale", String(scale), String(other.scale))
        let counts = self.counts ?? CountOverrides()
        let otherCounts = other.counts ?? CountOverrides()
        let describe = { (count: Int?) in count.map(String.init) ?? "the volume's" }
        for table in Table.sizedRoots {
            compare(table.name, describe(counts[table]), describe(otherCounts[table]))
        }
        let tablesText = { (subset: [String]?) in subset?.joined(separator: ",") ?? "all" }
        compare("tables", tablesText(tableSubset), tablesText(other.tableSubset))
        compare("as_of", asOf, other.asOf)
        compare("format", format.rawValue, other.format.rawValue)
        compare("compression", compression.rawValue, other.compression.rawValue)
        compare("level", String(level), String(other.level))
        let shardText = { (shard: ShardEntry?) in shard.map { "\($0.index)/\($0.count)" } ?? "none"
        }
        compare("shard", shardText(shard), shardText(other.shard))
        compare(
            "merged_shards", mergedShards.map(String.init) ?? "none",
            other.mergedShards.map(String.init) ?? "none")
        return differences
    }
}
