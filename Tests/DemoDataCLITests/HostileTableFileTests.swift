import Foundation
import Testing

/// Table files made to exhaust memory or time — a sparse file the size of this machine's
/// memory, a line that never ends, gigabytes of line ends or zeros compressed to a megabyte —
/// put into an archive and into a shard, as they are and with the manifest, `datapackage.json`
/// and `SHA256SUMS` resealed around them. `verify`, `info` and `merge` (the release binary)
/// each refuse or report them with a peak memory under a fixed bound and reading a bounded
/// number of bytes: the bound is on work, never on seconds.
@Suite(.serialized) struct HostileTableFileTests {
    /// The most resident memory any of the three commands may reach.
    static let memoryBound = 200 << 20
    /// The most bytes a command may read, all files together (the archive itself is ~60 kB).
    static let readBound = 64 << 20
    /// The most bytes `verify` may read or decompress from the table files, all passes
    /// together, by its own count.
    static let tableWorkBound = 16 << 20

    /// What the hostile file holds.
    enum Kind: String, Sendable {
        /// A sparse file of 24 GiB (no disk used): zeros, so one endless line when read as
        /// text, and neither gzip nor zstd data.
        case sparse
        /// 1 GiB of `\n`, compressed.
        case newlines
        /// 1 GiB of zero bytes, compressed.
        case zeros
        /// 4 GiB of one unterminated line (a CSV one inside a quote that never closes),
        /// compressed.
        case endless
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let kind: Kind
        let format: String
        let compression: String
        /// Whether the manifest, data package and sums are made to match the hostile file.
        let resealed: Bool

        var testDescription: String {
            "\(kind.rawValue) \(format)/\(compression)\(resealed ? " resealed" : "")"
        }
    }

    static let cases: [Case] = [
        (Kind.sparse, "csv", "none"), (.sparse, "ndjson", "gzip"), (.sparse, "ndjson", "zstd"),
        (.newlines, "ndjson", "gzip"), (.newlines, "csv", "zstd"), (.zeros, "ndjson", "zstd"),
        (.zeros, "csv", "gzip"), (.endless, "ndjson", "zstd"), (.endless, "csv", "gzip"),
    ].flatMap { kind, format, compression in
        [false, true].map {
            Case(kind: kind, format: format, compression: compression, resealed: $0)
        }
    }

