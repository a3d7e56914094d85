import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

/// Checks an archive against its manifest, its checksums, the schema and every business rule
/// of the SPEC, streaming each file once.
///
/// In order, reporting every finding with its file, line and column: `manifest.json` is a
/// well-formed manifest listing the eight tables with the schema's columns; `SHA256SUMS` lists
/// every file with its right checksum; each table file exists with the size and SHA-256 of the
/// manifest, decompresses cleanly (member after member) to the recorded number of bytes and
/// `content_sha256`; every row parses and has exactly the schema's columns, each with its
/// type's exact text form, nullability and checks; row counts match the manifest and the
/// volume; primary keys and unique columns are unique; every foreign key resolves; and the
/// business rules hold (credit limits, markups, stock, addresses and ZIP codes, invoice dates,
/// statuses, discounts, line and invoice totals, tax), all in integer cents.
///
/// Checksums say whether a file changed; the rules say whether its content is right, so an
/// archive edited with every checksum recomputed still fails on the rule it breaks.
///
/// Memory grows with the parent tables (about 150 bytes per customer, product and invoice; see
/// `ArchiveRules` and `SchemaChecks`) and not with the tables no other table references
/// (addresses, inventory, invoice line items, the largest table): their ids are checked for
/// repeats in passes of at most `idsPerPass` ids (24 bytes each, 12 MB at the default), reading
/// the file once more for each further pass. These checks run when an archive differs from its
/// regeneration, to explain the difference; an archive equal to its regeneration verifies in
/// constant memory.
///
/// In a shard archive (one of several), references that may point into other shards
/// (customer → tier, product → category, invoice → customer, line item → product) are checked
/// only where the row they name is in the shard; the report says so in a note.
public struct ArchiveVerifier: Sendable {
    /// The archive directory.
    public let directory: String
    /// The most findings a report keeps; it still counts all of them.
    public let maximumFindings: Int
    /// The most ids of a table that no other table references kept in memory at once; a larger
    /// table is read again for each further share of its ids.
    package let idsPerPass: Int
    /// The threads that regenerate the archive's files (the output never depends on them).
    public let threads: Int

    /// A verifier of the archive at `directory` that regenerates on `threads` threads.
    public init(directory: String, maximumFindings: Int = 10_000, threads: Int = 1) {
        self.init(
            directory: directory, maximumFindings: maximumFindings, idsPerPass: 1 << 19,
            threads: threads)
    }

    package init(directory: String, maximumFindings: Int, idsPerPass: Int, threads: Int = 1) {
        self.directory = directory
        self.maximumFindings = maximumFindings
        self.idsPerPass = max(1, idsPerPass)
        self.threads = max(1, threads)
    }

    /// Verifies the archive and reports what it found.
    ///
    /// - Throws: `ArchiveError` when `directory` is not a directory or holds no
    ///   `manifest.json`, so there is no archive to check; every problem of an archive is a
    ///   finding in the report instead.
    public func verify() throws -> VerificationReport {
        switch FileSystem.kind(of: directory) {
        case .missing:
            throw ArchiveError("cannot verify \(directory): no such directory")
        case .file, .other:
            throw ArchiveError("cannot verify \(directory): it is not a directory")
        case .directory:
            break
        }
        guard FileSystem.exists(directory + "/" + VerificationRun.manifestName) else {
            throw ArchiveError(
                "cannot verify \(directory): it is not a demodata archive (it has no "
                    + "manifest.json)")
        }
        return VerificationRun(verifier: self).run()
    }
}
