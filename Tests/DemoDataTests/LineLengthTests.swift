import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// `Table.maximumLineLength`, the longest line a table file can hold, from the schema alone:
/// what the verifier's readers buffer at most.
@Suite struct LineLengthTests {
    /// Every string column is bounded: by its `maximumLength` or by the values it allows.
    @Test func everyStringColumnIsBounded() {
        for table in Table.allCases {
            for column in table.columns where column.type == .string {
                #expect(column.longestString != nil, "\(table.name).\(column.name)")
            }
        }
    }

    /// The bound of product categories, worked out by hand: in CSV the id (36), the name (a
    /// category name, quoted with its quotes doubled), the description (at most 200 bytes,
    /// likewise), sort_order 1 to 5 (1), active (`false`, 5) and created_at (27), with five
    /// commas; in NDJSON the same values as JSON (strings quoted, each byte escaped in at most
    /// six), each after its `"key":`, between braces.
    @Test func productCategoriesByHand() {
        let name = Domain.categoryNames.map(\.utf8.count).max() ?? 0
        #expect(
            Table.productCategories.maximumLineLength(.csv)
                == 36 + (2 + 2 * name) + (2 + 2 * 200) + 1 + 5 + 27 + 5)
        let keys = ["id", "name", "description", "sort_order", "active", "created_at"]
            .reduce(0) { $0 + $1.count + 3 }
        let values = 38 + (2 + 6 * name) + (2 + 6 * 200) + 1 + 5 + 29
        #expect(Table.productCategories.maximumLineLength(.ndjson) == 2 + keys + 5 + values)
        #expect(
            Table.productCategories.maximumLineLength(.parquet)
                == Table.productCategories.maximumLineLength(.ndjson))
    }

    /// No line of generated archives is longer than its table's bound, and no bound is so loose
    /// that it stops bounding (a few kilobytes, where a row is a few hundred bytes).
    @Test(arguments: [OutputFormat.ndjson, .csv])
    func everyGeneratedLineIsWithinTheBound(format: OutputFormat) throws {
        let archive = try GeneratedArchive(
            volume: .large, seed: 7, format: format, compression: .none)
        for table in Table.allCases {
            let bound = table.maximumLineLength(format)
            let longest =
                try archive.content(table).split(separator: 0x0A).map(\.count).max() ?? 0
            #expect(longest <= bound, "\(table.name): a line of \(longest) bytes")
            #expect(bound < 16 << 10, "\(table.name): \(bound)")
        }
    }
}
