/// The vocabulary that rules are checked against — states with their sales tax and ZIP
/// prefixes, cities with their ZIP ranges — as a JSON document, so that other programs (the
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
                    USCities.all.map { city in
                        .object([
                            ("name", .string(city.name)),
                            ("state", .string(city.state)),
                            ("zip_low", .integer(city.zipLow)),
                            ("zip_high", .integer(city.zipHigh)),
                        ])
                    })
            ),
        ]).serialized()
    }
}
