import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVerification
import DemoDataVocabulary

/// Text for the report's page: HTML escaping and the forms of numbers it prints.
package enum ReportText {
    /// `text` safe inside HTML text and double-quoted attribute values.
    package static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// `1234567` as `1,234,567`.
    package static func grouped(_ value: Int) -> String {
        let digits = Array(String(value.magnitude))
        var result = value < 0 ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 {
                result += ","
            }
            result.append(digit)
        }
        return result
    }

    /// Cents as whole dollars, rounded half away from zero: `$1,234,567`.
    package static func money(_ cents: Int) -> String {
        let dollars = (cents.magnitude + 50) / 100
        return (cents < 0 ? "-$" : "$") + grouped(Int(dollars))
    }

    /// Cents as a short amount for an axis: `$950`, `$12.5k`, `$3.4M`, `$1.2B`.
    package static func shortMoney(_ cents: Int) -> String {
        let dollars = Double(cents) / 100
        let size = abs(dollars)
        let (scaled, unit): (Double, String) =
            size >= 1e9
            ? (dollars / 1e9, "B")
            : size >= 1e6
                ? (dollars / 1e6, "M")
                : size >= 1e3 ? (dollars / 1e3, "k") : (dollars, "")
        return "$" + decimal(scaled, digits: unit.isEmpty || abs(scaled) >= 100 ? 0 : 1) + unit
    }

    /// A count for an axis: `950`, `12.5k`, `3.4M`.
    package static func shortCount(_ value: Int) -> String {
        let size = Double(value)
        if size >= 1e6 { return decimal(size / 1e6, digits: 1) + "M" }
        if size >= 1e4 { return decimal(size / 1e3, digits: 0) + "k" }
        return grouped(value)
    }

    /// `value` with `digits` decimals (0 or 1), without a trailing `.0`.
    package static func decimal(_ value: Double, digits: Int) -> String {
        let factor = digits == 0 ? 1.0 : 10.0
        let scaled = Int((value * factor).rounded())
        guard digits > 0, scaled % 10 != 0 else { return grouped(scaled / Int(factor)) }
        return (scaled < 0 ? "-" : "") + grouped(abs(scaled) / 10) + "." + String(abs(scaled) % 10)
    }

    /// `part` of `whole` as a percentage with one decimal: `12.5%`; `–` when `whole` is 0.
    package static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "–" }
        return decimal(100 * Double(part) / Double(whole), digits: 1) + "%"
    }

    /// Units kept in hundredths, as a whole number when they are one: `12` or `12.5`.
    package static func units(_ hundredths: Int) -> String {
        hundredths % 100 == 0
            ? grouped(hundredths / 100)
            : grouped(hundredths / 100) + "." + String(format2(hundredths % 100))
    }

    private static func format2(_ value: Int) -> String {
        let text = String(value)
        let padded = text.count < 2 ? "0" + text : text
        return padded.hasSuffix("0") ? String(padded.dropLast()) : padded
    }
}
