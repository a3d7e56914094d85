import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

/// Why a line could not be read as a row: the column it concerns, if any, and what is wrong.
package struct RowProblem: Error, Sendable, Equatable {
    package let column: String?
    package let message: String

    package init(_ column: String?, _ message: String) {
        self.column = column
        self.message = message
    }
}
