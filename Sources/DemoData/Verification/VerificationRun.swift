#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One verification of one archive: the state that the manifest, checksum and table checks
/// share, and the order they run in.
final class VerificationRun {
    static let manifestName = "manifest.json"
    static let sumsName = "SHA256SUMS"

    let directory: String
    let log: FindingLog
    let lineItemIDsPerPass: Int
    var tables: [VerifiedTable] = []
    /// The digests `SHA256SUMS` lists, by file name, with their lines.
    var listedDigests: [String: (digest: String, line: Int)] = [:]

    init(verifier: ArchiveVerifier) {
        directory = verifier.directory
        log = FindingLog(limit: verifier.maximumFindings)
        lineItemIDsPerPass = verifier.lineItemIDsPerPass
    }

    func run() -> VerificationReport {
        if let (manifest, parameters) = checkManifest() {
            checkSums(manifest)
            let rules = ArchiveRules(
                log: log, parameters: parameters, lineItemIDBudget: lineItemIDsPerPass)
            if rules.partial {
                log.note(
                    "shard \(parameters.shard?.description ?? ""): references that may point "
                        + "into other shards (customers → customer_types, products → "
                        + "product_categories, invoices → customers, invoice_line_items → "
                        + "products) and the rules that need them are checked only where the "
                        + "referenced row is in this shard")
            }
            var repeats: [RepeatedIDCheck.Repeat] = []
            for table in Table.allCases {
                repeats += checkTable(table, manifest: manifest, rules: rules)
            }
            rules.finish(lineItemRepeats: repeats)
        }
        return VerificationReport(
            directory: directory, findings: log.findings, findingCount: log.count,
            tables: tables, notes: log.notes)
    }

    func path(_ name: String) -> String {
        directory + "/" + name
    }

    /// Whether `path` is a regular file (following symbolic links).
    static func isFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }
}
