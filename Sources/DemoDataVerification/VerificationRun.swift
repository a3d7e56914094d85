import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One verification of one archive: the state that the manifest, checksum and table checks
/// share, and the order they run in.
package final class VerificationRun {
    package static let manifestName = "manifest.json"
    package static let sumsName = "SHA256SUMS"

    package let directory: String
    /// Reads the archive's manifest, sums and table files.
    package let reader: ArchiveReader
    package let log: FindingLog
    package let idsPerPass: Int
    /// The threads that regenerate the archive's files.
    package let threads: Int
    package var tables: [VerifiedTable] = []
    /// Why the verification could not check everything (another data version, release or
    /// compression library): each a sentence naming what would.
    package var incomplete: [String] = []
    /// Whether the files' bytes were already checked (by the regeneration pass), so the rule
    /// pass reports only rows.
    package var bytesChecked = false
    /// The digests `SHA256SUMS` lists, by file name, with their lines.
    package var listedDigests: [String: (digest: String, line: Int)] = [:]
    /// The bytes of table files read and of content decompressed, every pass together: the
    /// work the verification did.
    package var bytesRead: UInt64 = 0
    package var bytesDecompressed: UInt64 = 0

    package init(verifier: ArchiveVerifier) {
        directory = verifier.directory
        reader = ArchiveReader(verifier.directory)
        log = FindingLog(limit: verifier.maximumFindings)
        idsPerPass = verifier.idsPerPass
        threads = verifier.threads
    }

    package func run() -> VerificationReport {
        if let (manifest, parameters) = checkManifest() {
            if !parameters.subset.isAll {
                noteSubset(parameters.subset)
            }
            checkSums(manifest)
            let scope = RegenerationScope(manifest)
            incomplete = scope.reasons
            if scope.regenerates {
                if regenerate(manifest, parameters, compressedBytes: scope.comparesCompressedBytes),
                    log.count == 0
                {
                    return report(regenerated: true)
                }
                if log.count > 0 {
                    log.note(
                        "the business-rule checks below explain what differs from the "
                            + "regenerated data")
                }
                tables = []
                bytesChecked = true
            }
            let rules = ArchiveRules(
                log: log, parameters: parameters, idBudget: idsPerPass)
            if rules.partial {
                log.note(
                    "shard \(parameters.shard?.description ?? ""): references that may point "
                        + "into other shards (customers → customer_types, products → "
                        + "product_categories, invoices → customers, invoice_line_items → "
                        + "products) and the rules that need them are checked only where the "
                        + "referenced row is in this shard")
            }
            for table in Table.allCases {
                checkTable(table, manifest: manifest, rules: rules)
            }
            rules.finish()
        }
        return report()
    }

    /// Says what a subset archive leaves unchecked: the tables it omits, and the rules between
    /// an included parent and an omitted child.
    private func noteSubset(_ subset: TableSubset) {
        let omitted = Table.allCases.filter { !subset.contains($0) }
        let rules: [(parent: Table, child: Table, rule: String)] = [
            (.customers, .customerAddresses, "addresses per customer"),
            (.products, .inventory, "inventory per product"),
            (.invoices, .invoiceLineItems, "line items and their sum and tax per invoice"),
        ]
        let skipped = rules.filter { subset.contains($0.parent) && !subset.contains($0.child) }
        log.note(
            "a subset archive of \(subset.tables.count) tables: it omits "
                + omitted.map(\.name).joined(separator: ", ")
                + (skipped.isEmpty
                    ? ""
                    : "; the rules that need them are not checked ("
                        + skipped.map(\.rule).joined(separator: ", ") + ")"))
    }

    private func report(regenerated: Bool = false) -> VerificationReport {
        VerificationReport(
            directory: directory, findings: log.findings, findingCount: log.count,
            tables: tables, notes: log.notes, regenerated: regenerated,
            incompleteReasons: incomplete, bytesRead: bytesRead,
            bytesDecompressed: bytesDecompressed)
    }

    package func path(_ name: String) -> String {
        reader.path(name)
    }
}
