import DemoDataTestSupport
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// The one reader of archives: its `SHA256SUMS` parser and its whole-file digest.
struct ArchiveReaderTests {
    private static let digestA = String(repeating: "a", count: 64)
    private static let digestB = String(repeating: "0123456789abcdef", count: 4)

    @Test func wellFormedLinesAreEntriesInOrder() {
        let text = "\(Self.digestA)  customers.ndjson.gz\n\(Self.digestB) *manifest.json\n"
        let listing = SumsListing(parsing: Array(text.utf8))
        #expect(listing.problems.isEmpty)
        #expect(
            listing.entries == [
                SumsListing.Entry(digest: Self.digestA, file: "customers.ndjson.gz", line: 1),
                SumsListing.Entry(digest: Self.digestB, file: "manifest.json", line: 2),
            ])
        #expect(listing["manifest.json"]?.line == 2)
        #expect(listing["other"] == nil)
    }

    @Test(arguments: [
        "\(String(repeating: "A", count: 64))  file",  // upper-case hex
        "\(String(repeating: "a", count: 63))  file",  // one digit short
        "\(String(repeating: "a", count: 64)) file",  // one space
        "\(String(repeating: "a", count: 64))  ",  // no file name
        "\(String(repeating: "g", count: 64))  file",  // not hex
        "",  // an empty line
    ])
    func aMalformedLineIsAProblemNotAnEntry(line: String) {
        let listing = SumsListing(parsing: Array((line + "\n").utf8))
        #expect(listing.entries.isEmpty)
        #expect(
            listing.problems == [
                SumsListing.Problem(line: 1, message: "the line is not `<sha256>  <file>`")
            ])
    }

    @Test func aFileListedTwiceKeepsItsFirstLine() {
        let text = "\(Self.digestA)  f\n\(Self.digestB)  f"
        let listing = SumsListing(parsing: Array(text.utf8))
        #expect(listing.entries.map(\.digest) == [Self.digestA])
        #expect(
            listing.problems == [
                SumsListing.Problem(line: 2, message: "f is listed twice (first on line 1)"),
                SumsListing.Problem(line: 0, message: "the file does not end with a line end"),
            ])
    }

    @Test func theWrittenTextParsesBackToTheManifestsDigests() throws {
        let archive = try GeneratedArchive()
        let reader = ArchiveReader(archive.path)
        let manifest = try reader.manifest()
        let listing = try reader.sums()
        #expect(listing.problems.isEmpty)
        #expect(
            Array(listing.entries.prefix(manifest.tables.count)).map(\.digest)
                == manifest.tables.map(\.sha256))
        try reader.checkFiles(manifest)
        let first = try #require(manifest.tables.first)
        #expect(try reader.digest(first.file, expectedBytes: first.bytes) == first.sha256)
        // A file of another size than expected is not read at all.
        #expect(try reader.digest(first.file, expectedBytes: first.bytes + 1) == nil)
        #expect(try reader.digest("no such file", expectedBytes: 0) == nil)
    }
}