    @Test(arguments: cases)
    func commandsStayBoundedOnAHostileTableFile(_ hostile: Case) async throws {
        try await TestDirectory.with { directory in
            let options = [
                "--volume", "small", "--format", hostile.format, "--compression",
                hostile.compression,
            ]
            let archive = directory.appending("archive")
            try await CLI.generate(options, into: archive)
            var shards: [URL] = []
            for index in 0..<2 {
                let shard = directory.appending("shard\(index)")
                try await CLI.generate(options + ["--shard", "\(index)/2"], into: shard)
                shards.append(shard)
            }
            let block = try Self.hostileContent(hostile)
            for target in [archive, shards[1]] {
                let file = try #require(TestManifest(directory: target).file(of: "invoices"))
                try Self.write(hostile, block: block, to: target.appending(path: file).path)
                if hostile.resealed {
                    try await Self.reseal(
                        target, file: file,
                        digest: hostile.kind == .sparse ? String(repeating: "5", count: 64) : nil)
                }
            }

            let verify = try await measure(["verify", "--json", archive.path])
            #expect(verify.status == 1, "\(verify.errorText)")
            let report = try #require(
                try JSONSerialization.jsonObject(with: verify.standardOutput) as? [String: Any])
            let read = try #require(report["bytes_read"] as? Int)
            let decompressed = try #require(report["bytes_decompressed"] as? Int)
            #expect(read < Self.tableWorkBound, "verify read \(read) bytes of table files")
            #expect(
                decompressed < Self.tableWorkBound, "verify decompressed \(decompressed) bytes")
            #expect(
                try #require(report["finding_count"] as? Int) < 100,
                "\(report["finding_count"] ?? "")")

            let info = try await measure(["info", archive.path])
            #expect(info.status == 0, "\(info.errorText)")
            #expect(info.errorText.contains("warning"), "\(info.errorText)")

            let merged = directory.appending("merged")
            let merge = try await measure(["merge", merged.path] + shards.map(\.path))
            #expect(merge.status == 1, "\(merge.errorText)")
            #expect(merge.errorText.contains("invoices"), "\(merge.errorText)")
            #expect(!FileManager.default.fileExists(atPath: merged.path))
            #expect(try directory.leftovers().isEmpty)
        }
    }

    /// Runs the release binary and requires its memory and reading to stay in bounds.
    private func measure(_ arguments: [String]) async throws -> MeasuredProcess {
        let run = try await MeasuredProcess.run(TestPackage.builtBinary(), arguments)
        let name = arguments[0]
        #expect(run.status < 128, "\(name) ended by a signal: \(run.errorText)")
        #expect(
            run.peakResidentBytes < Self.memoryBound,
            "\(name) reached \(run.peakResidentBytes >> 20) MiB")
        #expect(run.bytesRead < Self.readBound, "\(name) read \(run.bytesRead >> 20) MiB")
        return run
    }

    /// The content a compressed hostile file repeats: 16 MiB of one byte.
    static func hostileContent(_ hostile: Case) throws -> [UInt8] {
        let byte: UInt8 =
            switch hostile.kind {
            case .newlines: 0x0A
            case .endless: UInt8(ascii: "a")
            case .sparse, .zeros: 0
            }
        return [UInt8](repeating: byte, count: 16 << 20)
    }

    /// Writes the hostile file at `path`: a sparse file, or `block` compressed once and
    /// repeated (gzip members, zstd frames) to the kind's size.
    static func write(_ hostile: Case, block: [UInt8], to path: String) throws {
        guard hostile.kind != .sparse else {
            let descriptor = open(path, O_WRONLY | O_TRUNC)
            #expect(descriptor >= 0)
            #expect(ftruncate(descriptor, 24 << 30) == 0)
            close(descriptor)
            return
        }
        let compress = { (bytes: [UInt8]) throws -> [UInt8] in
            hostile.compression == "zstd"
                ? try TestCompression.zstd(bytes) : try TestCompression.gzip(bytes)
        }
        let repeated = try compress(block)
        // The endless CSV record opens a quote that never closes.
        let first =
            hostile.kind == .endless && hostile.format == "csv"
            ? try compress([UInt8(ascii: "\"")] + block) : repeated
        let count = hostile.kind == .endless ? 256 : 64
        let data = Data(first + Array(repeating: repeated, count: count - 1).joined())
        try data.write(to: URL(filePath: path))
    }

    /// Makes the manifest, `datapackage.json` and `SHA256SUMS` of the archive at `archive`
    /// describe the file `file` as it now is, the way a forger would: its size, and its
    /// SHA-256 (`digest`, when given, stands for it: hashing a sparse file of 24 GiB would take
    /// the test longer than the commands it tests).
    static func reseal(_ archive: URL, file: String, digest given: String? = nil) async throws {
        let path = archive.appending(path: file).path
        let size = try #require(
            try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        var digest = given ?? ""
        if given == nil {
            digest = try await sha256(archive, file)
        }
        let old = try #require(
            try TestManifest(directory: archive).table("invoices")?["sha256"] as? String)
        let bytesPattern = try Regex("\"bytes\": [0-9]+")
        for name in ["manifest.json", "datapackage.json"] {
            let url = archive.appending(path: name)
            var text = try String(contentsOf: url, encoding: .utf8).replacing(old, with: digest)
            let entry = try #require(
                text.range(of: "\"path\": \"\(file)\"") ?? text.range(of: "\"file\": \"\(file)\""))
            let bytes = try #require(text[entry.upperBound...].firstMatch(of: bytesPattern))
            text.replaceSubrange(bytes.range, with: "\"bytes\": \(size)")
            try Data(text.utf8).write(to: url)
        }
        let sums = archive.appending(path: "SHA256SUMS")
        var lines: [String] = []
        for line in try String(contentsOf: sums, encoding: .utf8).split(separator: "\n") {
            let name = String(line.dropFirst(66))
            if name == file {
                lines.append(digest + "  " + name)
            } else if ["manifest.json", "datapackage.json"].contains(name) {
                lines.append(try await sha256(archive, name) + "  " + name)
            } else {
                lines.append(String(line))
            }
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: sums)
    }

    private static func sha256(_ directory: URL, _ name: String) async throws -> String {
        let result = try await TestProcess.run(program: "sha256sum", [name], in: directory)
        #expect(result.status == 0, "\(result)")
        return String(result.trimmedOutput.prefix(64))
    }
}
