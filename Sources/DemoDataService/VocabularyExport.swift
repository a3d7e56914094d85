import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVerification
import DemoDataVocabulary

/// The vocabulary that rules are checked against — states with their sales tax and ZIP
/// prefixes, cities with their street-delivery ZIP codes — as a JSON document, so that other programs (the
/// independent Python checker) read the same facts without parsing Swift. A test keeps
/// `Scripts/vocabulary.json` equal to it.
package enum VocabularyExport {
    package static func json() -> [UInt8] {
        JSONValue.object([
            (
                "states",
                .array(
                    USStates.all.map { state in
                        .object([
                            ("code", .string(state.code)),
                            ("name", .string(state.name)),
                            ("sales_tax_hundredths", .integer(state.salesTaxHundredths)),
                            (
                                "zip_prefixes",
                                .array(
                                    state.zipPrefixes.map {
                                        .array([.integer($0.lowerBound), .integer($0.upperBound)])
                                    })
                            ),
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
}
