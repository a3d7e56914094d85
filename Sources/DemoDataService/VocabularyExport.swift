import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVerification
import DemoDataVocabulary

/// The vocabulary that rules are checked and realism is measured against — states with their
/// 2020 population, sales tax, ZIP prefixes and the telephone area codes of their ZIPs, cities
/// with their street-delivery ZIP codes — as a JSON document, so that other programs (the
/// independent Python checker, the realism figures) read the same facts without parsing Swift.
/// A test keeps `Scripts/vocabulary.json` equal to it.
package enum VocabularyExport {
    package static func json() -> [UInt8] {
        JSONValue.object([
            (
                "states",
                .array(
                    USStates.all.enumerated().map { index, state in
                        .object([
                            ("code", .string(state.code)),
                            ("name", .string(state.name)),
                            ("population", .integer(state.population)),
                            ("sales_tax_hundredths", .integer(state.salesTaxHundredths)),
                            (
                                "zip_prefixes",
                                .array(
                                    state.zipPrefixes.map {
                                        .array([.integer($0.lowerBound), .integer($0.upperBound)])
                                    })
                            ),
                            ("area_codes", .array(areaCodes(ofState: index).map { .integer($0) })),
                        ])
                    })
            ),
            (
                "cities",
                .array(
                    USPlaces.shared.cities.map { city in
                        .object([
                            ("name", .string(city.name)),
                            ("state", .string(USStates.all[city.state].code)),
                            (
                                "zips",
                                .array(
                                    city.zips.map { .integer(USPlaces.shared.zips[$0].code) })
                            ),
                        ])
                    })
            ),
        ]).serialized()
    }

    /// The distinct area codes of the ZIPs of a state (its index in `USStates.all`), in
    /// increasing order.
    private static func areaCodes(ofState state: Int) -> [Int] {
        let places = USPlaces.shared
        let zips = places.stateCities[state].flatMap { places.cities[$0].zips }
        return Set(zips.flatMap { places.areaCodes[places.zips[$0].areaCodes] }).sorted()
    }
}
