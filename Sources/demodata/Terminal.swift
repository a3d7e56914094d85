#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Lines to standard error, unbuffered, for messages and progress.
struct Terminal {
    let descriptor: Int32

    static let standardError = Terminal(descriptor: 2)
    static let standardOutput = Terminal(descriptor: 1)

    var isTerminal: Bool { isatty(descriptor) == 1 }

    func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            guard var next = bytes.baseAddress else { return }
            var remaining = bytes.count
            while remaining > 0 {
                let result = Glibc.write(descriptor, next, remaining)
                if result < 0 && errno == EINTR { continue }
                if result <= 0 { return }
                next += result
                remaining -= result
            }
        }
    }

    func line(_ text: String) {
        write(text + "\n")
    }
}
