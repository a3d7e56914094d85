import DemoData

/// The one-line summary of a finished generation.
enum Summary {
    static func line(path: String, manifest: Manifest, elapsed: Duration) -> String {
        let rows = manifest.tables.reduce(0) { $0 + $1.rows }
        let bytes = manifest.tables.reduce(UInt64(0)) { $0 + $1.bytes }
        let raw = manifest.tables.reduce(UInt64(0)) { $0 + $1.uncompressedBytes }
        let seconds =
            Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = seconds > 0 ? Double(rows) / seconds : 0
        return "wrote \(path): \(grouped(rows)) rows, \(megabytes(bytes)) "
            + "(\(megabytes(raw)) uncompressed) in \(fixed(seconds, 2)) s, "
            + "\(grouped(Int(rate))) rows/s"
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
        var factor = 1.0
        for _ in 0..<digits { factor *= 10 }
        let scaled = Int((value * factor).rounded())
        let whole = scaled / Int(factor)
        let fraction = String(scaled % Int(factor))
        return "\(whole)." + String(repeating: "0", count: digits - fraction.count) + fraction
    }
}
