import DemoDataCore

/// gzip through zlib: deflate blocks primed with the previous 32 KiB, one member per file.
package struct GzipCodec: CompressionCodec {
    package var fileSuffix: String { ".gz" }
    package var levels: ClosedRange<Int> { 1...9 }
    package var defaultLevel: Int { 6 }
    package var unitName: String { "member" }
    package var dataPackageName: String? { "gz" }
    package var library: (name: String, version: String)? { ("zlib", ZlibVersion.text) }
    package var needsCRC: Bool { true }

    package func estimatedBytes(text: UInt64, gzip: UInt64, format: OutputFormat) -> UInt64 {
        gzip
    }

    /// Deflate at level 6 is the limit, per thread (the benchmark's huge run: 62 MB/s on 2
    /// threads).
    package func bytesPerSecond(workers: Double) -> Double { 31_000_000.0 * workers }

    /// Between large's 1,159 and huge's 1,325.
    package var parquetPerTenThousandOfNDJSON: UInt64 { 1_240 }

    package func makeChunkCompressor(level: Int) throws -> (any ChunkCompressor)? {
        try DeflateBlockCompressor(level: level)
    }

    package func makeDecompressor(strictGzipHeaders: UInt8?) throws -> (any ContentDecompressor)? {
        try strictGzipHeaders.map { try GzipDecompressor(strictHeaders: $0) } ?? GzipDecompressor()
    }

    package func fileHeader(level: Int) -> [UInt8] {
        GzipFraming.header(level: level)
    }

    package func fileTrailer(crc: UInt32, length: UInt64) -> [UInt8] {
        GzipFraming.trailer(crc: crc, length: length)
    }
}
