import DemoDataCore
import DemoDataVocabulary

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A Parquet file opened for reading at any offset. A symbolic link, FIFO, device or socket
/// is refused (it could block or never end), and every read must find the bytes the size
/// measured at opening promised.
package final class ParquetInputFile {
    private let descriptor: Int32
    /// The file's size when it was opened.
    package let size: Int

    package init(path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else {
            throw ParquetReadError(
                errno == ELOOP
                    ? "the file is a symbolic link"
                    : "the file cannot be read: " + SystemError.message(errno))
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            throw ParquetReadError("the file is not a regular file")
        }
        self.descriptor = descriptor
        size = Int(info.st_size)
    }

    deinit {
        close(descriptor)
    }

    /// Appends the `count` bytes at `offset` to `buffer`.
    package func read(at offset: Int, count: Int, into buffer: ByteBuffer) throws {
        guard offset >= 0, count >= 0, count <= size - offset else {
            throw ParquetReadError(
                "the file has no bytes \(offset)..<\(offset + count): it has \(size) bytes")
        }
        buffer.reserve(count)
        var done = 0
        while done < count {
            let got = pread(
                descriptor, buffer.base + buffer.count + done, count - done,
                off_t(offset + done))
            if got < 0 {
                if errno == EINTR { continue }
                throw ParquetReadError("the file cannot be read: " + SystemError.message(errno))
            }
            guard got > 0 else {
                throw ParquetReadError(
                    "the file ended at byte \(offset + done) while being read: it had \(size) "
                        + "bytes when opened")
            }
            done += got
        }
        buffer.count += count
    }

    /// The `count` bytes at `offset`.
    package func read(at offset: Int, count: Int) throws -> [UInt8] {
        let buffer = ByteBuffer(capacity: count)
        try read(at: offset, count: count, into: buffer)
        return buffer.array
    }
}
