import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// Damaged and hostile Parquet files: truncated anywhere, bytes flipped in the footer, page
/// headers and page bodies, a footer length larger than the file, wrong magic, absurd counts.
/// Each gives a one-line problem (or reads as values the content digest tells apart), never a
/// crash, a hang or a large allocation.
@Suite struct ParquetCorruptionTests {
    /// A table's file as demodata writes it, its bytes, and what it reads as.
    struct Original {
        let table: Table
        let bytes: [UInt8]
        let text: [UInt8]
        let digest: String
        let footerStart: Int
        let directory: TestDirectory

        init(_ table: Table, _ compression: Compression, counts: CountOverrides = CountOverrides())
            throws
        {
            self.table = table
            directory = try TestDirectory()
            let path = directory.file("original.parquet")
            try ParquetTableFile.write(
                table, of: ParquetReaderTests.parameters(.small, compression, counts: counts),
                to: path)
            bytes = try FileSystem.read(path)
            let (scan, text) = ParquetReaderTests.scan(path, as: table)
            #expect(scan.problem == nil)
            self.text = text
            digest = scan.contentSHA256
            footerStart = try ParquetFooter.read(from: ParquetInputFile(path: path)).start
        }

        /// Scans `bytes` written to a file as this table's.
        func scan(_ bytes: [UInt8]) throws -> (scan: ParquetFileScan, text: [UInt8]) {
            let path = directory.file("damaged.parquet")
            try Data(bytes).write(to: URL(filePath: path))
            return ParquetReaderTests.scan(path, as: table)
        }

        /// The original with `change` applied to the byte at `offset`.
        func changing(_ offset: Int, _ change: (UInt8) -> UInt8) -> [UInt8] {
            var copy = bytes
            copy[offset] = change(copy[offset])
            return copy
        }
    }

