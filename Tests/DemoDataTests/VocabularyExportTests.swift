import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// `Scripts/vocabulary.json`, which the Python checker reads, holds exactly the library's
/// vocabulary. After changing the vocabulary, rewrite it with
/// `DEMODATA_WRITE_VOCABULARY=1 swift test --filter VocabularyExportTests`.
@Suite struct VocabularyExportTests {
    static let file = TestPackage.script("vocabulary.json")

    @Test func theCheckersVocabularyIsTheLibrarys() throws {
        let expected = VocabularyExport.json()
        if ProcessInfo.processInfo.environment["DEMODATA_WRITE_VOCABULARY"] == "1" {
            try Data(expected).write(to: Self.file)
        }
        let committed = try Data(contentsOf: Self.file)
        #expect(
            Array(committed) == expected,
            """
            Scripts/vocabulary.json is stale: run \
            DEMODATA_WRITE_VOCABULARY=1 swift test --filter VocabularyExportTests
            """)
        let document = try JSONSerialization.jsonObject(with: committed) as? [String: Any]
        #expect((document?["states"] as? [Any])?.count == USStates.all.count)
        #expect((document?["cities"] as? [Any])?.count == USPlaces.shared.cities.count)
        // The realism figures read each state's population and area codes here.
        let states = document?["states"] as? [[String: Any]] ?? []
        #expect(
            states.map { $0["population"] as? Int } == USStates.all.map { $0.population })
        #expect(states.allSatisfy { !(($0["area_codes"] as? [Int]) ?? []).isEmpty })
        // The checker recomputes each address's sales tax from these tables.
        let salesTax = document?["sales_tax"] as? [String: Any]
        let taxStates = salesTax?["states"] as? [[String: Any]] ?? []
        #expect(taxStates.map { $0["code"] as? String } == USStates.all.map(\.code))
        #expect(taxStates.allSatisfy { !(($0["rates"] as? [Any]) ?? []).isEmpty })
        #expect((salesTax?["places"] as? [Any])?.count == SalesTaxRates.places.count)
    }
}
