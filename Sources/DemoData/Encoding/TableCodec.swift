/// How an output format lays a table's rows out in a file: what the file starts with, how a
/// chunk of rows is encoded, and what the file ends with. The archive writer, `stream` and the
/// verifier's regeneration all write through it, and the chunk pipeline compresses what it
/// writes through the compression seam (`ChunkCompressor`), so a new format is one more codec
/// and touches neither.
protocol TableCodec: Sendable {
    /// Whether a file that begins its table starts with one line naming the columns.
    var hasHeaderLine: Bool { get }

    /// Writes what a file of `table` starts with; `beginsTable` when no other file (an earlier
    /// shard) holds rows of the table before it.
    func writeStart(of table: Table, beginsTable: Bool, into buffer: ByteBuffer)

    /// Encodes the rows of `roots` of `table`; returns how many rows it wrote.
    func encode(_ table: Table, roots: Range<Int>, context: DataContext, into buffer: ByteBuffer)
        -> Int

    /// Writes what a file of `table` ends with.
    func writeEnd(of table: Table, into buffer: ByteBuffer)
}

extension TableCodec {
    /// Writes one chunk of a table file: the file's start before the first chunk's rows and
    /// its end after the last chunk's. Returns how many rows it wrote.
    func writeChunk(
        _ table: Table, roots: Range<Int>, context: DataContext, first: Bool, last: Bool,
        into buffer: ByteBuffer
    ) -> Int {
        if first {
            writeStart(of: table, beginsTable: context.parameters.beginsTables, into: buffer)
        }
        let rows = encode(table, roots: roots, context: context, into: buffer)
        if last {
            writeEnd(of: table, into: buffer)
        }
        return rows
    }
}

/// NDJSON: one JSON object per row and line, nothing before or after the rows.
struct NDJSONCodec: TableCodec {
    var hasHeaderLine: Bool { false }

    func writeStart(of table: Table, beginsTable: Bool, into buffer: ByteBuffer) {}

    func encode(_ table: Table, roots: Range<Int>, context: DataContext, into buffer: ByteBuffer)
        -> Int
    {
        var encoder = NDJSONEncoder(table: table, buffer: buffer)
        #if DEBUG
            encoder.conformance = SchemaConformance(table: table)
        #endif
        table.spec.encodeNDJSON(context, roots, &encoder)
        return encoder.rows
    }

    func writeEnd(of table: Table, into buffer: ByteBuffer) {}
}

/// CSV: a header line in the file that begins the table, then one record per row.
struct CSVCodec: TableCodec {
    var hasHeaderLine: Bool { true }

    func writeStart(of table: Table, beginsTable: Bool, into buffer: ByteBuffer) {
        if beginsTable {
            CSVEncoder.writeHeader(for: table, into: buffer)
        }
    }

    func encode(_ table: Table, roots: Range<Int>, context: DataContext, into buffer: ByteBuffer)
        -> Int
    {
        var encoder = CSVEncoder(buffer: buffer)
        #if DEBUG
            encoder.conformance = SchemaConformance(table: table)
        #endif
        table.spec.encodeCSV(context, roots, &encoder)
        return encoder.rows
    }

    func writeEnd(of table: Table, into buffer: ByteBuffer) {}
}

extension OutputFormat {
    /// The codec that writes this format's files.
    var codec: any TableCodec {
        switch self {
        case .ndjson: NDJSONCodec()
        case .csv: CSVCodec()
        }
    }

    /// Whether a file of this format starts with a header line: when the format has one and the
    /// file begins its table.
    func hasHeaderLine(beginsTable: Bool) -> Bool {
        codec.hasHeaderLine && beginsTable
    }
}

extension GenerationParameters {
    /// Whether this generation's files begin their tables: a whole archive, or the first of
    /// several shards (the others continue the tables it begins).
    var beginsTables: Bool {
        (shard?.index ?? 0) == 0
    }
}

extension Manifest {
    /// Whether the archive's files begin their tables: a whole or merged archive, or the first
    /// of several shards.
    var beginsTables: Bool {
        (shard?.index ?? 0) == 0
    }

    /// Whether the archive's table files start with a header line.
    var hasHeaderLine: Bool {
        format.hasHeaderLine(beginsTable: beginsTables)
    }
}
