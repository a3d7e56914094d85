import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// The keys the schema declares are checked for every table and column that declares them,
/// with no test (and no verifier code) naming a table: ids, unique columns and foreign keys.
@Suite struct SchemaKeyTests {
    /// A column of a table, for test arguments.
    struct TableColumn: Sendable, CustomTestStringConvertible {
        let table: Table
        let column: Column

        var testDescription: String { "\(table.name).\(column.name)" }
    }

    static let uniqueColumns = Table.allCases.flatMap { table in
        table.columns.filter { $0.unique || $0.name == Table.primaryKey }
            .map { TableColumn(table: table, column: $0) }
    }

    static let references = Table.allCases.flatMap { table in
        table.columns.filter { $0.references != nil }.map { TableColumn(table: table, column: $0) }
    }

    /// A second row with the first row's value of a unique column (or the id) is reported on
    /// that column, naming the first row's line; with a budget of 7 ids, tables whose ids are
    /// checked in several reads of their file are covered too.
    @Test(arguments: uniqueColumns)
    func aRepeatedValueOfAUniqueColumnIsReported(_ key: TableColumn) throws {
        let archive = try VerifyTampering()
        let value = try #require(try archive.value(key.table, row: 0, key.column.name))
        try archive.set(key.table, row: 1, key.column.name, to: value)
        let report = try archive.verify(idsPerPass: 7)
        #expect(!report.passed)
        #expect(
            report.findings.contains {
                $0.file == archive.file(key.table) && $0.line == 2
                    && $0.column == key.column.name
                    && $0.message == "\(value) is not unique: line 1 has it too"
            }, "\(VerifierTests.listing(report))")
    }

    /// A foreign key that names no row of its table is reported on that column, naming the
    /// table's rows.
    @Test(arguments: references)
    func aDanglingForeignKeyIsReported(_ key: TableColumn) throws {
        let archive = try VerifyTampering()
        try archive.set(key.table, row: 0, key.column.name, to: VerifyMutation.strangerID)
        let report = try archive.verify()
        let parent = try #require(key.column.references)
        #expect(!report.passed)
        #expect(
            report.findings.contains {
                $0.file == archive.file(key.table) && $0.line == 1
                    && $0.column == key.column.name
                    && $0.message
                        == "\(VerifyMutation.strangerID) is not the id of "
                        + parent.spec.noun.withArticle
            }, "\(VerifierTests.listing(report))")
    }

    /// A root row left without the children its child table must have is reported on the
    /// root's file, for every child table.
    @Test(arguments: Table.allCases.filter { $0.root != $0 })
    func aRootWithoutChildrenIsReported(_ child: Table) throws {
        let archive = try VerifyTampering()
        let column = try #require(child.columns.firstIndex { $0.references == child.root })
        let rootID = try #require(try archive.value(child.root, row: 0, Table.primaryKey))
        let otherID = try #require(try archive.value(child.root, row: 1, Table.primaryKey))
        for (row, fields) in try archive.rows(child).enumerated() where fields[column] == rootID {
            try archive.set(child, row: row, child.columns[column].name, to: otherID)
        }
        let report = try archive.verify()
        let noun = child.spec.noun.singular
        #expect(
            report.findings.contains {
                $0.file == archive.file(child.root) && $0.line == 1 && $0.column == nil
                    && $0.message.hasPrefix(
                        "the \(child.root.spec.noun.singular) has no \(noun); ")
            }, "\(VerifierTests.listing(report))")
    }
}
