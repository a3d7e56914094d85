import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// Root counts come from the registry: the sized root tables, their counts per volume, the
/// counts a user may give and how a manifest records them.
struct RootCountTests {
    @Test func theSizedRootsAreTheRegistrysTablesWithCountsPerVolume() {
        #expect(Table.sizedRoots == [.customers, .products, .invoices])
        #expect(Volume.small.count(of: .customers) == 25)
        #expect(Volume.huge.count(of: .invoices) == 50000)
        #expect(Volume.large.count(of: .customerAddresses) == 0)
        let parameters = GenerationParameters(volume: .medium, scale: 3, asOf: TestDates.asOfDate)
        #expect(parameters.count(of: .products) == 1500)
        #expect(parameters.count(of: .customerTypes) == Domain.customerTypeNames.count)
        #expect(parameters.count(of: .inventory) == 0)
    }

    @Test func countsGivenReplaceTheVolumesAndTheirRangesComeFromTheRegistry() {
        var parameters = GenerationParameters(volume: .large, asOf: TestDates.asOfDate)
        parameters.counts[.invoices] = 7
        #expect(parameters.invoices == 7 && parameters.customers == 1000)
        #expect(parameters.countsAreValid)
        #expect(GenerationParameters.countRange(of: .products, volume: .large).lowerBound == 12)
        #expect(
            GenerationParameters.countRange(of: .customers, volume: .small) == 1...10_000_000_000)
        parameters.counts[.products] = 11
        #expect(!parameters.countsAreValid)
        parameters.counts[.products] = nil
        parameters.counts[.customerTypes] = 4
        #expect(!parameters.countsAreValid, "a foundation table's count cannot be given")
    }

    @Test func theManifestsCountsAreDecodedStrictlyAndWrittenInLoadOrder() throws {
        let decoded = try JSONDecoder().decode(
            CountOverrides.self, from: Data(#"{"invoices": 9, "customers": 3}"#.utf8))
        #expect(decoded == CountOverrides(customers: 3, invoices: 9))
        #expect(decoded.entries.map(\.name) == ["customers", "invoices"])
        let encoded = try JSONEncoder().encode(decoded)
        #expect(try JSONDecoder().decode(CountOverrides.self, from: encoded) == decoded)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(CountOverrides.self, from: Data(#"{"inventory": 3}"#.utf8))
        }
    }

    @Test func aCountEqualToTheVolumesIsNotRecorded() {
        var parameters = GenerationParameters(volume: .small, scale: 2, asOf: TestDates.asOfDate)
        parameters.counts = CountOverrides(customers: 50, products: 7)
        #expect(parameters.recordedCounts == CountOverrides(products: 7))
    }
}
