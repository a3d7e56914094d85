import DemoDataCore
import DemoDataEngine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A new file opened for writing, with every failure turned into an `ArchiveError` that names
/// the file.
package final class OutputFile {
    package let path: String
    private var descriptor: Int32
    /// Bytes written so far.
    package private(set) var written: UInt64 = 0

    /// Creates `path`, which must not exist yet.
    package init(creating path: String) throws {
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw ArchiveError.system("create", path, code: errno) }
    }

    /// Takes over `descriptor`, a file already open for writing at `path`.
    package init(adopting descriptor: Int32, path: String) {
        self.path = path
        self.descriptor = descriptor
    }

    /// Wraps standard output.
    package init(standardOutput: ()) {
        path = "standard output"
        descriptor = 1
    }

    /// A file that keeps nothing and only counts what is appended: what `verify` writes the
    /// regenerated table files to, hashing them on the way; `allowance` learns how far it has
    /// come.
    package init(discarding allowance: ReadAllowance? = nil) {
        path = "no file"
        descriptor = Self.discarded
        self.allowance = allowance
    }

    /// Told how many bytes a discarding file has taken.
    private var allowance: ReadAllowance?

    /// The descriptor of a file that keeps nothing.
    private static let discarded: Int32 = -2

    deinit {
        if descriptor > 2 {
            close(descriptor)
        }
    }

    /// Writes all of `bytes`, retrying short writes and interruptions.
    package func append(_ bytes: UnsafeRawBufferPointer) throws {
        guard var start = bytes.baseAddress else { return }
        if descriptor == Self.discarded {
            written += UInt64(bytes.count)
            allowance?.grant(upTo: written)
            return
        }
        var remaining = bytes.count
        while remaining > 0 {
            let result = write(descriptor, start, remaining)
            if result < 0 {
                if errno == EINTR { continue }
                throw ArchiveError.system(
                    "write", path, code: errno,
                    hint: "wrote \(Self.sizeText(written)) before the failure")
            }
            start += result
            remaining -= result
            written += UInt64(result)
        }
    }

    package func append(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try append($0) }
    }

    /// Flushes the file to stable storage and closes it.
    package func syncAndClose() throws {
        guard descriptor > 2 else { return }
        if fsync(descriptor) != 0 {
            throw ArchiveError.system("sync", path, code: errno)
        }
        let result = close(descriptor)
        descriptor = -1
        if result != 0 {
            throw ArchiveError.system("close", path, code: errno)
        }
    }

    package static func sizeText(_ bytes: UInt64) -> String {
        if bytes >= 10 << 20 {
            return "\(bytes >> 20) MB"
        }
        if bytes >= 10 << 10 {
            return "\(bytes >> 10) KB"
        }
        return "\(bytes) bytes"
    }
}
