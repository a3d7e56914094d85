import CZlib
import CZstd

/// The content of gzip and zstd files, read with the system's zlib and libzstd directly, so
/// that the tests' reading of an archive shares no code with the product's decompressors.
public enum TestDecompression {
    /// The content of `bytes` compressed as `compression` (`gzip`, `zstd` or `none`, as
    /// manifest.json names it).
    public static func content(of bytes: [UInt8], compressedAs compression: String) throws
        -> [UInt8]
    {
        switch compression {
        case "gzip": try gunzip(bytes)
        case "zstd": try unzstd(bytes)
        case "none": bytes
        default: throw TestFailure("unknown compression \(compression)")
        }
    }

    /// The content of one or more gzip members, one after the other.
    public static func gunzip(_ bytes: [UInt8]) throws -> [UInt8] {
        guard !bytes.isEmpty else { throw TestFailure("gzip data is empty") }
        var stream = z_stream()
        // 16 + 15: a gzip wrapper around a 32 KiB window.
        guard czlib_inflate_init2(&stream, 16 + 15) == Z_OK else {
            throw TestFailure("inflateInit2 failed")
        }
        defer { inflateEnd(&stream) }
        var content: [UInt8] = []
        var output = [UInt8](repeating: 0, count: 1 << 16)
        var input = bytes
        try input.withUnsafeMutableBufferPointer { input in
            stream.next_in = input.baseAddress
            stream.avail_in = UInt32(input.count)
            while true {
                let status = output.withUnsafeMutableBufferPointer { output in
                    stream.next_out = output.baseAddress
                    stream.avail_out = UInt32(output.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                content += output[..<(output.count - Int(stream.avail_out))]
                switch status {
                case Z_OK:
                    continue
                case Z_STREAM_END where stream.avail_in == 0:
                    return
                case Z_STREAM_END:
                    // Another member follows.
                    guard inflateReset(&stream) == Z_OK else {
                        throw TestFailure("inflateReset failed")
                    }
                case Z_BUF_ERROR where stream.avail_in == 0:
                    throw TestFailure("gzip data ends inside a member")
                default:
                    throw TestFailure("gzip data is damaged (zlib status \(status))")
                }
            }
        }
        return content
    }

    /// The content of one or more zstd frames, one after the other.
    public static func unzstd(_ bytes: [UInt8]) throws -> [UInt8] {
        guard !bytes.isEmpty else { throw TestFailure("zstd data is empty") }
        guard let stream = ZSTD_createDStream() else {
            throw TestFailure("ZSTD_createDStream failed")
        }
        defer { ZSTD_freeDStream(stream) }
        var content: [UInt8] = []
        var output = [UInt8](repeating: 0, count: ZSTD_DStreamOutSize())
        // What the last call said is left of its frame: 0 at a frame's end.
        var remaining = 0
        try bytes.withUnsafeBytes { bytes in
            var input = ZSTD_inBuffer(src: bytes.baseAddress, size: bytes.count, pos: 0)
            while input.pos < input.size || remaining != 0 {
                let before = (input.pos, content.count)
                let result = output.withUnsafeMutableBytes { output in
                    var buffer = ZSTD_outBuffer(dst: output.baseAddress, size: output.count, pos: 0)
                    let result = ZSTD_decompressStream(stream, &buffer, &input)
                    content += output[..<buffer.pos]
                    return result
                }
                if ZSTD_isError(result) != 0 {
                    let name = String(cString: ZSTD_getErrorName(result))
                    throw TestFailure("zstd data is damaged: \(name)")
                }
                remaining = result
                if (input.pos, content.count) == before {
                    throw TestFailure("zstd data ends inside a frame")
                }
            }
        }
        return content
    }
}
