import DemoDataCore
import DemoDataEngine

/// The buffers of one chunk in flight: its text, its CRC and its compressed form.
package final class ChunkSlot: @unchecked Sendable {
    package let raw = ByteBuffer(capacity: 1 << 18)
    package let compressed = ByteBuffer(capacity: 1 << 16)
    /// What encoding the chunk gave.
    package private(set) var chunk = EncodedChunk(rows: 0)
    /// The rows written.
    package var rows: Int { chunk.rows }
    /// The chunk's content bytes: its text, or what its compressed pages hold.
    package var contentBytes: Int { chunk.content?.bytes ?? raw.count }
    package private(set) var crc: UInt32 = 0
    private var roots = 0..<0
    private var first = false
    private var last = false
    /// The chunk before this one in the file, whose text primes the compressor.
    private var dictionary: ChunkSlot?

    package func prepare(roots: Range<Int>, first: Bool, last: Bool, dictionary: ChunkSlot?) {
        self.roots = roots
        self.first = first
        self.last = last
        self.dictionary = dictionary
    }

    /// Makes `previous`, the last chunk of the wave before, this chunk's dictionary.
    package func link(after previous: ChunkSlot) {
        dictionary = previous
    }

    package func generate(_ table: Table, context: DataContext, codec: any TableCodec) throws {
        raw.removeAll()
        chunk = try codec.writeChunk(
            table, roots: roots, context: context, first: first, last: last, into: raw)
    }

    /// Compresses the chunk; `crc` when the file's framing needs the content's CRC-32.
    package func compress(with compressor: any ChunkCompressor, crc needsCRC: Bool) throws {
        compressed.removeAll()
        let previous = dictionary?.raw.bytes ?? UnsafeRawBufferPointer(start: nil, count: 0)
        try compressor.compress(raw.bytes, dictionary: previous, last: last, into: compressed)
        crc = needsCRC ? CRC32.update(0, raw.bytes) : 0
    }

    package func write(to writer: TableFileWriter) throws {
        try writer.append(raw: raw.bytes, crc: crc, compressed: compressed.bytes, chunk: chunk)
    }
}
