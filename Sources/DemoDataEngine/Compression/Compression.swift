import DemoDataCore
import DemoDataVocabulary

/// How table files are compressed.
public enum Compression: String, CaseIterable, Sendable, Codable {
    case gzip
    case zstd
    case none

    /// The codec: the one place a `--compression` value is mapped to what it does.
    package var codec: any CompressionCodec {
        switch self {
        case .gzip: GzipCodec()
        case .zstd: ZstdCodec()
        case .none: NoCompressionCodec()
        }
    }

    /// The suffix added to the file name (`.gz`, `.zst`, or nothing).
    public var fileSuffix: String { codec.fileSuffix }

    /// The levels the codec takes.
    public var levels: ClosedRange<Int> { codec.levels }

    /// The level used when none is given: gzip's and zstd's own defaults (6 and 3); an
    /// uncompressed archive records 6, as it always has.
    public var defaultLevel: Int { codec.defaultLevel }

    /// How many of a text codec's chunks (about 128 KiB each) one compressed chunk holds.
    public var textChunksPerChunk: Int { codec.textChunksPerChunk }

    /// A compressor of independent chunks for one worker thread; nil without compression.
    package func makeChunkCompressor(level: Int) throws -> (any ChunkCompressor)? {
        try codec.makeChunkCompressor(level: level)
    }

    /// A decompressor of a whole file's content; nil without compression. With
    /// `strictGzipHeaders`, gzip members must carry demodata's own header with that XFL byte.
    package func makeDecompressor(strictGzipHeaders: UInt8? = nil) throws -> (
        any ContentDecompressor
    )? {
        try codec.makeDecompressor(strictGzipHeaders: strictGzipHeaders)
    }

    /// The bytes a file starts with, before its first chunk.
    package func fileHeader(level: Int) -> [UInt8] {
        codec.fileHeader(level: level)
    }

    /// The bytes a file ends with, from the CRC-32 and length of its whole content.
    package func fileTrailer(crc: UInt32, length: UInt64) -> [UInt8] {
        codec.fileTrailer(crc: crc, length: length)
    }

    /// Whether the file's framing needs the content's CRC-32.
    package var needsCRC: Bool { codec.needsCRC }
}

/// Compresses the chunks of a table file one at a time, each on its own, so that workers can
/// compress them in parallel and their outputs, concatenated in order between the codec's file
/// header and trailer, make one valid file.
package protocol ChunkCompressor: AnyObject, Sendable {
    /// Appends the compressed form of `input` to `output`.
    ///
    /// - Parameters:
    ///   - dictionary: the input just before this chunk, for codecs that prime a chunk with it
    ///     (empty for the first chunk).
    ///   - last: whether this chunk ends the file.
    func compress(
        _ input: UnsafeRawBufferPointer, dictionary: UnsafeRawBufferPointer, last: Bool,
        into output: ByteBuffer) throws
}

/// Streams the content out of a compressed file, piece by piece.
package protocol ContentDecompressor: AnyObject {
    /// Decompresses the next piece of the file, passing each piece of content to `emit`.
    func decompress(_ input: UnsafeRawBufferPointer, emit: (UnsafeRawBufferPointer) throws -> Void)
        throws
    /// Throws unless the file ended at the end of a member or frame.
    func finish() throws
    /// The gzip members or zstd frames read to their end.
    var members: Int { get }
}
