import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// A file must be laid out exactly as demodata lays its files out, so that nothing hides in
/// it: bytes before the footer, another footer for the same row groups, or pages re-encoded
/// with the same values are all reported.
@Suite struct ParquetLayoutTests {
    /// A medium invoices file, its bytes, and where its footer starts.
    static func invoices(_ directory: TestDirectory, compression: Compression = .zstd) throws
        -> (path: String, bytes: [UInt8], footerStart: Int)
    {
        let path = directory.file("invoices.parquet")
        try ParquetTableFile.write(
            .invoices, of: ParquetReaderTests.parameters(.medium, compression), to: path)
        let bytes = try FileSystem.read(path)
        let length = bytes[(bytes.count - 8)..<(bytes.count - 4)].reversed().reduce(0) {
            $0 << 8 | Int($1)
        }
        return (path, bytes, bytes.count - 8 - length)
    }

    @Test func bytesBeforeTheFooterAreReported() throws {
        let directory = try TestDirectory()
        var (path, bytes, start) = try Self.invoices(directory)
        bytes.insert(contentsOf: [0, 0, 0, 0, 0], at: start)
        try Data(bytes).write(to: URL(filePath: path))
        let problem = ParquetReaderTests.scan(path, as: .invoices, ownLayout: true).scan.problem
        #expect(
            problem?.contains("5 bytes between its last column chunk and its footer") == true,
            "\(problem ?? "no problem")")
    }

    @Test func anotherFooterForTheSameRowGroupsIsReported() throws {
        let directory = try TestDirectory()
        var (path, bytes, start) = try Self.invoices(directory)
        let name = Array("demodata version".utf8)
        let at = try #require(
            (start..<(bytes.count - name.count)).first {
                Array(bytes[$0..<($0 + name.count)]) == name
            })
        bytes[at] = UInt8(ascii: "D")
        try Data(bytes).write(to: URL(filePath: path))
        let problem = ParquetReaderTests.scan(path, as: .invoices, ownLayout: true).scan.problem
        #expect(
            problem?.contains("the footer is not the one demodata writes") == true,
            "\(problem ?? "no problem")")
    }

    /// The regenerated content digest is that of the file the pipeline writes, whatever the
    /// page codec, and changes with the data.
    @Test func theRegeneratedContentIsTheFilesContent() throws {
        let parameters = ParquetReaderTests.parameters(.large, .gzip)
        let directory = try TestDirectory()
        let path = directory.file("lines.parquet")
        try ParquetTableFile.write(.invoiceLineItems, of: parameters, to: path)
        let scan = ParquetReaderTests.scan(path, as: .invoiceLineItems, ownLayout: true).scan
        #expect(scan.problem == nil && scan.rowGroups > 1)
        var parquet = parameters
        parquet.format = .parquet
        let expected = try ParquetCodec.contentSHA256(
            of: .invoiceLineItems, roots: parquet.roots(of: .invoiceLineItems),
            context: DataContext(parameters: parquet))
        #expect(expected == scan.contentSHA256)
        parquet.seed = 7
        #expect(
            try ParquetCodec.contentSHA256(
                of: .invoiceLineItems, roots: parquet.roots(of: .invoiceLineItems),
                context: DataContext(parameters: parquet)) != expected)
    }
}
