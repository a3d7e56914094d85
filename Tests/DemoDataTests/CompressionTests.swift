import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

@Suite struct CompressionTests {
    /// Some compressible text with variety, as bytes.
    private func sample(_ count: Int, seed: UInt64 = 1) -> [UInt8] {
        let words = ["invoice", "customer", "Maple", "Street", "12.50", "\"quoted\"", "\n"]
        var bytes: [UInt8] = []
        var index = 0
        while bytes.count < count {
            let pick = Int(mix64(seed &+ UInt64(index)) % UInt64(words.count))
            bytes.append(contentsOf: Array(words[pick].utf8))
            bytes.append(UInt8(ascii: " "))
            index += 1
        }
        return Array(bytes.prefix(count))
    }

    private func gzip(_ blocks: [[UInt8]], level: Int = 6) throws -> [UInt8] {
        try VerifyTampering.gzip(blocks: blocks, level: level)
    }

    @Test(arguments: [1, 6, 9])
    func blocksConcatenateIntoOneValidGzipStream(level: Int) throws {
        let blocks = [sample(100_000, seed: 1), sample(70_000, seed: 2), [], sample(5, seed: 3)]
        let compressed = try gzip(blocks, level: level)
        #expect(compressed.count < 170_000 / 3)
        #expect(try GzipDecompressor.decompress(compressed) == blocks.flatMap { $0 })
        #expect(compressed[8] == (level == 9 ? 2 : level == 1 ? 4 : 0))
        #expect(compressed[4..<8] == [0, 0, 0, 0])
    }

    @Test func systemGzipAcceptsTheOutput() throws {
        let directory = try TestDirectory()
        let data = sample(300_000)
        let compressed = try gzip([Array(data[0..<123_456]), Array(data[123_456...])])
        let path = directory.file("x.gz")
        try Data(compressed).write(to: URL(fileURLWithPath: path))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "gzip -dc '\(path)'"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(Array(output) == data)
    }

    @Test func thePrimingDictionaryHelpsRepeatedText() throws {
        let block = sample(20_000)
        let primed = try gzip([block, block])
        let alone = try gzip([block])
        // The second copy refers back into the dictionary: it costs well under half of what
        // the same text costs on its own.
        #expect(primed.count - alone.count < alone.count / 2)
    }

    @Test func crcCombinationMatchesTheWholeCRC() {
        let data = sample(10_000)
        data.withUnsafeBytes { all in
            let whole = CRC32.update(0, all)
            let first = CRC32.update(0, UnsafeRawBufferPointer(rebasing: all[0..<3333]))
            let second = CRC32.update(0, UnsafeRawBufferPointer(rebasing: all[3333...]))
            #expect(CRC32.combine(first, second, secondLength: all.count - 3333) == whole)
            #expect(CRC32.update(first, UnsafeRawBufferPointer(rebasing: all[3333...])) == whole)
        }
        #expect(CRC32.update(0, UnsafeRawBufferPointer(start: nil, count: 0)) == 0)
    }

    @Test func decompressorReadsConcatenatedMembersAndRejectsDamage() throws {
        let first = try gzip([sample(1000, seed: 5)])
        let second = try gzip([sample(2000, seed: 6)])
        let joined = try GzipDecompressor.decompress(first + second)
        #expect(joined == sample(1000, seed: 5) + sample(2000, seed: 6))

        #expect(throws: ZlibError.self) {
            try GzipDecompressor.decompress(Array(first.dropLast(5)))
        }
        var flipped = first
        flipped[first.count / 2] ^= 0xff
        #expect(throws: ZlibError.self) { try GzipDecompressor.decompress(flipped) }
        #expect(throws: ZlibError.self) { try GzipDecompressor.decompress([1, 2, 3, 4]) }
        #expect(try GzipDecompressor.decompress([]) == [])
    }

    @Test func zlibErrorsSayWhatFailed() {
        let error = ZlibError("inflate", code: -3)
        #expect(error.description == "inflate failed: corrupt or invalid compressed data")
        for code: Int32 in [1, 2, -1, -2, -4, -5, -6, -99] {
            #expect(!ZlibError.name(of: code).isEmpty)
        }
        #expect(throws: ZlibError.self) { try DeflateBlockCompressor(level: 42) }
    }

    @Test func framingWritesLittleEndianTrailer() {
        #expect(
            GzipFraming.trailer(crc: 0x1234_5678, length: 0x1_0000_0002)
                == [0x78, 0x56, 0x34, 0x12, 0x02, 0, 0, 0])
        #expect(GzipFraming.header(level: 1)[8] == 4)
    }
}

/// Each `--compression` value's codec: what the manifest records of its library, its files'
/// suffix and framing units, as the writer and the verifier read them from the codec.
struct CompressionCodecTests {
    @Test(arguments: Compression.allCases)
    func theManifestRecordsTheCodecsLibraryAndNoOther(compression: Compression) {
        let parameters = GenerationParameters(asOf: TestDates.asOfDate, compression: compression)
        let generator = Manifest(parameters: parameters, tables: []).generator
        let recorded = [("zlib", generator.zlib), ("zstd", generator.zstd)].compactMap {
            name, version in
            version.map { (name, $0) }
        }
        let library = compression.codec.library
        #expect(recorded.map(\.0) == (library.map { [$0.name] } ?? []))
        #expect(recorded.map(\.1) == (library.map { [$0.version] } ?? []))
    }

    @Test func theGeneratorRecordsCodecLibrariesInTheCodecsOrderAndNoOtherKey() throws {
        let text = #"{"name":"demodata","version":"0.2.0","zstd":"1.5.4","zlib":"1.2.13"}"#
        let generator = try JSONDecoder().decode(Manifest.Generator.self, from: Data(text.utf8))
        #expect(generator.libraries.map(\.name) == ["zlib", "zstd"])
        #expect(generator.zlib == "1.2.13" && generator.library(named: "zstd") == "1.5.4")
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(
                Manifest.Generator.self,
                from: Data(#"{"name":"demodata","version":"0.2.0","lz4":"1.9"}"#.utf8))
        }
        var edited = generator
        edited.zlib = nil
        #expect(edited.libraries == [Manifest.Generator.Library(name: "zstd", version: "1.5.4")])
    }

    @Test func suffixesUnitsAndDataPackageNamesAreDistinct() {
        let codecs = Compression.allCases.map(\.codec)
        #expect(Set(codecs.map(\.fileSuffix)).count == codecs.count)
        #expect(Set(codecs.map(\.unitName)).count == codecs.count)
        #expect(codecs.compactMap(\.dataPackageName) == ["gz", "zst"])
        #expect(Compression.allCases.filter { $0.codec.unitPerChunk } == [.zstd])
        for codec in codecs {
            #expect(codec.levels.contains(codec.defaultLevel))
        }
    }
}
