/// One frame of the progress bar, fitted to the terminal: `[######----] 45.2% invoices
/// 12,345 rows 6,789 rows/s ETA 3.4 s`, less what does not fit.
struct ProgressLine {
    /// The share done, 0 to 1.
    var share: Double
    /// The table last reported.
    var table: String
    /// The rows written so far.
    var rows: Int
    /// Rows per second, once there is a rate to tell.
    var rate: Double? = nil
    /// Seconds left, once there is a rate to estimate them from.
    var eta: Double? = nil

    /// The widest and narrowest bar drawn; below the narrowest, parts are left out instead.
    static let widestBar = 24
    static let narrowestBar = 10

    /// The frame in at most `columns - 1` characters (the last column is left free, where
    /// some terminals wrap). Parts are left out in this order until the rest fits beside a bar
    /// of at least `narrowestBar`: the rate, the rows, the ETA, the table; then the bar
    /// narrows, and the percentage is cut last.
    func text(columns: Int) -> String {
        let width = max(1, columns - 1)
        let percent = Summary.fixed(share * 100, 1) + "%"
        var parts: [(order: Int, text: String)] = [(0, percent), (4, table)]
        parts.append((2, Summary.grouped(rows) + " rows"))
        if let rate {
            parts.append((1, Summary.grouped(Int(rate)) + " rows/s"))
        }
        if let eta {
            parts.append((3, "ETA " + Summary.fixed(eta, 1) + " s"))
        }
        var shown = parts
        while true {
            let tail = " " + shown.map(\.text).joined(separator: " ")
            let room = width - 2 - tail.count
            if room >= Self.narrowestBar || shown.count == 1 {
                let barWidth = min(Self.widestBar, room)
                guard barWidth > 0 else { return String(tail.dropFirst().prefix(width)) }
                let filled = min(barWidth, Int(share * Double(barWidth)))
                let bar =
                    String(repeating: "#", count: filled)
                    + String(repeating: "-", count: barWidth - filled)
                return "[" + bar + "]" + tail
            }
            // Leave out the part that matters least: the lowest order above the percentage.
            if let least = shown.indices.filter({ shown[$0].order > 0 }).min(by: {
                shown[$0].order < shown[$1].order
            }) {
                shown.remove(at: least)
            }
        }
    }
}
