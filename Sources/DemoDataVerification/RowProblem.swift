import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

/// Why a line could not be read as a row: the column it concerns, if any, and what is wrong.
struct RowProblem: Error, Sendable, Equatable {
    let column: String?
    let message: String

    init(_ column: String?, _ message: String) {
        self.column = column
        self.message = message
    }
}
