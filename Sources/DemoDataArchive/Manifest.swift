import DemoDataCore
import DemoDataEngine

/// The record of an archive: how it was generated and, for every table, its file, row count,
/// sizes, checksums and columns. It holds no time or host, so the same inputs give the same
/// manifest byte for byte.
public struct Manifest: Codable, Sendable, Equatable {
    public var formatVersion: Int
    public var generator: Generator
    public var dataVersion: Int
    public var seed: UInt64
    public var volume: Volume
    public var scale: Int
    public var asOf: String
    public var format: OutputFormat
    public var compression: Compression
    public var level: Int
    public var shard: ShardEntry?
    /// The counts that replaced the volume's (`--customers`, `--products`, `--invoices`); nil
    /// when there are none, and then absent from the JSON, so other manifests are unchanged.
    public var counts: CountOverrides?
    /// The tables of a subset archive (`--tables`), in load order: the tables asked for and
    /// their parents. Nil for an archive of every table, and then absent from the JSON, so
    /// other manifests are unchanged.
    public var tableSubset: [String]?
    /// In an archive merged from shards, how many: each gzip file then holds one member per
    /// shard.
    public var mergedShards: Int?
    public var tables: [TableEntry]

    /// The version of the manifest layout.
    public static let currentFormatVersion = 1

    public struct ShardEntry: Codable, Sendable, Equatable {
        public var index: Int
        public var count: Int
    }

    public struct TableEntry: Codable, Sendable, Equatable {
        public var name: String
        public var file: String
        public var rows: Int
        public var bytes: UInt64
        public var sha256: String
        public var uncompressedBytes: UInt64
        public var contentSHA256: String
        public var columns: [ColumnEntry]
        /// The columns of the primary key; nil in a manifest written before keys were recorded.
        public var primaryKey: [String]? = nil

        package enum CodingKeys: String, CodingKey {
            case name, file, rows, bytes, sha256, columns
            case uncompressedBytes = "uncompressed_bytes"
            case contentSHA256 = "content_sha256"
            case primaryKey = "primary_key"
        }
    }

    /// One column: name, type and nullability, and its constraints from the schema (each
    /// absent when the column has none, and all absent in a manifest written before they were
    /// recorded).
    public struct ColumnEntry: Codable, Sendable, Equatable {
        public var name: String
        public var type: String
        public var nullable: Bool
        /// True when every value of the column is distinct.
        public var unique: Bool? = nil
        /// The table and column that this foreign key column references.
        public var references: Reference? = nil
        /// The only values the column holds.
        public var allowed: [String]? = nil
        /// The inclusive range of the column's values, as exact decimal text.
        public var minimum: String? = nil
        public var maximum: String? = nil

        package enum CodingKeys: String, CodingKey {
            case name, type, nullable, unique, references, minimum, maximum
            case allowed = "enum"
        }
    }

    /// The target of a foreign key.
    public struct Reference: Codable, Sendable, Equatable {
        public var table: String
        public var column: String
    }

    package enum CodingKeys: String, CodingKey {
        case generator, seed, volume, scale, format, compression, level, shard, tables, counts
        case formatVersion = "format_version"
        case dataVersion = "data_version"
        case asOf = "as_of"
        case mergedShards = "merged_shards"
        case tableSubset = "table_subset"
    }

    /// The manifest for `parameters` with the given table entries.
    public init(parameters: GenerationParameters, tables: [TableEntry]) {
        formatVersion = Self.currentFormatVersion
        generator = Generator(
            name: "demodata", version: DemoDataVersion.generator,
            libraries: parameters.compression.codec.library.map {
                [Generator.Library(name: $0.name, version: $0.version)]
            } ?? [])
        dataVersion = DemoDataVersion.data
        seed = parameters.seed
        volume = parameters.volume
        scale = parameters.scale
        asOf = parameters.asOf.description
        format = parameters.format
        compression = parameters.compression
        level = parameters.level
        shard = parameters.shard.map { ShardEntry(index: $0.index, count: $0.count) }
        let counts = parameters.recordedCounts
        self.counts = counts.isEmpty ? nil : counts
        tableSubset = parameters.subset.isAll ? nil : parameters.tables.map(\.name)
        self.tables = tables
    }

    /// The manifest's JSON text, keys in the documented order.
    public func serialized() -> [UInt8] {
        let shardValue: JSONValue =
            shard.map { .object([("index", .integer($0.index)), ("count", .integer($0.count))]) }
            ?? .null
        var generatorMembers: [(String, JSONValue)] = [
            ("name", .string(generator.name)), ("version", .string(generator.version)),
        ]
        for library in generator.libraries {
            generatorMembers.append((library.name, .string(library.version)))
        }
        var countMembers: [(String, JSONValue)] = []
        if let counts, !counts.isEmpty {
            countMembers.append(
                ("counts", .object(counts.entries.map { ($0.name, .integer($0.count)) })))
        }
        if let tableSubset {
            countMembers.append(("table_subset", .array(tableSubset.map { .string($0) })))
        }
        var shardMembers: [(String, JSONValue)] = [("shard", shardValue)]
        if let mergedShards {
            shardMembers.append(("merged_shards", .integer(mergedShards)))
        }
        return JSONValue.object(
            [
                ("format_version", .integer(formatVersion)),
                ("generator", .object(generatorMembers)),
                ("data_version", .integer(dataVersion)),
                ("seed", .unsigned(seed)),
                ("volume", .string(volume.rawValue)),
                ("scale", .integer(scale)),
                ("as_of", .string(asOf)),
                ("format", .string(format.rawValue)),
                ("compression", .string(compression.rawValue)),
                ("level", .integer(level)),
            ] + countMembers + shardMembers + [("tables", .array(tables.map(\.json)))]
        ).serialized()
    }
}

extension Manifest.TableEntry {
    package var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("name", .string(name)),
            ("file", .string(file)),
            ("rows", .integer(rows)),
            ("bytes", .unsigned(bytes)),
            ("sha256", .string(sha256)),
            ("uncompressed_bytes", .unsigned(uncompressedBytes)),
            ("content_sha256", .string(contentSHA256)),
        ]
        if let primaryKey {
            members.append(("primary_key", .array(primaryKey.map { .string($0) })))
        }
        members.append(("columns", .array(columns.map(\.json))))
        return .object(members)
    }
}

extension Manifest.ColumnEntry {
    package var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("name", .string(name)), ("type", .string(type)), ("nullable", .bool(nullable)),
        ]
        if let unique {
            members.append(("unique", .bool(unique)))
        }
        if let references {
            members.append(
                (
                    "references",
                    .object([
                        ("table", .string(references.table)),
                        ("column", .string(references.column)),
                    ])
                ))
        }
        if let allowed {
            members.append(("enum", .array(allowed.map { .string($0) })))
        }
        if let minimum {
            members.append(("minimum", .string(minimum)))
        }
        if let maximum {
            members.append(("maximum", .string(maximum)))
        }
        return .object(members)
    }
}
