/// A real US city with its state code and the inclusive range of ZIP codes it uses.
package struct City: Sendable, Equatable {
    /// City name as commonly written, e.g. "San Antonio".
    package let name: String
    /// USPS two-letter state code, e.g. "TX".
    package let state: String
    /// Lowest ZIP code used for this city (a real ZIP of the city).
    package let zipLow: Int
    /// Highest ZIP code used for this city (a real ZIP of the city).
    package let zipHigh: Int

    package init(_ name: String, _ state: String, _ zipLow: Int, _ zipHigh: Int) {
        self.name = name
        self.state = state
        self.zipLow = zipLow
        self.zipHigh = zipHigh
    }
}
