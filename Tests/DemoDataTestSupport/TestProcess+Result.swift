import Foundation

extension TestProcess {
    /// What a finished process left behind: the command, its exit status (128 + the signal
    /// number when a signal ended the process) and everything it wrote.
    public struct Result: Sendable, CustomStringConvertible {
        /// The program and its arguments, for messages.
        public let command: String
        public let status: Int32
        public let standardOutput: Data
        public let standardError: Data

        public init(command: String, status: Int32, standardOutput: Data, standardError: Data) {
            self.command = command
            self.status = status
            self.standardOutput = standardOutput
            self.standardError = standardError
        }

        public var succeeded: Bool { status == 0 }

        public var outputText: String { String(decoding: standardOutput, as: UTF8.self) }
        public var errorText: String { String(decoding: standardError, as: UTF8.self) }

        /// The standard output without its surrounding white space, for one-value queries.
        public var trimmedOutput: String {
            outputText.trimmingCharacters(in: .whitespacesAndNewlines)
        }

        /// The lines written to standard error, without their line ends.
        public var errorLines: [String] {
            var lines = errorText.split(separator: "\n", omittingEmptySubsequences: false)
                .map(String.init)
            if lines.last == "" {
                lines.removeLast()
            }
            return lines
        }

        /// Whether standard error holds exactly one non-empty, newline-terminated line.
        public var errorIsOneLine: Bool {
            errorLines.count == 1 && !errorLines[0].isEmpty && errorText.hasSuffix("\n")
        }

        /// Itself when the program exited 0, else a failure that shows everything it wrote.
        @discardableResult
        public func checked() throws -> Result {
            guard succeeded else { throw TestFailure(description) }
            return self
        }

        /// The command, its status, standard error, and standard output when it is short
        /// text (else its size: an archive streamed to standard output is no message).
        public var description: String {
            let output =
                standardOutput.count <= 4096 && !outputText.contains("\u{FFFD}")
                ? "stdout:\n\(outputText)" : "stdout: \(standardOutput.count) bytes"
            return "\(command) exited \(status)\nstderr:\n\(errorText)\n\(output)"
        }
    }
}
