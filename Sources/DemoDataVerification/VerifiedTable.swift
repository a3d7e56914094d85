import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

/// How much of one table a verification read: its file and the rows it checked.
public struct VerifiedTable: Sendable, Hashable {
    /// The table name, such as `invoice_line_items`.
    public let name: String
    /// The file the rows were read from.
    public let file: String
    /// The data rows read from the file (a CSV header is not a row).
    public let rows: Int

    /// The tally of `rows` read from table `name`'s `file`.
    public init(name: String, file: String, rows: Int) {
        self.name = name
        self.file = file
        self.rows = rows
    }
}
