import DemoDataCore
import DemoDataVocabulary

/// How an output format lays a table's rows out in a file: what the file starts with, how a
/// chunk of rows is encoded, and what the file ends with. The archive writer, `stream` and the
/// verifier's regeneration all write through it, and the chunk pipeline compresses what it
/// writes through the compression seam (`ChunkCompressor`), so a new format is one more codec
/// and touches neither.
///
/// A text format's chunk is about 128 KiB of rows that the pipeline compresses as a whole. A
/// binary format with its own framing (Parquet) compresses inside its chunks — a chunk is a
/// row group of compressed pages — and describes each chunk to the file writer
/// (`EncodedChunk.rowGroup`), which ends the file with what the chunks described (`footer`).
package protocol TableCodec: Sendable {
    /// Whether a file that begins its table starts with one line naming the columns.
    var hasHeaderLine: Bool { get }

    /// Whether the pipeline compresses each chunk with the archive's compression; false when
    /// the codec compresses inside its chunks and files have no compression framing.
    var pipelineCompresses: Bool { get }

    /// How many roots of `table` make one chunk: fixed by the table, never by the threads.
    func rootsPerChunk(_ table: Table) -> Int

    /// How many chunks the pipeline keeps in one wave on `threads` threads: enough to keep
    /// every thread busy, few enough that three waves of buffers stay small.
    func chunksPerWave(threads: Int) -> Int

    /// Writes what a file of `table` starts with; `beginsTable` when no other file (an earlier
    /// shard) holds rows of the table before it.
    func writeStart(of table: Table, beginsTable: Bool, into buffer: ByteBuffer)

    /// Encodes the rows of `roots` of `table`, appending them to `buffer`.
    func encode(_ table: Table, roots: Range<Int>, context: DataContext, into buffer: ByteBuffer)
        throws -> EncodedChunk

    /// Writes what the last chunk of a file of `table` ends with.
    func writeEnd(of table: Table, into buffer: ByteBuffer)

    /// The bytes the file writer appends after the last chunk, from the row groups the chunks
    /// described, at their places in the file: empty for the text formats.
    func footer(of table: Table, rowGroups: [ParquetRowGroupMetaData]) -> [UInt8]
}

/// What encoding one chunk gave besides its bytes.
package struct EncodedChunk {
    /// The rows written.
    package var rows: Int
    /// The chunk's row group, its offsets counted from the start of the chunk's bytes, for a
    /// format that describes its chunks in a footer; nil for the text formats.
    package var rowGroup: ParquetRowGroupMetaData? = nil
    /// For a format whose bytes are not its content (compressed pages), the chunk's content:
    /// the SHA-256 of what it holds uncompressed, and its size. Nil for the text formats,
    /// whose content is the chunk's bytes.
    package var content: (digest: [UInt8], bytes: Int)? = nil

    package init(
        rows: Int, rowGroup: ParquetRowGroupMetaData? = nil,
        content: (digest: [UInt8], bytes: Int)? = nil
    ) {
        self.rows = rows
        self.rowGroup = rowGroup
        self.content = content
    }
}

extension TableCodec {
    package var pipelineCompresses: Bool { true }

    package func rootsPerChunk(_ table: Table) -> Int {
        table.spec.rootsPerChunk
    }

    package func chunksPerWave(threads: Int) -> Int {
        16
    }

    package func footer(of table: Table, rowGroups: [ParquetRowGroupMetaData]) -> [UInt8] {
        []
    }

    /// Writes one chunk of a table file: the file's start before the first chunk's rows and
    /// its end after the last chunk's.
    package func writeChunk(
        _ table: Table, roots: Range<Int>, context: DataContext, first: Bool, last: Bool,
        into buffer: ByteBuffer
    ) throws -> EncodedChunk {
        if first {
            writeStart(of: table, beginsTable: context.parameters.beginsTables, into: buffer)
        }
        let chunk = try encode(table, roots: roots, context: context, into: buffer)
        if last {
            writeEnd(of: table, into: buffer)
        }
        return chunk
    }
}

/// NDJSON: one JSON object per row and line, nothing before or after the rows.
package struct NDJSONCodec: TableCodec {
    package var hasHeaderLine: Bool { false }

    package func writeStart(of table: Table, beginsTable: Bool, into buffer: ByteBuffer) {}

    package func encode(
        _ table: Table, roots: Range<Int>, context: DataContext, into buffer: ByteBuffer
    )
        -> EncodedChunk
    {
        var encoder = NDJSONEncoder(table: table, buffer: buffer)
        #if DEBUG
            encoder.conformance = SchemaConformance(table: table)
        #endif
        table.spec.encodeNDJSON(context, roots, &encoder)
        return EncodedChunk(rows: encoder.rows)
    }

    package func writeEnd(of table: Table, into buffer: ByteBuffer) {}
}

/// CSV: a header line in the file that begins the table, then one record per row.
package struct CSVCodec: TableCodec {
    package var hasHeaderLine: Bool { true }

    package func writeStart(of table: Table, beginsTable: Bool, into buffer: ByteBuffer) {
        if beginsTable {
            CSVEncoder.writeHeader(for: table, into: buffer)
        }
    }

    package func encode(
        _ table: Table, roots: Range<Int>, context: DataContext, into buffer: ByteBuffer
    )
        -> EncodedChunk
    {
        var encoder = CSVEncoder(buffer: buffer)
        #if DEBUG
            encoder.conformance = SchemaConformance(table: table)
        #endif
        table.spec.encodeCSV(context, roots, &encoder)
        return EncodedChunk(rows: encoder.rows)
    }

    package func writeEnd(of table: Table, into buffer: ByteBuffer) {}
}

extension OutputFormat {
    /// The codec that writes this format's files.
    package var codec: any TableCodec {
        switch self {
        case .ndjson: NDJSONCodec()
        case .csv: CSVCodec()
        case .parquet: ParquetCodec()
        }
    }

    /// Whether a file of this format starts with a header line: when the format has one and the
    /// file begins its table.
    package func hasHeaderLine(beginsTable: Bool) -> Bool {
        codec.hasHeaderLine && beginsTable
    }
}

extension GenerationParameters {
    /// Whether this generation's files begin their tables: a whole archive, or the first of
    /// several shards (the others continue the tables it begins).
    package var beginsTables: Bool {
        (shard?.index ?? 0) == 0
    }
}
