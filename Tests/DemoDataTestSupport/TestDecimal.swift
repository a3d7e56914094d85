/// Exact decimal text, as the archives write money and percentages, read into integers and
/// written back, so that sums and rules are checked without floating point.
public enum TestDecimal {
    /// `text`, which must have exactly `scale` fraction digits, in units of 10^-scale:
    /// `12.34` at scale 2 is 1234 and `-0.05` is -5.
    public static func units(_ text: String, scale: Int) throws -> Int {
        let negative = text.hasPrefix("-")
        let parts = text.dropFirst(negative ? 1 : 0)
            .split(separator: ".", omittingEmptySubsequences: false)
        let isDigits = { (part: Substring) in
            !part.isEmpty && part.allSatisfy { ("0"..."9").contains($0) }
        }
        guard parts.count == 2, isDigits(parts[0]), isDigits(parts[1]), parts[1].count == scale,
            let whole = Int(parts[0]), let fraction = Int(parts[1])
        else { throw TestFailure("\(text.debugDescription) is not a decimal of scale \(scale)") }
        let units = whole * power(scale) + fraction
        return negative ? -units : units
    }

    /// `text` with two fraction digits, in cents.
    public static func cents(_ text: String) throws -> Int {
        try units(text, scale: 2)
    }

    /// A JSON value that must be a string with two fraction digits, in cents.
    public static func cents(_ value: Any?) throws -> Int {
        guard let text = value as? String else {
            throw TestFailure("\(String(describing: value)) is not a decimal string")
        }
        return try cents(text)
    }

    /// `units` of 10^-scale as text with `scale` fraction digits.
    public static func text(units: Int, scale: Int) -> String {
        let divisor = power(scale)
        let fraction = String(units.magnitude % UInt(divisor))
        let whole = "\(units < 0 ? "-" : "")\(units.magnitude / UInt(divisor))"
        guard scale > 0 else { return whole }
        return whole + "." + String(repeating: "0", count: scale - fraction.count) + fraction
    }

    /// Cents as text with two fraction digits.
    public static func text(cents: Int) -> String {
        text(units: cents, scale: 2)
    }

    private static func power(_ scale: Int) -> Int {
        (0..<scale).reduce(1) { product, _ in product * 10 }
    }
}
