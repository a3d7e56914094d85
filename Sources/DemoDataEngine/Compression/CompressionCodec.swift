import DemoDataCore

/// Everything the rest of the program knows of one compression codec: its files' suffix and
/// framing, its levels, its compressor and decompressor, the library that makes its bytes
/// (which the manifest records and `verify` compares) and the constants of the estimates.
/// `Compression.codec` is the one place that maps a `--compression` value to its codec, so a
/// new codec is its file, its case in `Compression` and its C library.
package protocol CompressionCodec: Sendable {
    /// The suffix added to a table file's name (`.gz`); empty without compression.
    var fileSuffix: String { get }
    /// The levels it takes, and the level used when none is given.
    var levels: ClosedRange<Int> { get }
    var defaultLevel: Int { get }
    /// How many of a text format's chunks (about 128 KiB each) one compressed chunk holds.
    var textChunksPerChunk: Int { get }
    /// Whether each compressed chunk is a unit of its own in the file (a zstd frame), rather
    /// than one unit per file or shard (a gzip member).
    var unitPerChunk: Bool { get }
    /// What one independently decodable unit of its files is called (`member`, `frame`).
    var unitName: String { get }
    /// The name the Frictionless data package gives it (`gz`); nil without compression.
    var dataPackageName: String? { get }
    /// The library that makes its bytes, by the name the manifest records it under, and its
    /// version; nil without compression.
    var library: (name: String, version: String)? { get }
    /// Whether the file's framing needs the content's CRC-32.
    var needsCRC: Bool { get }

    /// Estimates: the compressed size of a text table from its uncompressed size and the
    /// measured gzip level 6 size of the same text.
    func estimatedBytes(text: UInt64, gzip: UInt64, format: OutputFormat) -> UInt64
    /// Estimates: uncompressed bytes per second that `workers` threads generate and compress.
    func bytesPerSecond(workers: Double) -> Double
    /// Estimates: a Parquet archive's files as a share of the NDJSON text of the same rows,
    /// per ten thousand, with this codec compressing the pages.
    var parquetPerTenThousandOfNDJSON: UInt64 { get }

    /// A compressor of independent chunks for one worker thread; nil without compression.
    func makeChunkCompressor(level: Int) throws -> (any ChunkCompressor)?
    /// A decompressor of a whole file's content; nil without compression. With
    /// `strictGzipHeaders`, gzip members must carry demodata's own header with that XFL byte.
    func makeDecompressor(strictGzipHeaders: UInt8?) throws -> (any ContentDecompressor)?
    /// The bytes a file starts with, before its first chunk.
    func fileHeader(level: Int) -> [UInt8]
    /// The bytes a file ends with, from the CRC-32 and length of its whole content.
    func fileTrailer(crc: UInt32, length: UInt64) -> [UInt8]
}

extension CompressionCodec {
    package var textChunksPerChunk: Int { 1 }
    package var unitPerChunk: Bool { false }
    package var needsCRC: Bool { false }
    package func fileHeader(level: Int) -> [UInt8] { [] }
    package func fileTrailer(crc: UInt32, length: UInt64) -> [UInt8] { [] }
}
