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
    /// How long after its first frame the bar shows a rate and an ETA.
    static let secondsBeforeRate = 1.0
    /// When the first frame was drawn, and the rows and share it showed.
    private var firstFrame: (instant: ContinuousClock.Instant, rows: Int, share: Double)?

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
        let share = fraction
        // A rate is measured from the first frame on, over at least a second: the first frame
        // has none, so it shows no rate and no ETA (it once said ETA 21612.9 s), however late
        // it comes.
        guard let first = firstFrame else {
            firstFrame = (now, rows, share)
            draw(ProgressLine(share: share, table: progress.table.name, rows: rows))
            return
        }
        let span = now - first.instant
        let interval =
            Double(span.components.seconds) + Double(span.components.attoseconds) / 1e18
        var line = ProgressLine(share: share, table: progress.table.name, rows: rows)
        if interval >= Self.secondsBeforeRate, share > first.share {
            line.rate = Double(rows - first.rows) / interval
            line.eta = (1 - share) * interval / (share - first.share)
        }
        draw(line)
    }

    private func draw(_ line: ProgressLine) {
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
