import DemoData
import Foundation

/// Reads archives back, and makes damaged copies of them for the failure tests.
enum ArchiveFiles {
    static func manifest(_ archive: URL) throws -> Manifest {
        try JSONDecoder().decode(
            Manifest.self, from: Data(contentsOf: archive.appending(path: "manifest.json")))
    }

    /// The uncompressed bytes of `table`'s file.
    static func content(_ archive: URL, _ manifest: Manifest, _ table: Table) throws -> [UInt8] {
        let entry = try manifest.tables.first { $0.name == table.name }
            .unwrapped("\(archive.path)/manifest.json has no \(table.name)")
        let bytes = [UInt8](try Data(contentsOf: archive.appending(path: entry.file)))
        return manifest.compression == .gzip ? try GzipDecompressor.decompress(bytes) : bytes
    }

    /// The rows of `table` in the archive, each value as text and null as nil, in file order:
    /// CSV fields as written, NDJSON strings as they are and numbers and literals as written.
    static func rows(_ archive: URL, _ manifest: Manifest, _ table: Table) throws -> [[String?]] {
        let bytes = try content(archive, manifest, table)
        let names = table.columns.map(\.name)
        switch manifest.format {
        case .csv:
            var records = try CSVRecords.parse(bytes)
            let header = records.isEmpty ? [] : records.removeFirst()
            guard header == names else {
                throw IntegrationFailure("\(table.name) CSV header is \(header), not \(names)")
            }
            return records
        case .ndjson:
            let decoder = JSONDecoder()
            return try bytes.split(separator: UInt8(ascii: "\n")).map { line in
                let object = try decoder.decode([String: JSONScalar].self, from: Data(line))
                guard object.count == names.count else {
                    throw IntegrationFailure("\(table.name) NDJSON row has keys \(object.keys)")
                }
                return try names.map { name in
                    try object[name].unwrapped("\(table.name) NDJSON row lacks \(name)").text
                }
            }
        }
    }

    /// The exact sum of the decimal `column` of `table`, as PostgreSQL prints it: with the
    /// column's scale of fraction digits, summed in integers.
    static func sum(_ column: String, of table: Table, in archive: URL, _ manifest: Manifest)
        throws -> String
    {
        let index = try table.columns.firstIndex { $0.name == column }
            .unwrapped("\(table.name) has no column \(column)")
        guard case .decimal(_, let scale) = table.columns[index].type else {
            throw IntegrationFailure("\(table.name).\(column) is not a decimal")
        }
        let divisor = (0..<scale).reduce(1) { product, _ in product * 10 }
        var units = 0
        for row in try rows(archive, manifest, table) {
            let text = try row[index].unwrapped("\(table.name).\(column) is null")
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[1].count == scale, let whole = Int(parts[0]),
                let fraction = Int(parts[1]), !text.hasPrefix("-")
            else { throw IntegrationFailure("\(table.name).\(column) holds \(text)") }
            units += whole * divisor + fraction
        }
        let fraction = String(units % divisor)
        return "\(units / divisor)." + String(repeating: "0", count: scale - fraction.count)
            + fraction
    }

    /// A copy of `archive` at `destination` whose invoice line item on line 1000 of its file
    /// points at an invoice that does not exist, with SHA256SUMS updated to match, so that the
    /// copy passes every check a loader makes before it loads and fails on the foreign key.
    /// Works on CSV and NDJSON archives.
    /// Two damaged copies of an NDJSON archive in `scratch`, each passing every check a loader
    /// makes before it loads: one with a dangling invoice reference, one whose sixth customers
    /// line lacks its phone.
    static func damagedNDJSONCopies(of archive: URL, in scratch: ScratchDirectory) async throws
        -> (dangling: URL, missingKey: URL)
    {
        let dangling = scratch.appending("dangling")
        try await copyWithDanglingInvoice(archive, to: dangling)
        let missingKey = scratch.appending("missing key")
        try await copy(
            archive, to: missingKey, editing: .customers, with: "5s/,\"phone\":\"[^\"]*\"//")
        return (dangling, missingKey)
    }

    static func copyWithDanglingInvoice(_ archive: URL, to destination: URL) async throws {
        let manifest = try manifest(archive)
        let dangling = "00000000-0000-4000-8000-000000000000"
        let edit =
            switch manifest.format {
            case .csv: "1000s/^\\([^,]*\\),[^,]*,/\\1,\(dangling),/"
            case .ndjson: "1000s/\"invoice_id\":\"[^\"]*\"/\"invoice_id\":\"\(dangling)\"/"
            }
        try await copy(archive, to: destination, editing: .invoiceLineItems, with: edit)
    }

    /// A copy of `archive` at `destination` whose file of `table` is run through the sed
    /// script `edit` and recompressed, with SHA256SUMS updated to match.
    static func copy(
        _ archive: URL, to destination: URL, editing table: Table, with edit: String
    ) async throws {
        let manifest = try manifest(archive)
        let file = try manifest.tables.first { $0.name == table.name }
            .unwrapped("\(archive.path)/manifest.json has no \(table.name)").file
        try FileManager.default.copyItem(at: archive, to: destination)
        try await ExternalCommand.bash(
            """
            cd "$ARCHIVE"
            gzip -dc "$FILE" | sed "$EDIT" | gzip -c >changed.gz
            cmp -s <(gzip -dc "$FILE") <(gzip -dc changed.gz) && { echo "sed changed nothing" >&2; exit 1; }
            mv changed.gz "$FILE"
            grep -v " $FILE\\$" SHA256SUMS >sums
            sha256sum "$FILE" >>sums
            mv sums SHA256SUMS
            """,
            environment: ["ARCHIVE": destination.path, "FILE": file, "EDIT": edit]
        ).checked()
    }
}
