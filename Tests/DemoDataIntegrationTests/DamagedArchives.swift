import DemoData
import Foundation

/// Damaged copies of gzip archives for the loaders' failure tests.
enum DamagedArchives {
    /// Two damaged copies of an NDJSON archive in `scratch`, each passing every check a loader
    /// makes before it loads: one with a dangling invoice reference, one whose sixth customers
    /// line lacks its phone.
    static func damagedNDJSONCopies(of archive: URL, in scratch: TestDirectory) async throws
        -> (dangling: URL, missingKey: URL)
    {
        let dangling = scratch.appending("dangling")
        try await copyWithDanglingInvoice(archive, to: dangling)
        let missingKey = scratch.appending("missing key")
        try await copy(
            archive, to: missingKey, editing: .customers, with: "5s/,\"phone\":\"[^\"]*\"//")
        return (dangling, missingKey)
    }

    /// A copy of `archive` at `destination` whose invoice line item on line 1000 of its file
    /// points at an invoice that does not exist, with SHA256SUMS updated to match, so that the
    /// copy fails on the foreign key only. Works on CSV and NDJSON archives.
    static func copyWithDanglingInvoice(_ archive: URL, to destination: URL) async throws {
        let dangling = "00000000-0000-4000-8000-000000000000"
        let edit =
            switch try TestArchive(archive).manifest.string("format") {
            case "csv": "1000s/^\\([^,]*\\),[^,]*,/\\1,\(dangling),/"
            default: "1000s/\"invoice_id\":\"[^\"]*\"/\"invoice_id\":\"\(dangling)\"/"
            }
        try await copy(archive, to: destination, editing: .invoiceLineItems, with: edit)
    }

    /// A copy of `archive` at `destination` whose file of `table` is run through the sed
    /// script `edit` and recompressed, with SHA256SUMS updated to match.
    static func copy(
        _ archive: URL, to destination: URL, editing table: Table, with edit: String
    ) async throws {
        let file = try TestArchive(archive).file(of: table).lastPathComponent
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
