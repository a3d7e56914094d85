#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Terminal {
    /// The width a line may take when the terminal does not say (a pipe, a file, a terminal
    /// of width 0).
    static let defaultColumns = 80

    /// The terminal's width in columns (TIOCGWINSZ), asked on every call because a window
    /// can be resized; `defaultColumns` when it is not a terminal or does not say.
    var columns: Int {
        var size = winsize()
        let result = withUnsafeMutablePointer(to: &size) {
            ioctl(descriptor, UInt(TIOCGWINSZ), $0)
        }
        guard result == 0, size.ws_col > 0 else { return Self.defaultColumns }
        return Int(size.ws_col)
    }
}
