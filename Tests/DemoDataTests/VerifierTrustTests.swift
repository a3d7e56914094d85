import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// The attacks of the third trust review that made `verify` pass changed data: a manifest
/// with a key twice, a manifest in another layout, an edited `data_version`, release or
/// library version, recompressed files, and parameter edits that another genuine archive
/// would have. Each forgery recomputes every checksum, as a forger would.
@Suite struct VerifierTrustTests {
    private func listing(_ report: VerificationReport) -> String {
        VerifierTests.listing(report) + "\n" + report.incompleteReasons.joined(separator: "\n")
    }

    private func has(_ report: VerificationReport, _ file: String, _ fragment: String) -> Bool {
        VerifierTests.has(report, file: file, fragment)
    }

    /// The manifest as text, edited, written back with `SHA256SUMS` made to fit.
    private func editManifestText(
        _ archive: VerifyTampering, _ edit: (String) throws -> String
    ) throws {
        let text = String(
            decoding: try FileSystem.read(archive.path + "/manifest.json"), as: UTF8.self)
        try archive.overwrite("manifest.json", with: Array(try edit(text).utf8))
        try archive.writeSums()
    }

    // MARK: 1. One canonical manifest

    @Test("A second columns array for invoices, subtotal and total swapped, is refused")
    func duplicateColumnsKey() throws {
        let archive = try VerifyTampering()
        try editManifestText(archive) { text in
            // The invoices entry gains a second "columns" array in which subtotal and total
            // trade places; a reader that keeps the last key loads them swapped.
            let start = try #require(text.range(of: "\"name\": \"invoices\""))
            let columns = try #require(
                text.range(of: "\"columns\": [", range: start.upperBound..<text.endIndex))
            let end = try #require(
                text.range(of: "\n      ]", range: columns.upperBound..<text.endIndex))
            let original = String(text[columns.lowerBound..<end.upperBound])
            let swapped =
                original
                .replacing("\"name\": \"subtotal\"", with: "\"name\": \"SWAP\"")
                .replacing("\"name\": \"total\"", with: "\"name\": \"subtotal\"")
                .replacing("\"name\": \"SWAP\"", with: "\"name\": \"total\"")
            return text.replacingCharacters(
                in: end.upperBound..<end.upperBound, with: ",\n      " + swapped)
        }
        let report = try archive.verify()
        #expect(!report.passed)
        #expect(
            has(report, "manifest.json", "the key \"columns\" appears twice in one object"),
            "\(listing(report))")
        // Every other reader of the manifest refuses it too.
        #expect(throws: StrictJSON.Problem.self) {
            try ArchiveReader.decodeManifest(FileSystem.read(archive.path + "/manifest.json"))
        }
        guard case .foreign = ArchiveContents.inspect(archive.path) else {
            Issue.record("an archive whose manifest has a key twice was taken for ours")
            return
        }
    }

    @Test(
        "A manifest in another layout is refused: minified, an extra key, keys reordered",
        arguments: ["minified", "extra key", "reordered", "crlf"])
    func manifestInAnotherLayout(edit: String) throws {
        let archive = try VerifyTampering()
        try editManifestText(archive) { text in
            switch edit {
            case "minified":
                let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
                return String(
                    decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
            case "extra key":
                return text.replacing("\"level\": 6,", with: "\"level\": 6,\n  \"threads\": 1,")
            case "reordered":
                return text.replacing(
                    "\"seed\": 42,\n  \"volume\": \"small\",",
                    with: "\"volume\": \"small\",\n  \"seed\": 42,")
            default:
                return text.replacing("\n", with: "\r\n")
            }
        }
        let report = try archive.verify()
        #expect(!report.passed)
        #expect(
            has(report, "manifest.json", "is not laid out as demodata writes its manifest"),
            "\(listing(report))")
    }

    @Test("SHA256SUMS in another form than the writer's is refused")
    func sumsInAnotherForm() throws {
        let archive = try VerifyTampering()
        let text = String(
            decoding: try FileSystem.read(archive.path + "/SHA256SUMS"), as: UTF8.self)
        var lines = text.split(separator: "\n").map(String.init)
        lines.swapAt(0, 1)
        try archive.overwrite(
            "SHA256SUMS", with: Array((lines.joined(separator: "\n") + "\n").utf8))
        let report = try archive.verify()
        #expect(
            has(report, "SHA256SUMS", "is not the SHA256SUMS demodata writes"), "\(listing(report))"
        )
    }

    @Test("Parameter edits that another genuine archive would not have are refused")
    func parameterEdits() throws {
        let pristine = try GeneratedArchive()
        let work = try TestDirectory()
        let edits: [(String, (inout Manifest) -> Void, String)] = [
            ("shard 0/1", { $0.shard = Manifest.ShardEntry(index: 0, count: 1) }, "is not K/N"),
            (
                "merged_shards 1", { $0.mergedShards = 1 },
                "merged_shards 1 is not what merge writes"
            ),
            (
                "counts equal to the volume's",
                { $0.counts = CountOverrides(customers: Volume.small.customers) },
                "counts names a count equal to the volume's"
            ),
            ("generator.zlib missing", { $0.generator.zlib = nil }, "generator.zlib is missing"),
            (
                "generator.zstd added", { $0.generator.zstd = ZstdVersion.text },
                "generator.zstd is recorded"
            ),
            (
                "generator.version of another data version", { $0.generator.version = "0.1.0" },
                "generator.version 0.1.0 makes data version 1, not \(DemoDataVersion.data)"
            ),
        ]
        for (index, (name, edit, message)) in edits.enumerated() {
            let archive = try VerifyTampering(copying: pristine, to: work.file("edit\(index)"))
            try archive.rewriteManifest(edit)
            let report = try archive.verify()
            #expect(!report.passed, "\(name)")
            #expect(report.findingCount > 0, "\(name): \(listing(report))")
            #expect(has(report, "manifest.json", message), "\(name): \(listing(report))")
        }
    }

    @Test("A manifest whose rows do not match the regenerated table is refused")
    func manifestRowsEdited() throws {
        let archive = try VerifyTampering()
        try archive.rewriteManifest { $0.tables[0].rows += 1 }
        let report = try archive.verify()
        #expect(!report.passed)
        #expect(report.findingCount > 0, "\(listing(report))")
    }

    // MARK: 2. An archive this program cannot regenerate is never reported as verified

    @Test(
        "Changed rows with data_version edited to another version are not verified",
        arguments: [1, 2, 4])
    func editedDataVersion(version: Int) throws {
        let archive = try VerifyTampering()
        try archive.editLines(.invoices) { lines in
            lines = lines.map {
                $0.replacing("\"status\":\"paid\"", with: "\"status\":\"cancelled\"")
            }
        }
        try archive.rewriteManifest { $0.dataVersion = version }
        let report = try archive.verify()
        #expect(!report.passed, "\(listing(report))")
        #expect(!report.complete)
        #expect(report.incompleteReasons.contains { $0.contains("data version \(version)") })
        #expect(!report.regenerated)
    }

    @Test("An archive of another data version, consistent with its release, is incomplete")
    func otherDataVersionIsIncomplete() throws {
        let archive = try VerifyTampering()
        try archive.rewriteManifest {
            $0.dataVersion = 1
            $0.generator.version = "0.1.0"
        }
        let report = try archive.verify()
        #expect(report.findingCount == 0, "\(listing(report))")
        #expect(!report.passed)
        #expect(!report.complete)
        #expect(report.outcome == "incomplete")
        let reason = try #require(report.incompleteReasons.first)
        #expect(reason.contains("data version 1, which demodata 0.1.0 regenerates"), "\(reason)")
        let json = String(decoding: report.json(), as: UTF8.self)
        #expect(json.contains("\"passed\": false"))
        #expect(json.contains("\"complete\": false"))
        #expect(json.contains("\"outcome\": \"incomplete\""))
    }

    @Test("An edited release makes an incomplete verification, not a passed one")
    func otherReleaseIsIncomplete() throws {
        let archive = try VerifyTampering()
        try archive.rewriteManifest { $0.generator.version = "9.9.9" }
        let report = try archive.verify()
        #expect(!report.passed)
        #expect(report.findingCount == 0, "\(listing(report))")
        #expect(
            report.incompleteReasons.contains { $0.contains("demodata 9.9.9 wrote the manifest") })
    }

    // MARK: 3. Every compressed byte is compared

    @Test(
        "gzip: the header and first block kept, the rest recompressed at another level",
        arguments: [1, 9])
    func recompressedAfterTheFirstBlock(level: Int) throws {
        let archive = try VerifyTampering(volume: .medium)
        let table = Table.invoiceLineItems
        let content = try archive.content(table)
        let blocks = archive.chunks(table, content)
        try #require(blocks.count >= 2)
        let stored = try Self.gzip(
            blocks: blocks, levels: [6] + Array(repeating: level, count: blocks.count - 1))
        let original = try FileSystem.read(archive.filePath(table))
        // The forgery starts with the genuine header and first block.
        let shared = zip(stored, original).prefix { $0 == $1 }.count
        #expect(shared > 1_000, "\(shared) bytes shared")
        #expect(stored != original)
        try archive.replaceStored(table, with: stored, content: content)
        let report = try archive.verify()
        #expect(!report.passed)
        #expect(
            has(report, archive.file(table), "the compressed bytes differ"), "\(listing(report))")
    }

    @Test("gzip recompressed at level 9 with the manifest's level and zlib edited is not verified")
    func recompressedWithEditedLibrary() throws {
        let archive = try VerifyTampering()
        for table in Table.allCases {
            let content = try archive.content(table)
            try archive.replaceStored(
                table, with: try VerifyTampering.gzip(content, level: 9), content: content)
        }
        try archive.rewriteManifest {
            $0.level = 9
            $0.generator.zlib = "1.2.3"
        }
        let report = try archive.verify()
        #expect(!report.passed, "\(listing(report))")
        #expect(
            report.incompleteReasons.contains { $0.contains("zlib 1.2.3 compressed the files") })
    }

    @Test("Parquet: the second row group's pages recompressed at zstd 19 are caught")
    func parquetSecondRowGroupRecompressed() throws {
        let work = try TestDirectory()
        let counts = CountOverrides(invoices: 20_000)
        let archive = try VerifyTampering(
            volume: .small, format: .parquet, compression: .zstd, counts: counts)
        var strong = archive.archive.parameters
        strong.level = 19
        let table = Table.invoices
        let other = work.file("level19.parquet")
        try ParquetTableFile.write(table, of: strong, to: other)
        let genuine = try ParquetInputFile(path: archive.filePath(table))
        let recompressed = try ParquetInputFile(path: other)
        let (genuineFooter, _) = try ParquetFooter.read(from: genuine)
        let (otherFooter, _) = try ParquetFooter.read(from: recompressed)
        try #require(genuineFooter.rowGroups.count == 2)
        let first = genuineFooter.rowGroups[0]
        let second = otherFooter.rowGroups[1]
        let bytes = ByteBuffer()
        try genuine.read(
            at: 0, count: Int(first.fileOffset + first.totalCompressedSize), into: bytes)
        let shift = Int64(bytes.count) - second.fileOffset
        try recompressed.read(
            at: Int(second.fileOffset), count: Int(second.totalCompressedSize), into: bytes)
        bytes.append(
            contentsOf: ParquetFileAssembler.footer(
                columns: table.parquetColumns, rowGroups: [first, second.rebased(by: shift)]))
        let stored = bytes.array
        #expect(stored != (try FileSystem.read(archive.filePath(table))))
        try Data(stored).write(to: URL(filePath: archive.filePath(table)))
        try archive.rewriteManifest { manifest in
            let index = manifest.tables.firstIndex { $0.name == table.name }!
            manifest.tables[index].bytes = UInt64(stored.count)
            manifest.tables[index].sha256 = VerifyTampering.hex(stored)
        }
        let report = try archive.verify()
        #expect(!report.passed)
        #expect(
            has(report, archive.file(table), "the compressed bytes differ"), "\(listing(report))")
    }

    /// One gzip member of `blocks` as the pipeline compresses them, block `i` at `levels[i]`.
    static func gzip(blocks: [[UInt8]], levels: [Int]) throws -> [UInt8] {
        let output = ByteBuffer()
        output.append(contentsOf: GzipFraming.header(level: levels[0]))
        var crc: UInt32 = 0
        var total = 0
        for (index, block) in blocks.enumerated() {
            let compressor = try DeflateBlockCompressor(level: levels[index])
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
}
