import DemoDataCore
import DemoDataVocabulary

/// Decompresses Parquet pages, each on its own, with the project's streaming decompressors: a
/// zstd frame (ZSTD), a gzip member (GZIP) or the page as it is (UNCOMPRESSED). A page must
/// decompress to exactly the size its header gives; decompression stops as soon as it makes
/// more, so a page cannot make the reader allocate beyond what its header was allowed.
package final class ParquetPageDecompressor {
    private var gzip: GzipDecompressor?
    private var zstd: ZstdDecompressor?

    /// Appends the page `compressed` holds, `size` bytes once decompressed, to `output`.
    package func decompress(
        _ compressed: UnsafeRawBufferPointer, codec: ParquetFormat.Codec, size: Int,
        into output: ByteBuffer
    ) throws {
        let start = output.count
        guard codec != .uncompressed else {
            guard compressed.count == size else {
                throw ParquetReadError(
                    "an uncompressed page has \(compressed.count) bytes; its header says \(size)")
            }
            output.append(contentsOf: compressed)
            return
        }
        output.reserve(size)
        let name = codec == .gzip ? "GZIP" : "ZSTD"
        do {
            let decompressor: any ContentDecompressor = try self.decompressor(for: codec)
            try decompressor.decompress(compressed) { piece in
                guard piece.count <= size - (output.count - start) else {
                    throw ParquetReadError(
                        "a \(name) page decompresses to more than the \(size) bytes its header "
                            + "says")
                }
                output.append(contentsOf: piece)
            }
            try decompressor.finish()
        } catch let error as ParquetReadError {
            forget(codec)
            throw error
        } catch {
            // A decompressor that failed is left in the middle of its data: start afresh.
            forget(codec)
            throw ParquetReadError("a \(name) page does not decompress: \(error)")
        }
        guard output.count - start == size else {
            throw ParquetReadError(
                "a \(name) page decompresses to \(output.count - start) bytes; its header says "
                    + "\(size)")
        }
    }

    private func decompressor(for codec: ParquetFormat.Codec) throws -> any ContentDecompressor {
        if codec == .gzip {
            if let gzip { return gzip }
            let made = try GzipDecompressor()
            gzip = made
            return made
        }
        if let zstd { return zstd }
        let made = try ZstdDecompressor()
        zstd = made
        return made
    }

    private func forget(_ codec: ParquetFormat.Codec) {
        if codec == .gzip {
            gzip = nil
        } else {
            zstd = nil
        }
    }
}
