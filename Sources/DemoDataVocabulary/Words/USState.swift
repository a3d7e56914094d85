/// A US state (or the District of Columbia) with its sales tax rate and ZIP prefix ranges.
package struct USState: Sendable {
    /// USPS two-letter code, e.g. "CA".
    package let code: String
    /// Full name, e.g. "California".
    package let name: String
    /// Residents counted by the 2020 Census.
    package let population: Int
    /// State-level general sales tax rate in hundredths of a percent (725 means 7.25%).
    package let salesTaxHundredths: Int
    /// Ranges of the first three digits of the ZIP codes assigned to the state.
    package let zipPrefixes: [ClosedRange<Int>]

    package init(
        code: String,
        name: String,
        population: Int,
        salesTaxHundredths: Int,
        zipPrefixes: [ClosedRange<Int>]
    ) {
        self.code = code
        self.name = name
        self.population = population
        self.salesTaxHundredths = salesTaxHundredths
        self.zipPrefixes = zipPrefixes
    }
}
