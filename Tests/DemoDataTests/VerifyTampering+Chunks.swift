@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

extension VerifyTampering {
    /// The chunks the generator compresses the content of `table` in: a new chunk starts
    /// after every `ChunkPipeline.rootsPerChunk` roots (a row of a root table, or a run of
    /// child rows with the same parent; eight times the table's text chunk for zstd), the CSV
    /// header in the first. So a recompressed file
    /// differs from a generated one only where its content does.
    ///
    /// The blocks are primed with the one before, as within one of the pipeline's waves of
    /// 16 chunks (`TableCodec.chunksPerWave`); test archives are far smaller than a wave.
    func chunks(_ table: Table, _ content: [UInt8]) -> [[UInt8]] {
        let rootsPerChunk = ChunkPipeline.rootsPerChunk(
            table, codec: format.codec, compression: manifest.compression)
        let parent =
            table.root == table
            ? nil : table.columns.firstIndex { $0.references == table.root }
        var chunks: [[UInt8]] = [[]]
        var roots = 0
        var previousParent: String?
        var start = 0
        var isHeader = format == .csv && (manifest.shard?.index ?? 0) == 0
        while start < content.count {
            let end = (content[start...].firstIndex(of: 0x0A) ?? content.count - 1) + 1
            let line = Array(content[start..<end])
            start = end
            if isHeader {
                isHeader = false
                chunks[0] += line
                continue
            }
            var startsRoot = true
            if let parent {
                // A line that does not parse belongs to the root before it.
                let text = String(decoding: line.prefix { $0 != 0x0A }, as: UTF8.self)
                let key = (try? Self.fields(of: text, table, format))?[parent] ?? previousParent
                startsRoot = key != previousParent || roots == 0
                previousParent = key
            }
            if startsRoot {
                if roots > 0 && roots % rootsPerChunk == 0 {
                    chunks.append([])
                }
                roots += 1
            }
            chunks[chunks.count - 1] += line
        }
        return chunks
    }
}
