import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// Fuzzes `verify`: hundreds of seeded, random, one-change edits of generated archives, each
/// with every checksum recomputed the way a forger would (gzip file, manifest sizes and
/// checksums, row counts, `SHA256SUMS`), and every one must fail verification.
///
/// A failure names each accepted change: its kind, table, archive layout and case seed.
/// `ArchiveMutator(tampering, seed:).apply(kind)` on a copy of the same archive repeats a case.
@Suite struct VerifyFuzzTests {
    /// The seed every case's seed derives from.
    static let seed: UInt64 = 0xF022_5EED_0000_0001
    /// Cases of each kind on each archive layout it applies to.
    static let casesPerKind = 6

    /// The format and compression of one pristine archive.
    struct Layout: Sendable, CustomTestStringConvertible {
        let format: OutputFormat
        let compression: Compression

        var testDescription: String { "\(format.rawValue)/\(compression.rawValue)" }
    }

    static let layouts = [
        Layout(format: .ndjson, compression: .gzip), Layout(format: .csv, compression: .gzip),
        Layout(format: .ndjson, compression: .none), Layout(format: .csv, compression: .none),
        Layout(format: .ndjson, compression: .zstd), Layout(format: .csv, compression: .zstd),
    ]

    /// The seed of case `index` of `kind` on `layout`.
    static func caseSeed(_ layout: Layout, _ kind: MutationKind, _ index: Int) -> UInt64 {
        let layoutNumber = layouts.firstIndex { $0.testDescription == layout.testDescription }
        let kindNumber = MutationKind.allCases.firstIndex(of: kind) ?? 0
        var mix = SplitMix64(
            seed: seed ^ UInt64(layoutNumber ?? 0) << 48 ^ UInt64(kindNumber) << 32
                ^ UInt64(index))
        return mix.next()
    }

    @Test(arguments: layouts)
    func verifyRejectsEveryMutation(_ layout: Layout) async throws {
        try await TestThread.run { try Self().checkEveryMutation(layout) }
    }

