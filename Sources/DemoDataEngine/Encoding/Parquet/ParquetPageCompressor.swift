import DemoDataCore
import DemoDataVocabulary

/// Compresses Parquet pages, each on its own, with the archive's compression: a zstd frame
/// (ZSTD), a gzip member (GZIP, RFC 1952 as the specification requires), or the page as it is
/// (UNCOMPRESSED). One thread uses a compressor at a time.
package final class ParquetPageCompressor {
    package let codec: ParquetFormat.Codec
    package let compression: Compression
    package let level: Int
    private let compressor: (any ChunkCompressor)?

    package init(compression: Compression, level: Int) throws {
        self.compression = compression
        self.level = level
        compressor = try compression.makeChunkCompressor(level: level)
        codec = ParquetFormat.Codec(compression)
    }

    /// Appends the compressed form of `page` to `output`.
    package func compress(_ page: UnsafeRawBufferPointer, into output: ByteBuffer) throws {
        guard let compressor else {
            output.append(contentsOf: page)
            return
        }
        let gzip = compression == .gzip
        if gzip {
            output.append(contentsOf: GzipFraming.header(level: level))
        }
        try compressor.compress(
            page, dictionary: UnsafeRawBufferPointer(start: nil, count: 0), last: true,
            into: output)
        if gzip {
            output.append(
                contentsOf: GzipFraming.trailer(
                    crc: CRC32.update(0, page), length: UInt64(page.count)))
        }
    }
}
