import Foundation

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// Makes one seeded, random, small change to a copy of an archive and then recomputes what a
/// forger would (the gzip file, the manifest entry's sizes and checksums, row counts and
/// `SHA256SUMS`), through `VerifyTampering`.
///
/// The same archive, kind and seed always make the same change.
struct ArchiveMutator {
    let tampering: VerifyTampering
    var random: SplitMix64

    init(_ tampering: VerifyTampering, seed: UInt64) {
        self.tampering = tampering
        random = SplitMix64(seed: seed)
    }

    var format: OutputFormat { tampering.format }

    /// Applies one change of `kind` and says what it changed.
    mutating func apply(_ kind: MutationKind) throws -> AppliedMutation {
        switch kind {
        case .swapRows, .moveRow, .deleteRow, .duplicateRow, .deleteSecondaryAddress:
            try changeRows(kind)
        case .changeDigit, .changeLetter:
            try changeCharacter(kind)
        case .swapFieldValues:
            try swapFieldValues()
        case .changeEnum:
            try changeEnum()
        case .decimalCent, .decimalNegativeZero, .decimalTrailingZero:
            try changeDecimal(kind)
        case .consistentQuantity:
            try changeQuantityConsistently()
        case .reorderKeys, .spaceAfterColon, .escapeLetter, .nullToEmptyString:
            try changeJSONText(kind)
        case .quoteField, .emptyFieldToQuotes, .crlf:
            try changeCSVText(kind)
        case .trailingSpace, .trailingNewline:
            try changeFileEnd(kind)
        case .manifestSeed, .manifestLevel, .manifestScale, .manifestAsOf, .manifestShard,
            .manifestColumnType, .manifestColumnNullable:
            try changeManifest(kind)
        case .gzipLevel, .gzipFileName, .gzipTwoMembers:
            try changeGzip(kind)
        }
    }

    // MARK: Cells

    /// One value of an archive: its table, data row, column index and value (nil for null).
    struct Cell {
        let table: Table
        let row: Int
        let column: Int
        let value: String?

        var name: String { table.columns[column].name }
    }

    /// A random cell of `tables` whose column and value fit `fits`.
    mutating func randomCell(
        in tables: [Table] = Table.allCases, where fits: (Column, String?) -> Bool
    ) throws -> Cell {
        var cells: [Cell] = []
        for table in tables {
            let columns = table.columns
            for (row, values) in try tampering.rows(table).enumerated() {
                for (column, value) in values.enumerated() where fits(columns[column], value) {
                    cells.append(Cell(table: table, row: row, column: column, value: value))
                }
            }
        }
        guard let cell = random.pick(cells) else {
            throw TestFailure("the archive has no value fit for this mutation")
        }
        return cell
    }

    /// Sets a cell to `value` (nil for null), or to the text `raw` exactly as written.
    func set(_ cell: Cell, to value: String?, raw: String? = nil) throws {
        try tampering.editLines(cell.table) { lines in
            let index = tampering.lineIndex(cell.row)
            var values = try VerifyTampering.fields(of: lines[index], cell.table, format)
            values[cell.column] = value
            lines[index] = VerifyTampering.line(
                values, cell.table, format, raw: raw.map { [cell.column: $0] } ?? [:])
        }
    }

    /// Adds `delta` to the manifest's row count of `table`.
    func addRows(_ delta: Int, to table: Table) throws {
        try tampering.rewriteManifest { manifest in
            if let index = manifest.tables.firstIndex(where: { $0.name == table.name }) {
                manifest.tables[index].rows += delta
            }
        }
    }

    /// A random table with at least `minimum` data rows.
    mutating func randomTable(rows minimum: Int) throws -> Table {
        let tables = tampering.manifest.tables.filter { $0.rows >= minimum }
            .compactMap { Table(name: $0.name) }
        guard let table = random.pick(tables) else {
            throw TestFailure("no table has \(minimum) rows")
        }
        return table
    }

    static func describe(_ value: String?) -> String {
        value.map { "'\($0)'" } ?? "null"
    }
}
