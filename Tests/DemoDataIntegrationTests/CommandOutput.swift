import Foundation

/// What a finished program wrote and how it exited.
struct CommandOutput: Sendable, CustomStringConvertible {
    let command: String
    let status: Int32
    let standardOutput: String
    let standardError: String

    var succeeded: Bool { status == 0 }

    /// The standard output without its trailing line break, for one-value queries.
    var trimmedOutput: String {
        standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    var description: String {
        "\(command) exited \(status)\nstdout:\n\(standardOutput)\nstderr:\n\(standardError)"
    }

    /// Itself when the program exited 0, else an error that shows everything it wrote.
    @discardableResult
    func checked() throws -> CommandOutput {
        guard succeeded else { throw IntegrationFailure(description) }
        return self
    }
}
