import DemoDataCore
import DemoDataVocabulary

/// The longest line a table file can hold, from the schema alone: what the verifier's readers
/// buffer at most, so that a line that never ends costs bounded memory and work.
extension Table {
    /// The most bytes of one line of this table's file in `format`'s text (NDJSON for
    /// Parquet), its line end not counted: every column at its longest text, with NDJSON's
    /// keys and braces or CSV's commas; for CSV, at least the header line.
    public func maximumLineLength(_ format: OutputFormat) -> Int {
        let columns = self.columns
        let values = columns.reduce(0) { $0 + $1.maximumTextLength(format) }
        let separators = columns.count - 1
        guard format.rowText == .ndjson else {
            let header = columns.reduce(separators) { $0 + $1.name.utf8.count }
            return max(header, values + separators)
        }
        // `{"name":value,"name":value}`
        let keys = columns.reduce(0) { $0 + $1.name.utf8.count + 3 }
        return 2 + keys + separators + values
    }
}