    func checkEveryMutation(_ layout: Layout) throws {
        let pristine = try GeneratedArchive(format: layout.format, compression: layout.compression)
        try #require(try ArchiveVerifier(directory: pristine.path).verify().passed)
        let work = try TestDirectory()
        var accepted: [MutationKind] = []
        // Whether generate writes the archive of a manifest, by the manifest's bytes.
        var genuine: [[UInt8]: Bool] = [:]
        var cases = 0
        for kind in MutationKind.allCases where kind.applies(to: layout.format, layout.compression)
        {
            for index in 0..<Self.casesPerKind {
                let seed = Self.caseSeed(layout, kind, index)
                let context = "\(layout.testDescription), case seed 0x\(String(seed, radix: 16))"
                let path = work.file("case-\(cases)")
                defer { try? FileManager.default.removeItem(atPath: path) }
                cases += 1
                do {
                    let tampering = try VerifyTampering(copying: pristine, to: path)
                    var mutator = ArchiveMutator(tampering, seed: seed)
                    let mutation = try mutator.apply(kind)
                    guard try !Self.changedFiles(path, from: pristine.path).isEmpty else {
                        Issue.record("\(mutation) (\(context)) changed no byte of the archive")
                        continue
                    }
                    let passed = try tampering.verify().passed
                    // The manifest holds every file's checksum, so it names the whole archive.
                    var isGenuine = false
                    if kind.mayBeGenuine {
                        let manifest = try FileSystem.read(path + "/manifest.json")
                        isGenuine = try genuine[manifest] ?? Self.generateWrites(path, in: work)
                        genuine[manifest] = isGenuine
                    }
                    if isGenuine {
                        #expect(
                            passed, "verify rejected \(mutation) (\(context)), a genuine archive")
                    } else if passed {
                        accepted.append(kind)
                        Issue.record("verify accepted \(mutation) (\(context))")
                    }
                } catch {
                    Issue.record("cannot apply \(kind.rawValue) (\(context)): \(error)")
                }
            }
        }
        if !accepted.isEmpty {
            let archive = layout.testDescription
            let kinds = Self.counts(accepted)
            Issue.record(
                "verify accepted \(accepted.count) of \(cases) mutations of the \(archive) archive: \(kinds)"
            )
        }
    }

    /// How many of `kinds` there are of each kind, such as `swap two rows 5, move a row 2`.
    static func counts(_ kinds: [MutationKind]) -> String {
        MutationKind.allCases.compactMap { kind in
            let count = kinds.count { $0 == kind }
            return count == 0 ? nil : "\(kind.rawValue) \(count)"
        }.joined(separator: ", ")
    }

    /// Whether generate, given the parameters of the manifest at `path`, writes that archive
    /// byte for byte: then a manifest edit made no forgery but another genuine archive (such as
    /// `--shard 0/1`, which writes an unsharded archive's tables).
    static func generateWrites(_ path: String, in work: TestDirectory) throws -> Bool {
        let manifest = try TestArchive(path: path).decodedManifest()
        guard let asOf = CivilDate(parsing: manifest.asOf) else { return false }
        var shard: Shard?
        if let entry = manifest.shard {
            guard let valid = Shard(index: entry.index, count: entry.count) else { return false }
            shard = valid
        }
        let parameters = GenerationParameters(
            volume: manifest.volume, scale: manifest.scale, seed: manifest.seed, asOf: asOf,
            format: manifest.format, compression: manifest.compression, level: manifest.level,
            shard: shard)
        let regenerated = work.file("regenerated")
        defer { try? FileManager.default.removeItem(atPath: regenerated) }
        do {
            _ = try ArchiveGenerator(parameters: parameters, threads: 1)
                .writeArchive(to: regenerated, force: false)
        } catch {
            return false
        }
        return try changedFiles(path, from: regenerated).isEmpty
    }

    /// Reading every row and writing it back, recompressing every file and rewriting the
    /// manifest and `SHA256SUMS` the way the mutations do gives the pristine archive byte for
    /// byte, so what a mutation changes is the mutation alone.
    @Test(arguments: layouts)
    func theForgerAloneChangesNoByte(_ layout: Layout) throws {
        let pristine = try GeneratedArchive(format: layout.format, compression: layout.compression)
        let work = try TestDirectory()
        let tampering = try VerifyTampering(copying: pristine, to: work.file("copy"))
        for table in Table.allCases {
            let rows = try tampering.rows(table)
            try tampering.editLines(table) { lines in
                for (row, values) in rows.enumerated() {
                    lines[tampering.lineIndex(row)] = VerifyTampering.line(
                        values, table, layout.format, raw: [:])
                }
            }
        }
        let changed = try Self.changedFiles(tampering.path, from: pristine.path)
        #expect(changed.isEmpty, "writing the archive back changed \(changed)")
    }

    /// The independent Python checker fails an archive with one line total a cent off (every
    /// checksum recomputed) and passes the same archive untouched.
    @Test func theIndependentCheckerRejectsADamagedArchive() async throws {
        let tampering = try VerifyTampering()
        let script = TestPackage.script("check_archive.py").path
        let check = { try await TestProcess.run(program: "python3", [script, $0]) }

        let pristine = try await check(tampering.path)
        #expect(pristine.status == 0, "check_archive.py: \(pristine.outputText)")
        #expect(pristine.outputText.hasPrefix("OK"))

        let total = try TestDecimal.cents(
            tampering.value(.invoiceLineItems, row: 0, "line_total"))
        try tampering.set(
            .invoiceLineItems, row: 0, "line_total", to: TestDecimal.text(cents: total + 1))
        let damaged = try await check(tampering.path)
        #expect(damaged.status == 1, "check_archive.py: \(damaged.outputText)")
        #expect(
            damaged.outputText.contains("FAIL invoice_line_items.ndjson.gz:1:"),
            "check_archive.py: \(damaged.outputText)")
    }

    /// The names of the files that differ between the archives at `path` and `pristine`
    /// (present in one only, or with other bytes).
    static func changedFiles(_ path: String, from pristine: String) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: path)
        let pristineNames = try FileManager.default.contentsOfDirectory(atPath: pristine)
        return Set(names + pristineNames).sorted().filter { name in
            (try? FileSystem.read(path + "/" + name))
                != (try? FileSystem.read(pristine + "/" + name))
        }
    }
}
