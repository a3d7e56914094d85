import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

/// Collects the findings of one verification: keeps the first `limit` of them, so that a badly
/// broken archive cannot make memory grow with its rows, and counts them all.
package final class FindingLog {
    package let limit: Int
    package private(set) var findings: [Finding] = []
    package private(set) var count = 0
    package private(set) var notes: [String] = []

    package init(limit: Int) {
        self.limit = max(0, limit)
    }

    /// The position the next finding takes, for `insert(_:at:)`.
    package var mark: Int { findings.count }

    package func add(_ file: String, _ line: Int, _ column: String?, _ message: String) {
        count += 1
        if findings.count < limit {
            findings.append(Finding(file: file, line: line, column: column, message: message))
        }
    }

    /// Adds findings before those added since `mark`, so that a file's byte-level findings
    /// (known only once the whole file is read) come before the findings about its rows.
    package func insert(_ earlier: [Finding], at mark: Int) {
        count += earlier.count
        findings.insert(contentsOf: earlier, at: min(mark, findings.count))
        if findings.count > limit {
            findings.removeLast(findings.count - limit)
        }
    }

    package func note(_ text: String) {
        notes.append(text)
    }
}
