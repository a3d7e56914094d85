import Foundation
import Testing

@testable import DemoData

/// Reads archives back for assertions.
enum ArchiveReading {
    static func bytes(_ path: String) throws -> [UInt8] {
        try FileSystem.read(path)
    }

    /// The uncompressed content of a table file of an archive.
    static func content(_ directory: String, _ manifest: Manifest, _ table: Table) throws
        -> [UInt8]
    {
        let entry = try #require(manifest.tables.first { $0.name == table.name })
        let raw = try bytes(directory + "/" + entry.file)
        switch manifest.compression {
        case .gzip: return try GzipDecompressor.decompress(raw)
        case .zstd: return try VerifyTampering.unzstd(raw)
        case .none: return raw
        }
    }

    /// The NDJSON rows of a table as dictionaries.
    static func rows(_ directory: String, _ manifest: Manifest, _ table: Table) throws
        -> [[String: Any]]
    {
        let text = try content(directory, manifest, table)
        return try text.split(separator: UInt8(ascii: "\n")).map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line))
            return try #require(object as? [String: Any])
        }
    }

    static func manifest(_ directory: String) throws -> Manifest {
        try JSONDecoder().decode(
            Manifest.self, from: Data(bytes(directory + "/manifest.json")))
    }

    /// Cents from a decimal string with two fraction digits.
    static func cents(_ value: Any?) throws -> Int {
        let text = try #require(value as? String)
        let parts = text.split(separator: ".")
        try #require(parts.count == 2 && parts[1].count == 2)
        let whole = try #require(Int(parts[0]))
        let fraction = try #require(Int(parts[1]))
        return whole * 100 + fraction
    }
}
