@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// One table's Parquet file, written through the archive's own pipeline and file writer (as
/// `generate --format parquet` writes it, without the rest of the archive).
enum ParquetTableFile {
    /// Writes the rows of `table` that `parameters` generate (the shard's slice, if any) to a
    /// new file at `path`, with pages compressed as the parameters say. Returns the rows and
    /// row groups written.
    @discardableResult
    static func write(
        _ table: Table, of parameters: GenerationParameters, to path: String, threads: Int = 2
    ) throws -> (rows: Int, rowGroups: Int) {
        var parameters = parameters
        parameters.format = .parquet
        let pipeline = try ChunkPipeline(
            context: DataContext(parameters: parameters), threads: threads)
        let writer = try TableFileWriter(
            table: table, fileName: path, file: OutputFile(creating: path),
            codec: parameters.format.codec, compression: parameters.compression,
            level: parameters.level)
        try pipeline.run(table: table, roots: parameters.roots(of: table), writer: writer)
        let entry = try writer.finish()
        return (entry.rows, writer.rowGroups.count)
    }
}

extension OutputFormat {
    /// The formats whose files are text, which the tests read and edit line by line (a
    /// Parquet archive has its own tests, `ParquetArchiveTests`).
    static let textFormats: [OutputFormat] = [.ndjson, .csv]
}
