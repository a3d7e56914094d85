import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

extension ArchiveSummary {
    /// The summary as one JSON document ending with a line end: `path`, `parameters`, `tables`
    /// (name, file, rows, bytes, uncompressed_bytes), `invoices` (first_date, last_date, and
    /// count and total by status; null in a subset archive without invoices) and `problems`.
    public func json() -> [UInt8] {
        var parameters: [(String, JSONValue)] = [
            ("data_version", .integer(manifest.dataVersion)),
            ("seed", .unsigned(manifest.seed)),
            ("volume", .string(manifest.volume.rawValue)),
            ("scale", .integer(manifest.scale)),
            ("as_of", .string(manifest.asOf)),
            ("format", .string(manifest.format.rawValue)),
            ("compression", .string(manifest.compression.rawValue)),
            ("level", .integer(manifest.level)),
        ]
        if let counts = manifest.counts, !counts.isEmpty {
            parameters.append(
                ("counts", .object(counts.entries.map { ($0.name, .integer($0.count)) })))
        }
        if let tableSubset = manifest.tableSubset {
            parameters.append(("table_subset", .array(tableSubset.map { .string($0) })))
        }
        parameters.append(
            (
                "shard",
                manifest.shard.map {
                    .object([("index", .integer($0.index)), ("count", .integer($0.count))])
                } ?? .null
            ))
        let tables = manifest.tables.map { entry -> JSONValue in
            .object([
                ("name", .string(entry.name)), ("file", .string(entry.file)),
                ("rows", .integer(entry.rows)), ("bytes", .unsigned(entry.bytes)),
                ("uncompressed_bytes", .unsigned(entry.uncompressedBytes)),
            ])
        }
        let byStatus = statuses.map { status -> (String, JSONValue) in
            (
                status.status,
                .object([("count", .integer(status.count)), ("total", .string(status.totalText))])
            )
        }
        let invoices: JSONValue =
            statuses.isEmpty
            ? .null
            : .object([
                ("first_date", invoiceDates.map { .string($0.lowerBound.description) } ?? .null),
                ("last_date", invoiceDates.map { .string($0.upperBound.description) } ?? .null),
                ("by_status", .object(byStatus)),
            ])
        return JSONValue.object([
            ("path", .string(path)),
            ("parameters", .object(parameters)),
            ("tables", .array(tables)),
            ("invoices", invoices),
            ("problems", .array(problems.map { .string($0) })),
        ]).serialized()
    }
}
