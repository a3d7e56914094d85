import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

/// What the values of one column must look like, prepared from the schema once so that each
/// field is checked with a few byte comparisons: its kind (JSON string, number or literal, or
/// CSV text), nullability, the exact text form of its type, the column's `ColumnCheck`, and
/// that dates and timestamps are not after as-of. A class, so that checking a field does not
/// copy the rule.
package final class ColumnRule {
    package let name: String
    package let type: ColumnType
    package let nullable: Bool
    /// The value set of a `.oneOf` check, as bytes; empty when there is none.
    package let allowed: [[UInt8]]
    /// The inclusive range of a `.between` check, in the type's units.
    package let range: ClosedRange<Int>?
    private let check: ColumnCheck?
    private let scale: Int
    private let integerDigits: Int
    /// Whether the value must be on or before as-of: every date and timestamp but a due date,
    /// which lies after the invoice date by design.
    package let notAfterAsOf: Bool

    package init(_ column: Column) {
        name = column.name
        type = column.type
        nullable = column.nullable
        check = column.check
        if case .decimal(let precision, let scale) = column.type {
            self.scale = scale
            integerDigits = precision - scale
        } else {
            scale = 0
            integerDigits = 18
        }
        switch column.check {
        case .oneOf(let values):
            allowed = values.map { Array($0.utf8) }
            range = nil
        case .between(let low, let high):
            allowed = []
            if let low = ValueText.units(low, scale: scale),
                let high = ValueText.units(high, scale: scale)
            {
                range = low...high
            } else {
                range = nil
            }
        case nil:
            allowed = []
            range = nil
        }
        notAfterAsOf =
            (column.type == .date || column.type == .timestamp)
            && column.name != "due_date"
    }

    /// Checks field `index` of `row` and stores its value in `row.numbers` or `row.keys`;
    /// returns what is wrong, or nil when the value is good.
    package func check(_ row: RowFields, _ index: Int, asOf: AsOf) -> String? {
        let kind = row.kind(index)
        if kind == .null {
            return nullable ? nil : "null in a column that is not nullable"
        }
        let bytes = row.bytes(index)
        let value: Int
        switch type {
        case .uuid:
            guard kind == .jsonString || kind == .csvText else { return wrongKind(kind, bytes) }
            guard let key = Key128(uuid: bytes) else {
                return "not a lowercase 8-4-4-4-12 UUID: " + ValueText.quoted(bytes)
            }
            row.keys[index] = key
            return nil
        case .string:
            guard kind == .jsonString || kind == .csvText else { return wrongKind(kind, bytes) }
            guard !allowed.isEmpty else { return nil }
            guard let position = allowed.firstIndex(where: { RowFields.same(bytes, $0) }) else {
                return ValueText.quoted(bytes) + " is not one of "
                    + allowed.map { String(decoding: $0, as: UTF8.self) }.joined(separator: ", ")
            }
            value = position
        case .integer:
            guard kind == .jsonNumber || kind == .csvText else { return wrongKind(kind, bytes) }
            guard let number = ValueText.integer(bytes) else {
                return "not an integer: " + ValueText.quoted(bytes)
            }
            value = number
        case .boolean:
            switch kind {
            case .jsonTrue: value = 1
            case .jsonFalse: value = 0
            case .csvText where RowFields.same(bytes, Self.trueText): value = 1
            case .csvText where RowFields.same(bytes, Self.falseText): value = 0
            case .csvText: return "not true or false: " + ValueText.quoted(bytes)
            default: return wrongKind(kind, bytes)
            }
        case .decimal:
            guard kind == .jsonString || kind == .csvText else { return wrongKind(kind, bytes) }
            guard let units = ValueText.decimal(bytes, scale: scale, integerDigits: integerDigits)
            else {
                return "not a \(type.name) with exactly \(scale) fraction digits: "
                    + ValueText.quoted(bytes)
            }
            value = units
        case .date:
            guard kind == .jsonString || kind == .csvText else { return wrongKind(kind, bytes) }
            guard let day = ValueText.date(bytes) else {
                return "not a real date written YYYY-MM-DD: " + ValueText.quoted(bytes)
            }
            if notAfterAsOf, day > asOf.day {
                return ValueText.quoted(bytes) + " is after as-of " + asOf.text
            }
            value = day
        case .timestamp:
            guard kind == .jsonString || kind == .csvText else { return wrongKind(kind, bytes) }
            guard let micros = ValueText.timestamp(bytes) else {
                return "not a UTC timestamp written YYYY-MM-DDTHH:MM:SS.ffffffZ: "
                    + ValueText.quoted(bytes)
            }
            if notAfterAsOf, micros > asOf.end {
                return ValueText.quoted(bytes) + " is after as-of " + asOf.text
            }
            value = Int(micros)
        }
        if let range, !range.contains(value), case .between(let low, let high) = check {
            return String(decoding: bytes, as: UTF8.self) + " is outside " + low + "..." + high
        }
        row.numbers[index] = value
        return nil
    }

    private static let trueText = Array("true".utf8)
    private static let falseText = Array("false".utf8)

    private func wrongKind(_ kind: FieldKind, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let expected =
            switch type {
            case .integer: "a JSON number"
            case .boolean: "true or false"
            default: "a JSON string"
            }
        let found =
            switch kind {
            case .jsonString: "the string " + ValueText.quoted(bytes)
            case .jsonNumber: "the number " + String(decoding: bytes, as: UTF8.self)
            case .jsonTrue: "true"
            case .jsonFalse: "false"
            default: ValueText.quoted(bytes)
            }
        return "a \(type.name) must be \(expected), found \(found)"
    }
}
