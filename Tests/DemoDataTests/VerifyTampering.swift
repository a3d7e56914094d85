import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// A freshly generated archive to break on purpose: edits rewrite a table's content and then,
/// unless told otherwise, recompute everything a forger would (gzip, sizes, `sha256`,
/// `uncompressed_bytes`, `content_sha256`, the manifest and `SHA256SUMS`), so that only the
/// content rules can catch the change.
final class VerifyTampering {
    let archive: GeneratedArchive
    /// The archive directory this tampering edits.
    let path: String
    private(set) var manifest: Manifest

    init(
        volume: Volume = .small, format: OutputFormat = .ndjson,
        compression: Compression = .gzip, shard: Shard? = nil, subset: TableSubset = .all,
        counts: CountOverrides = CountOverrides()
    ) throws {
        archive = try GeneratedArchive(
            volume: volume, format: format, compression: compression, shard: shard,
            counts: counts, subset: subset)
        path = archive.path
        manifest = archive.manifest
    }

    /// Edits a copy of `pristine` made at `path` (which must not exist yet), so that one
    /// generated archive serves many tamperings.
    init(copying pristine: GeneratedArchive, to path: String) throws {
        try FileManager.default.copyItem(atPath: pristine.path, toPath: path)
        archive = pristine
        self.path = path
        manifest = pristine.manifest
    }
    var format: OutputFormat { manifest.format }

    func file(_ table: Table) -> String {
        manifest.tables.first { $0.name == table.name }?.file ?? table.name
    }

    func filePath(_ table: Table) -> String {
        path + "/" + file(table)
    }

    /// Verifies the archive.
    func verify(idsPerPass: Int = 1 << 19, maximumFindings: Int = 10_000) throws
        -> VerificationReport
    {
        try ArchiveVerifier(
            directory: path, maximumFindings: maximumFindings,
            idsPerPass: idsPerPass
        ).verify()
    }

    // MARK: Content

    /// The uncompressed content of a table, read as the manifest in hand says (which an edit
    /// may have made differ from `manifest.json`).
    func content(_ table: Table) throws -> [UInt8] {
        try TestDecompression.content(
            of: FileSystem.read(filePath(table)), compressedAs: manifest.compression.rawValue)
    }

    /// Replaces the content of `table`: compressed as `members` gzip members (when the archive
    /// is gzip; one member in the generator's chunks), with the manifest entry and
    /// `SHA256SUMS` recomputed.
    func replaceContent(_ table: Table, with content: [UInt8], members: Int = 1) throws {
        var stored = content
        if manifest.compression == .zstd {
            stored = try Self.zstd(blocks: chunks(table, content), level: manifest.level)
        }
        if manifest.compression == .gzip {
            let cut = members > 1 ? content.count / 2 : content.count
            stored = try Self.gzip(
                blocks: chunks(table, Array(content[..<cut])), level: manifest.level)
            if members > 1 {
                stored += try Self.gzip(Array(content[cut...]), level: manifest.level)
            }
        }
        try replaceStored(table, with: stored, content: content)
    }

    /// Replaces the file of `table` with `stored`, whose uncompressed form is `content`, with
    /// the manifest entry and `SHA256SUMS` recomputed.
    func replaceStored(_ table: Table, with stored: [UInt8], content: [UInt8]) throws {
        try Data(stored).write(to: URL(filePath: filePath(table)))
        try rewriteManifest { manifest in
            guard let index = manifest.tables.firstIndex(where: { $0.name == table.name }) else {
                return
            }
            manifest.tables[index].bytes = UInt64(stored.count)
            manifest.tables[index].sha256 = Self.hex(stored)
            manifest.tables[index].uncompressedBytes = UInt64(content.count)
            manifest.tables[index].contentSHA256 = Self.hex(content)
        }
    }

    /// The lines of a table's content (a CSV header included), without their `\n`.
    func lines(_ table: Table) throws -> [String] {
        var lines = String(decoding: try content(table), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" {
            lines.removeLast()
        }
        return lines
    }

    /// Edits the lines of a table's content (a CSV header included), without their `\n`.
    func editLines(_ table: Table, _ edit: (inout [String]) throws -> Void) throws {
        var lines = try lines(table)
        try edit(&lines)
        try replaceContent(table, with: Array((lines.joined(separator: "\n") + "\n").utf8))
    }

    /// The line of data row `row` (0-based) in the content's lines.
    func lineIndex(_ row: Int) -> Int {
        format == .csv && (manifest.shard?.index ?? 0) == 0 ? row + 1 : row
    }

    /// The value of `column` on data row `row` (nil for null).
    func value(_ table: Table, row: Int, _ column: String) throws -> String? {
        try Self.fields(of: lines(table)[lineIndex(row)], table, format)[
            table.columnIndex(column)]
    }

    /// Sets `column` on data row `row` to `value` (nil for null), written the way the archive's
    /// format writes a value of the column's type.
    func set(_ table: Table, row: Int, _ column: String, to value: String?) throws {
        try editLines(table) { lines in
            let index = lineIndex(row)
            var fields = try Self.fields(of: lines[index], table, format)
            fields[table.columnIndex(column)] = value
            lines[index] = Self.line(fields, table, format, raw: [:])
        }
    }

    /// Sets `column` on NDJSON row `row` to the raw JSON token `token`.
    func setJSONToken(_ table: Table, row: Int, _ column: String, to token: String) throws {
        try editLines(table) { lines in
            var fields = try Self.fields(of: lines[row], table, .ndjson)
            fields[table.columnIndex(column)] = nil
            lines[row] = Self.line(fields, table, .ndjson, raw: [table.columnIndex(column): token])
        }
    }