    /// Checks what the reader made of damaged bytes: a one-line problem, or, when it read the
    /// file to its end, values the content digest tells apart from the original's (or the
    /// original's values, when the damage was in something the reader does not need).
    static func expectDetectedOrHarmless(
        _ result: (scan: ParquetFileScan, text: [UInt8]), _ original: Original,
        _ what: @autoclosure () -> String
    ) {
        if let problem = result.scan.problem {
            #expect(!problem.isEmpty && !problem.contains("\n"), "\(what()): \(problem)")
        } else {
            #expect(
                result.text == original.text || result.scan.contentSHA256 != original.digest,
                "\(what()) changed the values and not the digest")
        }
    }

    @Test(arguments: [Compression.zstd, .none])
    func truncationsAnywhereAreProblems(compression: Compression) throws {
        let original = try Original(.invoices, compression)
        let count = original.bytes.count
        let lengths = Set(Array(stride(from: 0, to: count, by: 23)) + Array(count - 64..<count))
        for length in lengths.sorted() {
            let (scan, _) = try original.scan(Array(original.bytes.prefix(length)))
            let problem = try #require(scan.problem, "truncated to \(length) of \(count) bytes")
            #expect(!problem.contains("\n"))
            #expect(scan.fileBytes == UInt64(length))
        }
    }

    /// A change to the byte at `offset`: every bit on even offsets, the lowest on odd ones.
    static func flip(at offset: Int) -> (UInt8) -> UInt8 {
        offset % 2 == 0 ? { $0 ^ 0xFF } : { $0 ^ 0x01 }
    }

    @Test func flippedFooterBytesAreProblemsOrHarmless() throws {
        let original = try Original(.customerTypes, .zstd)
        var problems = 0
        for offset in original.footerStart..<original.bytes.count {
            let result = try original.scan(original.changing(offset, Self.flip(at: offset)))
            Self.expectDetectedOrHarmless(result, original, "a change at byte \(offset)")
            problems += result.scan.problem == nil ? 0 : 1
        }
        // Most footer bytes matter; created_by and a few skipped fields do not.
        #expect(problems > (original.bytes.count - original.footerStart) * 3 / 4)
    }

    @Test(arguments: [Compression.zstd, .gzip, .none])
    func flippedPageBytesAreProblemsOrChangeTheDigest(compression: Compression) throws {
        let original = try Original(.customerTypes, compression)
        for offset in 4..<original.footerStart {
            let result = try original.scan(original.changing(offset, Self.flip(at: offset)))
            Self.expectDetectedOrHarmless(result, original, "a change at byte \(offset)")
        }
    }

    @Test func aFlippedByteInALargerFileIsAProblemOrChangesTheDigest() throws {
        let original = try Original(.invoices, .none)
        for offset in stride(from: 4, to: original.footerStart, by: 37) {
            let result = try original.scan(original.changing(offset) { $0 ^ 0x04 })
            Self.expectDetectedOrHarmless(result, original, "a change at byte \(offset)")
        }
    }

    /// The original's bytes with the four bytes before the closing `PAR1` replaced.
    static func withFooterLength(_ length: UInt32, _ original: Original) -> [UInt8] {
        var bytes = original.bytes
        withUnsafeBytes(of: length.littleEndian) {
            bytes.replaceSubrange(bytes.count - 8..<bytes.count - 4, with: $0)
        }
        return bytes
    }

    @Test func footerLengthsAndMagicThatCannotBe() throws {
        let original = try Original(.customerTypes, .zstd)
        let size = original.bytes.count
        let cases: [([UInt8], String)] = [
            (
                Self.withFooterLength(UInt32(size), original),
                "the footer length says \(size) bytes; the file has \(size - 12) bytes between "
                    + "its leading PAR1 and the footer length"
            ),
            (
                Self.withFooterLength(.max, original),
                "the footer length says \(UInt32.max) bytes; the file has \(size - 12) bytes "
                    + "between its leading PAR1 and the footer length"
            ),
            (
                Self.withFooterLength(0, original),
                "the footer length says 0 bytes; the file has \(size - 12) bytes between its leading PAR1 and the footer length"
            ),
            (
                Array("PAR2".utf8) + original.bytes.dropFirst(4),
                "the file does not start with PAR1: it is not Parquet"
            ),
            (
                original.bytes.dropLast(4) + Array("PAR!".utf8),
                "the file does not end with PAR1: it is not Parquet, or it is truncated"
            ),
            (
                original.bytes.dropLast(4) + Array("PARE".utf8),
                "the file has an encrypted footer (PARE), which this reader does not read"
            ),
            ([], "the file has 0 bytes, fewer than any Parquet file (12)"),
        ]
        for (bytes, message) in cases {
            #expect(try original.scan(bytes).scan.problem == message)
        }
        // A footer length a few bytes off: the footer no longer parses.
        let shifted = Self.withFooterLength(UInt32(size - original.footerStart - 8 - 3), original)
        #expect(try original.scan(shifted).scan.problem?.hasPrefix("the footer ") == true)
    }

    /// A file of `PAR1`, `metaData` as its footer, its length and `PAR1`.
    static func file(footer metaData: (inout ThriftCompactWriter) -> Void) -> [UInt8] {
        let buffer = ByteBuffer()
        buffer.append(contentsOf: ParquetFormat.magic)
        let start = buffer.count
        var writer = ThriftCompactWriter(buffer: buffer)
        metaData(&writer)
        buffer.appendLittleEndian(UInt32(buffer.count - start))
        buffer.append(contentsOf: ParquetFormat.magic)
        return buffer.array
    }

    @Test func absurdCountsAndLengthsInTheFooterAreProblems() throws {
        let original = try Original(.customerTypes, .zstd)
        // A schema list of 2^31 elements in a footer of a few bytes.
        let list = Self.file { writer in
            writer.beginStruct()
            writer.field(1, i32: 1)
            writer.beginList(field: 2, of: .structure, count: Int(Int32.max))
        }
        #expect(
            try original.scan(list).scan.problem
                == "the footer is not valid Parquet metadata: a length of 2147483647 elements "
                + "cannot fit in the 0 bytes left (byte 4)")
        // A created_by string of a gigabyte.
        let string = Self.file { writer in
            writer.beginStruct()
            writer.field(1, i32: 1)
            writer.buffer.append(0x58)
            writer.buffer.appendVarint(1 << 30)
        }
        #expect(
            try original.scan(string).scan.problem?.hasSuffix(
                "a length of 1073741824 bytes cannot fit in the 0 bytes left (byte 3)") == true)
        // Structs nested without end.
        let nested = Self.file { writer in
            for _ in 0..<10_000 {
                writer.buffer.append(0x1C)
            }
        }
        #expect(
            try original.scan(nested).scan.problem?.contains("nested more than 32 deep") == true)
    }

    @Test func absurdRowCountsAreProblems() throws {
        let original = try Original(.customerTypes, .none)
        let (footer, start) = try ParquetFooter.read(
            from: ParquetInputFile(path: original.directory.file("original.parquet")))
        let rowGroup = try #require(footer.rowGroups.first)
        let huge: Int64 = 1 << 40
        var columns = rowGroup.columns
        for index in columns.indices {
            columns[index] = ParquetColumnChunkMetaData(
                physicalType: columns[index].physicalType, name: columns[index].name,
                encodings: columns[index].encodings, codec: columns[index].codec,
                valueCount: huge, totalUncompressedSize: columns[index].totalUncompressedSize,
                totalCompressedSize: columns[index].totalCompressedSize,
                dataPageOffset: columns[index].dataPageOffset,
                dictionaryPageOffset: columns[index].dictionaryPageOffset,
                statistics: columns[index].statistics)
        }
        let bytes =
            Array(original.bytes.prefix(start))
            + ParquetFileAssembler.footer(
                columns: Table.customerTypes.parquetColumns,
                rowGroups: [ParquetRowGroupMetaData(columns: columns, rowCount: huge)])
        let problem = try #require(try original.scan(bytes).scan.problem)
        #expect(problem.hasPrefix("row group 1 says it has 1099511627776 rows in "))
        #expect(problem.hasSuffix("bytes; this reader takes at most 64 rows a byte"))
    }

    @Test func aDataPageWithOneValueTooFewIsNamed() throws {
        let original = try Original(.customers, .none)
        let (footer, _) = try ParquetFooter.read(
            from: ParquetInputFile(path: original.directory.file("original.parquet")))
        let email = try #require(footer.rowGroups.first?.columns.first { $0.name == "email" })
        // The data page header: type, two sizes, then field 5 (2C) with num_values 25,
        // zigzag 50 (32); write 24 (30).
        let page = Int(email.dataPageOffset)
        let header = Array(original.bytes[page..<page + 16])
        let position = try #require(
            (0..<header.count - 2).first { header[$0...$0 + 2] == [0x2C, 0x15, 0x32] })
        let result = try original.scan(original.changing(page + position + 2) { _ in 0x30 })
        #expect(
            result.scan.problem
                == "row group 1, column \"email\": the data page says 24 values; the row group "
                + "has 25 rows")
    }

    @Test func statisticsThatAreNotTheValuesAreNamed() throws {
        let original = try Original(.customers, .zstd)
        let (footer, start) = try ParquetFooter.read(
            from: ParquetInputFile(path: original.directory.file("original.parquet")))
        var rowGroup = try #require(footer.rowGroups.first)
        let index = try #require(rowGroup.columns.firstIndex { $0.name == "credit_limit" })
        let chunk = rowGroup.columns[index]
        var statistics = chunk.statistics
        statistics.max = withUnsafeBytes(of: Int64(123_456).littleEndian) { Array($0) }
        rowGroup.columns[index] = ParquetColumnChunkMetaData(
            physicalType: chunk.physicalType, name: chunk.name, encodings: chunk.encodings,
            codec: chunk.codec, valueCount: chunk.valueCount,
            totalUncompressedSize: chunk.totalUncompressedSize,
            totalCompressedSize: chunk.totalCompressedSize, dataPageOffset: chunk.dataPageOffset,
            dictionaryPageOffset: chunk.dictionaryPageOffset, statistics: statistics)
        let bytes =
            Array(original.bytes.prefix(start))
            + ParquetFileAssembler.footer(
                columns: Table.customers.parquetColumns, rowGroups: [rowGroup])
        let found = ParquetStatistics.text(of: chunk.statistics.max ?? [], as: .money)
        let least = ParquetStatistics.text(of: chunk.statistics.min ?? [], as: .money)
        #expect(
            try original.scan(bytes).scan.problem
                == "row group 1, column \"credit_limit\": the footer's statistics (0 nulls, min "
                + "\(least), max 1234.56) are not the values' (0 nulls, min \(least), max "
                + "\(found))")
    }

    /// Seeded random damage: a few bytes set to random values, sometimes a truncation too, in
    /// files with and without compression.
    @Test(arguments: [Compression.zstd, .none])
    func randomDamageIsAProblemOrChangesTheDigest(compression: Compression) throws {
        let original = try Original(.invoices, compression)
        var random = SplitMix64(seed: 7)
        for round in 0..<300 {
            var bytes = original.bytes
            for _ in 0..<random.number(in: 1...6) {
                bytes[random.below(bytes.count)] = UInt8(truncatingIfNeeded: random.next())
            }
            if round % 5 == 0 {
                bytes.removeLast(random.below(bytes.count))
            }
            let result = try original.scan(bytes)
            Self.expectDetectedOrHarmless(result, original, "round \(round)")
        }
    }

    @Test func linksDirectoriesAndFIFOsAreRefused() throws {
        let original = try Original(.customerTypes, .zstd)
        let link = original.directory.file("link.parquet")
        try FileManager.default.createSymbolicLink(
            atPath: link, withDestinationPath: original.directory.file("original.parquet"))
        let fifo = original.directory.file("fifo.parquet")
        #expect(mkfifo(fifo, 0o600) == 0)
        let cases = [
            (link, "the file is a symbolic link"),
            (original.directory.path, "the file is not a regular file"),
            (fifo, "the file is not a regular file"),
            (
                original.directory.file("missing.parquet"),
                "the file cannot be read: no such file or directory"
            ),
        ]
        for (path, message) in cases {
            #expect(ParquetReaderTests.scan(path, as: .customerTypes).scan.problem == message)
        }
    }
}
