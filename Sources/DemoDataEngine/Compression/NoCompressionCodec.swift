import DemoDataCore

/// No compression: the files are the content.
package struct NoCompressionCodec: CompressionCodec {
    package var fileSuffix: String { "" }
    /// Recorded as 6, as an uncompressed archive always has.
    package var levels: ClosedRange<Int> { 1...9 }
    package var defaultLevel: Int { 6 }
    package var unitName: String { "file" }
    package var dataPackageName: String? { nil }
    package var library: (name: String, version: String)? { nil }

    package func estimatedBytes(text: UInt64, gzip: UInt64, format: OutputFormat) -> UInt64 {
        text
    }

    /// Writing is the limit, whatever the threads (the benchmark: 340 MB/s).
    package func bytesPerSecond(workers: Double) -> Double { 340_000_000.0 }

    /// The uncompressed pages (large 2,883, huge 3,135).
    package var parquetPerTenThousandOfNDJSON: UInt64 { 3_000 }

    package func makeChunkCompressor(level: Int) throws -> (any ChunkCompressor)? { nil }

    package func makeDecompressor(strictGzipHeaders: UInt8?) throws -> (any ContentDecompressor)? {
        nil
    }
}
