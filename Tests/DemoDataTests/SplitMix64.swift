/// A small seeded random number generator (SplitMix64) for fuzz tests: the same seed gives the
/// same sequence on every machine and toolchain, because picks use its own arithmetic rather
/// than the standard library's unspecified `random(in:using:)` algorithms.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<count` (`count` > 0), by multiply-shift: unbiased enough for tests.
    mutating func below(_ count: Int) -> Int {
        precondition(count > 0, "below(_:) needs a positive count")
        return Int(next().multipliedFullWidth(by: UInt64(count)).high)
    }

    /// A number in `range`.
    mutating func number(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// One element of `elements`, or nil when it is empty.
    mutating func pick<C: RandomAccessCollection>(_ elements: C) -> C.Element?
    where C.Index == Int {
        elements.isEmpty ? nil : elements[elements.startIndex + below(elements.count)]
    }

    /// Two different indices of a collection of `count` (≥ 2) elements.
    mutating func twoIndices(below count: Int) -> (Int, Int) {
        let first = below(count)
        let second = (first + 1 + below(count - 1)) % count
        return (first, second)
    }
}
