/// Integer weights for drawing an index in proportion to its weight.
struct WeightTable: Sendable {
    private let cumulative: [Int]
    let total: Int

    init(_ weights: [Int]) {
        var running = 0
        var cumulative: [Int] = []
        cumulative.reserveCapacity(weights.count)
        for weight in weights {
            precondition(weight >= 0, "weights are never negative")
            running += weight
            cumulative.append(running)
        }
        precondition(running > 0, "weights must not all be zero")
        self.cumulative = cumulative
        self.total = running
    }

    /// The index whose cumulative weight range holds `point` (0 ≤ point < total).
    @inline(__always)
    func index(for point: Int) -> Int {
        var index = 0
        while cumulative[index] <= point {
            index += 1
        }
        return index
    }
}
