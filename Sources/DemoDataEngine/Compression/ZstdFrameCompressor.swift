import CZstd
import DemoDataCore
import DemoDataVocabulary

/// Compresses each chunk into one standard zstd frame (with its content size and a checksum):
/// frames concatenate into a valid zstd file, which `zstd -d` and every zstd reader decompress
/// as one stream. Chunks are not primed with the chunk before them — a frame that needed
/// another frame's content to decode would not be standard — so the output depends only on
/// the chunk and the level.
package final class ZstdFrameCompressor: ChunkCompressor, @unchecked Sendable {
    private let context: OpaquePointer

    package init(level: Int) throws {
        guard let context = ZSTD_createCCtx() else {
            throw ZstdError("ZSTD_createCCtx", detail: "out of memory")
        }
        for (parameter, value) in [
            (ZSTD_c_compressionLevel, Int32(level)), (ZSTD_c_checksumFlag, 1),
            (ZSTD_c_contentSizeFlag, 1),
        ] {
            let status = ZSTD_CCtx_setParameter(context, parameter, value)
            if ZSTD_isError(status) != 0 {
                ZSTD_freeCCtx(context)
                throw ZstdError("ZSTD_CCtx_setParameter", code: status)
            }
        }
        self.context = context
    }

    deinit {
        ZSTD_freeCCtx(context)
    }

    package func compress(
        _ input: UnsafeRawBufferPointer, dictionary: UnsafeRawBufferPointer, last: Bool,
        into output: ByteBuffer
    ) throws {
        let bound = ZSTD_compressBound(input.count)
        output.reserve(bound)
        let start = output.count
        let written = ZSTD_compress2(
            context, output.base.advanced(by: start), bound, input.baseAddress, input.count)
        if ZSTD_isError(written) != 0 {
            throw ZstdError("ZSTD_compress2", code: written)
        }
        output.count = start + written
    }
}

/// Streams the content out of zstd data, frame after frame.
package final class ZstdDecompressor: ContentDecompressor {
    private let context: OpaquePointer
    private var output = [UInt8](repeating: 0, count: 1 << 17)
    /// Whether the input so far ended exactly at the end of a frame.
    private var atFrameBoundary = true
    package private(set) var members = 0

    package init() throws {
        guard let context = ZSTD_createDCtx() else {
            throw ZstdError("ZSTD_createDCtx", detail: "out of memory")
        }
        self.context = context
    }

    deinit {
        ZSTD_freeDCtx(context)
    }

    package func decompress(
        _ input: UnsafeRawBufferPointer, emit: (UnsafeRawBufferPointer) throws -> Void
    ) throws {
        guard let base = input.baseAddress, input.count > 0 else { return }
        var source = ZSTD_inBuffer(src: base, size: input.count, pos: 0)
        while source.pos < source.size {
            _ = try step(&source, emit: emit)
        }
        // A frame may still hold output that did not fit the buffer: flush it.
        var empty = ZSTD_inBuffer(src: base, size: 0, pos: 0)
        while !atFrameBoundary, try step(&empty, emit: emit) > 0 {}
    }

    /// One call of the streaming decoder: emits what it produced and returns how much.
    private func step(
        _ source: inout ZSTD_inBuffer, emit: (UnsafeRawBufferPointer) throws -> Void
    ) throws -> Int {
        let (status, produced) = output.withUnsafeMutableBytes { buffer -> (Int, Int) in
            var target = ZSTD_outBuffer(dst: buffer.baseAddress, size: buffer.count, pos: 0)
            let status = ZSTD_decompressStream(context, &target, &source)
            return (status, target.pos)
        }
        if ZSTD_isError(status) != 0 {
            throw ZstdError("ZSTD_decompressStream", code: status)
        }
        if produced > 0 {
            try output.withUnsafeBytes {
                try emit(UnsafeRawBufferPointer(rebasing: $0[0..<produced]))
            }
        }
        // zstd returns 0 exactly when a frame is complete and fully flushed.
        if status == 0 {
            members += 1
        }
        atFrameBoundary = status == 0
        return produced
    }

    package func finish() throws {
        guard atFrameBoundary else {
            throw ZstdError(
                "ZSTD_decompressStream", detail: "the data ends in the middle of a frame")
        }
    }
}

/// A zstd call that failed, with zstd's words for why.
package struct ZstdError: Error, CustomStringConvertible {
    package let description: String

    package init(_ function: String, code: Int) {
        let name = ZSTD_getErrorName(code).map { String(cString: $0) } ?? "error \(code)"
        description = "\(function) failed: \(name)"
    }

    package init(_ function: String, detail: String) {
        description = "\(function) failed: \(detail)"
    }
}

/// The version of the libzstd this program runs with, as the manifest records it.
package enum ZstdVersion {
    package static let text: String = {
        guard let version = ZSTD_versionString() else { return "unknown" }
        return String(cString: version)
    }()
}
