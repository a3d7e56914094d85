import DemoDataCore
import DemoDataVocabulary

/// Integer weights for drawing an index in proportion to its weight, found by binary search
/// over the running totals: as fit for a handful of statuses as for thousands of ZIP codes or
/// names.
package struct WeightTable: Sendable {
    private let cumulative: [Int]
    package let total: Int

    package init(_ weights: some Sequence<Int>) {
        var running = 0
        var cumulative: [Int] = []
        cumulative.reserveCapacity(weights.underestimatedCount)
        for weight in weights {
            precondition(weight >= 0, "weights are never negative")
            running += weight
            cumulative.append(running)
        }
        precondition(running > 0, "weights must not all be zero")
        self.cumulative = cumulative
        self.total = running
    }

    /// The index whose cumulative weight range holds `point` (0 ≤ point < total): the first
    /// whose running total is above it, so that indexes of weight 0 are never found.
    @inline(__always)
    package func index(for point: Int) -> Int {
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] <= point {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low
    }

    /// Where the range of `index` starts: the total of the weights before it.
    @inline(__always)
    package func start(of index: Int) -> Int {
        index == 0 ? 0 : cumulative[index - 1]
    }
}
