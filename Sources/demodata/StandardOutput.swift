#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Standard output, unbuffered, with every write checked: data that did not reach the reader
/// is an error, never a silent loss.
enum StandardOutput {
    /// Writes all of `bytes`, retrying short writes and interruptions.
    static func write(_ bytes: [UInt8]) throws(StandardOutputError) {
        let failure: Int32? = bytes.withUnsafeBytes { buffer in
            guard var next = buffer.baseAddress else { return nil }
            var remaining = buffer.count
            while remaining > 0 {
                let result = Glibc.write(1, next, remaining)
                if result < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                next += result
                remaining -= result
            }
            return nil
        }
        if let failure {
            throw StandardOutputError(code: failure)
        }
    }

    static func write(_ text: String) throws(StandardOutputError) {
        try write(Array(text.utf8))
    }

    /// Whether standard output is a pipe whose reader has closed it, which is what a failed
    /// write there means.
    static var readerHasGone: Bool {
        var descriptor = pollfd(fd: 1, events: Int16(POLLOUT), revents: 0)
        // A pipe without readers polls as an error at once; zero timeout, so this never waits.
        return poll(&descriptor, 1, 0) == 1 && descriptor.revents & Int16(POLLERR) != 0
    }
}
