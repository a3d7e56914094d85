import Crypto

/// Writes one table file from blocks of rows, in order: frames them as gzip (or writes them
/// plain), and keeps the checksums, sizes and row count the manifest records. One thread at a
/// time uses it (the pipeline's writer queue).
final class TableFileWriter: @unchecked Sendable {
    let table: Table
    let fileName: String
    private let file: OutputFile
    private let compression: Compression
    private var fileHasher = SHA256()
    private var contentHasher = SHA256()
    private var crc: UInt32 = 0
    private(set) var rows = 0
    private(set) var uncompressedBytes: UInt64 = 0

    init(table: Table, fileName: String, file: OutputFile, compression: Compression, level: Int)
        throws
    {
        self.table = table
        self.fileName = fileName
        self.file = file
        self.compression = compression
        try emit(compression.fileHeader(level: level))
    }

    /// Appends one block: `raw` is its uncompressed bytes, `compressed` its deflate output when
    /// the file is gzip.
    func append(
        raw: UnsafeRawBufferPointer, crc rawCRC: UInt32, compressed: UnsafeRawBufferPointer,
        rows: Int
    )
        throws
    {
        contentHasher.update(bufferPointer: raw)
        uncompressedBytes += UInt64(raw.count)
        self.rows += rows
        switch compression {
        case .gzip, .zstd:
            if compression.needsCRC {
                crc = CRC32.combine(crc, rawCRC, secondLength: raw.count)
            }
            try emit(compressed)
        case .none:
            // The file is the content: one hash serves both checksums.
            try file.append(raw)
        }
    }

    /// Ends the file (gzip trailer), syncs and closes it, and returns its manifest entry.
    func finish() throws -> Manifest.TableEntry {
        try emit(compression.fileTrailer(crc: crc, length: uncompressedBytes))
        try file.syncAndClose()
        let contentDigest = Self.hex(contentHasher.finalize())
        return Manifest.TableEntry(
            name: table.name, file: fileName, rows: rows, bytes: file.written,
            sha256: compression == .none ? contentDigest : Self.hex(fileHasher.finalize()),
            uncompressedBytes: uncompressedBytes, contentSHA256: contentDigest,
            columns: table.columns.map(Manifest.ColumnEntry.init(schema:)),
            primaryKey: [Table.primaryKey])
    }

    private func emit(_ bytes: UnsafeRawBufferPointer) throws {
        fileHasher.update(bufferPointer: bytes)
        try file.append(bytes)
    }

    private func emit(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try emit($0) }
    }

    /// Lowercase hex of a digest.
    static func hex<Digest: Sequence>(_ digest: Digest) -> String where Digest.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        for byte in digest {
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 15)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
