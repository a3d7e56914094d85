import DemoDataCore
import DemoDataEngine

/// The first line where a text differs from the text it should be, for messages that show
/// both: `line 12: expected "rows": 75, found "rows": 57`.
package struct LineDifference: Equatable, CustomStringConvertible {
    /// The 1-based line number.
    package let line: Int
    /// The line as it should be, nil where the expected text has ended.
    package let expected: String?
    /// The line as it is, nil where the actual text has ended.
    package let actual: String?

    /// The first differing line of `actual` against `expected`, or nil when they are equal.
    package init?(expected: [UInt8], actual: [UInt8]) {
        guard expected != actual else { return nil }
        let newline = UInt8(ascii: "\n")
        let wanted = expected.split(separator: newline, omittingEmptySubsequences: false)
        let found = actual.split(separator: newline, omittingEmptySubsequences: false)
        var index = 0
        while index < wanted.count, index < found.count, wanted[index] == found[index] {
            index += 1
        }
        line = index + 1
        self.expected = index < wanted.count ? Self.text(wanted[index]) : nil
        self.actual = index < found.count ? Self.text(found[index]) : nil
    }

    /// A line for a message: trimmed of its indentation and shortened when long.
    private static func text(_ bytes: ArraySlice<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
            .drop { $0 == " " }
        return text.count > 100 ? String(text.prefix(97)) + "..." : String(text)
    }

    package var description: String {
        func show(_ text: String?) -> String {
            text.map { $0.isEmpty ? "an empty line" : "`\($0)`" } ?? "the end of the file"
        }
        return "line \(line): expected \(show(expected)), found \(show(actual))"
    }
}
