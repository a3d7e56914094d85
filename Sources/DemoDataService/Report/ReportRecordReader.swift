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

/// Reads the records of a spill file in order through a fixed buffer, or those of a sorted
/// array that never needed a file.
package final class ReportRecordReader {
    private let descriptor: Int32
    private let path: String
    private var buffer: [ReportRecord]
    private var position = 0
    private var ended = false
    private static let bufferLength = 1_024

    /// Opens the spill file at `path`.
    package init(path: String) throws {
        self.path = path
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw ArchiveError.system(
                "open the report's temporary file", path, code: errno,
                hint: "set TMPDIR to a directory no other program cleans")
        }
        buffer = []
    }

    /// Reads `records` from memory.
    package init(records: [ReportRecord]) {
        descriptor = -1
        path = ""
        buffer = records
        ended = true
    }

    deinit {
        if descriptor >= 0 {
            close(descriptor)
        }
    }

    /// The next record, or nil at the end.
    package func next() throws -> ReportRecord? {
        if position == buffer.count {
            guard !ended else { return nil }
            try refill()
            guard position < buffer.count else { return nil }
        }
        defer { position += 1 }
        return buffer[position]
    }

    private func refill() throws {
        let stride = MemoryLayout<ReportRecord>.stride
        var records = [ReportRecord](
            repeating: ReportRecord(key: Key128(high: 0, low: 0), first: 0, second: 0),
            count: Self.bufferLength)
        var filled = 0
        try records.withUnsafeMutableBytes { bytes in
            guard let base = bytes.baseAddress else { return }
            while filled < bytes.count {
                let count = read(descriptor, base + filled, bytes.count - filled)
                if count < 0, errno == EINTR { continue }
                guard count >= 0 else {
                    throw ArchiveError.system("read the report's temporary file", path, code: errno)
                }
                if count == 0 { break }
                filled += count
            }
        }
        guard filled % stride == 0 else {
            throw ArchiveError(
                "the report's temporary file \(path) ends in the middle of a record; another "
                    + "program changed it, set TMPDIR to a private directory")
        }
        if filled < records.count * stride {
            ended = true
        }
        records.removeLast(records.count - filled / stride)
        buffer = records
        position = 0
    }
}
