import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

/// The outcome of verifying an archive: every finding (up to a limit, with the full count), the
/// tables and rows read, and notes on checks that could not apply.
public struct VerificationReport: Sendable {
    /// The archive directory that was verified.
    public let directory: String
    /// The findings in the order they were found: the manifest, `SHA256SUMS`, then each table
    /// file in load order (its bytes first, then its rows), then the checks across tables. At
    /// most the verifier's `maximumFindings` are kept; `findingCount` counts them all.
    public let findings: [Finding]
    /// How many findings there were, including any beyond `findings`.
    public let findingCount: Int
    /// The tables whose files were read, in load order.
    public let tables: [VerifiedTable]
    /// Checks that could not apply, such as references into other shards of a shard archive.
    public let notes: [String]
    /// Whether every table's content was regenerated from the manifest's parameters and found
    /// equal, byte for byte: then the archive holds exactly the data those parameters define.
    public let regenerated: Bool
    /// What this program could not check, and which release or build would: empty when the
    /// verification is complete (the archive's data version, release and compression library
    /// are this program's, so every byte of every file was compared with its regeneration).
    public let incompleteReasons: [String]
    /// The bytes of table files read and of their content decompressed, all passes together:
    /// the verification's work, which the manifest's sizes and the schema bound whatever the
    /// files hold.
    public let bytesRead: UInt64
    public let bytesDecompressed: UInt64

    /// A report of `findingCount` findings, of which `findings` are kept.
    public init(
        directory: String, findings: [Finding], findingCount: Int, tables: [VerifiedTable],
        notes: [String], regenerated: Bool = false, incompleteReasons: [String] = [],
        bytesRead: UInt64 = 0, bytesDecompressed: UInt64 = 0
    ) {
        self.directory = directory
        self.findings = findings
        self.findingCount = max(findingCount, findings.count)
        self.tables = tables
        self.notes = notes
        self.regenerated = regenerated
        self.incompleteReasons = incompleteReasons
        self.bytesRead = bytesRead
        self.bytesDecompressed = bytesDecompressed
    }

    /// Whether everything could be checked: every byte of every file compared with what this
    /// program makes of the manifest's parameters.
    public var complete: Bool { incompleteReasons.isEmpty }

    /// Whether the archive is verified: every check was made and holds. An archive this
    /// program cannot regenerate in full is never reported as passed, however clean.
    public var passed: Bool { findingCount == 0 && complete }

    /// The outcome in one word: `passed`, `failed` (findings) or `incomplete` (no findings,
    /// but not everything could be checked).
    public var outcome: String {
        findingCount > 0 ? "failed" : complete ? "passed" : "incomplete"
    }

    /// The data rows read, over all tables.
    public var rowsChecked: Int { tables.reduce(0) { $0 + $1.rows } }
}
