@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

extension ArchiveMutator {
    /// Swaps, moves, deletes or duplicates whole rows; deletions and duplicates fix the
    /// manifest's row count.
    mutating func changeRows(_ kind: MutationKind) throws -> AppliedMutation {
        let table: Table
        var detail: String
        var delta = 0
        switch kind {
        case .swapRows, .moveRow:
            table = try randomTable(rows: 2)
            let (from, to) = random.twoIndices(below: try rowCount(table))
            detail = kind == .swapRows ? "rows \(from) and \(to)" : "row \(from) to \(to)"
            try tampering.editLines(table) { lines in
                let (a, b) = (tampering.lineIndex(from), tampering.lineIndex(to))
                if kind == .swapRows {
                    lines.swapAt(a, b)
                } else {
                    lines.insert(lines.remove(at: a), at: b)
                }
            }
        case .deleteRow, .duplicateRow:
            table = try randomTable(rows: 1)
            let row = random.below(try rowCount(table))
            delta = kind == .deleteRow ? -1 : 1
            detail = kind == .deleteRow ? "row \(row)" : "row \(row), twice in a row"
            try tampering.editLines(table) { lines in
                let index = tampering.lineIndex(row)
                if kind == .deleteRow {
                    lines.remove(at: index)
                } else {
                    lines.insert(lines[index], at: index)
                }
            }
        default:
            table = .customerAddresses
            let primary = table.columnIndex("primary")
            let rows = try tampering.rows(table)
            let secondary = rows.indices.filter { rows[$0][primary] == "false" }
            guard let row = random.pick(secondary) else {
                throw TestFailure("no customer has a second address")
            }
            delta = -1
            detail = "address row \(row)"
            try tampering.removeRow(table, row: row)
        }
        if delta != 0 {
            try addRows(delta, to: table)
            detail += ", rows \(delta > 0 ? "+" : "")\(delta) in the manifest"
        }
        return AppliedMutation(kind: kind, target: table.name, detail: detail)
    }

    func rowCount(_ table: Table) throws -> Int {
        try tampering.rows(table).count
    }
}
