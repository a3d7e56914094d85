import DemoDataCore
import DemoDataVocabulary

/// In debug builds and tests, checks every value a generator hands an encoder against the
/// table's schema: the type of each value, nulls only in nullable columns, the length of each
/// string, and the number of fields per row. A mismatch stops at once, naming the table, row and column. Release builds
/// compile it to nothing.
package struct SchemaConformance {
    /// What a generator wrote into a field.
    package enum Value {
        case uuid
        case string
        case integer
        case boolean
        case decimal(scale: Int)
        case date
        case timestamp
        case null
    }

    #if DEBUG
        private let table: Table
        private let columns: [Column]
        private var column = 0
        private var row = 0
    #endif

    package init(table: Table) {
        #if DEBUG
            self.table = table
            columns = table.columns
        #endif
    }

    @inline(__always)
    package mutating func beginRow() {
        #if DEBUG
            column = 0
        #endif
    }

    @inline(__always)
    package mutating func check(_ value: Value) {
        #if DEBUG
            guard column < columns.count else {
                fail("a field after the last column, \(columns.last?.name ?? "")")
            }
            let expected = columns[column]
            let fits: Bool
            switch (value, expected.type) {
            case (.null, _): fits = expected.nullable
            case (.uuid, .uuid), (.string, .string), (.integer, .integer),
                (.boolean, .boolean), (.date, .date), (.timestamp, .timestamp):
                fits = true
            case (.decimal(let scale), .decimal(_, let expectedScale)):
                fits = scale == expectedScale
            default: fits = false
            }
            if !fits {
                fail(
                    "column \(expected.name): the generator wrote \(value), the schema says "
                        + "\(expected.type.name)\(expected.nullable ? " null" : " not null")")
            }
            column += 1
        #endif
    }

    /// Checks the length of the string value just written (its text as the format writes it,
    /// before CSV's quotes; never shorter than the value) against its column's
    /// `longestString`, which bounds the lines the verifier reads.
    @inline(__always)
    package func checkString(length: Int) {
        #if DEBUG
            let expected = columns[column - 1]
            guard let longest = expected.longestString else {
                fail("column \(expected.name) is a string without a maximumLength or .oneOf check")
            }
            if length > longest {
                fail(
                    "column \(expected.name): the generator wrote \(length) bytes, more than its "
                        + "maximumLength \(longest)")
            }
        #endif
    }

    @inline(__always)
    package mutating func endRow() {
        #if DEBUG
            if column != columns.count {
                fail("\(column) fields; the schema has \(columns.count) columns")
            }
            row += 1
        #endif
    }

    #if DEBUG
        private func fail(_ message: String) -> Never {
            preconditionFailure(
                "\(table.name), row \(row + 1) of the chunk: \(message)")
        }
    #endif
}
