/// Which class each customer is of: every block of `CustomerClass.blockSize` consecutive
/// customers has the same seeded arrangement of the classes' slots, so that the customers of a
/// class below an index are counted, and the n-th of them found, by arithmetic.
package struct CustomerSlots: Sendable {
    private let classOfSlot: [UInt8]
    /// The slots of each class, ascending.
    private let slotsOfClass: [[Int32]]
    /// `below[c][s]`: the slots of class `c` before slot `s` (s in 0...blockSize).
    private let below: [[Int32]]

    package init(shuffle: (Int) -> Int) {
        let size = CustomerClass.blockSize
        var slots: [UInt8] = []
        for (index, kind) in CustomerClass.all.enumerated() {
            slots += Array(repeating: UInt8(index), count: kind.slots)
        }
        precondition(slots.count == size, "the classes fill a block")
        // Fisher–Yates, with `shuffle(n)` uniform in 0..<n.
        for position in stride(from: size - 1, to: 0, by: -1) {
            slots.swapAt(position, shuffle(position + 1))
        }
        classOfSlot = slots
        slotsOfClass = CustomerClass.all.indices.map { kind in
            slots.indices.filter { slots[$0] == kind }.map { Int32($0) }
        }
        below = CustomerClass.all.indices.map { kind in
            var running: Int32 = 0
            var counts: [Int32] = [0]
            for slot in slots {
                running += slot == kind ? 1 : 0
                counts.append(running)
            }
            return counts
        }
    }

    @inline(__always)
    package func kind(of customer: Int) -> Int {
        Int(classOfSlot[customer % CustomerClass.blockSize])
    }

    /// The customers of class `kind` with an index below `end`.
    @inline(__always)
    package func count(_ kind: Int, below end: Int) -> Int {
        let size = CustomerClass.blockSize
        return end / size * CustomerClass.all[kind].slots + Int(below[kind][end % size])
    }

    /// The index of the `n`-th customer (from 0) of class `kind`.
    @inline(__always)
    package func customer(_ kind: Int, _ n: Int) -> Int {
        let slots = CustomerClass.all[kind].slots
        return n / slots * CustomerClass.blockSize + Int(slotsOfClass[kind][n % slots])
    }
}
