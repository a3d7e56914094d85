import DemoDataCore
import DemoDataVocabulary

/// The valid values of each parameter, for whoever takes them from a user.
extension GenerationParameters {
    /// The scales: 1 to `maximumScale`.
    public static let scaleRange = 1...maximumScale

    /// The counts a user may give a sized root table at `volume`: at least the registry's
    /// least (one, or enough products for the longest invoice), at most what `--scale`
    /// reaches with the huge volume.
    public static func countRange(of table: Table, volume: Volume) -> ClosedRange<Int> {
        let least = table.spec.leastCount(volume)
        return least...max(least, Volume.huge.count(of: table) * maximumScale)
    }

    /// Whether every count given is for a sized root table and in its range.
    public var countsAreValid: Bool {
        counts.entries.allSatisfy { entry in
            Table(name: entry.name).map {
                $0.spec.rootCount?.isSized == true
                    && Self.countRange(of: $0, volume: volume).contains(entry.count)
            } ?? false
        }
    }

    /// The worker thread counts to accept from a user. More threads than this only cost
    /// memory (each has its own buffers and deflate state) and never speed a run up.
    public static let threadRange = 1...1024

    /// The as-of dates for which every generated date is a real date written `YYYY-MM-DD`:
    /// from the Unix epoch (as `SOURCE_DATE_EPOCH` counts) to the last day whose invoices,
    /// due up to the longest payment term after their date, are still due by 9999-12-31.
    public static let asOfRange = CivilDate.epoch...latestAsOf

    private static let latestAsOf = CivilDate(
        daysSinceEpoch: CivilDate.latest.daysSinceEpoch
            - (Domain.paymentTerms.map(\.days).max() ?? 0))

    /// The parameters of the largest archive: the huge volume at the largest scale (no count
    /// override reaches further).
    private static let largest = GenerationParameters(
        volume: .huge, scale: maximumScale, asOf: CivilDate.epoch)

    /// The most rows any table of any archive has: the most roots at the largest scale times
    /// the most rows per root of any volume. A manifest that lists more is no manifest of ours.
    public static let maximumRows: Int =
        Table.allCases.map { table in
            let perRoot = table.spec.rowsPerRoot.map { rows in
                Volume.allCases.map { rows($0).upperBound }.max() ?? 1
            }
            return largest.rootCount(of: table) * (perRoot ?? 1)
        }.max() ?? 0

    /// The most shards any archive can be split into (and so merged from): the most roots of
    /// any table at the largest scale.
    public static let maximumShards = largest.maximumShardCount

    /// The most shards these parameters can be split into: the most roots of any table
    /// generated, so that no shard count exceeds what the largest table can share out.
    public var maximumShardCount: Int {
        max(1, tables.map(rootCount(of:)).max() ?? 1)
    }
}
