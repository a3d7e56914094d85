@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

extension ArchiveMutator {
    /// Changes one digit of a value to another digit, or one letter to another letter of the
    /// same case.
    mutating func changeCharacter(_ kind: MutationKind) throws -> AppliedMutation {
        let digits = Array("0123456789")
        let lower = Array("abcdefghijklmnopqrstuvwxyz")
        let upper = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let alphabets = kind == .changeDigit ? [digits] : [lower, upper]
        let cell = try randomCell { _, value in
            value?.contains { character in alphabets.contains { $0.contains(character) } } == true
        }
        var characters = Array(cell.value ?? "")
        let positions = characters.indices.filter { index in
            alphabets.contains { $0.contains(characters[index]) }
        }
        guard let position = random.pick(positions),
            let alphabet = alphabets.first(where: { $0.contains(characters[position]) })
        else {
            throw TestFailure("\(Self.describe(cell.value)) has nothing to change")
        }
        let others = alphabet.filter { $0 != characters[position] }
        characters[position] = others[random.below(others.count)]
        return try setValue(cell, to: String(characters), kind)
    }

    /// Swaps the values of one column between two rows whose values differ.
    mutating func swapFieldValues() throws -> AppliedMutation {
        for _ in 0..<100 {
            let table = try randomTable(rows: 2)
            let rows = try tampering.rows(table)
            let column = random.below(table.columns.count)
            let (first, second) = random.twoIndices(below: rows.count)
            let (a, b) = (rows[first][column], rows[second][column])
            guard a != b else { continue }
            try tampering.editLines(table) { lines in
                for (row, value) in [(first, b), (second, a)] {
                    var values = rows[row]
                    values[column] = value
                    lines[tampering.lineIndex(row)] = VerifyTampering.line(
                        values, table, format, raw: [:])
                }
            }
            let name = table.columns[column].name
            return AppliedMutation(
                kind: .swapFieldValues, target: table.name,
                detail: "\(name) of rows \(first) and \(second): \(Self.describe(a)) ⇄ "
                    + Self.describe(b))
        }
        throw TestFailure("found no two rows with different values to swap")
    }

    /// Changes a value of a column with a fixed set of values to another value of the set.
    mutating func changeEnum() throws -> AppliedMutation {
        let cell = try randomCell { column, value in
            guard case .oneOf(let values)? = column.check else { return false }
            return values.count > 1 && value != nil
        }
        guard case .oneOf(let values)? = cell.table.columns[cell.column].check,
            let value = random.pick(values.filter { $0 != cell.value })
        else {
            throw TestFailure("\(cell.name) has no other value")
        }
        return try setValue(cell, to: value, .changeEnum)
    }

    /// Moves a decimal by one cent, writes it as `-0.00`, or adds a trailing zero.
    mutating func changeDecimal(_ kind: MutationKind) throws -> AppliedMutation {
        // Decimals in cents (a tax rate has three fraction digits).
        let isDecimal = { (column: Column) -> Bool in
            if case .decimal(_, 2) = column.type { true } else { false }
        }
        var cell = try randomCell { column, value in isDecimal(column) && value != nil }
        let value = cell.value ?? ""
        let changed: String
        switch kind {
        case .decimalCent:
            let cents = try Self.cents(value, cell)
            changed = TestDecimal.text(
                cents: cents == 0 || random.below(2) == 0 ? cents + 1 : cents - 1)
        case .decimalNegativeZero:
            // A zero shows the sign alone; any decimal when the archive has no zero.
            if let zero = try? randomCell(where: { column, value in
                isDecimal(column) && value == "0.00"
            }) {
                cell = zero
            }
            changed = "-0.00"
        default:
            changed = value + "0"
        }
        return try setValue(cell, to: changed, kind)
    }

    /// Sets one cell and describes the change.
    func setValue(_ cell: Cell, to value: String, _ kind: MutationKind) throws -> AppliedMutation {
        try set(cell, to: value)
        return AppliedMutation(
            kind: kind, target: cell.table.name,
            detail: "row \(cell.row) \(cell.name): \(Self.describe(cell.value)) → '\(value)'")
    }

    // MARK: Money

    /// The cents of `cell`'s value `text`, which must be a decimal of two fraction digits
    /// and not negative.
    static func cents(_ text: String?, _ cell: Cell) throws -> Int {
        guard let text, let cents = try? TestDecimal.cents(text), cents >= 0 else {
            throw TestFailure("\(cell.name) \(Self.describe(text)) is not a decimal in cents")
        }
        return cents
    }

    /// `amount × hundredths / 10,000`, rounded half up: an amount times a percentage.
    static func percentOf(_ amount: Int, hundredths: Int) -> Int {
        (amount * hundredths + 5_000) / 10_000
    }
}
