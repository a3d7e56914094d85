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

    /// A copy of `archive` at `destination` whose invoice line item at `lineIndex` points at
    /// an invoice that does not exist, with SHA256SUMS updated to match, so that the copy
    /// passes every check a loader makes before it loads and fails on the foreign key.
    static func copyWithDanglingInvoice(_ archive: URL, to destination: URL) async throws {
        try FileManager.default.copyItem(at: archive, to: destination)
        try await ExternalCommand.bash(
            """
            cd "$ARCHIVE"
            gzip -dc invoice_line_items.csv.gz |
                awk -F, -v OFS=, 'NR == 1000 { $2 = "00000000-0000-4000-8000-000000000000" } 1' |
                gzip -c >changed.gz
            mv changed.gz invoice_line_items.csv.gz
            grep -v ' invoice_line_items.csv.gz$' SHA256SUMS >sums
            sha256sum invoice_line_items.csv.gz >>sums
            mv sums SHA256SUMS
            """,
            environment: ["ARCHIVE": destination.path]
        ).checked()
    }
}
