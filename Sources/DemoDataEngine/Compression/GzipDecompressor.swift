import CZlib
import DemoDataCore
import DemoDataVocabulary

/// Streams the uncompressed bytes out of gzip data, member after member (concatenated gzip
/// members are one valid gzip file, as `merge` writes them).
package final class GzipDecompressor: ContentDecompressor {
    private let stream: UnsafeMutablePointer<z_stream>
    private var output: [UInt8]
    private var inMember = false
    /// Whether the input so far ended exactly at the end of a member.
    package private(set) var atMemberBoundary = true
    /// The members decompressed to their end so far.
    package private(set) var members = 0
    /// With `strictHeaders`, each member's header as zlib reads it, and three one-byte
    /// buffers that zlib leaves in place only when the header has an extra field, a file name
    /// or a comment.
    private var header: UnsafeMutablePointer<gz_header>?
    private var headerBuffers: UnsafeMutablePointer<Bytef>?
    private var expectedExtraFlags: UInt8 = 0

    /// A decompressor; with `strictHeaders` set to the XFL byte demodata writes, every member
    /// must have exactly demodata's header (no file name, comment, extra field or header CRC,
    /// time 0, OS Unix), or `decompress` throws.
    package convenience init(strictHeaders extraFlags: UInt8) throws {
        try self.init()
        header = UnsafeMutablePointer<gz_header>.allocate(capacity: 1)
        header?.initialize(to: gz_header())
        headerBuffers = UnsafeMutablePointer<Bytef>.allocate(capacity: 3)
        expectedExtraFlags = extraFlags
    }

    package init() throws {
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
        if let header {
            header.deinitialize(count: 1)
            header.deallocate()
        }
        headerBuffers?.deallocate()
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Decompresses the next piece of input, passing each piece of output to `emit`.
    package func decompress(
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
                try watchHeader()
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
                try checkHeader()
                inMember = false
                atMemberBoundary = true
                members += 1
            case Z_OK, Z_BUF_ERROR:
                continue
            default:
                throw ZlibError("inflate", code: status, stream: stream)
            }
        }
    }

    /// Asks zlib to record the header of the member about to start.
    private func watchHeader() throws {
        guard let header, let buffers = headerBuffers else { return }
        header.pointee = gz_header()
        for index in 0..<3 {
            buffers[index] = 0xFF
        }
        header.pointee.extra = buffers
        header.pointee.extra_max = 1
        header.pointee.name = buffers + 1
        header.pointee.name_max = 1
        header.pointee.comment = buffers + 2
        header.pointee.comm_max = 1
        let status = inflateGetHeader(stream, header)
        guard status == Z_OK else { throw ZlibError("inflateGetHeader", code: status) }
    }

    /// Throws unless the member just ended had demodata's header.
    private func checkHeader() throws {
        guard let header else { return }
        let read = header.pointee
        let plain =
            read.done == 1 && read.extra == nil && read.name == nil && read.comment == nil
            && read.hcrc == 0 && read.time == 0 && read.os == 3 && read.text == 0
            && read.xflags == Int32(expectedExtraFlags)
        guard plain else {
            throw GzipHeaderError(member: members + 1)
        }
    }

    /// Throws unless the input ended at the end of a gzip member.
    package func finish() throws {
        guard atMemberBoundary else {
            throw ZlibError("inflate", code: Z_BUF_ERROR)
        }
    }

    /// Decompresses a whole gzip file held in memory (for tests and small files).
    package static func decompress(_ data: [UInt8]) throws -> [UInt8] {
        let decompressor = try GzipDecompressor()
        var result: [UInt8] = []
        try data.withUnsafeBytes { bytes in
            try decompressor.decompress(bytes) { result.append(contentsOf: $0) }
        }
        try decompressor.finish()
        return result
    }
}
