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
struct TableFileScan {
    /// The size and SHA-256 of the file as stored.
    let fileBytes: UInt64
    let fileSHA256: String
    /// The size and SHA-256 of the content (equal to the file's without compression).
    let contentBytes: UInt64
    let contentSHA256: String
    /// Why the content could not be read to its end, if it could not.
    let problem: String?
    /// The gzip members read to their end.
    let members: Int

    /// Scans the file at `path`, passing each piece of content to `content` in order.
    ///
    /// - Parameters:
    ///   - compression: how the file is compressed.
    ///   - strictGzipHeaders: for gzip, the XFL byte that every member's header must carry,
    ///     with no file name, comment or other extras; nil to accept any gzip header.
    init(
        path: String, compression: Compression, strictGzipHeaders: UInt8? = nil,
        content: (UnsafeRawBufferPointer) -> Void
    ) {
        let channel = ContentChannel(buffers: 4)
        let producer = Thread {
            channel.finish(
                Self.produce(
                    path: path, compression: compression, strictGzipHeaders: strictGzipHeaders,
                    into: channel))
        }
        producer.stackSize = 1 << 20
        producer.start()
        while let piece = channel.receive() {
            piece.withUnsafeBytes(content)
            channel.recycle(piece)
        }
        let outcome = channel.outcome
        fileBytes = outcome.fileBytes
        fileSHA256 = outcome.fileSHA256
        contentBytes = outcome.contentBytes
        contentSHA256 = outcome.contentSHA256
        problem = outcome.problem
        members = outcome.members
    }

    /// Scans `table`'s file at `path` as the manifest's format stores it: a text file as
    /// above, or a Parquet file read row group by row group (`ParquetFileScan`), whose rows are
    /// passed to `content` as the NDJSON text they are and whose row groups count as members.
    /// With `strictGzipHeaders`, gzip members must carry the header demodata writes at the
    /// manifest's level.
    init(
        path: String, table: Table, manifest: Manifest, strictGzipHeaders: Bool = true,
        content: (UnsafeRawBufferPointer) -> Void
    ) {
        guard manifest.format == .parquet else {
            self.init(
                path: path, compression: manifest.compression,
                strictGzipHeaders: manifest.compression == .gzip && strictGzipHeaders
                    ? GzipFraming.header(level: manifest.level)[8] : nil,
                content: content)
            return
        }
        // The scan calls `content` only while it runs.
        let scan = withoutActuallyEscaping(content) {
            ParquetFileScan(
                path: path, table: table, codec: ParquetFormat.Codec(manifest.compression),
                content: $0)
        }
        self.init(
            fileBytes: scan.fileBytes, fileSHA256: scan.fileSHA256,
            contentBytes: scan.contentBytes, contentSHA256: scan.contentSHA256,
            problem: scan.problem.map { "is not valid Parquet: " + $0 }, members: scan.rowGroups)
    }

    private init(
        fileBytes: UInt64, fileSHA256: String, contentBytes: UInt64, contentSHA256: String,
        problem: String?, members: Int
    ) {
        self.fileBytes = fileBytes
        self.fileSHA256 = fileSHA256
        self.contentBytes = contentBytes
        self.contentSHA256 = contentSHA256
        self.problem = problem
        self.members = members
    }

    /// The producer's side: reads, hashes and decompresses, sending the content in pieces.
    private static func produce(
        path: String, compression: Compression, strictGzipHeaders: UInt8?,
        into channel: ContentChannel
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
        var fileHasher = SHA256Hasher()
        var contentHasher = SHA256Hasher()
        var decompressor: (any ContentDecompressor)?
        do {
            decompressor = try compression.makeDecompressor(strictGzipHeaders: strictGzipHeaders)
        } catch {
            outcome.problem = "cannot be decompressed: \(error)"
        }
        var piece = channel.emptyBuffer()
        func deliver(_ output: UnsafeRawBufferPointer) {
            contentHasher.update(output)
            outcome.contentBytes += UInt64(output.count)
            var rest = output
            while !rest.isEmpty {
                let room = ContentChannel.pieceSize - piece.count
                piece.append(contentsOf: UnsafeRawBufferPointer(rebasing: rest.prefix(room)))
                rest = UnsafeRawBufferPointer(rebasing: rest.dropFirst(room))
                if piece.count == ContentChannel.pieceSize {
                    channel.send(piece)
                    piece = channel.emptyBuffer()
                }
            }
        }
        let buffer = UnsafeMutableRawBufferPointer.allocate(
            byteCount: ContentChannel.pieceSize, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer.baseAddress, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                outcome.problem = outcome.problem ?? "cannot be read: " + SystemError.message(errno)
                break
            }
            if count == 0 { break }
            let input = UnsafeRawBufferPointer(rebasing: buffer[0..<count])
            fileHasher.update(input)
            outcome.fileBytes += UInt64(count)
            guard outcome.problem == nil else { continue }
            if let decompressor {
                do {
                    try decompressor.decompress(input, emit: deliver)
                } catch {
                    outcome.problem = "does not decompress cleanly: \(error)"
                }
            } else {
                deliver(input)
            }
        }
        if !piece.isEmpty {
            channel.send(piece)
        }
        if outcome.problem == nil, let decompressor {
            let codec = compression.rawValue
            if outcome.fileBytes == 0 {
                outcome.problem = "is empty, which is not \(codec) data"
            } else if (try? decompressor.finish()) == nil {
                let unit = compression == .gzip ? "member" : "frame"
                outcome.problem =
                    "does not decompress cleanly: the \(codec) data ends in the middle of a "
                    + "\(unit) (truncated?)"
            }
        }
        outcome.members = decompressor?.members ?? 0
        outcome.fileSHA256 = fileHasher.finalizeHex()
        outcome.contentSHA256 = contentHasher.finalizeHex()
        return outcome
    }
}
