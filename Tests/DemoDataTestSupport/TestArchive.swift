import DemoData
import Foundation

/// An archive on disk read back for assertions: the one archive reader of the test suites.
///
/// It reads `manifest.json` with `JSONSerialization` (`manifest`) and the table files with the
/// system's zlib and libzstd, CSV with its own strict parser and NDJSON with `JSONDecoder`, so
/// that it shares no reading code with the product; `decodedManifest()` is the product's typed
/// view, for tests that compare with a `Manifest` the product returned.
public struct TestArchive {
    /// The archive's directory.
    public let directory: URL
    /// `manifest.json`, read independently of the product.
    public let manifest: TestManifest

    /// The archive in `directory`.
    public init(_ directory: URL) throws {
        self.directory = directory
        manifest = try TestManifest(directory: directory)
    }

    /// The archive in the directory at `path`.
    public init(path: String) throws {
        try self.init(URL(filePath: path))
    }

    /// `manifest.json` decoded into the product's `Manifest`.
    public func decodedManifest() throws -> Manifest {
        try JSONDecoder().decode(
            Manifest.self, from: Data(contentsOf: directory.appending(path: "manifest.json")))
    }

    /// The file of table `name`, as the manifest names it.
    public func file(of name: String) throws -> URL {
        let file = try manifest.file(of: name)
            .unwrapped("\(directory.path)/manifest.json has no file for \(name)")
        return directory.appending(path: file)
    }

    /// The uncompressed content of table `name`'s file, for gzip, zstd and uncompressed
    /// archives.
    public func content(_ name: String) throws -> [UInt8] {
        let compression = try manifest.string("compression")
            .unwrapped("\(directory.path)/manifest.json has no compression")
        let stored = [UInt8](try Data(contentsOf: file(of: name)))
        do {
            return try TestDecompression.content(of: stored, compressedAs: compression)
        } catch {
            throw TestFailure("\(try file(of: name).path): \(error)")
        }
    }

    /// The rows of table `name`, each value as text and null as nil, in file order: CSV fields
    /// as written, NDJSON strings as they are and numbers and literals as written. The CSV
    /// header (which only an unsharded archive or the first shard has) must name the
    /// manifest's columns, and every NDJSON row must have exactly those keys.
    public func rows(_ name: String) throws -> [[String?]] {
        let bytes = try content(name)
        let names = manifest.columns(of: name).map(\.name)
        switch manifest.string("format") {
        case "csv":
            var records = try CSVRecords.parse(bytes)
            if (manifest.shardIndex ?? 0) == 0 {
                let header = records.isEmpty ? [] : records.removeFirst()
                guard header == names else {
                    throw TestFailure("\(name) CSV header is \(header), not \(names)")
                }
            }
            return records
        case "ndjson":
            let decoder = JSONDecoder()
            return try lines(bytes).map { line in
                let object = try decoder.decode([String: JSONScalar].self, from: Data(line))
                guard object.count == names.count else {
                    throw TestFailure("\(name) NDJSON row has keys \(object.keys.sorted())")
                }
                return try names.map { column in
                    try object[column].unwrapped("\(name) NDJSON row lacks \(column)").text
                }
            }
        case let format:
            throw TestFailure("\(directory.path) has format \(format ?? "none")")
        }
    }

    /// The rows of table `name` of an NDJSON archive as `JSONSerialization` reads them, with
    /// JSON's types: strings, numbers, booleans and `NSNull`.
    public func objects(_ name: String) throws -> [[String: Any]] {
        guard manifest.string("format") == "ndjson" else {
            throw TestFailure("\(directory.path) is not an NDJSON archive")
        }
        return try lines(content(name)).map { line in
            try (JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
                .unwrapped("\(name) has a line that is not a JSON object")
        }
    }

    /// The exact sum of the decimal column `column` of table `name`, with the column's scale
    /// of fraction digits (as PostgreSQL prints it), summed in integers.
    public func sum(_ column: String, of name: String) throws -> String {
        let columns = manifest.columns(of: name)
        let index = try columns.firstIndex { $0.name == column }
            .unwrapped("\(name) has no column \(column)")
        let scale = try Self.scale(of: columns[index].type)
            .unwrapped("\(name).\(column) is \(columns[index].type), not a decimal")
        var units = 0
        for row in try rows(name) {
            let text = try row[index].unwrapped("\(name).\(column) is null")
            units += try TestDecimal.units(text, scale: scale)
        }
        return TestDecimal.text(units: units, scale: scale)
    }

    /// The scale of a manifest type `decimal(precision,scale)`; nil for other types.
    static func scale(of type: String) -> Int? {
        guard type.hasPrefix("decimal("), type.hasSuffix(")") else { return nil }
        return type.dropFirst("decimal(".count).dropLast().split(separator: ",").last
            .flatMap { Int($0) }
    }

    private func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        bytes.split(separator: UInt8(ascii: "\n"))
    }
}
