import Foundation

/// What a finished process left behind: its exit status and everything it wrote.
struct ProcessResult: Sendable, CustomStringConvertible {
    /// The exit status, or 128 + the signal number when a signal ended the process.
    let status: Int32
    let standardOutput: Data
    let standardError: Data

    var outputText: String { String(decoding: standardOutput, as: UTF8.self) }
    var errorText: String { String(decoding: standardError, as: UTF8.self) }

    /// The lines written to standard error, without their line ends.
    var errorLines: [String] {
        var lines = errorText.split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        if lines.last == "" {
            lines.removeLast()
        }
        return lines
    }

    /// Whether standard error holds exactly one non-empty, newline-terminated line.
    var errorIsOneLine: Bool {
        errorLines.count == 1 && !errorLines[0].isEmpty && errorText.hasSuffix("\n")
    }

    var description: String {
        "exit status \(status); stderr: \(errorText.debugDescription); "
            + "stdout: \(standardOutput.count) bytes"
    }
}
