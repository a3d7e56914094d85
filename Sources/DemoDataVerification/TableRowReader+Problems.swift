import DemoDataArchive
import DemoDataCore
import DemoDataEngine

extension TableRowReader {
    /// What got in the way of reading the table file of `entry` for a summary (`info`'s, the
    /// report's), one line each: a damaged file, one that is not the manifest's, rows that do
    /// not parse (the first of them), a row count other than the manifest's.
    package func readingProblems(
        _ scan: TableFileScan, log: FindingLog, entry: Manifest.TableEntry
    ) -> [String] {
        var problems: [String] = []
        if let problem = scan.problem {
            problems.append("\(entry.file) \(problem)")
        } else if scan.fileSHA256.map({ $0 != entry.sha256 }) ?? false {
            problems.append("\(entry.file) does not match the SHA-256 in the manifest")
        }
        if let finding = log.findings.first {
            problems.append(
                "\(log.count) problem(s) in the rows of \(entry.file), the first at line "
                    + "\(finding.line): \(finding.message)")
        }
        if rows != entry.rows, !stopped {
            problems.append("\(entry.file) has \(rows) rows; the manifest says \(entry.rows)")
        }
        return problems
    }
}
