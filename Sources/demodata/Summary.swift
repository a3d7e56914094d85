import DemoData

/// The one-line summary of a finished generation, and number formatting for messages.
enum Summary {
    static func line(path: String, metrics: GenerationMetrics) -> String {
        let seconds = Self.seconds(metrics.elapsed)
        let rate = seconds > 0 ? Double(metrics.rows) / seconds : 0
        return "wrote \(path): \(grouped(metrics.rows)) rows, \(megabytes(metrics.bytes)) "
            + "(\(megabytes(metrics.uncompressedBytes)) uncompressed) in \(fixed(seconds, 2)) s, "
            + "\(grouped(Int(rate))) rows/s"
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func grouped(_ value: Int) -> String {
        var digits = Array(String(value))
        var index = digits.count - 3
        while index > 0 {
            digits.insert(",", at: index)
            index -= 3
        }
        return String(digits)
    }

    static func megabytes(_ bytes: UInt64) -> String {
        fixed(Double(bytes) / 1_000_000, 1) + " MB"
    }

    static func fixed(_ value: Double, _ digits: Int) -> String {
        var factor = 1
        for _ in 0..<digits { factor *= 10 }
        let scaled = Int((value * Double(factor)).rounded())
        let fraction = String(scaled % factor)
        return "\(scaled / factor)." + String(repeating: "0", count: digits - fraction.count)
            + fraction
    }

    /// Cents as dollars with grouped thousands: `1,234,567.89`.
    static func money(_ cents: Int) -> String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        let fraction = String(magnitude % 100)
        return sign + grouped(Int(magnitude / 100)) + "."
            + String(repeating: "0", count: 2 - fraction.count) + fraction
    }
}