    // MARK: Files

    /// Rewrites the manifest; `SHA256SUMS` follows unless `updateSums` is false.
    func rewriteManifest(updateSums: Bool = true, _ edit: (inout Manifest) -> Void) throws {
        edit(&manifest)
        try Data(manifest.serialized()).write(to: URL(filePath: path + "/manifest.json"))
        if updateSums {
            try writeSums()
        }
    }

    /// Writes `datapackage.json` for the manifest as it is now, then `SHA256SUMS` for the
    /// files as they are now.
    func writeSums() throws {
        let dataPackage = DataPackage(manifest: manifest).serialized()
        try overwrite("datapackage.json", with: dataPackage)
        var text = ""
        for entry in manifest.tables {
            let bytes = (try? FileSystem.read(path + "/" + entry.file)) ?? []
            text += Self.hex(bytes) + "  " + entry.file + "\n"
        }
        text += Self.hex(dataPackage) + "  datapackage.json\n"
        text += Self.hex(try FileSystem.read(path + "/manifest.json")) + "  manifest.json\n"
        try Data(text.utf8).write(to: URL(filePath: path + "/SHA256SUMS"))
    }

    /// Overwrites a file with `bytes`, changing nothing else.
    func overwrite(_ name: String, with bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(filePath: path + "/" + name))
    }

    // MARK: Encoding

    static func hex(_ bytes: [UInt8]) -> String {
        SHA256Hasher.hex(bytes)
    }

    /// One zstd frame per block, as the generator writes them.
    static func zstd(blocks: [[UInt8]], level: Int = 3) throws -> [UInt8] {
        let compressor = try ZstdFrameCompressor(level: level)
        let output = ByteBuffer()
        for block in blocks {
            try block.withUnsafeBytes {
                try compressor.compress(
                    $0, dictionary: UnsafeRawBufferPointer(start: nil, count: 0), last: false,
                    into: output)
            }
        }
        return output.array
    }

    /// One gzip member holding `bytes`.
    static func gzip(_ bytes: [UInt8], level: Int = 6) throws -> [UInt8] {
        try gzip(blocks: [bytes], level: level)
    }

    /// One gzip member holding `blocks`, compressed the way the pipeline compresses its chunks:
    /// each block primed with the one before it and ended with a sync flush, the last one
    /// with the final block.
    static func gzip(blocks: [[UInt8]], level: Int = 6) throws -> [UInt8] {
        let compressor = try DeflateBlockCompressor(level: level)
        let output = ByteBuffer()
        output.append(contentsOf: GzipFraming.header(level: level))
        var crc: UInt32 = 0
        var total = 0
        for (index, block) in blocks.enumerated() {
            let dictionary = index == 0 ? [] : blocks[index - 1]
            try block.withUnsafeBytes { input in
                try dictionary.withUnsafeBytes { previous in
                    try compressor.compress(
                        input, dictionary: previous, last: index == blocks.count - 1, into: output)
                }
                crc = CRC32.combine(crc, CRC32.update(0, input), secondLength: input.count)
            }
            total += block.count
        }
        output.append(contentsOf: GzipFraming.trailer(crc: crc, length: UInt64(total)))
        return output.array
    }

    /// The values of one line (nil for null), read with the verifier's own parsers.
    static func fields(of line: String, _ table: Table, _ format: OutputFormat) throws
        -> [String?]
    {
        let row = RowFields(width: table.columns.count)
        var line = line
        try line.withUTF8 { bytes in
            if format == .csv {
                try CSVRecordParser.parse(bytes, into: row)
            } else {
                try NDJSONRowParser(columns: table.columns).parse(bytes, into: row)
            }
        }
        return (0..<table.columns.count).map { index in
            switch row.kind(index) {
            case .null: nil
            case .jsonTrue: "true"
            case .jsonFalse: "false"
            default: row.text(index)
            }
        }
    }

    /// A line from values, written as the format writes the table's column types; `raw` puts
    /// JSON tokens or CSV fields as they are.
    static func line(
        _ values: [String?], _ table: Table, _ format: OutputFormat, raw: [Int: String]
    ) -> String {
        switch format.rowText {
        case .ndjson, .parquet:
            return "{" + jsonMembers(values, table, raw: raw).joined(separator: ",") + "}"
        case .csv:
            return values.indices.map { index in
                if let field = raw[index] {
                    return field
                }
                guard let value = values[index] else { return "" }
                if value.isEmpty || value.contains(where: { ",\"\n\r".contains($0) }) {
                    return "\"" + value.replacing("\"", with: "\"\"") + "\""
                }
                return value
            }.joined(separator: ",")
        }
    }

    /// The `"key":value` members of an NDJSON line, in column order; `raw` puts JSON tokens as
    /// they are.
    static func jsonMembers(_ values: [String?], _ table: Table, raw: [Int: String]) -> [String] {
        let columns = table.columns
        return values.indices.map { index -> String in
            let value: String
            if let token = raw[index] {
                value = token
            } else if let text = values[index] {
                switch columns[index].type {
                case .integer, .boolean: value = text
                default: value = jsonString(text)
                }
            } else {
                value = "null"
            }
            return jsonString(columns[index].name) + ":" + value
        }
    }

    static func jsonString(_ text: String) -> String {
        let buffer = ByteBuffer()
        buffer.appendJSONString(text)
        return String(decoding: buffer.array, as: UTF8.self)
    }
}
