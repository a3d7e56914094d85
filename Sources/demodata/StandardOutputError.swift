#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why standard output did not take what a command wrote.
struct StandardOutputError: Error, CustomStringConvertible {
    /// The `errno` of the failed write.
    let code: Int32

    /// Whether the reader has gone (`demodata stream … | head`): it has all it wanted, so the
    /// command ends quietly, as `cat` does, rather than failing.
    var readerHasGone: Bool { code == EPIPE }

    var description: String {
        let reason = strerror(code).map { String(cString: $0).lowercased() } ?? "error \(code)"
        return "cannot write standard output: \(reason)"
    }
}
