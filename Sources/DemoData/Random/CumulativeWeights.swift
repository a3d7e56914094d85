/// Integer weights over many values (thousands of ZIP codes or names), drawn by binary search
/// over their running totals; `WeightTable` scans, which is faster for a handful of values.
struct CumulativeWeights: Sendable {
    private let running: [Int]
    let total: Int

    init(_ weights: some Sequence<Int>) {
        var total = 0
        var running: [Int] = []
        for weight in weights {
            precondition(weight >= 0, "weights are never negative")
            total += weight
            running.append(total)
        }
        precondition(total > 0, "weights must not all be zero")
        self.running = running
        self.total = total
    }

    /// The index whose range of running totals holds `point` (0 ≤ point < total).
    @inline(__always)
    func index(for point: Int) -> Int {
        var low = 0
        var high = running.count - 1
        while low < high {
            let middle = (low + high) / 2
            if running[middle] <= point {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low
    }

    /// An index drawn in proportion to its weight.
    @inline(__always)
    func draw(_ random: RowRandom, _ field: UInt64) -> Int {
        index(for: random.below(total, field))
    }
}
