import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// Fuzzes the manifest: seeded random edits of a genuine `manifest.json` — a key twice, two
/// keys swapped, whitespace added, a key added or removed, a number made huge — each with
/// `SHA256SUMS` made to fit. None may pass `verify`, none may crash the verifier or the other
/// readers of a manifest, and a key twice is refused by every one of them.
@Suite struct ManifestFuzzTests {
    static let seed: UInt64 = 0x3A11_F3E5_7000_0019
    static let cases = 120

    /// One kind of edit of the manifest's text.
    enum Edit: CaseIterable {
        case duplicateKey, swapKeys, whitespace, extraKey, missingKey, hugeNumber
    }

    @Test func noEditedManifestPasses() throws {
        let pristine = try GeneratedArchive()
        try #require(try ArchiveVerifier(directory: pristine.path).verify().passed)
        let text = String(
            decoding: try FileSystem.read(pristine.path + "/manifest.json"), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let work = try TestDirectory()
        var random = SplitMix64(seed: Self.seed)
        var accepted: [String] = []
        for index in 0..<Self.cases {
            let edit = Edit.allCases[index % Edit.allCases.count]
            guard let (edited, detail) = Self.apply(edit, to: lines, random: &random) else {
                continue
            }
            let archive = try VerifyTampering(copying: pristine, to: work.file("case-\(index)"))
            try archive.overwrite("manifest.json", with: Array(edited.utf8))
            try archive.writeSums()
            let report = try archive.verify()
            if report.passed {
                accepted.append("\(edit) (\(detail))")
            }
            // The other readers take the edited manifest without crashing; a key twice is
            // never taken for a manifest of ours.
            let inspected = ArchiveContents.inspect(archive.path)
            if edit == .duplicateKey, case .archive = inspected {
                accepted.append("inspect took a manifest with a key twice (\(detail))")
            }
            _ = try? ArchiveSummary(reading: archive.path)
        }
        #expect(accepted.isEmpty, "verify passed: \(accepted.joined(separator: "; "))")
    }

    /// The manifest's lines with one edit of `kind`, and what it did; nil when the lines offer
    /// no place for it.
    static func apply(_ kind: Edit, to lines: [String], random: inout SplitMix64)
        -> (String, String)?
    {
        var lines = lines
        // Lines `"key": value,` whose value is a scalar: one member each.
        let members = lines.indices.filter {
            lines[$0].hasSuffix(",") && lines[$0].contains("\": ")
                && !lines[$0].hasSuffix("{,") && !lines[$0].hasSuffix("[,")
                && !lines[$0].hasSuffix(": {") && !lines[$0].hasSuffix(": [")
        }
        guard !members.isEmpty else { return nil }
        let pick = members[random.below(members.count)]
        let detail: String
        switch kind {
        case .duplicateKey:
            let line = lines[pick]
            let copy = random.below(2) == 0 ? line : Self.changedValue(line)
            lines.insert(copy, at: pick + 1)
            detail = "after line \(pick + 1): \(copy)"
        case .swapKeys:
            guard let next = members.first(where: { $0 == pick + 1 }) else {
                return apply(.whitespace, to: lines, random: &random)
            }
            lines.swapAt(pick, next)
            detail = "lines \(pick + 1) and \(next + 1)"
        case .whitespace:
            let spaces = [" ", "\t", "  ", "\r"]
            let space = spaces[random.below(spaces.count)]
            lines[pick] = lines[pick].replacing(
                "\": ", with: "\":" + space + " ", maxReplacements: 1)
            detail = "line \(pick + 1)"
        case .extraKey:
            let indent = String(lines[pick].prefix { $0 == " " })
            let extra = indent + "\"extra_\(random.below(1000))\": \(random.below(10)),"
            lines.insert(extra, at: pick)
            detail = extra
        case .missingKey:
            detail = "line \(pick + 1): \(lines[pick])"
            lines.remove(at: pick)
        case .hugeNumber:
            let numbers = members.filter {
                lines[$0].last == "," && lines[$0].dropLast().last?.isNumber == true
            }
            guard !numbers.isEmpty else { return nil }
            let line = numbers[random.below(numbers.count)]
            let huge = [
                "9223372036854775807", "9223372036854775808", "18446744073709551616",
                "-9223372036854775808", "1e400", "1.5", "-0", "4611686018427387904",
            ]
            let value = huge[random.below(huge.count)]
            let key = lines[line].prefix { $0 != ":" }
            lines[line] = key + ": " + value + ","
            detail = lines[line]
        }
        return (lines.joined(separator: "\n"), detail)
    }

    /// A member line with another scalar value of the same kind.
    static func changedValue(_ line: String) -> String {
        guard let colon = line.range(of: "\": ") else { return line }
        let key = line[..<colon.upperBound]
        let value = line[colon.upperBound...].dropLast()
        if value.first == "\"" {
            return key + "\"x" + value.dropFirst() + ","
        }
        if value == "true" || value == "false" {
            return key + (value == "true" ? "false" : "true") + ","
        }
        return key + "1" + value + ","
    }
}
