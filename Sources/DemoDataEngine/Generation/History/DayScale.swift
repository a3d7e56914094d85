/// Items (customers by when they joined, invoices by when they were made) spread over
/// consecutive days in proportion to each day's weight, in the order of their indexes: item
/// `i` of `count` sits at `(2i + 1) / 2count` of the total weight, so that a later item never
/// falls on an earlier day, and the items up to any day are counted without a table of items.
///
/// Integer arithmetic throughout, so every machine places every item alike.
package struct DayScale: Sendable {
    package let firstDay: Int
    package let count: Int
    /// `cumulative[k]`: the weight of days `firstDay … firstDay + k`.
    private let cumulative: [UInt64]
    private let total: UInt64
    /// `buckets[b]`: the first day whose running weight is above `b << bucketShift`, so that a
    /// point's day is searched for among a few days only.
    private let buckets: [Int32]
    private let bucketShift: Int

    /// The weights are scaled to integers whose sum stays below 2⁵³.
    package init(firstDay: Int, weights: [Double], count: Int) {
        precondition(!weights.isEmpty, "a scale has days")
        self.firstDay = firstDay
        self.count = max(1, count)
        let largest = weights.max() ?? 1
        let unit = Double(1 << 40) / largest
        var running: UInt64 = 0
        cumulative = weights.map { weight in
            running += max(1, UInt64(weight * unit))
            return running
        }
        total = running
        let shift = max(0, UInt64.bitWidth - running.leadingZeroBitCount - 12)
        var buckets: [Int32] = []
        var day = 0
        for bucket in 0...(Int(running >> UInt64(shift)) + 1) {
            while day < cumulative.count - 1, cumulative[day] <= UInt64(bucket) << UInt64(shift) {
                day += 1
            }
            buckets.append(Int32(day))
        }
        self.buckets = buckets
        bucketShift = shift
    }

    package var lastDay: Int { firstDay + cumulative.count - 1 }

    /// The point of item `index` on the scale (for 0 ≤ index < count).
    @inline(__always)
    private func point(_ index: Int) -> UInt64 {
        let product = UInt64(2 * index + 1).multipliedFullWidth(by: total)
        return UInt64(2 * count).dividingFullWidth(product).quotient
    }

    /// The day of item `index`, and how far into the day's weight it sits (0 ≤ fraction < 1).
    @inline(__always)
    package func place(_ index: Int) -> (day: Int, fraction: Double) {
        let point = point(index)
        let bucket = Int(point >> UInt64(bucketShift))
        var low = Int(buckets[bucket])
        var high = Int(buckets[bucket + 1])
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] <= point {
                low = middle + 1
            } else {
                high = middle
            }
        }
        let start = low == 0 ? 0 : cumulative[low - 1]
        let fraction = Double(point - start) / Double(cumulative[low] - start)
        return (firstDay + low, fraction)
    }

    /// How many items fall on `day` or before.
    @inline(__always)
    package func count(through day: Int) -> Int {
        guard day >= firstDay else { return 0 }
        guard day < lastDay else { return count }
        let limit = cumulative[day - firstDay]
        // An estimate, then exact against the points themselves.
        var items = Int(Double(limit) / Double(total) * Double(count))
        items = min(max(items, 0), count)
        while items > 0, point(items - 1) >= limit {
            items -= 1
        }
        while items < count, point(items) < limit {
            items += 1
        }
        return items
    }

    /// The weight of the days from `first` to `last` (within the scale), as a share of all.
    package func share(from first: Int, through last: Int) -> Double {
        let end = cumulative[min(max(last - firstDay, 0), cumulative.count - 1)]
        let start =
            first <= firstDay ? 0 : cumulative[min(first - firstDay - 1, cumulative.count - 1)]
        return Double(end - start) / Double(total)
    }
}
