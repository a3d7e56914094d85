import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// The ZIP, area code, population and name-frequency data agree with themselves and with the
/// state facts they were made from.
@Suite struct PlaceAndNameDataTests {
    static let places = USPlaces.shared

    @Test func everyStateHasItsCitiesInOneRunAndItsPeople() {
        #expect(Self.places.stateCities.count == USStates.all.count)
        var next = 0
        for (index, state) in USStates.all.enumerated() {
            let cities = Self.places.stateCities[index]
            #expect(!cities.isEmpty, "\(state.code)")
            #expect(cities.lowerBound == next, "\(state.code)")
            next = cities.upperBound
            var people = 0
            var zipCount = 0
            for city in Self.places.cities[cities] {
                #expect(city.state == index)
                #expect(!city.zips.isEmpty)
                zipCount += city.zips.count
                people += Self.places.zips[city.zips].reduce(0) { $0 + $1.people }
            }
            // Each ZIP's estimate is rounded, and is at least 1.
            #expect(abs(people - state.population) <= zipCount, "\(state.code)")
        }
        #expect(next == Self.places.cities.count)
        #expect(USStates.all.reduce(0) { $0 + $1.population } == 331_449_281)
    }

    @Test func everyZIPIsUniqueInItsStatesBlocksWithAreaCodes() {
        var seen = Set<Int>()
        for city in Self.places.cities {
            let state = USStates.all[city.state]
            for zip in Self.places.zips[city.zips] {
                #expect(seen.insert(zip.code).inserted, "\(zip.code)")
                #expect(
                    state.zipPrefixes.contains { $0.contains(zip.code / 100) },
                    "\(zip.code) \(state.code)")
                #expect(!zip.areaCodes.isEmpty, "\(zip.code)")
                for code in Self.places.areaCodes[zip.areaCodes] {
                    // NANP: NXX with N in 2...9, and no N11 service code.
                    #expect((200...999).contains(code) && code % 100 != 11, "\(code)")
                }
            }
        }
        #expect(seen.count > 29_000)
    }

    @Test func namesFollowTheCensusOrder() {
        let names = PersonNameFrequencies.shared
        #expect(names.surnames.count == 7_500)
        #expect(names.surnames.first?.text == "Smith")
        #expect(names.femaleGivenNames.first?.text == "Mary")
        #expect(names.maleGivenNames.first?.text == "James")
        #expect(names.surnames.contains { $0.text == "O'Brien" })
        #expect(names.surnames.contains { $0.text == "McDonald" })
        for list in [names.surnames, names.femaleGivenNames, names.maleGivenNames] {
            #expect(Set(list.map(\.text)).count == list.count)
            #expect(zip(list, list.dropFirst()).allSatisfy { $0.weight >= $1.weight })
        }
    }
}
