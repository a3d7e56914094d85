import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

/// A table file made again from an archive's parameters exactly as the archive writer makes it
/// — generated, compressed and framed on `threads` threads — but hashed instead of written:
/// its manifest entry says what the file's size and SHA-256 must be. A file merged from shards
/// is regenerated as the shards' files one after the other (a Parquet one as the whole
/// table's file, which merging reproduces).
package enum RegeneratedFile {
    package static func entry(
        of table: Table, _ parameters: GenerationParameters, mergedShards: Int?, threads: Int,
        allowance: ReadAllowance? = nil
    ) throws -> Manifest.TableEntry {
        defer { allowance?.finish() }
        var parts = [parameters]
        if let count = mergedShards, parameters.format.compressesFiles {
            parts = (0..<count).compactMap { index in
                Shard(index: index, count: count).map {
                    var part = parameters
                    part.shard = $0
                    return part
                }
            }
        }
        let sink = OutputFile(discarding: allowance)
        let tally = TableFileTally()
        var entry: Manifest.TableEntry?
        for part in parts {
            let context = DataContext(parameters: part)
            let pipeline = try ChunkPipeline(context: context, threads: threads)
            let writer = try TableFileWriter(
                table: table, fileName: part.fileName(of: table), file: sink,
                codec: part.format.codec, compression: part.compression, level: part.level,
                tally: tally)
            try pipeline.run(table: table, roots: part.roots(of: table), writer: writer)
            entry = try writer.finish()
        }
        guard let entry else {
            throw ArchiveError("\(table.name) has no shards to regenerate")
        }
        return entry
    }
}
