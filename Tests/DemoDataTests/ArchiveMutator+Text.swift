@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

extension ArchiveMutator {
    /// Changes how an NDJSON row is written but not (to a JSON reader) what it says.
    mutating func changeJSONText(_ kind: MutationKind) throws -> AppliedMutation {
        let table = try randomTable(rows: 1)
        let rows = try tampering.rows(table)
        var row = random.below(rows.count)
        var members = VerifyTampering.jsonMembers(rows[row], table, raw: [:])
        let detail: String
        switch kind {
        case .reorderKeys:
            let (first, second) = random.twoIndices(below: members.count)
            members.swapAt(first, second)
            detail =
                "row \(row): keys \(table.columns[first].name) and "
                + "\(table.columns[second].name) swapped"
        case .spaceAfterColon:
            let column = random.below(members.count)
            let key = VerifyTampering.jsonString(table.columns[column].name) + ":"
            members[column] = key + " " + members[column].dropFirst(key.count)
            detail = "row \(row): a space after \(key)"
        case .escapeLetter:
            let cell = try randomCell(in: [table]) { column, value in
                guard column.type == .string || column.type == .uuid, let value else {
                    return false
                }
                return value.contains { $0.isASCII && $0.isLetter }
                    && !VerifyTampering.jsonString(value).contains("\\")
            }
            row = cell.row
            members = VerifyTampering.jsonMembers(rows[row], table, raw: [:])
            let characters = Array(cell.value ?? "")
            let letters = characters.indices.filter {
                characters[$0].isASCII && characters[$0].isLetter
            }
            guard let position = random.pick(letters),
                let scalar = characters[position].unicodeScalars.first
            else {
                throw TestFailure("\(Self.describe(cell.value)) has no letter")
            }
            let hex = String(scalar.value, radix: 16)
            let escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            let before = VerifyTampering.jsonString(String(characters[..<position]))
            let after = VerifyTampering.jsonString(String(characters[(position + 1)...]))
            let token = before.dropLast() + escape + after.dropFirst()
            members[cell.column] = VerifyTampering.jsonString(cell.name) + ":" + token
            let original = characters[position]
            detail = "row \(row) \(cell.name): '\(original)' written \(escape)"
        default:
            let cell = try randomCell { _, value in value == nil }
            return try setText(cell, to: "", raw: "\"\"", .nullToEmptyString)
        }
        let line = "{" + members.joined(separator: ",") + "}"
        try tampering.editLines(table) { $0[tampering.lineIndex(row)] = line }
        return AppliedMutation(kind: kind, target: table.name, detail: detail)
    }

    /// Changes how a CSV field or line is written but not (to a CSV reader) what it says,
    /// except that an empty quoted field is an empty string rather than null.
    mutating func changeCSVText(_ kind: MutationKind) throws -> AppliedMutation {
        switch kind {
        case .quoteField:
            let cell = try randomCell { _, value in
                guard let value else { return false }
                return !value.isEmpty && !value.contains { ",\"\n\r".contains($0) }
            }
            return try setText(cell, to: cell.value, raw: "\"" + (cell.value ?? "") + "\"", kind)
        case .emptyFieldToQuotes:
            let cell = try randomCell { _, value in value == nil }
            return try setText(cell, to: "", raw: "\"\"", kind)
        default:
            let table = try randomTable(rows: 1)
            // Any line, the header included.
            let line = random.below(try tampering.lines(table).count)
            try tampering.editLines(table) { $0[line] += "\r" }
            return AppliedMutation(kind: kind, target: table.name, detail: "line \(line + 1)")
        }
    }

    /// Adds a space at the end of the last line, or an empty line after it.
    mutating func changeFileEnd(_ kind: MutationKind) throws -> AppliedMutation {
        let table = try randomTable(rows: 1)
        if kind == .trailingSpace {
            try tampering.editLines(table) { $0[$0.count - 1] += " " }
            return AppliedMutation(kind: kind, target: table.name, detail: "'… \\n' at the end")
        }
        try tampering.replaceContent(table, with: try tampering.content(table) + [0x0A])
        return AppliedMutation(kind: kind, target: table.name, detail: "'\\n\\n' at the end")
    }

    /// Writes one cell as the text `raw` and describes the change.
    func setText(_ cell: Cell, to value: String?, raw: String, _ kind: MutationKind) throws
        -> AppliedMutation
    {
        try set(cell, to: value, raw: raw)
        return AppliedMutation(
            kind: kind, target: cell.table.name,
            detail: "row \(cell.row) \(cell.name): \(Self.describe(cell.value)) written \(raw)")
    }
}
