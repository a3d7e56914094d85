import DemoData

/// Draws generation progress on stderr: a single-line bar (table, rows, percent, rows/s, ETA)
/// as wide as the terminal, or one JSON event per line.
final class ProgressReporter {
    private let json: Bool
    private let weights: [Table: Double]
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var latest: [Table: TableProgress] = [:]
    private var lastDraw: ContinuousClock.Instant?
    private var drewBar = false
    /// How long the bar runs before it shows a rate and an ETA.
    static let secondsBeforeRate = 1.0

    init(parameters: GenerationParameters, json: Bool) {
        self.json = json
        start = clock.now
        // Tables are weighted by their expected share of the output, so the percentage moves
        // at an even pace although line items dwarf the rest.
        var weights: [Table: Double] = [:]
        for table in parameters.tables {
            weights[table] = Double(parameters.roots(of: table).count * table.bytesPerRoot)
        }
        self.weights = weights
    }

    private var seconds: Double {
        let elapsed = clock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    private var fraction: Double {
        let total = weights.values.reduce(0, +)
        guard total > 0 else { return 1 }
        let done = latest.values.reduce(0.0) { $0 + $1.fraction * (weights[$1.table] ?? 0) }
        return min(1, done / total)
    }

    func update(_ progress: TableProgress) {
        latest[progress.table] = progress
        let rows = latest.values.reduce(0) { $0 + $1.rows }
        if json {
            Terminal.standardError.line(
                "{\"event\":\"progress\",\"table\":\(JSONText.quoted(progress.table.name)),"
                    + "\"roots_done\":\(progress.rootsDone),\"roots_total\":\(progress.rootsTotal),"
                    + "\"table_rows\":\(progress.rows),\"rows\":\(rows),"
                    + "\"percent\":\(Summary.fixed(fraction * 100, 1)),"
                    + "\"elapsed_seconds\":\(Summary.fixed(seconds, 3))}")
            return
        }
        let now = clock.now
        if let lastDraw, now - lastDraw < .milliseconds(100), progress.fraction < 1 { return }
        lastDraw = now
        let elapsed = seconds
        let share = fraction
        // A rate measured over less than a second says little, and an ETA from it less (the
        // first frame once said ETA 21612.9 s): both wait until there is one.
        let measured = elapsed >= Self.secondsBeforeRate && share > 0
        let line = ProgressLine(
            share: share, table: progress.table.name, rows: rows,
            rate: measured ? Double(rows) / elapsed : nil,
            eta: measured ? elapsed * (1 - share) / share : nil)
        Terminal.standardError.write(
            "\r" + line.text(columns: Terminal.standardError.columns) + "\u{1b}[K")
        drewBar = true
    }

    /// Ends the bar's line, so later messages start on a fresh one.
    func finish() {
        if drewBar {
            Terminal.standardError.write("\n")
            drewBar = false
        }
    }
}
