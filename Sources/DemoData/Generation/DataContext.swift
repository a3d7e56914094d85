/// The immutable inputs every row function reads: parameters, random source and vocabulary.
///
/// One context is shared by all threads of a generation; row functions never mutate it.
final class DataContext: Sendable {
    let parameters: GenerationParameters
    let random: RandomSource
    let lexicon: Lexicon
    /// The as-of date in days since 1970-01-01.
    let asOfDay: Int
    /// The last microsecond of the as-of day: no timestamp is later.
    let asOfEnd: Int64

    /// Child rows of one parent are keyed by `parent × childSlots + ordinal`, so their random
    /// values and ids depend only on the parent's index and their position under it.
    static let childSlots = 16

    init(parameters: GenerationParameters) {
        self.parameters = parameters
        random = RandomSource(seed: parameters.seed)
        lexicon = Lexicon.shared
        asOfDay = parameters.asOf.daysSinceEpoch
        asOfEnd = Int64(asOfDay + 1) * DataContext.microsPerDay - 1
    }

    static let microsPerDay: Int64 = 86_400_000_000
    static let microsPerSecond: Int64 = 1_000_000

    /// The start of a day in microseconds since the epoch.
    @inline(__always)
    static func startOfDay(_ day: Int) -> Int64 {
        Int64(day) * microsPerDay
    }

    /// A time of day in business hours (07:00 to 21:00), in microseconds after midnight.
    @inline(__always)
    static func businessTime(_ random: RowRandom, _ field: UInt64) -> Int64 {
        let seconds = Int64(7 * 3600 + random.below(14 * 3600, field))
        return seconds * microsPerSecond + Int64(random.below(1_000_000, field &+ 1))
    }

    /// A moment between `start` and `end` inclusive (start ≤ end).
    @inline(__always)
    static func moment(from start: Int64, to end: Int64, _ random: RowRandom, _ field: UInt64)
        -> Int64
    {
        start + Int64(random.below(Int(end - start) + 1, field))
    }

    /// The id of row `index` of a table (for child tables, its slot).
    @inline(__always)
    func id(_ stream: RandomStream, _ index: Int) -> UUIDBits {
        random.row(stream, index).uuid(0)
    }
}
