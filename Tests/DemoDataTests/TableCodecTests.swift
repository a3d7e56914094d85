import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// The format seam: the pipeline writes a table file as its codec lays it out, whatever the
/// codec and the thread count.
@Suite struct TableCodecTests {
    /// A codec that brackets each file and each chunk with markers, so that a test can see
    /// where the pipeline put what.
    struct MarkingCodec: TableCodec {
        var hasHeaderLine: Bool { false }

        func writeStart(of table: Table, beginsTable: Bool, into buffer: ByteBuffer) {
            buffer.append("<start \(table.name) \(beginsTable)>")
        }

        func encode(
            _ table: Table, roots: Range<Int>, context: DataContext, into buffer: ByteBuffer
        ) -> EncodedChunk {
            buffer.append("[\(roots.lowerBound)..<\(roots.upperBound)]")
            return EncodedChunk(rows: roots.count)
        }

        func writeEnd(of table: Table, into buffer: ByteBuffer) {
            buffer.append("<end \(table.name)>")
        }

        func footer(of table: Table, rowGroups: [ParquetRowGroupMetaData]) -> [UInt8] {
            Array("<footer \(table.name)>".utf8)
        }
    }

    /// The plain file `codec` makes of `table` through the pipeline, with its row count.
    static func file(
        _ table: Table, codec: any TableCodec, parameters: GenerationParameters, threads: Int
    ) throws -> (text: String, rows: Int) {
        let directory = try TestDirectory()
        let path = directory.path("table")
        let pipeline = try ChunkPipeline(
            context: DataContext(parameters: parameters), threads: threads, codec: codec)
        let writer = try TableFileWriter(
            table: table, fileName: "table", file: OutputFile(creating: path), codec: codec,
            compression: .none, level: 0)
        try pipeline.run(table: table, roots: parameters.roots(of: table), writer: writer)
        let entry = try writer.finish()
        return (String(decoding: try FileSystem.read(path), as: UTF8.self), entry.rows)
    }

    @Test(arguments: [1, 2])
    func theFileIsTheCodecsStartChunksInOrderAndEnd(threads: Int) throws {
        var parameters = GenerationParameters(
            volume: .huge, asOf: TestDates.asOfDate, compression: .none)
        let table = Table.customers
        let roots = parameters.roots(of: table)
        let size = MarkingCodec().rootsPerChunk(table)
        let wave = MarkingCodec().chunksPerWave(threads: threads)
        #expect(roots.count > 2 * wave * size, "spans several waves")
        let chunks = stride(from: roots.lowerBound, to: roots.upperBound, by: size).map {
            "[\($0)..<\(min($0 + size, roots.upperBound))]"
        }
        let whole = try Self.file(
            table, codec: MarkingCodec(), parameters: parameters, threads: threads)
        #expect(
            whole.text
                == "<start customers true>" + chunks.joined() + "<end customers><footer customers>")
        #expect(whole.rows == roots.count)

        parameters.shard = Shard(index: 1, count: 2)
        let shard = try Self.file(
            table, codec: MarkingCodec(), parameters: parameters, threads: threads)
        #expect(shard.text.hasPrefix("<start customers false>["))
        #expect(shard.text.hasSuffix("]<end customers><footer customers>"))
    }

    /// The CSV codec starts the file that begins a table with its header, and no other.
    @Test func csvHeaderOnlyWhereTheTableBegins() throws {
        var parameters = GenerationParameters(
            volume: .small, asOf: TestDates.asOfDate, format: .csv, compression: .none)
        let header = Table.products.columns.map(\.name).joined(separator: ",") + "\n"
        let whole = try Self.file(
            .products, codec: CSVCodec(), parameters: parameters, threads: 2)
        #expect(whole.text.hasPrefix(header))
        parameters.shard = Shard(index: 1, count: 2)
        let shard = try Self.file(
            .products, codec: CSVCodec(), parameters: parameters, threads: 2)
        #expect(!shard.text.contains(header))
        #expect(shard.text.split(separator: "\n").count == shard.rows)
    }
}
