import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// One way of breaking an archive with consistent checksums, and the finding it must cause.
struct VerifyMutation: Sendable, CustomTestStringConvertible {
    let name: String
    let format: OutputFormat
    /// The table whose file the finding names.
    let table: Table
    /// The column the finding names (nil: none).
    let column: String?
    /// A piece of the finding's message.
    let fragment: String
    let edit: @Sendable (VerifyTampering) throws -> Void

    init(
        _ name: String, _ format: OutputFormat = .ndjson, expect table: Table, _ column: String?,
        _ fragment: String, edit: @escaping @Sendable (VerifyTampering) throws -> Void
    ) {
        self.name = name
        self.format = format
        self.table = table
        self.column = column
        self.fragment = fragment
        self.edit = edit
    }

    /// Sets one value in an NDJSON archive and expects a finding on that table and column.
    static func value(
        _ name: String, _ table: Table, row: Int = 0, _ column: String, _ value: String?,
        _ fragment: String
    ) -> VerifyMutation {
        Self.value(name, .ndjson, table, row: row, column, value, fragment)
    }

    /// Sets one value and expects a finding on that table and column.
    static func value(
        _ name: String, _ format: OutputFormat, _ table: Table, row: Int = 0, _ column: String,
        _ value: String?, _ fragment: String
    ) -> VerifyMutation {
        VerifyMutation(name, format, expect: table, column, fragment) {
            try $0.set(table, row: row, column, to: value)
        }
    }

    var testDescription: String { name }
}
