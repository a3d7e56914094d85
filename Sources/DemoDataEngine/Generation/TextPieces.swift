import DemoDataCore
import DemoDataVocabulary

/// Pieces of text that several tables write: dates and dollar amounts as notes print them.
/// Commas go through `piece(_:)` (escaped and checked), never `piece(ascii:)`, so that CSV
/// quotes the field.
extension RowEncoder {
    /// A space, then `text`, unless `first`: notes are sentences joined by spaces.
    package mutating func sentence(_ text: StoredText, first: inout Bool) {
        beginSentence(first: &first)
        piece(text)
    }

    /// Opens a sentence: a space unless it is the first.
    package mutating func beginSentence(first: inout Bool) {
        if !first {
            piece(ascii: UInt8(ascii: " "))
        }
        first = false
    }

    /// "Mar 20, 2026".
    package mutating func piece(day: Int, months: [StoredText]) {
        let date = CivilDate(daysSinceEpoch: day)
        piece(months[date.month - 1])
        piece(ascii: UInt8(ascii: " "))
        piece(number: date.day, width: 1)
        piece(", ")
        piece(number: date.year, width: 4)
    }

    /// "Mar 2026".
    package mutating func piece(monthOf day: Int, months: [StoredText]) {
        let date = CivilDate(daysSinceEpoch: day)
        piece(months[date.month - 1])
        piece(ascii: UInt8(ascii: " "))
        piece(number: date.year, width: 4)
    }

    /// "$25,000" for whole dollars (below a billion).
    package mutating func piece(dollars: Int) {
        piece(ascii: UInt8(ascii: "$"))
        if dollars >= 1_000_000 {
            piece(number: dollars / 1_000_000, width: 1)
            piece(",")
            piece(number: dollars / 1000 % 1000, width: 3)
        } else if dollars >= 1000 {
            piece(number: dollars / 1000, width: 1)
        }
        if dollars >= 1000 {
            piece(",")
            piece(number: dollars % 1000, width: 3)
        } else {
            piece(number: dollars, width: 1)
        }
    }

    /// A static sentence as a piece.
    package mutating func piece(_ string: StaticString) {
        string.withUTF8Buffer { piece(bytes: UnsafeRawBufferPointer($0)) }
    }
}
