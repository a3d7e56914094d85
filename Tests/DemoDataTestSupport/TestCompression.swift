import CZlib
import CZstd

/// gzip and zstd compression with the system's zlib and libzstd called directly, for tests
/// that write files of their own (a decompression bomb is one small block, repeated).
public enum TestCompression {
    /// One gzip member holding `bytes`, with the header zlib writes (no name, no time, the
    /// OS byte of Unix), which is the header demodata writes at the same level.
    public static func gzip(_ bytes: [UInt8], level: Int32 = 6) throws -> [UInt8] {
        var stream = z_stream()
        // 16 + 15: a gzip wrapper around a 32 KiB window.
        guard
            czlib_deflate_init2(&stream, level, Z_DEFLATED, 16 + 15, 8, Z_DEFAULT_STRATEGY)
                == Z_OK
        else { throw TestFailure("deflateInit2 failed") }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))))
        var input = bytes
        let status = input.withUnsafeMutableBufferPointer { input in
            output.withUnsafeMutableBufferPointer { output in
                stream.next_in = input.baseAddress
                stream.avail_in = uInt(input.count)
                stream.next_out = output.baseAddress
                stream.avail_out = uInt(output.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw TestFailure("deflate failed: \(status)") }
        return Array(output[..<Int(stream.total_out)])
    }

    /// One zstd frame holding `bytes`.
    public static func zstd(_ bytes: [UInt8], level: Int32 = 3) throws -> [UInt8] {
        var output = [UInt8](repeating: 0, count: ZSTD_compressBound(bytes.count))
        let size = output.withUnsafeMutableBytes { output in
            bytes.withUnsafeBytes { input in
                ZSTD_compress(
                    output.baseAddress, output.count, input.baseAddress, input.count, level)
            }
        }
        guard ZSTD_isError(size) == 0 else { throw TestFailure("ZSTD_compress failed") }
        return Array(output[..<size])
    }
}
