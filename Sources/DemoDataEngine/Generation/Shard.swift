import DemoDataCore
import DemoDataVocabulary

/// One slice of a sharded generation: shard `index` of `count`.
public struct Shard: Sendable, Hashable, Codable, CustomStringConvertible {
    public let index: Int
    public let count: Int

    /// Creates shard `index` of `count`, or nil unless 0 ≤ index < count and count ≥ 2 (one
    /// shard would be the whole archive, under another name).
    public init?(index: Int, count: Int) {
        guard count >= 2, index >= 0, index < count else { return nil }
        self.index = index
        self.count = count
    }

    /// Parses `K/N`.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            return nil
        }
        self.init(index: index, count: count)
    }

    /// The roots of a table with `total` roots that belong to this shard: an even split, in
    /// order, so that the shards' rows concatenated in shard order are the whole table.
    public func roots(of total: Int) -> Range<Int> {
        lower(index, of: total)..<lower(index + 1, of: total)
    }

    /// The roots of a table with `total` roots that belong to this shard when the table is
    /// split only between runs of `unit` roots (Parquet's row groups): an even split of the
    /// runs, so that the shards' files hold exactly the whole table's row groups.
    package func roots(of total: Int, inRunsOf unit: Int) -> Range<Int> {
        guard unit > 1 else { return roots(of: total) }
        let runs = total / unit + (total % unit == 0 ? 0 : 1)
        let split = roots(of: runs)
        return min(total, split.lowerBound * unit)..<min(total, split.upperBound * unit)
    }

    /// The first root of shard `shard` (`total` for `shard == count`): ⌊total × shard / count⌋,
    /// with the product in 128 bits so that no total or shard count can overflow it. The
    /// quotient is at most `total`, so it fits in an `Int`.
    private func lower(_ shard: Int, of total: Int) -> Int {
        let product = total.multipliedFullWidth(by: shard)
        return count.dividingFullWidth(product).quotient
    }

    public var description: String { "\(index)/\(count)" }
}
