import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVerification
import DemoDataVocabulary

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Appends records to a new spill file through a fixed buffer.
package final class ReportRecordWriter {
    package let path: String
    private let descriptor: Int32
    private var buffer: [ReportRecord] = []
    private static let bufferLength = 4_096

    /// Creates the file at `path`, which must not exist.
    package init(path: String) throws {
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw ArchiveError.system(
                "create the report's temporary file", path, code: errno,
                hint: "set TMPDIR to a writable directory")
        }
        buffer.reserveCapacity(Self.bufferLength)
    }

    deinit {
        close(descriptor)
    }

    package func append(_ record: ReportRecord) throws {
        buffer.append(record)
        if buffer.count == Self.bufferLength {
            try flush()
        }
    }

    /// Writes `records` after what was appended so far.
    package func append(contentsOf records: [ReportRecord]) throws {
        try flush()
        try records.withUnsafeBytes { try write($0) }
    }

    /// Writes what is buffered; call before the file is read.
    package func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try write($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else {
                throw ArchiveError.system(
                    "write the report's temporary file", path, code: written < 0 ? errno : ENOSPC,
                    hint: "free some space or set TMPDIR to a directory with room")
            }
            offset += written
        }
    }
}
