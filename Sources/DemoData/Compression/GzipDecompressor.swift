import CZlib

/// Streams the uncompressed bytes out of gzip data, member after member (concatenated gzip
/// members are one valid gzip file, as `merge` writes them).
public final class GzipDecompressor {
    private let stream: UnsafeMutablePointer<z_stream>
    private var output: [UInt8]
    private var inMember = false
    /// Whether the input so far ended exactly at the end of a member.
    public private(set) var atMemberBoundary = true

    public init() throws {
        // Set up before any property is assigned, so a failure cannot reach `deinit`.
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let status = czlib_inflate_init2(stream, 15 + 16)
        guard status == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            throw ZlibError("inflateInit2", code: status)
        }
        self.stream = stream
        output = [UInt8](repeating: 0, count: 1 << 17)
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Decompresses the next piece of input, passing each piece of output to `emit`.
    public func decompress(
        _ input: UnsafeRawBufferPointer, emit: (UnsafeRawBufferPointer) throws -> Void
    ) throws {
        guard let base = input.baseAddress, input.count > 0 else { return }
        stream.pointee.next_in = UnsafeMutablePointer(
            mutating: base.assumingMemoryBound(to: Bytef.self))
        stream.pointee.avail_in = uInt(input.count)
        while stream.pointee.avail_in > 0 {
            if !inMember {
                let status = inflateReset(stream)
                guard status == Z_OK else { throw ZlibError("inflateReset", code: status) }
                inMember = true
                atMemberBoundary = false
            }
            let status = try output.withUnsafeMutableBytes { buffer -> Int32 in
                stream.pointee.next_out = buffer.baseAddress?.assumingMemoryBound(to: Bytef.self)
                stream.pointee.avail_out = uInt(buffer.count)
                let status = inflate(stream, Z_NO_FLUSH)
                let produced = buffer.count - Int(stream.pointee.avail_out)
                if produced > 0 {
                    try emit(UnsafeRawBufferPointer(rebasing: buffer[0..<produced]))
                }
                return status
            }
            switch status {
            case Z_STREAM_END:
                inMember = false
                atMemberBoundary = true
            case Z_OK, Z_BUF_ERROR:
                continue
            default:
                throw ZlibError("inflate", code: status, stream: stream)
            }
        }
    }

    /// Throws unless the input ended at the end of a gzip member.
    public func finish() throws {
        guard atMemberBoundary else {
            throw ZlibError("inflate", code: Z_BUF_ERROR)
        }
    }

    /// Decompresses a whole gzip file held in memory (for tests and small files).
    public static func decompress(_ data: [UInt8]) throws -> [UInt8] {
        let decompressor = try GzipDecompressor()
        var result: [UInt8] = []
        try data.withUnsafeBytes { bytes in
            try decompressor.decompress(bytes) { result.append(contentsOf: $0) }
        }
        try decompressor.finish()
        return result
    }
}
