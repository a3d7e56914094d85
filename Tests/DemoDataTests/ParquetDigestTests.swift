import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// The content digest a Parquet scan computes: the SHA-256 of the row groups' digests, each
/// the SHA-256 of the row group's uncompressed page bodies in column order. It depends on the
/// values alone, so every codec gives the same, and one changed value changes it.
@Suite struct ParquetDigestTests {
    @Test func theContentDigestDoesNotDependOnTheCodec() throws {
        let directory = try TestDirectory()
        for table in Table.allCases {
            var contents: Set<String> = []
            var files: Set<String> = []
            for compression in [Compression.zstd, .gzip, .none] {
                let path = directory.file("\(table.name).\(compression).parquet")
                try ParquetTableFile.write(
                    table, of: ParquetReaderTests.parameters(.large, compression), to: path)
                let (scan, _) = ParquetReaderTests.scan(path, as: table)
                #expect(scan.problem == nil)
                contents.insert(scan.contentSHA256)
                files.insert(scan.fileSHA256)
            }
            #expect(contents.count == 1, "\(table.name)")
            #expect(files.count == 3, "\(table.name)")
        }
    }

    /// The digest worked out from an uncompressed file's bytes: in each row group, each
    /// chunk's pages with their headers (Thrift structs) cut out.
    static func digest(ofUncompressed path: String) throws -> String {
        let bytes = try FileSystem.read(path)
        let (footer, _) = try ParquetFooter.read(from: ParquetInputFile(path: path))
        var chain = SHA256Hasher()
        for rowGroup in footer.rowGroups {
            var bodies: [UInt8] = []
            for chunk in rowGroup.columns {
                var offset = Int(chunk.startOffset)
                let end = offset + Int(chunk.totalCompressedSize)
                while offset < end {
                    let (headerSize, bodySize) = try ThriftCompactReader.decode(
                        Array(bytes[offset..<end])
                    ) { reader in
                        var size = 0
                        try reader.readStruct { reader, field in
                            guard field.id == 3 else { return false }
                            size = Int(try reader.readI32(field))
                            return true
                        }
                        return (reader.offset, size)
                    }
                    bodies += bytes[offset + headerSize..<offset + headerSize + bodySize]
                    offset += headerSize + bodySize
                }
            }
            chain.update(SHA256Hasher.digest(bodies))
        }
        return chain.finalizeHex()
    }

    @Test func theContentDigestIsTheChainOfTheRowGroupsDigests() throws {
        let directory = try TestDirectory()
        for table in [Table.invoiceLineItems, .customers] {
            let path = directory.file(table.name + ".parquet")
            let written = try ParquetTableFile.write(
                table, of: ParquetReaderTests.parameters(.large, .none), to: path)
            let (scan, _) = ParquetReaderTests.scan(path, as: table)
            #expect(scan.problem == nil)
            #expect(scan.contentSHA256 == (try Self.digest(ofUncompressed: path)))
            #expect(table != .invoiceLineItems || written.rowGroups > 1)
        }
    }

    @Test func oneChangedValueChangesTheDigest() throws {
        let directory = try TestDirectory()
        let path = directory.file("customers.parquet")
        let parameters = ParquetReaderTests.parameters(.small, .none)
        try ParquetTableFile.write(.customers, of: parameters, to: path)
        let (original, originalText) = ParquetReaderTests.scan(path, as: .customers)
        // The median email, so that the change leaves the column's min and max as they are.
        let emails = try ParquetReaderTests.ndjson(.customers, parameters)
            .split(separator: UInt8(ascii: "\n"))
            .map { line in
                let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
                return try #require(object?["email"] as? String)
            }
            .sorted()
        let email = Array(emails[emails.count / 2].utf8)
        var bytes = try FileSystem.read(path)
        let start = try #require(
            (0...bytes.count - email.count).first { Array(bytes[$0..<$0 + email.count]) == email })
        let at = try #require(email.firstIndex(of: UInt8(ascii: "@")))
        bytes[start + at - 1] =
            bytes[start + at - 1] == UInt8(ascii: "q") ? UInt8(ascii: "r") : UInt8(ascii: "q")
        try Data(bytes).write(to: URL(filePath: path))
        let (changed, changedText) = ParquetReaderTests.scan(path, as: .customers)
        #expect(changed.problem == nil)
        #expect(changedText.count == originalText.count)
        #expect(zip(changedText, originalText).filter { $0 != $1 }.count == 1)
        #expect(changed.contentSHA256 != original.contentSHA256)
        #expect(changed.fileSHA256 != original.fileSHA256)
    }
}
