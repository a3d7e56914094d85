/// One slice of a sharded generation: shard `index` of `count`.
public struct Shard: Sendable, Hashable, Codable, CustomStringConvertible {
    public let index: Int
    public let count: Int

    /// Creates shard `index` of `count`, or nil unless 0 ≤ index < count.
    public init?(index: Int, count: Int) {
        guard count >= 1, index >= 0, index < count else { return nil }
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
        let lower = Int((Int64(total) * Int64(index)) / Int64(count))
        let upper = Int((Int64(total) * Int64(index + 1)) / Int64(count))
        return lower..<upper
    }

    public var description: String { "\(index)/\(count)" }
}
