import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary
import Foundation

extension VerificationRun {
    /// Decodes and checks `manifest.json`; returns it with the parameters it records, or nil
    /// (after reporting why) when rows cannot be checked without a sound manifest.
    package func checkManifest() -> (Manifest, GenerationParameters)? {
        let name = Self.manifestName
        let manifest: Manifest
        let bytes: [UInt8]
        do {
            bytes = try reader.small(name)
            manifest = try ArchiveReader.decodeManifest(bytes)
        } catch let error as StrictJSON.Problem {
            log.add(name, error.line, nil, "not a valid manifest: \(error)")
            return nil
        } catch let error as DecodingError {
            log.add(name, 0, nil, "not a valid manifest: " + Self.describe(error))
            return nil
        } catch {
            log.add(name, 0, nil, "cannot be read: \(error)")
            return nil
        }
        if let difference = LineDifference(expected: manifest.serialized(), actual: bytes) {
            log.add(
                name, difference.line, nil,
                "is not laid out as demodata writes its manifest (keys, their order, spacing "
                    + "or line ends differ): " + difference.description)
        }
        var sound = true
        func problem(_ message: String, fatal: Bool = false) {
            log.add(name, 0, nil, message)
            if fatal {
                sound = false
            }
        }
        if manifest.formatVersion != Manifest.currentFormatVersion {
            problem(
                "format_version is \(manifest.formatVersion); this verifier reads "
                    + "\(Manifest.currentFormatVersion)")
        }
        if manifest.generator.name != "demodata" {
            problem("generator.name is \"\(manifest.generator.name)\"; expected \"demodata\"")
        }
        if let data = DemoDataVersion.data(of: manifest.generator.version),
            data != manifest.dataVersion
        {
            problem(
                "generator.version \(manifest.generator.version) makes data version \(data), "
                    + "not \(manifest.dataVersion)")
        }
        for compression in Compression.allCases {
            guard let key = compression.codec.library?.name else { continue }
            let used = manifest.compression == compression
            guard (manifest.generator.library(named: key) != nil) != used else { continue }
            problem(
                used
                    ? "generator.\(key) is missing: the writer records the \(key) that "
                        + "compressed a \(manifest.compression.rawValue) archive"
                    : "generator.\(key) is recorded, but the archive's compression is "
                        + manifest.compression.rawValue)
        }
        if let merged = manifest.mergedShards, merged < 2 || manifest.shard != nil {
            problem(
                "merged_shards \(merged) is not what merge writes: it joins two or more shards "
                    + "into an archive that is not itself a shard")
        }
        let asOf = CivilDate(parsing: manifest.asOf)
        if asOf == nil {
            problem("as_of \"\(manifest.asOf)\" is not a real date written YYYY-MM-DD", fatal: true)
        }
        if !(1...GenerationParameters.maximumScale).contains(manifest.scale) {
            problem("scale \(manifest.scale) is not from 1 to 1000000", fatal: true)
        }
        let levels = manifest.compression.levels
        if !levels.contains(manifest.level) {
            problem(
                "level \(manifest.level) is not from \(levels.lowerBound) to \(levels.upperBound)")
        }
        var shard: Shard?
        if let entry = manifest.shard {
            shard = Shard(index: entry.index, count: entry.count)
            if shard == nil {
                problem(
                    "shard \(entry.index)/\(entry.count) is not K/N with 0 ≤ K < N and N ≥ 2",
                    fatal: true)
            }
        }
        let counts = manifest.counts ?? CountOverrides()
        for table in Table.sizedRoots {
            let key = table.name
            let range = GenerationParameters.countRange(of: table, volume: manifest.volume)
            if let count = counts[table], !range.contains(count) {
                problem(
                    "counts.\(key) \(count) is not from \(range.lowerBound) to \(range.upperBound)",
                    fatal: true)
            }
        }
        let subset = checkTables(manifest)
        guard sound, let asOf else { return nil }
        let parameters = GenerationParameters(
            volume: manifest.volume, scale: manifest.scale, seed: manifest.seed, asOf: asOf,
            format: manifest.format, compression: manifest.compression, level: manifest.level,
            shard: shard, counts: counts, subset: subset)
        if parameters.recordedCounts != counts {
            problem(
                "counts names a count equal to the volume's (\(counts.entries.map { "\($0.name) \($0.count)" }.joined(separator: ", "))): "
                    + "the writer records only counts that differ from the volume's")
        }
        // The regeneration counts the frames of each shard merged.
        if let merged = manifest.mergedShards, merged > parameters.maximumShardCount {
            problem(
                "merged_shards \(merged) is more than the \(parameters.maximumShardCount) shards "
                    + "these parameters can be split into")
            return nil
        }
        for entry in manifest.tables {
            guard let table = Table(name: entry.name) else { continue }
            checkEntry(entry, of: table, parameters)
        }
        return (manifest, parameters)
    }

