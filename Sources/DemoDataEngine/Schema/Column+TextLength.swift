import DemoDataCore
import DemoDataVocabulary

/// How long a value of a column can be written: the bound behind `Table.maximumLineLength`.
extension Column {
    /// The most UTF-8 bytes a string value of this column holds: its `maximumLength`, or the
    /// longest value a `.oneOf` check allows; nil for the other types.
    package var longestString: Int? {
        guard type == .string else { return nil }
        if let maximumLength {
            return maximumLength
        }
        if case .oneOf(let values) = check {
            return values.map(\.utf8.count).max() ?? 0
        }
        return nil
    }

    /// The most bytes a value of this column takes in a line of `format`'s text (NDJSON for
    /// Parquet, whose rows the verifier reads as NDJSON), quotes and escapes included.
    package func maximumTextLength(_ format: OutputFormat) -> Int {
        let json = format.rowText == .ndjson
        // A JSON string escapes a byte in at most six (`\u0000`); a CSV field doubles its
        // quotes and is quoted.
        let text: Int
        switch type {
        case .uuid: text = 36
        case .string:
            let bytes = longestString ?? 0
            return json ? 2 + 6 * bytes : 2 + 2 * bytes
        case .integer: text = boundsLength ?? Int.min.description.utf8.count
        case .boolean: text = 5
        case .decimal(let precision, _):
            // A sign, the digits, the point and a leading zero.
            text = boundsLength ?? precision + 3
        case .date: text = 10
        case .timestamp: text = 27
        }
        let quoted = json && type != .integer && type != .boolean ? text + 2 : text
        // JSON writes a null as `null`; CSV as nothing.
        return json && nullable ? max(quoted, 4) : quoted
    }

    /// The longer text of the two ends of a `.between` check.
    private var boundsLength: Int? {
        guard case .between(let low, let high) = check else { return nil }
        return max(low.utf8.count, high.utf8.count)
    }
}
