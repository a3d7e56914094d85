import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

/// One way an archive breaks its contract: the file, line and column it is about, and what is
/// wrong there.
public struct Finding: Sendable, Hashable, CustomStringConvertible {
    /// The file inside the archive (`manifest.json`, `SHA256SUMS`, `customers.ndjson.gz`, …).
    public let file: String
    /// The 1-based line of the file's uncompressed content (of `SHA256SUMS` for its entries);
    /// 0 when the finding is about the file as a whole.
    public let line: Int
    /// The column the finding is about, if it is about one.
    public let column: String?
    /// What is wrong, in a sentence that names the offending value where there is one.
    public let message: String

    /// A finding about `file` at `line` (0 for the whole file), naming `column` if any.
    public init(file: String, line: Int, column: String?, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line: column: message` (without the column when there is none, and without the
    /// line when the finding is about the whole file: `SHA256SUMS: message`).
    public var description: String {
        let place = line == 0 ? file + ": " : file + ":" + String(line) + ": "
        if let column {
            return place + column + ": " + message
        }
        return place + message
    }
}
