import DemoDataCore
import DemoDataEngine

/// Why an archive could not be written or read, in words that say what to do about it.
public struct ArchiveError: Error, CustomStringConvertible, Sendable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }

    /// An error from a system call on `path`, with the system's explanation of `code`.
    package static func system(_ action: String, _ path: String, code: Int32, hint: String = "")
        -> ArchiveError
    {
        let reason = SystemError.message(code)
        return ArchiveError("cannot \(action) \(path): \(reason)\(hint.isEmpty ? "" : "; \(hint)")")
    }
}
