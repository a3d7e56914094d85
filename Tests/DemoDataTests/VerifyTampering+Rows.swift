@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

extension VerifyTampering {
    /// The data rows of a table as values (nil for null), read with the verifier's parsers.
    func rows(_ table: Table) throws -> [[String?]] {
        let lines = try lines(table)
        let start = format == .csv && (manifest.shard?.index ?? 0) == 0 ? 1 : 0
        return try lines[start...].map { try Self.fields(of: $0, table, format) }
    }

    /// The first data row of `table` that satisfies `predicate`, given the rows before it.
    func firstRow(_ table: Table, where predicate: ([String?], [[String?]]) -> Bool) throws
        -> Int
    {
        let rows = try rows(table)
        guard let index = rows.indices.first(where: { predicate(rows[$0], Array(rows[..<$0])) })
        else {
            throw TestFailure("no row of \(table.name) fits the test")
        }
        return index
    }

    /// Removes data row `row` (0-based) from a table.
    func removeRow(_ table: Table, row: Int) throws {
        try editLines(table) { $0.remove(at: lineIndex(row)) }
    }

    /// Moves data row `row` to the end of the table.
    func moveRowToEnd(_ table: Table, row: Int) throws {
        try editLines(table) { lines in
            lines.append(lines.remove(at: lineIndex(row)))
        }
    }

    /// Replaces the first `old` in the line of data row `row` with `new`.
    func replaceText(_ table: Table, row: Int, _ old: String, with new: String) throws {
        try editLines(table) { lines in
            let index = lineIndex(row)
            guard let range = lines[index].range(of: old) else {
                throw TestFailure("\(old) is not in row \(row) of \(table.name)")
            }
            lines[index].replaceSubrange(range, with: new)
        }
    }
}

extension VerifyTampering {
    /// The first address row that is not its customer's first address.
    func secondAddressRow() throws -> Int {
        try firstRow(.customerAddresses) { values, earlier in
            earlier.last?[1] == values[1]
        }
    }
}
