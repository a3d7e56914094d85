import Foundation

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

extension ArchiveMutator {
    /// Changes one parameter or column of the manifest and nothing else (but `SHA256SUMS`).
    mutating func changeManifest(_ kind: MutationKind) throws -> AppliedMutation {
        let manifest = tampering.manifest
        var edited = manifest
        var target = "manifest.json"
        let detail: String
        switch kind {
        case .manifestSeed:
            edited.seed = manifest.seed ^ (1 << UInt64(random.below(64)))
            detail = "seed \(manifest.seed) → \(edited.seed)"
        case .manifestLevel:
            edited.level =
                try random.pick(levelsChangingBytes(of: tampering.manifest.tables))
                ?? manifest.level
            detail = "level \(manifest.level) → \(edited.level)"
        case .manifestScale:
            edited.scale = manifest.scale + random.number(in: 1...4)
            detail = "scale \(manifest.scale) → \(edited.scale)"
        case .manifestAsOf:
            guard let asOf = CivilDate(parsing: manifest.asOf) else {
                throw TestFailure("as_of \(manifest.asOf) is not a date")
            }
            let days = random.number(in: 1...30) * (random.below(2) == 0 ? -1 : 1)
            edited.asOf = CivilDate(daysSinceEpoch: asOf.daysSinceEpoch + days).description
            detail = "as_of \(manifest.asOf) → \(edited.asOf)"
        case .manifestShard:
            edited.shard = Manifest.ShardEntry(index: 0, count: 1)
            detail = "shard null → {index 0, count 1}"
        default:
            let table = random.below(manifest.tables.count)
            let column = random.below(manifest.tables[table].columns.count)
            let entry = manifest.tables[table].columns[column]
            target = manifest.tables[table].name
            if kind == .manifestColumnNullable {
                edited.tables[table].columns[column].nullable.toggle()
                detail = "column \(entry.name) nullable \(entry.nullable) → \(!entry.nullable)"
            } else {
                let types = Set(Table.allCases.flatMap(\.columns).map(\.type.name))
                    .subtracting([entry.type]).sorted()
                edited.tables[table].columns[column].type = types[random.below(types.count)]
                detail =
                    "column \(entry.name) type \(entry.type) → "
                    + edited.tables[table].columns[column].type
            }
        }
        guard edited != manifest else {
            throw TestFailure("\(kind.rawValue) left the manifest as it was")
        }
        try tampering.rewriteManifest { $0 = edited }
        return AppliedMutation(kind: kind, target: target, detail: "manifest " + detail)
    }

    /// Rewrites one gzip file with the same content: at another level, with a file name in
    /// the header, or as two members.
    mutating func changeGzip(_ kind: MutationKind) throws -> AppliedMutation {
        let table = try randomTable(rows: 1)
        let content = try tampering.content(table)
        let file = try FileSystem.read(tampering.filePath(table))
        let stored: [UInt8]
        let detail: String
        switch kind {
        case .gzipLevel:
            let entry = tampering.manifest.tables.filter { $0.name == table.name }
            guard let level = random.pick(try levelsChangingBytes(of: entry)) else {
                throw TestFailure("every level compresses \(table.name) to the same bytes")
            }
            stored = try VerifyTampering.gzip(
                blocks: tampering.chunks(table, content), level: level)
            detail = "level \(tampering.manifest.level) → \(level)"
        case .gzipFileName:
            // FLG.FNAME, then the zero-terminated name after the 10-byte header, as gzip
            // writes it without -n.
            guard file.count > 10, file[3] == 0 else {
                throw TestFailure("\(table.name)'s gzip header already has flags")
            }
            let name = String(tampering.file(table).dropLast(3))
            stored = file[0..<3] + [0x08] + file[4..<10] + Array(name.utf8) + [0] + file[10...]
            detail = "FNAME \(name)"
        default:
            let cut = 1 + random.below(max(1, content.count - 1))
            stored =
                try VerifyTampering.gzip(Array(content[..<cut]), level: tampering.manifest.level)
                + VerifyTampering.gzip(Array(content[cut...]), level: tampering.manifest.level)
            detail = "members of \(cut) and \(content.count - cut) bytes"
        }
        try tampering.replaceStored(table, with: stored, content: content)
        return AppliedMutation(kind: kind, target: table.name, detail: detail)
    }

    /// The levels other than the manifest's at which some of `tables` compress to other bytes
    /// than their files hold: at the others, the files are what generate writes.
    func levelsChangingBytes(of tables: [Manifest.TableEntry]) throws -> [Int] {
        let current = tampering.manifest.level
        var files: [(chunks: [[UInt8]], stored: [UInt8])] = []
        for entry in tables {
            guard let table = Table(name: entry.name) else { continue }
            files.append(
                (
                    tampering.chunks(table, try tampering.content(table)),
                    try FileSystem.read(tampering.filePath(table))
                ))
        }
        return try (1...9).filter { level in
            try level != current
                && files.contains {
                    try VerifyTampering.gzip(blocks: $0.chunks, level: level) != $0.stored
                }
        }
    }
}
