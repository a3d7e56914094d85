import DemoDataCore
import DemoDataEngine
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One pass over a table file: a second thread reads it in large pieces, hashes and counts the
/// file's bytes, decompresses them when the archive is gzip (member after member), and hashes
/// and counts the content, while the calling thread is handed the content piece by piece.
/// Nothing is held beyond a few pieces.
///
/// The work is bounded by `Limits`: no more of the file is read than its manifest entry's
/// size, no more content decompressed than the entry and the schema allow, nothing after the
/// first problem, and nothing once the caller wants no more.
package struct TableFileScan {
    /// The size of the file as stored, and the bytes of it read.
    package let fileBytes: UInt64
    package let bytesRead: UInt64
    /// The SHA-256 of the file; nil unless it was read to its end.
    package let fileSHA256: String?
    /// The bytes of content decompressed (equal to the bytes read without compression).
    package let contentBytes: UInt64
    /// The SHA-256 of the content; nil unless all of it was read and passed on.
    package let contentSHA256: String?
    /// Why the content could not be read to its end, if it could not.
    package let problem: String?
    /// The gzip members read to their end.
    package let members: Int
    /// The error the observer threw, which stopped the scan (its message is in `problem`).
    package let failure: (any Error)?

    /// Sees the file's bytes as they are read, before decompression, on the reading thread;
    /// an error it throws stops the scan.
    package typealias Observer = @Sendable (UnsafeRawBufferPointer) throws -> Void

    /// Scans the file at `path`, passing each piece of content to `content` in order while it
    /// returns true; once it returns false, nothing more is read.
    ///
    /// - Parameters:
    ///   - compression: how the file is compressed.
    ///   - strictGzipHeaders: for gzip, the XFL byte that every member's header must carry,
    ///     with no file name, comment or other extras; nil to accept any gzip header.
    ///   - limits: how much of the file to read and decompress at most.
    ///   - observer: sees the file's bytes as they are read.
    package init(
        path: String, compression: Compression, strictGzipHeaders: UInt8? = nil,
        limits: Limits = .none, observer: Observer? = nil,
        content: (UnsafeRawBufferPointer) -> Bool
    ) {
        let channel = ContentChannel(buffers: 4)
        let producer = Thread {
            channel.finish(
                Self.produce(
                    path: path, compression: compression, strictGzipHeaders: strictGzipHeaders,
                    limits: limits, observer: observer, into: channel))
        }
        producer.stackSize = 1 << 20
        producer.start()
        var wanted = true
        while let piece = channel.receive() {
            if wanted {
                wanted = piece.withUnsafeBytes(content)
                if !wanted {
                    channel.cancel()
                }
            }
            channel.recycle(piece)
        }
        let outcome = channel.outcome
        fileBytes = outcome.fileBytes
        bytesRead = outcome.bytesRead
        fileSHA256 = outcome.fileSHA256
        contentBytes = outcome.contentBytes
        contentSHA256 = wanted ? outcome.contentSHA256 : nil
        problem = outcome.problem
        members = outcome.members
        failure = outcome.failure
    }

    /// Scans `table`'s file at `path` as the manifest's format stores it, within the limits
    /// its manifest `entry` gives: a text file as above, or a Parquet file read row group by
    /// row group (`ParquetFileScan`), whose rows are passed to `content` as the NDJSON text
    /// they are and whose row groups count as members. With `strictGzipHeaders`, gzip members
    /// must carry the header demodata writes at the manifest's level. An `observer` sees the
    /// bytes of a text file (a Parquet file is read by its own reader, which has none).
    package init(
        path: String, table: Table, manifest: Manifest, entry: Manifest.TableEntry,
        strictGzipHeaders: Bool = true, observer: Observer? = nil,
        content: (UnsafeRawBufferPointer) -> Bool
    ) {
        let limits = Limits(table: table, entry: entry, manifest: manifest)
        guard manifest.format == .parquet else {
            self.init(
                path: path, compression: manifest.compression,
                strictGzipHeaders: manifest.compression == .gzip && strictGzipHeaders
                    ? GzipFraming.header(level: manifest.level)[8] : nil,
                limits: limits, observer: observer, content: content)
            return
        }
        precondition(observer == nil, "a Parquet file's scan has no observer of its bytes")
        var info = stat()
        if lstat(path, &info) == 0, UInt64(max(0, info.st_size)) > limits.fileBytes {
            let size = UInt64(info.st_size)
            self.init(
                fileBytes: size, bytesRead: 0, fileSHA256: nil, contentBytes: 0,
                contentSHA256: nil, problem: limits.oversize(size), members: 0, failure: nil)
            return
        }
        var wanted = true
        // The scan calls `content` only while it runs; the rows of a row group come in one
        // piece, and none are passed once `content` wants no more.
        let scan = withoutActuallyEscaping(content) { content in
            ParquetFileScan(
                path: path, table: table, codec: ParquetFormat.Codec(manifest.compression),
                content: { piece in
                    if wanted {
                        wanted = content(piece)
                    }
                })
        }
        self.init(
            fileBytes: scan.fileBytes, bytesRead: scan.fileBytes, fileSHA256: scan.fileSHA256,
            contentBytes: scan.contentBytes, contentSHA256: scan.contentSHA256,
            problem: scan.problem.map { "is not valid Parquet: " + $0 }, members: scan.rowGroups,
            failure: nil)
    }

    private init(
        fileBytes: UInt64, bytesRead: UInt64, fileSHA256: String?, contentBytes: UInt64,
        contentSHA256: String?, problem: String?, members: Int, failure: (any Error)?
    ) {
        self.fileBytes = fileBytes
        self.bytesRead = bytesRead
        self.fileSHA256 = fileSHA256
        self.contentBytes = contentBytes
        self.contentSHA256 = contentSHA256
        self.problem = problem
        self.members = members
        self.failure = failure
    }

    /// Ends decompression early: the content reached its limit, or the consumer wants no more.
    private struct Stop: Error {}

    /// The producer's side: reads, hashes and decompresses, sending the content in pieces.
    private static func produce(
        path: String, compression: Compression, strictGzipHeaders: UInt8?, limits: Limits,
        observer: Observer?, into channel: ContentChannel
    ) -> ContentChannel.Outcome {
        var outcome = ContentChannel.Outcome()
        // No link, FIFO or device: such a file could block or never end.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else {
            outcome.problem = "cannot be read: " + SystemError.message(errno)
            return outcome
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            outcome.problem = "is not a regular file"
            return outcome
        }
        outcome.fileBytes = UInt64(max(0, info.st_size))
        // The size is known before a byte is read: no more than the manifest's is read.
        let readable = min(outcome.fileBytes, limits.fileBytes)
        var fileHasher = SHA256Hasher()
        var contentHasher = SHA256Hasher()
        var decompressor: (any ContentDecompressor)?
        do {
            decompressor = try compression.makeDecompressor(strictGzipHeaders: strictGzipHeaders)
        } catch {
            outcome.problem = "cannot be decompressed: \(error)"
            return outcome
        }
        var piece = channel.emptyBuffer()
        func deliver(_ output: UnsafeRawBufferPointer) throws {
            if channel.isCancelled { throw Stop() }
            let room = limits.contentBytes - outcome.contentBytes
            let over = UInt64(output.count) > room
            let output = over ? UnsafeRawBufferPointer(rebasing: output.prefix(Int(room))) : output
            contentHasher.update(output)
            outcome.contentBytes += UInt64(output.count)
            var rest = output
            while !rest.isEmpty {
                let space = ContentChannel.pieceSize - piece.count
                piece.append(contentsOf: UnsafeRawBufferPointer(rebasing: rest.prefix(space)))
                rest = UnsafeRawBufferPointer(rebasing: rest.dropFirst(space))
                if piece.count == ContentChannel.pieceSize {
                    channel.send(piece)
                    piece = channel.emptyBuffer()
                }
            }
            if over {
                outcome.problem =
                    (compression == .none ? "holds" : "decompresses to") + " more than "
                    + limits.contentBound + "; the rest is not read"
                throw Stop()
            }
        }
        let buffer = UnsafeMutableRawBufferPointer.allocate(
            byteCount: ContentChannel.pieceSize, alignment: 16)
        defer { buffer.deallocate() }
        var stopped = false
        while outcome.bytesRead < readable, !stopped, !channel.isCancelled {
            let wanted = Int(min(UInt64(buffer.count), readable - outcome.bytesRead))
            let count = read(descriptor, buffer.baseAddress, wanted)
            if count < 0 {
                if errno == EINTR { continue }
                outcome.problem = "cannot be read: " + SystemError.message(errno)
                break
            }
            if count == 0 { break }
            let input = UnsafeRawBufferPointer(rebasing: buffer[0..<count])
            fileHasher.update(input)
            outcome.bytesRead += UInt64(count)
            if let observer {
                do {
                    try observer(input)
                } catch {
                    outcome.problem = "was not read to its end: \(error)"
                    outcome.failure = error
                    stopped = true
                    break
                }
            }
            do {
                if let decompressor {
                    try decompressor.decompress(input, emit: deliver)
                } else {
                    try deliver(input)
                }
            } catch is Stop {
                stopped = true
            } catch {
                outcome.problem = "does not decompress cleanly: \(error)"
                stopped = true
            }
        }
        if !piece.isEmpty {
            channel.send(piece)
        }
        stopped = stopped || channel.isCancelled
        let wholeFile = outcome.bytesRead == outcome.fileBytes
        if outcome.problem == nil, !stopped, !wholeFile {
            outcome.problem =
                outcome.fileBytes > limits.fileBytes
                ? limits.oversize(outcome.fileBytes)
                : "cannot be read: it ended after \(outcome.bytesRead) of its "
                    + "\(outcome.fileBytes) bytes"
        }
        if outcome.problem == nil, !stopped, let decompressor {
            let codec = compression.rawValue
            if outcome.fileBytes == 0 {
                outcome.problem = "is empty, which is not \(codec) data"
            } else if (try? decompressor.finish()) == nil {
                let unit = compression.codec.unitName
                outcome.problem =
                    "does not decompress cleanly: the \(codec) data ends in the middle of a "
                    + "\(unit) (truncated?)"
            }
        }
        outcome.members = decompressor?.members ?? 0
        outcome.fileSHA256 = wholeFile ? fileHasher.finalizeHex() : nil
        outcome.contentSHA256 =
            wholeFile && !stopped && outcome.problem == nil ? contentHasher.finalizeHex() : nil
        return outcome
    }
}
