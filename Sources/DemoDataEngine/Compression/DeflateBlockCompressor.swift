import CZlib
import DemoDataCore
import DemoDataVocabulary

/// Compresses one block of a raw deflate stream that is built from many blocks, the way pigz
/// does: each block is primed with the 32 KiB of input before it as the dictionary and ends
/// with a sync flush (the last one with the final block), so blocks compress independently and
/// their outputs concatenate into one valid deflate stream.
///
/// The `z_stream` lives at a fixed heap address for the compressor's life, as zlib requires.
/// A compressor is used by one thread at a time (the pipeline gives each worker its own).
package final class DeflateBlockCompressor: ChunkCompressor, @unchecked Sendable {
    private let stream: UnsafeMutablePointer<z_stream>

    /// The window: the most input history deflate can refer back to.
    package static let windowSize = 32 * 1024

    package init(level: Int) throws {
        // The stream is set up before `self.stream` is assigned: an initializer that throws
        // after every property is set would still run `deinit`, freeing the stream twice.
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let status = czlib_deflate_init2(
            stream, Int32(level), Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY)
        guard status == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            throw ZlibError("deflateInit2", code: status)
        }
        self.stream = stream
    }

    deinit {
        deflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Appends the compressed form of `input` to `output`.
    ///
    /// - Parameters:
    ///   - dictionary: the input that precedes this block in the stream (its last 32 KiB are
    ///     used), empty for the first block.
    ///   - last: whether this block ends the stream.
    package func compress(
        _ input: UnsafeRawBufferPointer, dictionary: UnsafeRawBufferPointer, last: Bool,
        into output: ByteBuffer
    ) throws {
        var status = deflateReset(stream)
        guard status == Z_OK else { throw ZlibError("deflateReset", code: status, stream: stream) }
        if dictionary.count > 0, let base = dictionary.baseAddress {
            let length = min(dictionary.count, Self.windowSize)
            let start = base.advanced(by: dictionary.count - length)
            status = deflateSetDictionary(
                stream, start.assumingMemoryBound(to: Bytef.self), uInt(length))
            guard status == Z_OK else {
                throw ZlibError("deflateSetDictionary", code: status, stream: stream)
            }
        }
        stream.pointee.next_in = UnsafeMutablePointer(
            mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
        stream.pointee.avail_in = uInt(input.count)
        let flush = last ? Z_FINISH : Z_SYNC_FLUSH
        var room = Int(deflateBound(stream, uLong(input.count))) + 64
        while true {
            output.reserve(room)
            let start = output.count
            stream.pointee.next_out = output.base.advanced(by: start)
            stream.pointee.avail_out = uInt(room)
            status = deflate(stream, flush)
            output.count = start + room - Int(stream.pointee.avail_out)
            if status == Z_STREAM_END || (!last && status == Z_OK && stream.pointee.avail_out > 0) {
                return
            }
            guard status == Z_OK || status == Z_BUF_ERROR else {
                throw ZlibError("deflate", code: status, stream: stream)
            }
            room = max(room, 4096)
        }
    }
}