    /// Checks the manifest's list of tables: all eight in load order, or, in a subset archive,
    /// exactly the tables `table_subset` names, in load order and with every parent of each.
    /// Returns the tables whose rows the parameters describe (the listed ones and their
    /// parents).
    private func checkTables(_ manifest: Manifest) -> TableSubset {
        let name = Self.manifestName
        let names = manifest.tables.map(\.name)
        let listed = names.compactMap(Table.init(name:))
        let expected = manifest.tableSubset ?? Table.allCases.map(\.name)
        if let tableSubset = manifest.tableSubset {
            let tables = tableSubset.compactMap(Table.init(name:))
            if tables.count != tableSubset.count || TableSubset(exactly: tables) == nil
                || tables.count == Table.allCases.count
            {
                log.add(
                    name, 0, nil,
                    "table_subset [\(tableSubset.joined(separator: ", "))] is not a subset of the "
                        + "tables in load order with every parent of each")
            }
        }
        if names != expected {
            let what =
                manifest.tableSubset == nil
                ? "the eight tables in load order" : "the tables of table_subset"
            log.add(
                name, 0, nil,
                "the tables are [\(names.joined(separator: ", "))]; expected \(what): "
                    + "[\(expected.joined(separator: ", "))]")
        }
        for table in listed {
            for key in table.foreignKeys where !listed.contains(key.parent) {
                log.add(
                    name, 0, nil,
                    "\(table.name) is listed without its parent \(key.parent.name) "
                        + "(\(table.name).\(key.column) references it): an archive holds the "
                        + "parents of its tables, so this manifest is damaged")
            }
        }
        return TableSubset(closing: listed.isEmpty ? Table.allCases : listed)
    }

    private func checkEntry(
        _ entry: Manifest.TableEntry, of table: Table, _ parameters: GenerationParameters
    ) {
        let name = Self.manifestName
        let file = parameters.fileName(of: table)
        if entry.file != file {
            log.add(name, 0, nil, "\(table.name).file is \"\(entry.file)\"; expected \"\(file)\"")
        }
        for (key, value) in [("sha256", entry.sha256), ("content_sha256", entry.contentSHA256)]
        where !Hex.isLowercaseHex(value, count: 64) {
            log.add(name, 0, nil, "\(table.name).\(key) \"\(value)\" is not a SHA-256 in hex")
        }
        // A manifest written before keys and constraints were recorded is compared without them.
        let recorded = entry.recordsConstraints
        var schema = table.columns.map(Manifest.ColumnEntry.init(schema:))
        if !recorded {
            schema = schema.map(\.withoutConstraints)
        }
        if recorded, entry.primaryKey != [Table.primaryKey] {
            log.add(
                name, 0, nil,
                "\(table.name).primary_key is \(entry.primaryKey ?? []); expected [\"\(Table.primaryKey)\"]"
            )
        }
        if entry.columns.map(\.withoutConstraints) != schema.map(\.withoutConstraints) {
            let describe = { (columns: [Manifest.ColumnEntry]) in
                columns.map { "\($0.name) \($0.type)\($0.nullable ? " null" : "")" }
                    .joined(separator: ", ")
            }
            log.add(
                name, 0, nil,
                "\(table.name).columns are [\(describe(entry.columns))]; the schema's are "
                    + "[\(describe(schema))]")
        } else if let index = entry.columns.indices.first(where: { entry.columns[$0] != schema[$0] }
        ) {
            log.add(
                name, 0, nil,
                "\(table.name).columns[\(index)] (\(schema[index].name)) does not record the "
                    + "schema's keys and constraints (unique, references, enum, minimum, maximum)")
        }
    }

    /// A decoding error in a sentence: where in the document, and what is wrong.
    package static func describe(_ error: DecodingError) -> String {
        func place(_ path: [any CodingKey]) -> String {
            let text = path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }
                .joined()
            return text.isEmpty ? "the document" : String(text.drop { $0 == "." })
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(place(context.codingPath + [key])) is missing"
        case .valueNotFound(_, let context):
            return "\(place(context.codingPath)) is null"
        case .typeMismatch(let type, let context):
            return "\(place(context.codingPath)) is not of type \(type)"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                return "it is not valid JSON"
            }
            let reason = context.debugDescription
            return "\(place(context.codingPath)) has an invalid value"
                + (reason.isEmpty ? "" : " (\(reason))")
        @unknown default:
            return "\(error)"
        }
    }
}
