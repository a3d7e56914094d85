import DemoDataCore

/// zstd through libzstd: one frame per compressed chunk of eight text chunks (1 MiB), whose
/// tables are set up once per megabyte and whose matches reach across it.
package struct ZstdCodec: CompressionCodec {
    package var fileSuffix: String { ".zst" }
    package var levels: ClosedRange<Int> { 1...19 }
    package var defaultLevel: Int { 3 }
    package var textChunksPerChunk: Int { 8 }
    package var unitPerChunk: Bool { true }
    package var unitName: String { "frame" }
    package var dataPackageName: String? { "zst" }
    package var library: (name: String, version: String)? { ("zstd", ZstdVersion.text) }

    /// Level 3's size as a share of gzip level 6's, per ten thousand: between large's and
    /// huge's (NDJSON 8,055 and 8,627; CSV 8,247 and 8,722).
    package func estimatedBytes(text: UInt64, gzip: UInt64, format: OutputFormat) -> UInt64 {
        PerTenThousand.share(gzip, format == .csv ? 8_480 : 8_340)
    }

    /// Level 3, per thread (huge ×10: 1,616 MB in 8.2 s on 2 threads).
    package func bytesPerSecond(workers: Double) -> Double { 98_000_000.0 * workers }

    /// Between large's 1,085 and huge's 1,223.
    package var parquetPerTenThousandOfNDJSON: UInt64 { 1_150 }

    package func makeChunkCompressor(level: Int) throws -> (any ChunkCompressor)? {
        try ZstdFrameCompressor(level: level)
    }

    package func makeDecompressor(strictGzipHeaders: UInt8?) throws -> (any ContentDecompressor)? {
        try ZstdDecompressor()
    }
}
